"""The review's scores and reflection: every message, key and limit."""

from __future__ import annotations

from datetime import date

import pytest

from alianzas_desktop.domain.evaluation import (
    AdaptationDecision,
    ReviewData,
    ScoreEntry,
    blank_scores,
    validate_reflection,
    validate_review,
    validate_scores,
)

TODAY = date(2026, 11, 30)
TOO_LONG = "El texto es demasiado largo: máximo 20.000 caracteres."
SUMMARY = "Falta calificar algunas dimensiones, o hay calificaciones inválidas."


def _scored(value: int = 4, *, by_partner: bool = False) -> ReviewData:
    data = ReviewData(alliance_id="a", held_on=date(2026, 11, 20), scores=blank_scores())
    data.by_partner = by_partner
    for entry in data.scores:
        entry.score = value
    return data


# -- scores ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [1, 5])
def test_scores_from_one_to_five(value):
    assert validate_scores(_scored(value)) == {}


@pytest.mark.parametrize("value", [0, 6, None])
def test_scores_out_of_range(value):
    data = _scored()
    data.scores[3].score = value
    key = data.scores[3].key
    assert validate_scores(data) == {
        f"scores.{key}.score": "Califique de 1 a 5.",
        "scores": SUMMARY,
    }


def test_missing_and_unknown_dimensions():
    data = _scored()
    missing = data.scores.pop(0).key
    data.scores.append(ScoreEntry(group="valor", dimension="alegria", score=5))
    assert validate_scores(data) == {
        f"scores.{missing}.score": "Califique de 1 a 5.",
        "scores.valor:alegria.score": "Dimensión desconocida.",
        "scores": SUMMARY,
    }


def test_partner_scores_are_checked_only_when_partners_score():
    data = _scored(by_partner=True)
    entry = data.scores[0]
    entry.partner_scores = {"m1": 5, "m2": None, "m3": 1}
    assert validate_scores(data) == {}
    entry.partner_scores = {"m1": 0, "m2": 6}
    assert validate_scores(data) == {
        f"scores.{entry.key}.partner.m1": "Cada socio califica de 1 a 5.",
        f"scores.{entry.key}.partner.m2": "Cada socio califica de 1 a 5.",
        "scores": SUMMARY,
    }
    data.by_partner = False
    assert validate_scores(data) == {}


def test_score_comments():
    data = _scored()
    data.scores[0].comment = "c" * 20_000
    assert validate_scores(data) == {}
    data.scores[0].comment = "c" * 20_001
    assert validate_scores(data) == {
        f"scores.{data.scores[0].key}.comment": TOO_LONG,
        "scores": SUMMARY,
    }


# -- reflection --------------------------------------------------------------------------


def _decision(**values) -> AdaptationDecision:
    values.setdefault("key", "d1")
    values.setdefault("text", "Comprar semillas")
    return AdaptationDecision(**values)


def _reflect(*decisions: AdaptationDecision, today: date | None = TODAY, **values) -> dict:
    data = _scored()
    data.decisions = list(decisions)
    for name, value in values.items():
        setattr(data, name, value)
    return validate_reflection(data, today)


def test_reflection_texts_are_optional_and_limited():
    assert _reflect() == {}
    assert _reflect(context_changes="c" * 20_000, learnings="l" * 20_000) == {}
    assert _reflect(context_changes="c" * 20_001, learnings="l" * 20_001) == {
        "context_changes": TOO_LONG,
        "learnings": TOO_LONG,
    }


def test_a_hundred_decisions_at_most():
    decisions = [_decision(key=f"d{n}") for n in range(100)]
    assert _reflect(*decisions) == {}
    decisions.append(_decision(key="d100"))
    assert _reflect(*decisions) == {"decisions": "Registre como máximo 100 decisiones."}


def test_a_decision_only_recorded_needs_its_text():
    assert _reflect(_decision()) == {}
    assert _reflect(_decision(text=" ")) == {"decisions.d1.text": "Escriba la decisión."}
    assert _reflect(_decision(text="t" * 20_001)) == {"decisions.d1.text": TOO_LONG}
    assert _reflect(_decision(outcome="otro")) == {
        "decisions.d1.outcome": "Elija en qué se convierte la decisión."
    }


def test_a_decision_that_becomes_a_commitment():
    complete = dict(outcome="compromiso", membership_id="m1", deadline=date(2027, 3, 1))
    assert _reflect(_decision(**complete)) == {}
    assert _reflect(_decision(outcome="compromiso", kind="x", logic="y")) == {
        "decisions.d1.membership_id": "Elija el socio responsable.",
        "decisions.d1.deadline": "Indique la fecha límite.",
        "decisions.d1.kind": "Elija el tipo de aporte.",
        "decisions.d1.logic": "Elija la lógica del compromiso.",
    }


def test_a_decision_that_becomes_an_activity_needs_no_kind_or_logic():
    activity = dict(outcome="actividad", membership_id="m1", deadline=date(2027, 3, 1))
    assert _reflect(_decision(**activity, kind="x", logic="y")) == {}
    assert _reflect(_decision(outcome="actividad")) == {
        "decisions.d1.membership_id": "Elija el socio responsable.",
        "decisions.d1.deadline": "Indique la fecha límite.",
    }


@pytest.mark.parametrize(
    ("deadline", "message"),
    [
        (date(2026, 11, 19), "La fecha límite es anterior a la revisión."),
        (date(2026, 11, 20), None),
        (date(2056, 12, 31), None),
        (date(2057, 1, 1), "La fecha límite no es razonable."),
        (date(1989, 12, 31), "La fecha límite no es razonable."),
    ],
)
def test_the_deadline_of_a_decision(deadline, message):
    decision = _decision(outcome="compromiso", membership_id="m1", deadline=deadline)
    assert _reflect(decision) == ({"decisions.d1.deadline": message} if message else {})


def test_the_deadline_without_a_review_date_and_against_the_given_today():
    decision = _decision(outcome="actividad", membership_id="m1", deadline=date(2000, 1, 1))
    assert _reflect(decision, held_on=None) == {}
    decision.deadline = date(2070, 1, 1)
    assert _reflect(decision, today=date(2040, 6, 1)) == {}
    assert _reflect(decision, today=None) == {
        "decisions.d1.deadline": "La fecha límite no es razonable."
    }


def test_validate_review_gathers_the_three_steps():
    data = _scored()
    data.held_on = None
    data.scores[0].score = 9
    data.learnings = "l" * 20_001
    data.decisions = [_decision(outcome="actividad", membership_id="m1", deadline=date(2070, 1, 1))]
    errors = validate_review(data, TODAY)
    assert errors == {
        "held_on": "Indique la fecha de la revisión.",
        f"scores.{data.scores[0].key}.score": "Califique de 1 a 5.",
        "scores": SUMMARY,
        "learnings": TOO_LONG,
        "decisions.d1.deadline": "La fecha límite no es razonable.",
    }
    data.held_on = date(2040, 1, 1)
    data.scores[0].score = 3
    data.learnings = ""
    assert validate_review(data, date(2040, 6, 1)) == {}


def test_an_unknown_dimension_does_not_stop_the_check_of_the_others():
    data = _scored()
    data.scores.insert(0, ScoreEntry(group="valor", dimension="alegria", score=5))
    data.scores[-1].score = 0
    assert validate_scores(data) == {
        "scores.valor:alegria.score": "Dimensión desconocida.",
        f"scores.{data.scores[-1].key}.score": "Califique de 1 a 5.",
        "scores": SUMMARY,
    }


def test_an_unknown_outcome_does_not_stop_the_check_of_the_other_decisions():
    assert _reflect(_decision(key="d1", outcome="otro"), _decision(key="d2", text="")) == {
        "decisions.d1.outcome": "Elija en qué se convierte la decisión.",
        "decisions.d2.text": "Escriba la decisión.",
    }
