"""The review's follow-up step: its date, each commitment's and activity's status and note."""

from __future__ import annotations

from datetime import date

import pytest

from alianzas_desktop.domain.evaluation import (
    ActivityFollowUp,
    CommitmentFollowUp,
    ReviewData,
    validate_follow_up,
)

TODAY = date(2026, 11, 30)
TOO_LONG = "El texto es demasiado largo: máximo 20.000 caracteres."


def _review(**values) -> ReviewData:
    return ReviewData(alliance_id="a", held_on=date(2026, 11, 20), **values)


def test_a_plain_review_has_no_errors():
    assert validate_follow_up(_review(), TODAY) == {}


@pytest.mark.parametrize(
    ("held_on", "message"),
    [
        (None, "Indique la fecha de la revisión."),
        (date(2026, 12, 1), "La fecha de la revisión no puede ser posterior a hoy."),
        (TODAY, None),
        (date(2021, 1, 1), None),  # five years back, from the first of January
        (date(2020, 12, 31), "La fecha de la revisión no es razonable."),
    ],
)
def test_the_date_of_the_review(held_on, message):
    data = _review()
    data.held_on = held_on
    assert validate_follow_up(data, TODAY) == ({"held_on": message} if message else {})


def test_the_date_is_judged_against_the_given_today():
    data = _review()
    data.held_on = date(2040, 1, 1)
    assert validate_follow_up(data, date(2040, 6, 1)) == {}
    data.held_on = date(2034, 12, 31)
    assert validate_follow_up(data, date(2040, 6, 1)) == {
        "held_on": "La fecha de la revisión no es razonable."
    }
    data.held_on = date.today()
    assert validate_follow_up(data) == {}


@pytest.mark.parametrize("status", ["pendiente", "en_curso", "cumplido", "incumplido", "cancelado"])
def test_commitment_statuses(status):
    data = _review(follow_ups=[CommitmentFollowUp(commitment_id="c1", status=status)])
    assert validate_follow_up(data, TODAY) == {}


@pytest.mark.parametrize("status", ["pendiente", "en_curso", "cumplida", "cancelada"])
def test_activity_statuses(status):
    data = _review(activities=[ActivityFollowUp(activity_id="a1", status=status)])
    assert validate_follow_up(data, TODAY) == {}


def test_unknown_statuses_and_long_notes_are_named_by_their_record():
    data = _review(
        follow_ups=[
            CommitmentFollowUp(commitment_id="c1", status="raro", note="n" * 20_000),
            CommitmentFollowUp(commitment_id="c2", status="cumplido", note="n" * 20_001),
        ],
        activities=[
            ActivityFollowUp(activity_id="a1", status="cumplido", note="n" * 20_000),
            ActivityFollowUp(activity_id="a2", status="cumplida", note="n" * 20_001),
        ],
    )
    assert validate_follow_up(data, TODAY) == {
        "follow_ups.c1.status": "Elija el estado.",
        "follow_ups.c2.note": TOO_LONG,
        "activities.a1.status": "Elija el estado.",
        "activities.a2.note": TOO_LONG,
    }


def test_notes_are_optional():
    data = _review(
        follow_ups=[CommitmentFollowUp(commitment_id="c1", note="")],
        activities=[ActivityFollowUp(activity_id="a1", note="")],
    )
    assert validate_follow_up(data, TODAY) == {}
