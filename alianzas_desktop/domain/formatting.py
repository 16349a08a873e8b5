"""Dates, numbers and money written the Colombian Spanish way (CLDR es_CO via Babel), or in English.

Every function speaks Spanish unless given ``lang="en"``; the Spanish output is
the one documents and screens have always used.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time
from functools import lru_cache
from typing import Any

from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_currency, format_decimal, format_percent

logger = logging.getLogger(__name__)

LOCALE = "es_CO"
SPANISH = "es"
ENGLISH = "en"
LANGUAGES = (SPANISH, ENGLISH)
# Babel's locale for each language the app speaks (Colombian Spanish; English as CLDR's "en").
LOCALES = {SPANISH: LOCALE, ENGLISH: "en"}
# The key a frozen document's content records its language under; absent means Spanish,
# so documents frozen before there was a choice keep their content (and their codes).
LANGUAGE_KEY = "lang"


def known_language(lang: str | None) -> str:
    """``lang`` when the app speaks it, otherwise Spanish."""
    return lang if lang in LANGUAGES else SPANISH


def _locale(lang: str) -> str:
    return LOCALES.get(lang, LOCALE)


# A document writes the same few amounts and dates many times (a long agreement formats
# hundreds of values, each about 26 µs in Babel): they are remembered by value and
# language. ``typed`` keeps 1 and 1.0 apart; the bound keeps memory flat.
_remembered = lru_cache(maxsize=4096, typed=True)


@_remembered
def long_date(value: date | None, lang: str = SPANISH) -> str:
    """'5 de noviembre de 2026' (English: 'November 5, 2026')."""
    return format_date(value, format="long", locale=_locale(lang)) if value else ""


@_remembered
def short_date(value: date | None, lang: str = SPANISH) -> str:
    """'05/11/2026': day first, four-digit year, as on Colombian forms.

    In English, 'Nov 5, 2026': a month name is never read the wrong way round.
    """
    if not value:
        return ""
    if lang == ENGLISH:
        return format_date(value, format="medium", locale=_locale(lang))
    return value.strftime("%d/%m/%Y")


def date_time(value: datetime | None, lang: str = SPANISH) -> str:
    if not value:
        return ""
    if lang == ENGLISH:
        return format_datetime(value, "MMMM d, y, h:mm a", locale=_locale(lang))
    return format_datetime(value, "d 'de' MMMM 'de' y, h:mm a", locale=LOCALE)


def clock_time(value: time, lang: str = SPANISH) -> str:
    """'2:30 p. m.' (English: '2:30 PM'); the spaces inside never break."""
    text = format_time(value, "h:mm a", locale=_locale(lang))
    return text.replace("\u202f", "\u00a0")


def local_moment(moment: datetime | None) -> datetime | None:
    """Stored instants are UTC (naive, as SQLite gives them back); people read local time."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def local_date_time(moment: datetime | None, lang: str = SPANISH) -> str:
    """A stored instant as people write it: '30 de noviembre de 2026, 5:21 p. m.'."""
    return date_time(local_moment(moment), lang)


@_remembered
def pesos(value: int | None, lang: str = SPANISH) -> str:
    """'$ 1.234.567' — whole pesos, dot as thousands separator (English: 'COP 1,234,567')."""
    if value is None:
        return ""
    return format_currency(
        value, "COP", format="¤ #,##0", currency_digits=False, locale=_locale(lang)
    )


def number(value: float | int, lang: str = SPANISH) -> str:
    # A whole number is its digits grouped by three with the language's mark («21.509»,
    # English «21,509»), as Babel writes it, without loading Babel's locale data (about
    # 4 MiB and a pickle read): the window shows counts from its first paint (the list's
    # health lines, an office's 5.005 alianzas). A test holds the two ways equal.
    if type(value) is int:
        grouped = f"{value:,}"
        return grouped if lang == ENGLISH else grouped.replace(",", ".")
    return format_decimal(value, locale=_locale(lang))


def percent(fraction: float, lang: str = SPANISH) -> str:
    return format_percent(fraction, format="#,##0 %", locale=_locale(lang))


def language_of(content: Any) -> str:
    """The language a frozen document was issued in (Spanish when it does not say)."""
    if isinstance(content, dict):
        return known_language(content.get(LANGUAGE_KEY))
    return SPANISH


def with_language(content: dict[str, Any], lang: str | None) -> dict[str, Any]:
    """``content`` recording the language it is issued in; Spanish is recorded by absence."""
    lang = known_language(lang)
    if lang != SPANISH:
        content[LANGUAGE_KEY] = lang
    else:
        content.pop(LANGUAGE_KEY, None)
    return content
