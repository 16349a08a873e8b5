"""Dates, numbers and money written the Colombian Spanish way (CLDR es_CO via Babel)."""

from __future__ import annotations

import logging
from datetime import date, datetime

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


def pesos(value: int | None) -> str:
    """'$ 1.234.567' — whole pesos, dot as thousands separator."""
    if value is None:
        return ""
    return format_currency(value, "COP", format="¤ #,##0", currency_digits=False, locale=LOCALE)


def number(value: float | int) -> str:
    return format_decimal(value, locale=LOCALE)


def percent(fraction: float) -> str:
    return format_percent(fraction, format="#,##0 %", locale=LOCALE)
