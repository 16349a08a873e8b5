"""The conflict register's rules: what an entry needs, at the seed's three levels."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from alianzas_desktop.domain.fields import (
    LONG_TEXT_MAX,
    Errors,
    check_date,
    check_text,
    clean_text,
)
from alianzas_desktop.domain.health import OPEN_CONFLICT_STATUSES
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.vocabulary import ConflictHandling, ConflictLevel, ConflictStatus

logger = logging.getLogger(__name__)

__all__ = ["OPEN_CONFLICT_STATUSES", "ConflictData", "validate_conflict", "is_open"]


@dataclass
class ConflictData:
    """One entry of the register as the facilitator writes it."""

    level: str = ConflictLevel.ALLIANCE_WORK.value
    occurred_on: date | None = None
    description: str = ""
    parties: str = ""
    handling: str = ""
    status: str = ConflictStatus.OPEN.value
    resolution: str = ""
    learned: str = ""
    resolved_on: date | None = None

    def cleaned(self) -> ConflictData:
        return ConflictData(
            level=self.level,
            occurred_on=self.occurred_on,
            description=clean_text(self.description),
            parties=clean_text(self.parties),
            handling=self.handling or "",
            status=self.status,
            resolution=clean_text(self.resolution),
            learned=clean_text(self.learned),
            resolved_on=self.resolved_on,
        )


def is_open(status: str) -> bool:
    return status in OPEN_CONFLICT_STATUSES


def _valid(enum_cls, code: str) -> bool:
    try:
        enum_cls(code)
    except ValueError:
        return False
    return True


def validate_conflict(data: ConflictData, today: date, start_date: date | None = None) -> Errors:
    """Spanish messages by field; empty when the entry can be saved.

    A resolved conflict says how it was resolved and when (not before it happened); no date
    lies in the future, nor before the alliance began.
    """
    errors: Errors = {}
    if not _valid(ConflictLevel, data.level):
        errors["level"] = QT_TRANSLATE_NOOP("errores", "Elija el nivel del conflicto.")
    if not _valid(ConflictStatus, data.status):
        errors["status"] = QT_TRANSLATE_NOOP("errores", "Elija el estado del conflicto.")
    if data.handling and not _valid(ConflictHandling, data.handling):
        errors["handling"] = QT_TRANSLATE_NOOP("errores", "Elija cómo se está manejando.")
    check_date(
        errors,
        "occurred_on",
        data.occurred_on,
        required=True,
        today=today,
        what=QT_TRANSLATE_NOOP("errores", "la fecha"),
    )
    if "occurred_on" not in errors and data.occurred_on is not None:
        if data.occurred_on > today:
            errors["occurred_on"] = QT_TRANSLATE_NOOP(
                "errores", "La fecha no puede estar en el futuro."
            )
        elif start_date is not None and data.occurred_on < start_date:
            errors["occurred_on"] = QT_TRANSLATE_NOOP(
                "errores", "La fecha es anterior al inicio de la alianza."
            )
    check_text(
        errors,
        "description",
        data.description,
        required=True,
        limit=LONG_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "qué pasó"),
    )
    check_text(errors, "parties", data.parties, required=False, limit=LONG_TEXT_MAX, what="")
    check_text(errors, "learned", data.learned, required=False, limit=LONG_TEXT_MAX, what="")
    resolved = data.status == ConflictStatus.RESOLVED.value
    check_text(
        errors,
        "resolution",
        data.resolution,
        required=resolved,
        limit=LONG_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "cómo se resolvió"),
    )
    if resolved:
        check_date(
            errors,
            "resolved_on",
            data.resolved_on,
            required=True,
            today=today,
            what=QT_TRANSLATE_NOOP("errores", "la fecha en que se resolvió"),
        )
        if "resolved_on" not in errors and data.resolved_on is not None:
            if data.resolved_on > today:
                errors["resolved_on"] = QT_TRANSLATE_NOOP(
                    "errores", "La fecha no puede estar en el futuro."
                )
            elif data.occurred_on is not None and data.resolved_on < data.occurred_on:
                errors["resolved_on"] = QT_TRANSLATE_NOOP(
                    "errores", "La fecha de resolución es anterior al conflicto."
                )
    return errors
