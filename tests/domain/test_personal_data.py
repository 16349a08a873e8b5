"""Ley 1581 de 2012: the authorisation text, business-day deadlines, authorisation checks."""

from __future__ import annotations

from datetime import date

import pytest

from alianzas_desktop.domain.personal_data import (
    AUTHORIZATION_TEXT,
    AUTHORIZATION_TEXT_VERSION,
    RESPONSE_BUSINESS_DAYS,
    add_business_days,
    authorization_errors,
    is_business_day,
    response_due,
)
from alianzas_desktop.domain.vocabulary import RequestKind

TODAY = date(2026, 11, 25)


def test_authorization_text_names_its_purpose_and_the_law():
    assert AUTHORIZATION_TEXT_VERSION == "v1"
    text = AUTHORIZATION_TEXT["v1"]
    assert "con la finalidad de registrar los datos de contacto" in text
    assert "elaborar actas y acuerdos. Conozco" in text
    assert "Ley 1581 de 2012 y el Decreto 1377 de 2013" in text


def test_deadlines_by_kind_of_request():
    assert RESPONSE_BUSINESS_DAYS == {
        RequestKind.QUERY: 10,
        RequestKind.CORRECTION: 15,
        RequestKind.ERASURE: 15,
        RequestKind.REVOCATION: 15,
    }


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 3, 20), True),  # Friday
        (date(2026, 3, 21), False),  # Saturday
        (date(2026, 3, 22), False),  # Sunday
        (date(2026, 3, 23), False),  # Monday, San José (moved)
        (date(2026, 3, 24), True),  # Tuesday
        (date(2026, 12, 25), False),  # Friday, Christmas
        (date(2027, 1, 1), False),  # Friday, New Year
        (date(2027, 1, 4), True),  # Monday
    ],
)
def test_business_days_skip_weekends_and_colombian_holidays(day, expected):
    assert is_business_day(day) is expected


def test_add_business_days_does_not_count_the_day_of_receipt():
    assert add_business_days(date(2026, 3, 24), 0) == date(2026, 3, 24)
    assert add_business_days(date(2026, 3, 24), 1) == date(2026, 3, 25)
    # Friday + 1: Saturday, Sunday and the San José Monday are skipped.
    assert add_business_days(date(2026, 3, 20), 1) == date(2026, 3, 24)
    # Received on a Saturday: the first business day counts as one.
    assert add_business_days(date(2026, 3, 21), 1) == date(2026, 3, 24)


def test_response_due_for_a_query_and_a_claim_around_holy_week():
    # Received Friday 20 March 2026: 23 March (San José), 2 and 3 April (Holy Week) are holidays.
    assert response_due("consulta", date(2026, 3, 20)) == date(2026, 4, 8)
    assert response_due("correccion", date(2026, 3, 20)) == date(2026, 4, 15)
    assert response_due("supresion", date(2026, 3, 20)) == date(2026, 4, 15)
    assert response_due("revocatoria", date(2026, 3, 20)) == date(2026, 4, 15)


def test_response_due_across_the_new_year():
    # From Thu 24 Dec 2026: 28-31 Dec (4), 1 Jan is a holiday, 4-8 Jan (9), Mon 11 Jan is
    # Reyes moved to Monday, so the tenth business day is Tue 12 Jan 2027.
    assert response_due("consulta", date(2026, 12, 24)) == date(2027, 1, 12)


def test_response_due_of_an_unknown_kind_fails():
    with pytest.raises(ValueError):
        response_due("queja", date(2026, 3, 20))


def _errors(**overrides):
    values = dict(
        method="pantalla",
        given_on=date(2026, 11, 20),
        witness="",
        is_minor=False,
        guardian="",
        today=TODAY,
    )
    values.update(overrides)
    return authorization_errors(**values)


def test_a_complete_authorization_has_no_errors():
    assert _errors() == {}
    assert _errors(method="escrito") == {}
    assert _errors(method="verbal", witness="Pedro Gómez") == {}
    assert _errors(is_minor=True, guardian="Rosa Pérez") == {}


def test_unknown_method():
    assert _errors(method="") == {"method": "Indique cómo se dio la autorización."}
    assert _errors(method="telepatia") == {"method": "Indique cómo se dio la autorización."}


def test_date_of_the_authorization():
    assert _errors(given_on=None) == {"given_on": "Indique la fecha de la autorización."}
    unreasonable = {"given_on": "La fecha de la autorización no es razonable."}
    assert _errors(given_on=date(2026, 11, 26)) == unreasonable
    assert _errors(given_on=TODAY) == {}
    assert _errors(given_on=date(1990, 1, 1)) == {}
    assert _errors(given_on=date(1989, 12, 31)) == unreasonable


def test_verbal_authorization_needs_a_witness():
    message = "Una autorización verbal necesita el nombre de un testigo."
    assert _errors(method="verbal") == {"witness": message}
    assert _errors(method="verbal", witness="   ") == {"witness": message}
    assert _errors(method="escrito", witness="") == {}


def test_a_minor_needs_a_legal_representative():
    message = "Los datos de un menor de edad requieren la autorización de su representante legal."
    assert _errors(is_minor=True) == {"guardian": message}
    assert _errors(is_minor=True, guardian="  ") == {"guardian": message}
    assert _errors(is_minor=False, guardian="") == {}


def test_all_errors_at_once():
    errors = _errors(method="verbal", given_on=None, is_minor=True)
    assert set(errors) == {"given_on", "witness", "guardian"}
