"""Dates, numbers and money written the Colombian Spanish way (CLDR es_CO via Babel)."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal, format_percent

logger = logging.getLogger(__name__)

LOCALE = "es_CO"


def long_date(value: date | None) -> str:
    """'5 de noviembre de 2026'."""
    return format_date(value, format="long", locale=LOCALE) if value else ""


def short_date(value: date | None) -> str:
    """'05/11/2026': day first, four-digit year, as on Colombian forms."""
    return value.strftime("%d/%m/%Y") if value else ""


def date_time(value: datetime | None) -> str:
    return format_datetime(value, "d 'de' MMMM 'de' y, h:mm a", locale=LOCALE) if value else ""


def local_moment(moment: datetime | None) -> datetime | None:
    """Stored instants are UTC (naive, as SQLite gives them back); people read local time."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def local_date_time(moment: datetime | None) -> str:
    """A stored instant as people write it: '30 de noviembre de 2026, 5:21 p. m.'."""
    return date_time(local_moment(moment))


def pesos(value: int | None) -> str:
    """'$ 1.234.567' — whole pesos, dot as thousands separator."""
    if value is None:
        return ""
    return format_currency(value, "COP", format="¤ #,##0", currency_digits=False, locale=LOCALE)


def number(value: float | int) -> str:
    return format_decimal(value, locale=LOCALE)


def percent(fraction: float) -> str:
    return format_percent(fraction, format="#,##0 %", locale=LOCALE)
