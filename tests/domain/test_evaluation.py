"""The periodic review's rules: dimensions, drafts, scores, disagreement, decisions."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.evaluation import (
    AdaptationDecision,
    CommitmentFollowUp,
    DecisionOutcome,
    ReviewData,
    blank_scores,
    complete_scores,
    decision_title,
    dimension_of,
    dimensions,
    disagreement,
    group_average,
    validate_follow_up,
    validate_reflection,
    validate_review,
    validate_scores,
)
from alianzas_desktop.domain.vocabulary import DimensionGroup

TODAY = date(2026, 11, 30)


def scored(value: int = 4) -> ReviewData:
    data = ReviewData(alliance_id="a", held_on=date(2026, 11, 20), scores=blank_scores())
    for entry in data.scores:
        entry.score = value
    return data


def test_sixteen_dimensions_in_the_seed_order_each_with_seed_words():
    found = dimensions()
    assert [len(dimensions(g)) for g in DimensionGroup] == [4, 5, 7]
    assert len(found) == 16 == len({d.key for d in found})
    assert found[0].key == "condicion:relaciones_abiertas"
    assert found[-1].key == "factor:resultados_tangibles"
    assert all(d.seed_words for d in found)
    assert dimension_of("valor:confianza").label == "Confianza"
    assert dimension_of("valor:nada") is None


def test_draft_round_trip_keeps_scores_partners_decisions_and_dates():
    data = scored(3)
    data.scores[0].partner_scores = {"m1": 2, "m2": None}
    data.scores[1].comment = "Hablamos <claro> & sin miedo 🌱"
    data.follow_ups = [CommitmentFollowUp(commitment_id="c1", status="cumplido", note="listo")]
    data.decisions = [
        AdaptationDecision(
            text="Reunirse cada mes",
            outcome=DecisionOutcome.COMMITMENT.value,
            membership_id="m1",
            deadline=date(2027, 1, 31),
        )
    ]
    data.by_partner = True
    again = ReviewData.from_dict(data.to_dict())
    assert again == data
    assert again.held_on == date(2026, 11, 20)
    assert again.decisions[0].deadline == date(2027, 1, 31)


def test_from_dict_tolerates_bad_scores_and_unknown_fields():
    again = ReviewData.from_dict(
        {
            "held_on": "no",
            "scores": [{"group": "valor", "dimension": "respeto", "score": "x"}],
            "otra": 1,
        }
    )
    assert again.held_on is None
    assert again.scores[0].score is None


def test_complete_scores_keeps_known_entries_and_adds_missing():
    partial = blank_scores()[:3]
    partial[1].score = 5
    completed = complete_scores(partial)
    assert len(completed) == 16
    assert completed[1].score == 5
    assert completed[1] is partial[1]


def test_disagreement_needs_two_partners_two_points_apart():
    assert disagreement({"a": 1, "b": 3})
    assert disagreement({"a": 5, "b": 4, "c": 3})
    assert not disagreement({"a": 4, "b": 3})
    assert not disagreement({"a": 1})
    assert not disagreement({"a": 1, "b": None})
    assert not disagreement({"a": 1, "b": 9})  # an invalid score does not count


def test_group_average_only_of_its_group():
    scores = {"valor:confianza": 4, "valor:respeto": 3, "condicion:socios_activos": 1}
    assert group_average(scores, DimensionGroup.VALUE) == 3.5
    assert group_average(scores, DimensionGroup.SUCCESS_FACTOR) is None


def test_every_dimension_needs_a_group_score_from_1_to_5():
    data = scored(4)
    assert validate_scores(data) == {}
    data.scores[2].score = None
    data.scores[3].score = 6
    data.scores[4].partner_scores = {"m1": 0, "m2": None}
    assert f"scores.{data.scores[4].key}.partner.m1" not in validate_scores(data)
    data.by_partner = True  # partners' scores count only when the review takes them
    errors = validate_scores(data)
    assert errors[f"scores.{data.scores[2].key}.score"] == "Califique de 1 a 5."
    assert f"scores.{data.scores[3].key}.score" in errors
    assert f"scores.{data.scores[4].key}.partner.m1" in errors
    assert f"scores.{data.scores[4].key}.partner.m2" not in errors
    assert "scores" in errors


def test_missing_dimension_is_an_error():
    data = scored(4)
    del data.scores[0]
    assert "scores.condicion:relaciones_abiertas.score" in validate_scores(data)


def test_review_date_required_not_future_not_absurd():
    data = scored()
    data.held_on = None
    assert "held_on" in validate_follow_up(data, TODAY)
    data.held_on = date(2026, 12, 1)
    assert "posterior a hoy" in validate_follow_up(data, TODAY)["held_on"]
    data.held_on = date(2001, 1, 1)
    assert "held_on" in validate_follow_up(data, TODAY)
    data.held_on = TODAY
    assert validate_follow_up(data, TODAY) == {}


def test_follow_up_status_must_be_known_and_note_limited():
    data = scored()
    data.follow_ups = [CommitmentFollowUp(commitment_id="c", status="raro", note="x" * 20_001)]
    errors = validate_follow_up(data, TODAY)
    assert set(errors) == {"follow_ups.c.status", "follow_ups.c.note"}


def test_decisions_become_commitments_only_with_partner_and_deadline():
    data = scored()
    record = AdaptationDecision(text="Solo anotar")
    bad = AdaptationDecision(text="  ", outcome=DecisionOutcome.COMMITMENT.value)
    early = AdaptationDecision(
        text="Antes",
        outcome=DecisionOutcome.ACTIVITY.value,
        membership_id="m",
        deadline=date(2026, 1, 1),
    )
    data.decisions = [record, bad, early]
    errors = validate_reflection(data, TODAY)
    assert not any(k.startswith(f"decisions.{record.key}.") for k in errors)
    assert {f"decisions.{bad.key}.{f}" for f in ("text", "membership_id", "deadline")} <= set(
        errors
    )
    assert errors[f"decisions.{early.key}.deadline"] == "La fecha límite es anterior a la revisión."


def test_reflection_text_limit_and_whole_review():
    data = scored()
    data.learnings = "a" * 20_001
    assert "learnings" in validate_review(data, TODAY)
    data.learnings = "<b>&</b> 🌱"
    assert validate_review(data, TODAY) == {}


def test_decision_title_first_line_cut():
    assert decision_title("Primera\nsegunda") == "Primera"
    assert len(decision_title("x" * 500)) == 200
    assert decision_title("   ") == ""
