"""Periodic reviews through the services: start, store in one go, list, the informe's content."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from alianzas_desktop.domain.vocabulary import ActivityStatus, CommitmentStatus
from alianzas_desktop.services import evaluations, meetings, nacimiento
from alianzas_desktop.services.errors import NotFoundError, ValidationFailed
from alianzas_desktop.storage.models import Commitment, CommitmentUpdate
from alianzas_desktop.storage.work_models import (
    Evaluation,
    EvaluationDecision,
    EvaluationScore,
    PlanActivity,
)
from tests.factories import nacimiento_data
from tests.review_factories import add_plan_activity, filled_review

TODAY = date(2026, 11, 30)


@pytest.fixture
def alliance_id(db):
    return nacimiento.found_alliance(db, nacimiento_data())


def test_a_new_review_lists_open_commitments_activities_and_all_dimensions(db, alliance_id):
    activity_id = add_plan_activity(db, alliance_id)
    context = evaluations.review_context(db, alliance_id)
    data = evaluations.new_review_data(context, TODAY)
    assert len(data.follow_ups) == len(meetings.pending_commitments(db, alliance_id)) > 0
    assert [a.activity_id for a in data.activities] == [activity_id]
    assert len(data.scores) == 16 and all(s.score is None for s in data.scores)
    assert context.previous_on is None and context.previous_scores == {}
    assert len(context.partners) == 3


def test_recording_writes_scores_follow_ups_activities_and_decisions(db, alliance_id):
    activity_id = add_plan_activity(db, alliance_id)
    data = filled_review(db, alliance_id, date(2026, 11, 20), by_partner=True)
    first = data.follow_ups[0]
    first.status = CommitmentStatus.DONE.value
    first.note = "Entregado a las 60 familias"
    data.activities[0].status = ActivityStatus.DONE.value
    evaluation_id = evaluations.record_review(db, data, TODAY)
    with db.reading() as session:
        evaluation = session.get(Evaluation, evaluation_id)
        assert evaluation.held_on == date(2026, 11, 20)
        group = [s for s in evaluation.scores if s.membership_id is None]
        assert len(group) == 16
        assert {s.score for s in group} == {3, 4, 5}
        per_partner = session.scalars(
            select(EvaluationScore).where(
                EvaluationScore.evaluation_id == evaluation_id,
                EvaluationScore.membership_id.is_not(None),
            )
        ).all()
        assert len(per_partner) == 16 * 3
        commitment = session.get(Commitment, first.commitment_id)
        assert commitment.status == CommitmentStatus.DONE.value
        [update] = session.scalars(
            select(CommitmentUpdate).where(CommitmentUpdate.commitment_id == commitment.id)
        ).all()
        assert update.meeting_id is None and update.on == date(2026, 11, 20)
        assert update.previous_status == CommitmentStatus.PENDING.value
        assert "Entregado a las 60 familias" in update.note
        assert session.get(PlanActivity, activity_id).status == ActivityStatus.DONE.value
        decisions = session.scalars(
            select(EvaluationDecision)
            .where(EvaluationDecision.evaluation_id == evaluation_id)
            .order_by(EvaluationDecision.position)
        ).all()
        assert [bool(d.commitment_id) for d in decisions] == [False, True, False]
        assert [bool(d.activity_id) for d in decisions] == [False, False, True]
        new = session.get(Commitment, decisions[1].commitment_id)
        assert new.description == "Publicar cada mes los precios de compra"
        assert new.status == CommitmentStatus.PENDING.value
        assert new.deadline == date(2027, 1, 31)
        activity = session.get(PlanActivity, decisions[2].activity_id)
        assert activity.evaluation_id == evaluation_id
        assert activity.start_date == date(2026, 11, 20) and activity.end_date == date(2027, 2, 28)


def test_unchanged_follow_ups_write_no_update_and_partner_scores_are_optional(db, alliance_id):
    data = filled_review(db, alliance_id, date(2026, 11, 20))
    evaluation_id = evaluations.record_review(db, data, TODAY)
    with db.reading() as session:
        assert session.scalars(select(CommitmentUpdate)).all() == []
        assert all(s.membership_id is None for s in session.get(Evaluation, evaluation_id).scores)


def test_an_invalid_review_stores_nothing(db, alliance_id):
    data = filled_review(db, alliance_id, date(2026, 11, 20))
    data.scores[5].score = None
    data.follow_ups[0].status = CommitmentStatus.DONE.value
    with pytest.raises(ValidationFailed) as failed:
        evaluations.record_review(db, data, TODAY)
    assert f"scores.{data.scores[5].key}.score" in failed.value.errors
    with db.reading() as session:
        assert session.scalars(select(Evaluation)).all() == []
        assert session.scalars(select(CommitmentUpdate)).all() == []
    assert evaluations.list_evaluations(db, alliance_id) == []


def test_a_decision_for_a_partner_of_another_alliance_rolls_back(db, alliance_id):
    data = filled_review(db, alliance_id, date(2026, 11, 20))
    data.decisions[1].membership_id = "no-existe"
    with pytest.raises(ValidationFailed):
        evaluations.record_review(db, data, TODAY)
    with db.reading() as session:
        assert session.scalars(select(Evaluation)).all() == []


def test_list_newest_first_and_document_with_previous_history_and_fulfilment(db, alliance_id):
    first = filled_review(db, alliance_id, date(2026, 5, 10), base=2)
    evaluations.record_review(db, first, TODAY)
    second = filled_review(db, alliance_id, date(2026, 11, 20), base=3, by_partner=True)
    second.follow_ups[0].status = CommitmentStatus.DONE.value
    second_id = evaluations.record_review(db, second, TODAY)
    listed = evaluations.list_evaluations(db, alliance_id)
    assert [e.held_on for e in listed] == [date(2026, 11, 20), date(2026, 5, 10)]
    assert listed[0].scores["condicion:relaciones_abiertas"] == 3
    assert listed[0].to_dict()["date"] == "2026-11-20"
    context = evaluations.review_context(db, alliance_id)
    assert context.previous_on == date(2026, 11, 20)

    document = evaluations.evaluation_document(db, second_id)
    assert document.previous_on == date(2026, 5, 10)
    assert [h[0] for h in document.history] == [date(2026, 5, 10), date(2026, 11, 20)]
    first_dimension = document.dimensions[0]
    assert (first_dimension.score, first_dimension.previous) == (3, 2)
    assert first_dimension.disagreement  # one partner gave 5, the others 3
    assert not document.dimensions[1].disagreement
    assert len(first_dimension.partner_scores) == 3
    assert len(document.follow_ups) == 1
    assert document.follow_ups[0].status == "Cumplido"
    assert [d.outcome for d in document.decisions] == ["registro", "compromiso", "actividad"]
    done = {f.organization: (f.fulfilled, f.total) for f in document.fulfilment}
    assert sum(f for f, _t in done.values()) == 1
    assert len(document.verification_code) >= 8
    assert evaluations.evaluation_document(db, second_id).verification_code == (
        document.verification_code
    )


def test_unknown_alliance_and_evaluation(db):
    with pytest.raises(NotFoundError):
        evaluations.review_context(db, "nada")
    with pytest.raises(NotFoundError):
        evaluations.evaluation_document(db, "nada")
