"""The review's date before 1990 is called unreasonable, not "in the future"."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.evaluation import ReviewData, validate_follow_up

# Early enough that five years back reaches 1990, so only the 1990 floor can refuse.
TODAY = date(1994, 6, 1)


def test_a_date_before_1990_is_not_reasonable():
    data = ReviewData(alliance_id="a", held_on=date(1989, 12, 31))
    assert validate_follow_up(data, TODAY) == {
        "held_on": "La fecha no es razonable: debe estar entre 1990 y 2024."
    }


def test_the_first_of_january_1990_is_accepted():
    data = ReviewData(alliance_id="a", held_on=date(1990, 1, 1))
    assert validate_follow_up(data, TODAY) == {}


def test_a_later_date_is_still_in_the_future():
    data = ReviewData(alliance_id="a", held_on=date(1994, 6, 2))
    assert validate_follow_up(data, TODAY) == {
        "held_on": "La fecha de la revisión no puede ser posterior a hoy."
    }
