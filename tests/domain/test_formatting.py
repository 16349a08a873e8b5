"""Dates, numbers and money the Colombian way (es_CO)."""

from __future__ import annotations

import time as clock
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from alianzas_desktop.domain import formatting
from alianzas_desktop.domain.formatting import (
    date_time,
    local_date_time,
    local_moment,
    long_date,
    number,
    percent,
    pesos,
    short_date,
)

NNBSP = "\u202f"  # CLDR's narrow no-break space before «p. m.»


@pytest.fixture
def in_bogota(monkeypatch):
    """The machine's clock set to Colombia (UTC−5, no daylight saving)."""
    monkeypatch.setenv("TZ", "America/Bogota")
    clock.tzset()
    yield
    monkeypatch.undo()
    clock.tzset()


def test_locale_is_colombian_spanish():
    assert formatting.LOCALE == "es_CO"


def test_long_date():
    assert long_date(date(2026, 11, 5)) == "5 de noviembre de 2026"
    assert long_date(date(2027, 1, 31)) == "31 de enero de 2027"
    assert long_date(None) == ""


def test_short_date_is_day_first_with_four_digit_year():
    assert short_date(date(2026, 1, 5)) == "05/01/2026"
    assert short_date(date(2026, 12, 31)) == "31/12/2026"
    assert short_date(None) == ""


def test_date_time_in_twelve_hour_clock():
    assert date_time(datetime(2026, 11, 30, 17, 21)) == f"30 de noviembre de 2026, 5:21 p.{NNBSP}m."
    assert date_time(datetime(2026, 3, 2, 9, 5)) == f"2 de marzo de 2026, 9:05 a.{NNBSP}m."
    assert date_time(None) == ""


def test_local_moment_reads_naive_values_as_utc(in_bogota):
    assert local_moment(None) is None
    moment = local_moment(datetime(2026, 11, 30, 22, 21))
    assert moment is not None
    assert moment.utcoffset() == timedelta(hours=-5)
    assert moment.replace(tzinfo=None) == datetime(2026, 11, 30, 17, 21)


def test_local_moment_keeps_the_instant_of_aware_values(in_bogota):
    aware = datetime(2026, 11, 30, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    moment = local_moment(aware)
    assert moment == aware
    assert moment.replace(tzinfo=None) == datetime(2026, 11, 30, 5, 0)
    assert local_moment(datetime(2026, 1, 1, 5, 0, tzinfo=UTC)).replace(tzinfo=None) == datetime(
        2026, 1, 1, 0, 0
    )


def test_local_date_time_says_the_stored_instant_in_local_time(in_bogota):
    assert local_date_time(datetime(2026, 11, 30, 22, 21)) == (
        f"30 de noviembre de 2026, 5:21 p.{NNBSP}m."
    )
    # Past midnight in UTC is still the evening before in Colombia.
    assert local_date_time(datetime(2026, 12, 1, 2, 0)) == (
        f"30 de noviembre de 2026, 9:00 p.{NNBSP}m."
    )
    assert local_date_time(None) == ""


def test_pesos_are_whole_with_dot_thousands():
    assert pesos(850_000_000) == "$ 850.000.000"
    assert pesos(1_234_567) == "$ 1.234.567"
    assert pesos(999) == "$ 999"
    assert pesos(1000) == "$ 1.000"
    assert pesos(0) == "$ 0"
    assert pesos(None) == ""


def test_whole_numbers_are_written_as_babel_writes_them():
    from babel.numbers import format_decimal

    large = (1000, 5005, 12345, 21509, 101_430, 999_999, 1_100_000, 10**12 + 7)
    for lang, locale in formatting.LOCALES.items():
        for value in (*range(-999, 1000), *large, *(-v for v in large)):
            assert number(value, lang) == format_decimal(value, locale=locale), (value, lang)


def test_number_and_percent():
    assert number(1_234_567.5) == "1.234.567,5"
    assert number(1000) == "1.000"
    assert percent(0.714) == "71 %"
    assert percent(0.5) == "50 %"
    assert percent(12.5) == "1.250 %"


def test_remembered_amounts_and_dates_are_what_babel_writes_each_time():
    from babel.dates import format_date
    from babel.numbers import format_currency

    days = [date(2026, 1, 1) + timedelta(days=n) for n in range(0, 400, 37)]
    for _ in range(2):  # the second round answers from memory
        for lang, locale in formatting.LOCALES.items():
            for value in (0, 7, 1_500_000, -2_000, 10**12, 1_500_000.0, 2.5):
                expected = format_currency(
                    value, "COP", format="¤ #,##0", currency_digits=False, locale=locale
                )
                assert pesos(value, lang) == expected, (value, lang)
            for day in days:
                assert long_date(day, lang) == format_date(day, format="long", locale=locale)
    assert short_date(date(2027, 3, 4)) == "04/03/2027"
    assert short_date(date(2027, 3, 4), "en") == "Mar 4, 2027"
