"""The conflict register of an alliance: record, update and list entries at the seed's levels."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from alianzas_desktop.domain.conflicts import ConflictData, is_open, validate_conflict
from alianzas_desktop.domain.health import OPEN_CONFLICT_STATUSES
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.vocabulary import (
    ConflictHandling,
    ConflictLevel,
    ConflictStatus,
    label_of,
)
from alianzas_desktop.services.errors import NotFoundError, ServiceError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Alliance
from alianzas_desktop.storage.work_models import Conflict

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConflictInfo:
    id: str
    alliance_id: str
    level: str
    level_label: str
    occurred_on: date
    description: str
    parties: str
    handling: str
    handling_label: str
    status: str
    status_label: str
    resolution: str
    learned: str
    resolved_on: date | None

    @property
    def is_open(self) -> bool:
        return is_open(self.status)

    @property
    def is_open_critical(self) -> bool:
        return self.is_open and self.level == ConflictLevel.CRITICAL_INCIDENTS.value

    def as_data(self) -> ConflictData:
        return ConflictData(
            level=self.level,
            occurred_on=self.occurred_on,
            description=self.description,
            parties=self.parties,
            handling=self.handling,
            status=self.status,
            resolution=self.resolution,
            learned=self.learned,
            resolved_on=self.resolved_on,
        )


def _info(c: Conflict) -> ConflictInfo:
    return ConflictInfo(
        id=c.id,
        alliance_id=c.alliance_id,
        level=c.level,
        level_label=label_of(ConflictLevel, c.level),
        occurred_on=c.occurred_on,
        description=c.description,
        parties=c.parties,
        handling=c.handling,
        handling_label=label_of(ConflictHandling, c.handling) if c.handling else "",
        status=c.status,
        status_label=label_of(ConflictStatus, c.status),
        resolution=c.resolution,
        learned=c.learned,
        resolved_on=c.resolved_on,
    )


def _checked(data: ConflictData, start_date: date | None, today: date | None) -> ConflictData:
    cleaned = data.cleaned()
    errors = validate_conflict(cleaned, today or date.today(), start_date)
    if errors:
        raise ValidationFailed(errors)
    if cleaned.status != ConflictStatus.RESOLVED.value:
        cleaned.resolved_on = None
    return cleaned


def _fill(conflict: Conflict, data: ConflictData) -> None:
    conflict.level = data.level
    conflict.occurred_on = data.occurred_on
    conflict.description = data.description
    conflict.parties = data.parties
    conflict.handling = data.handling
    conflict.status = data.status
    conflict.resolution = data.resolution
    conflict.learned = data.learned
    conflict.resolved_on = data.resolved_on


def _refuse_archived(alliance: Alliance) -> None:
    if alliance.archived_at is not None:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "errores", "La alianza está archivada: restáurela para registrar conflictos."
            )
        )


def record_conflict(
    db: Database, alliance_id: str, data: ConflictData, *, today: date | None = None
) -> str:
    """A new entry of the register; its id."""
    with db.transaction() as session:
        alliance = session.get(Alliance, alliance_id)
        if alliance is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
        _refuse_archived(alliance)
        cleaned = _checked(data, alliance.start_date, today)
        conflict = Conflict(alliance_id=alliance.id)
        _fill(conflict, cleaned)
        session.add(conflict)
        session.flush()
        logger.info("Conflicto %s registrado en la alianza %s", conflict.id, alliance.id)
        return conflict.id


def update_conflict(
    db: Database, conflict_id: str, data: ConflictData, *, today: date | None = None
) -> None:
    """Change how the conflict is handled, its status, resolution and what was learned."""
    with db.transaction() as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errores", "Ese conflicto no está en el registro.")
            )
        alliance = session.get(Alliance, conflict.alliance_id)
        if alliance is not None:
            _refuse_archived(alliance)
        cleaned = _checked(data, alliance.start_date if alliance else None, today)
        _fill(conflict, cleaned)


def list_conflicts(db: Database, alliance_id: str) -> list[ConflictInfo]:
    """The alliance's register, the most recent first."""
    query = (
        select(Conflict)
        .where(Conflict.alliance_id == alliance_id)
        .order_by(Conflict.occurred_on.desc(), Conflict.created_at.desc())
    )
    with db.reading() as session:
        return [_info(c) for c in session.scalars(query)]


def conflict(db: Database, conflict_id: str) -> ConflictInfo:
    with db.reading() as session:
        found = session.get(Conflict, conflict_id)
        if found is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errores", "Ese conflicto no está en el registro.")
            )
        return _info(found)


def open_critical_counts(db: Database) -> dict[str, int]:
    """Alliance id → its open critical incidents (only alliances that have some), one query."""
    query = (
        select(Conflict.alliance_id, func.count())
        .where(
            Conflict.level == ConflictLevel.CRITICAL_INCIDENTS.value,
            Conflict.status.in_(OPEN_CONFLICT_STATUSES),
        )
        .group_by(Conflict.alliance_id)
    )
    with db.reading() as session:
        return {alliance_id: n for alliance_id, n in session.execute(query)}
