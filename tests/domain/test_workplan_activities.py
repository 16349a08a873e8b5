"""The plan's activities at their limits: how many, how long, how many commitments, status."""

from __future__ import annotations

from datetime import date

import pytest

from alianzas_desktop.domain.workplan import (
    ActivityEntry,
    WorkplanData,
    plan_span,
    validate_activities,
)

TODAY = date(2026, 11, 30)


def _activity(key: str = "a1", **values) -> ActivityEntry:
    fields = dict(
        title="Escuela de campo",
        responsible_membership_id="m1",
        start_date=date(2026, 5, 1),
        end_date=date(2026, 6, 30),
        expected_result="Ocho sesiones",
    )
    fields.update(values)
    return ActivityEntry(key=key, **fields)


def test_three_hundred_activities_at_most():
    activities = [_activity(f"a{n}") for n in range(300)]
    assert validate_activities(WorkplanData(activities=activities), TODAY) == {}
    activities.append(_activity("a300"))
    assert validate_activities(WorkplanData(activities=activities), TODAY) == {
        "activities": "El plan admite hasta 300 actividades."
    }


def test_an_activity_of_ten_years_at_most():
    ten_years = _activity(start_date=date(2026, 5, 1), end_date=date(2036, 5, 1))
    assert validate_activities(WorkplanData(activities=[ten_years]), TODAY) == {}
    longer = _activity(start_date=date(2026, 5, 1), end_date=date(2036, 5, 2))
    assert validate_activities(WorkplanData(activities=[longer]), TODAY) == {
        "activities.a1.end_date": "Una actividad no puede durar más de 10 años: divídala en etapas."
    }


def test_an_absurd_start_is_said_once_without_comparing_the_end():
    absurd = _activity(start_date=date(1989, 12, 31), end_date=date(2026, 1, 1))
    assert validate_activities(WorkplanData(activities=[absurd]), TODAY) == {
        "activities.a1.start_date": "La fecha no es razonable: debe estar entre 1990 y 2056."
    }


def test_a_hundred_commitments_per_activity_at_most():
    many = _activity(commitment_ids=[f"c{n}" for n in range(100)])
    assert validate_activities(WorkplanData(activities=[many]), TODAY) == {}
    many.commitment_ids.append("c100")
    assert validate_activities(WorkplanData(activities=[many]), TODAY) == {
        "activities.a1.commitment_ids": "Demasiados compromisos para una actividad."
    }


@pytest.mark.parametrize("status", ["pendiente", "en_curso", "cumplida", "cancelada"])
def test_every_activity_status(status):
    assert validate_activities(WorkplanData(activities=[_activity(status=status)]), TODAY) == {}


def test_an_unknown_activity_status():
    assert validate_activities(WorkplanData(activities=[_activity(status="cumplido")]), TODAY) == {
        "activities.a1.status": "Elija el estado de la actividad."
    }


def test_plan_span_needs_a_start_and_an_end():
    assert plan_span([_activity(end_date=None)]) is None
    assert plan_span([_activity(start_date=None)]) is None
    assert plan_span([]) is None
    first = _activity(start_date=date(2026, 2, 1), end_date=date(2026, 3, 1))
    last = _activity(start_date=date(2026, 4, 1), end_date=date(2027, 1, 31))
    assert plan_span([last, first]) == (date(2026, 2, 1), date(2027, 1, 31))
