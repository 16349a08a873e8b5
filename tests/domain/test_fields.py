"""The checks every form shares: cleaning, text limits, reasonable dates, JSON drafts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from alianzas_desktop.domain import fields
from alianzas_desktop.domain.fields import (
    check_date,
    check_text,
    clean_text,
    is_reasonable_date,
    jsonable,
    known_fields,
    latest_date,
    new_key,
    parse_date,
    parse_time,
)

TODAY = date(2026, 11, 25)


def test_limits_are_the_documented_ones():
    assert fields.SHORT_TEXT_MAX == 200
    assert fields.LONG_TEXT_MAX == 20_000
    assert fields.EARLIEST_DATE == date(1990, 1, 1)
    assert fields.LATEST_YEARS_AHEAD == 30


def test_clean_text_strips_blanks_and_control_characters():
    assert clean_text(None) == ""
    assert clean_text("") == ""
    assert clean_text("  Sonsón \n") == "Sonsón"
    # Every control character goes, wherever it is; tab, newline and CR stay inside.
    assert clean_text("a\x00b\x08c\x0bd\x0ce\x0ef\x1fg\x7fh") == "abcdefgh"
    assert clean_text("línea 1\nlínea 2\tcol\r") == "línea 1\nlínea 2\tcol"
    # A control character next to the blanks does not keep them from being stripped.
    assert clean_text(" \x00 Loma \x7f ") == "Loma"
    # Printable neighbours of the control ranges are kept.
    assert clean_text("\x20!~\x80ñ") == "!~\x80ñ"


def test_new_key_is_a_fresh_uuid4_string():
    first, second = new_key(), new_key()
    assert isinstance(first, str)
    assert first != second
    assert uuid.UUID(first).version == 4
    assert str(uuid.UUID(first)) == first


def test_latest_date_is_the_last_day_thirty_years_ahead():
    assert latest_date(TODAY) == date(2056, 12, 31)
    assert latest_date(date(2026, 1, 1)) == date(2056, 12, 31)


def test_reasonable_dates_include_both_ends():
    assert is_reasonable_date(date(1990, 1, 1), TODAY)
    assert not is_reasonable_date(date(1989, 12, 31), TODAY)
    assert is_reasonable_date(date(2056, 12, 31), TODAY)
    assert not is_reasonable_date(date(2057, 1, 1), TODAY)
    assert is_reasonable_date(TODAY, TODAY)
    assert not is_reasonable_date(None, TODAY)


def test_check_text_required_and_empty_asks_for_it():
    errors: dict[str, str] = {}
    check_text(errors, "name", "  \x00 ", required=True, limit=10, what="el nombre")
    assert errors == {"name": "Escriba el nombre."}


def test_check_text_optional_and_empty_is_fine():
    errors: dict[str, str] = {}
    check_text(errors, "vereda", "", required=False, limit=10, what="la vereda")
    assert errors == {}


def test_check_text_limit_counts_the_cleaned_text():
    errors: dict[str, str] = {}
    check_text(errors, "a", "  " + "x" * 10 + "  ", required=True, limit=10, what="algo")
    assert errors == {}
    check_text(errors, "b", "x" * 11, required=True, limit=10, what="algo")
    assert errors == {"b": "El texto es demasiado largo: máximo 10 caracteres."}


def test_check_text_long_limit_uses_dot_thousands():
    errors: dict[str, str] = {}
    check_text(errors, "purpose", "á" * 20_000, required=False, limit=20_000, what="x")
    assert errors == {}
    check_text(errors, "purpose", "á" * 20_001, required=False, limit=20_000, what="x")
    assert errors == {"purpose": "El texto es demasiado largo: máximo 20.000 caracteres."}
    errors.clear()
    check_text(errors, "k", "y" * 1_234_568, required=False, limit=1_234_567, what="x")
    assert errors == {"k": "El texto es demasiado largo: máximo 1.234.567 caracteres."}


def test_check_text_leaves_other_errors_alone():
    errors = {"other": "ya estaba"}
    check_text(errors, "name", "", required=True, limit=5, what="el nombre")
    assert errors == {"other": "ya estaba", "name": "Escriba el nombre."}


def test_check_date_missing():
    errors: dict[str, str] = {}
    check_date(errors, "start", None, required=True, today=TODAY, what="la fecha de inicio")
    assert errors == {"start": "Indique la fecha de inicio."}
    errors = {}
    check_date(errors, "start", None, required=False, today=TODAY, what="la fecha de inicio")
    assert errors == {}


def test_check_date_range_message_names_the_years():
    message = "La fecha no es razonable: debe estar entre 1990 y 2056."
    for day in (date(1989, 12, 31), date(2057, 1, 1)):
        errors: dict[str, str] = {}
        check_date(errors, "d", day, required=False, today=TODAY, what="la fecha")
        assert errors == {"d": message}
    for day in (date(1990, 1, 1), date(2056, 12, 31)):
        errors = {}
        check_date(errors, "d", day, required=True, today=TODAY, what="la fecha")
        assert errors == {}


def test_jsonable_turns_dates_and_times_into_iso_recursively():
    value = {
        "d": date(2026, 3, 2),
        "t": time(14, 30),
        "nested": {"list": [date(2027, 1, 31), {"t": time(8, 5, 9)}, 3, "texto", None]},
        "flag": True,
    }
    assert jsonable(value) == {
        "d": "2026-03-02",
        "t": "14:30:00",
        "nested": {"list": ["2027-01-31", {"t": "08:05:09"}, 3, "texto", None]},
        "flag": True,
    }
    assert jsonable([time(9, 0)]) == ["09:00:00"]
    assert jsonable("2026-03-02") == "2026-03-02"


def test_parse_date_accepts_dates_and_iso_text_only():
    day = date(2026, 3, 2)
    assert parse_date(day) is day
    assert parse_date("2026-03-02") == day
    assert parse_date(None) is None
    assert parse_date("") is None
    assert parse_date("02/03/2026") is None
    assert parse_date("2026-02-30") is None


def test_parse_time_accepts_times_and_iso_text_only():
    moment = time(14, 30)
    assert parse_time(moment) is moment
    assert parse_time("14:30") == moment
    assert parse_time("14:30:15") == time(14, 30, 15)
    assert parse_time(None) is None
    assert parse_time("") is None
    assert parse_time("2:30 p. m.") is None
    assert parse_time("25:00") is None


@dataclass
class _Sample:
    a: int = 0
    b: str = ""


def test_known_fields_drops_what_the_dataclass_lacks():
    assert known_fields(_Sample, {"a": 1, "b": "x", "old": True}) == {"a": 1, "b": "x"}
    assert known_fields(_Sample, {"zzz": 1}) == {}
    assert known_fields(_Sample, None) == {}
