"""Checks and conversions every form shares: text cleaning, limits, dates and JSON drafts.

Validation helpers add Spanish messages to an ``Errors`` dict keyed by field,
so each screen can show them next to the field they belong to; each is a
``domain.i18n.Message``, so the screen can word it in its own language.
"""

from __future__ import annotations

import logging
import re
import uuid
from dataclasses import fields
from datetime import date, time
from typing import Any

from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, message, phrase

logger = logging.getLogger(__name__)

SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 20_000
EARLIEST_DATE = date(1990, 1, 1)
LATEST_YEARS_AHEAD = 30

Errors = dict[str, str]

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str | None) -> str:
    """Strip surrounding blanks and invisible control characters."""
    if not value:
        return ""
    return _CONTROL_CHARS.sub("", value).strip()


def new_key() -> str:
    return str(uuid.uuid4())


def latest_date(today: date) -> date:
    return date(today.year + LATEST_YEARS_AHEAD, 12, 31)


def is_reasonable_date(day: date | None, today: date) -> bool:
    return day is not None and EARLIEST_DATE <= day <= latest_date(today)


def check_text(errors: Errors, key: str, value: str, *, required: bool, limit: int, what: str):
    """Say under ``key`` when the text is missing (``what``: a phrase marked in the
    "errores" context, "el nombre de la alianza") or longer than ``limit``."""
    text = clean_text(value)
    if required and not text:
        errors[key] = message(QT_TRANSLATE_NOOP("errores", "Escriba {what}."), what=phrase(what))
    elif len(text) > limit:
        errors[key] = message(
            QT_TRANSLATE_NOOP("errores", "El texto es demasiado largo: máximo {limit} caracteres."),
            limit=limit,
        )


def check_date(
    errors: Errors, key: str, value: date | None, *, required: bool, today: date, what: str
):
    if value is None:
        if required:
            errors[key] = message(
                QT_TRANSLATE_NOOP("errores", "Indique {what}."), what=phrase(what)
            )
        return
    if not is_reasonable_date(value, today):
        errors[key] = message(
            QT_TRANSLATE_NOOP(
                "errores", "La fecha no es razonable: debe estar entre {first} y {last}."
            ),
            first=str(EARLIEST_DATE.year),  # years as text: never "2.026"
            last=str(latest_date(today).year),
        )


# -- JSON round trip of drafts and snapshots ---------------------------------------------


def jsonable(value: Any) -> Any:
    """Dates and times as ISO strings, recursively through dicts and lists."""
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, date | time):
        return value.isoformat()
    return value


def parse_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def parse_time(value: Any) -> time | None:
    if isinstance(value, time):
        return value
    if not value:
        return None
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        return None


def known_fields(cls, data: dict[str, Any] | None) -> dict[str, Any]:
    """The items of ``data`` that are fields of the dataclass ``cls`` (drafts from older versions
    may carry others)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in (data or {}).items() if k in names}
