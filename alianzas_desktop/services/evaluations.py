"""Revisión periódica (Consolidación): starting a review, storing it, listing and printing it.

A review follows up the open commitments and plan activities, scores the
sixteen dimensions and records what the partners decided to adapt.
``record_review`` writes it all in one transaction: the evaluation with its
scores and decisions, each follow-up as a ``CommitmentUpdate`` (the same
history the meetings keep, without a meeting), the activities' new statuses,
and the decisions that become new commitments or plan activities.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from alianzas_desktop.domain.evaluation import (
    DOCUMENT_KIND,
    ActivityFollowUp,
    CommitmentFollowUp,
    DecisionLine,
    DecisionOutcome,
    DimensionResult,
    EvaluationDocument,
    FollowUpLine,
    Fulfilment,
    ReviewData,
    blank_scores,
    complete_scores,
    decision_title,
    dimension_of,
    dimensions,
    disagreement,
    validate_review,
)
from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.verification import verification_code
from alianzas_desktop.domain.vocabulary import (
    OPEN_COMMITMENT_STATUSES,
    ActivityStatus,
    CommitmentStatus,
    DraftKind,
    label_of,
)
from alianzas_desktop.services import document_signing
from alianzas_desktop.services.alliances import territory
from alianzas_desktop.services.errors import NotFoundError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Alliance, Commitment, CommitmentUpdate, Membership
from alianzas_desktop.storage.signature_models import SignedKind
from alianzas_desktop.storage.work_models import (
    Evaluation,
    EvaluationDecision,
    EvaluationScore,
    PlanActivity,
)

logger = logging.getLogger(__name__)

DRAFT_KIND = DraftKind.REVIEW
OPEN_ACTIVITY_STATUSES = (ActivityStatus.PENDING.value, ActivityStatus.IN_PROGRESS.value)


@dataclass(frozen=True)
class ReviewPartner:
    membership_id: str
    organization: str


@dataclass(frozen=True)
class OpenCommitment:
    id: str
    membership_id: str
    organization: str
    description: str
    deadline: date
    status: str


@dataclass(frozen=True)
class OpenActivity:
    id: str
    title: str
    organization: str
    end_date: date
    status: str


@dataclass(frozen=True)
class ReviewContext:
    """What the wizard shows beside the review: partners, open work, the last scores."""

    alliance_id: str
    alliance_name: str
    partners: list[ReviewPartner]
    commitments: list[OpenCommitment]
    activities: list[OpenActivity]
    previous_on: date | None
    previous_scores: dict[str, int]


@dataclass(frozen=True)
class EvaluationInfo:
    id: str
    alliance_id: str
    held_on: date
    scores: dict[str, int]  # dimension key -> the group's score
    decisions: int

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "alliance_id": self.alliance_id,
            "date": self.held_on.isoformat(),
            "scores": dict(self.scores),
            "decisions": self.decisions,
        }


# -- reading --------------------------------------------------------------------------------


def _alliance(session: Session, alliance_id: str) -> Alliance:
    alliance = session.get(Alliance, alliance_id)
    if alliance is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
    return alliance


def _group_scores(evaluation: Evaluation) -> dict[str, int]:
    return {
        f"{s.group}:{s.dimension}": s.score for s in evaluation.scores if s.membership_id is None
    }


def _evaluations(session: Session, alliance_id: str) -> list[Evaluation]:
    return list(
        session.scalars(
            select(Evaluation)
            .where(Evaluation.alliance_id == alliance_id)
            .order_by(Evaluation.held_on, Evaluation.created_at)
        )
    )


def review_context(db: Database, alliance_id: str) -> ReviewContext:
    with db.reading() as session:
        alliance = _alliance(session, alliance_id)
        names = {m.id: m.organization.name for m in alliance.memberships}
        partners = [
            ReviewPartner(m.id, m.organization.name)
            for m in alliance.memberships
            if m.retired_on is None
        ]
        commitments = [
            OpenCommitment(
                id=c.id,
                membership_id=c.membership_id,
                organization=names.get(c.membership_id, ""),
                description=c.description,
                deadline=c.deadline,
                status=c.status,
            )
            for c in sorted(alliance.commitments, key=lambda c: (c.deadline, c.position))
            if c.status in OPEN_COMMITMENT_STATUSES
        ]
        activities = [
            OpenActivity(
                id=a.id,
                title=a.title,
                organization=names.get(a.responsible_membership_id or "", ""),
                end_date=a.end_date,
                status=a.status,
            )
            for a in session.scalars(
                select(PlanActivity)
                .where(
                    PlanActivity.alliance_id == alliance_id,
                    PlanActivity.status.in_(OPEN_ACTIVITY_STATUSES),
                )
                .order_by(PlanActivity.end_date, PlanActivity.position)
            )
        ]
        past = _evaluations(session, alliance_id)
        last = past[-1] if past else None
        return ReviewContext(
            alliance_id=alliance.id,
            alliance_name=alliance.name,
            partners=partners,
            commitments=commitments,
            activities=activities,
            previous_on=last.held_on if last else None,
            previous_scores=_group_scores(last) if last else {},
        )


def new_review_data(context: ReviewContext, today: date | None = None) -> ReviewData:
    """A blank review: today's date, every open commitment and activity, no scores yet."""
    return sync_review_data(ReviewData(alliance_id=context.alliance_id, held_on=today), context)


def sync_review_data(data: ReviewData, context: ReviewContext) -> ReviewData:
    """Every open commitment and activity listed once and every dimension once, keeping what a
    draft already says of them."""
    follow = {f.commitment_id: f for f in data.follow_ups}
    data.follow_ups = [
        follow.get(c.id) or CommitmentFollowUp(commitment_id=c.id, status=c.status)
        for c in context.commitments
    ]
    activities = {a.activity_id: a for a in data.activities}
    data.activities = [
        activities.get(a.id) or ActivityFollowUp(activity_id=a.id, status=a.status)
        for a in context.activities
    ]
    data.scores = complete_scores(data.scores) if data.scores else blank_scores()
    return data


def list_evaluations(db: Database, alliance_id: str) -> list[EvaluationInfo]:
    """The alliance's evaluations, newest first."""
    with db.reading() as session:
        _alliance(session, alliance_id)
        found = [
            EvaluationInfo(
                id=e.id,
                alliance_id=e.alliance_id,
                held_on=e.held_on,
                scores=_group_scores(e),
                decisions=len(e.decisions),
            )
            for e in _evaluations(session, alliance_id)
        ]
    return list(reversed(found))


def _fulfilment(alliance: Alliance) -> tuple[Fulfilment, ...]:
    counted: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for commitment in alliance.commitments:
        if commitment.status == CommitmentStatus.CANCELLED.value:
            continue
        row = counted[commitment.membership_id]
        row[1] += 1
        if commitment.status == CommitmentStatus.DONE.value:
            row[0] += 1
    return tuple(
        Fulfilment(m.organization.name, *counted[m.id])
        for m in alliance.memberships
        if m.id in counted
    )


def partner_fulfilment(db: Database, alliance_id: str) -> list[Fulfilment]:
    """Each partner's fulfilled commitments out of its commitments not cancelled."""
    with db.reading() as session:
        return list(_fulfilment(_alliance(session, alliance_id)))


def evaluation_document(db: Database, evaluation_id: str) -> EvaluationDocument:
    """The informe de evaluación: scores with the previous ones, follow-up, decisions,
    each dimension's history and each partner's fulfilment of commitments."""
    with db.reading() as session:
        evaluation = session.get(Evaluation, evaluation_id)
        if evaluation is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa evaluación."))
        alliance = _alliance(session, evaluation.alliance_id)
        names = {m.id: m.organization.name for m in alliance.memberships}
        history = [
            e
            for e in _evaluations(session, alliance.id)
            if (e.held_on, e.created_at) <= (evaluation.held_on, evaluation.created_at)
        ]
        previous = history[-2] if len(history) > 1 else None
        previous_scores = _group_scores(previous) if previous else {}
        by_key: dict[str, EvaluationScore] = {}
        partner_scores: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for score in sorted(evaluation.scores, key=lambda s: s.position):
            key = f"{score.group}:{score.dimension}"
            if score.membership_id is None:
                by_key[key] = score
            else:
                partner_scores[key].append((names.get(score.membership_id, ""), score.score))
        results = []
        for dimension in dimensions():
            stored = by_key.get(dimension.key)
            partners = partner_scores.get(dimension.key, [])
            results.append(
                DimensionResult(
                    key=dimension.key,
                    group=dimension.group.value,
                    label=dimension.label,
                    seed_words=dimension.seed_words,
                    score=stored.score if stored else None,
                    previous=previous_scores.get(dimension.key),
                    comment=stored.comment if stored else "",
                    partner_scores=tuple(partners),
                    disagreement=disagreement({str(i): s for i, (_, s) in enumerate(partners)}),
                )
            )
        follow_ups = _follow_ups_on(session, alliance, evaluation, names)
        decisions = []
        for decision in sorted(evaluation.decisions, key=lambda d: d.position):
            outcome, organization, deadline = DecisionOutcome.RECORD.value, "", None
            if decision.commitment_id:
                commitment = session.get(Commitment, decision.commitment_id)
                if commitment is not None:
                    outcome = DecisionOutcome.COMMITMENT.value
                    organization = names.get(commitment.membership_id, "")
                    deadline = commitment.deadline
            elif decision.activity_id:
                activity = session.get(PlanActivity, decision.activity_id)
                if activity is not None:
                    outcome = DecisionOutcome.ACTIVITY.value
                    organization = names.get(activity.responsible_membership_id or "", "")
                    deadline = activity.end_date
            decisions.append(DecisionLine(decision.text, outcome, organization, deadline))
        activities = [
            FollowUpLine(
                description=a.title,
                organization=names.get(a.responsible_membership_id or "", ""),
                previous_status="",
                status=label_of(ActivityStatus, a.status),
                note="",
            )
            for a in session.scalars(
                select(PlanActivity)
                .where(PlanActivity.alliance_id == alliance.id)
                .order_by(PlanActivity.end_date, PlanActivity.position)
            )
            if a.evaluation_id != evaluation.id
        ]
        document = EvaluationDocument(
            evaluation_id=evaluation.id,
            alliance_id=alliance.id,
            alliance_name=alliance.name,
            territory=territory(alliance.municipio, alliance.departamento, alliance.vereda),
            held_on=evaluation.held_on,
            previous_on=previous.held_on if previous else None,
            dimensions=tuple(results),
            follow_ups=tuple(follow_ups),
            activities=tuple(activities),
            context_changes=evaluation.context_changes,
            learnings=evaluation.learnings,
            decisions=tuple(decisions),
            history=tuple((e.held_on, _group_scores(e)) for e in history),
            fulfilment=_fulfilment(alliance),
        )
    content = document.content()
    code = verification_code(DOCUMENT_KIND, content)
    signature = document_signing.signature_for(
        db,
        SignedKind.EVALUATION,
        code_kind=DOCUMENT_KIND,
        content=content,
        code=code,
        record_id=document.evaluation_id,
        alliance_id=document.alliance_id,
    )
    return replace(document, verification_code=code, signature=signature)


# The follow-up notes of a review are marked with this prefix: CommitmentUpdate has no
# evaluation column, so the review's updates are those of its date carrying the mark.
REVIEW_NOTE_MARK = "Revisión periódica"


def _follow_ups_on(
    session: Session, alliance: Alliance, evaluation: Evaluation, names: dict[str, str]
) -> list[FollowUpLine]:
    ids = [c.id for c in alliance.commitments]
    if not ids:
        return []
    rows = session.execute(
        select(CommitmentUpdate, Commitment)
        .join(Commitment, Commitment.id == CommitmentUpdate.commitment_id)
        .where(
            CommitmentUpdate.commitment_id.in_(ids),
            CommitmentUpdate.on == evaluation.held_on,
            CommitmentUpdate.meeting_id.is_(None),
            CommitmentUpdate.note.startswith(REVIEW_NOTE_MARK),
        )
        .order_by(CommitmentUpdate.created_at)
    )
    return [
        FollowUpLine(
            description=c.description,
            organization=names.get(c.membership_id, ""),
            previous_status=label_of(CommitmentStatus, u.previous_status),
            status=label_of(CommitmentStatus, u.status),
            note=_note_without_mark(u.note),
        )
        for u, c in rows
    ]


def _note_with_mark(note: str) -> str:
    return f"{REVIEW_NOTE_MARK}: {note}" if note else REVIEW_NOTE_MARK


def _note_without_mark(note: str) -> str:
    rest = note[len(REVIEW_NOTE_MARK) :]
    return rest[2:] if rest.startswith(": ") else rest


# -- writing -----------------------------------------------------------------------------------


def record_review(db: Database, data: ReviewData, today: date | None = None) -> str:
    """Store the whole review in one transaction; returns the evaluation's id."""
    errors = validate_review(data, today)
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        alliance = _alliance(session, data.alliance_id)
        memberships: dict[str, Membership] = {m.id: m for m in alliance.memberships}
        evaluation = Evaluation(
            alliance_id=alliance.id,
            held_on=data.held_on,
            context_changes=clean_text(data.context_changes),
            learnings=clean_text(data.learnings),
        )
        session.add(evaluation)
        session.flush()
        position = 0
        for entry in data.scores:
            dimension = dimension_of(entry.key)
            if dimension is None:
                continue
            session.add(
                EvaluationScore(
                    evaluation_id=evaluation.id,
                    group=dimension.group.value,
                    dimension=dimension.member.value,
                    membership_id=None,
                    score=entry.score,
                    comment=clean_text(entry.comment),
                    position=position,
                )
            )
            position += 1
            if not data.by_partner:
                continue
            for membership_id, value in entry.partner_scores.items():
                if value is None or membership_id not in memberships:
                    continue
                session.add(
                    EvaluationScore(
                        evaluation_id=evaluation.id,
                        group=dimension.group.value,
                        dimension=dimension.member.value,
                        membership_id=membership_id,
                        score=value,
                        position=position,
                    )
                )
                position += 1
        _apply_follow_ups(session, alliance, data)
        _apply_activities(session, alliance, data)
        _apply_decisions(session, alliance, evaluation, data, memberships)
        logger.info("Revisión periódica de la alianza %s guardada", alliance.id)
        return evaluation.id


def _apply_follow_ups(session: Session, alliance: Alliance, data: ReviewData) -> None:
    for follow in data.follow_ups:
        commitment = session.get(Commitment, follow.commitment_id)
        if commitment is None or commitment.alliance_id != alliance.id:
            continue
        note = clean_text(follow.note)
        if follow.status == commitment.status and not note:
            continue
        session.add(
            CommitmentUpdate(
                commitment_id=commitment.id,
                meeting_id=None,
                on=data.held_on,
                previous_status=commitment.status,
                status=follow.status,
                note=_note_with_mark(note),
            )
        )
        commitment.status = follow.status


def _apply_activities(session: Session, alliance: Alliance, data: ReviewData) -> None:
    for follow in data.activities:
        activity = session.get(PlanActivity, follow.activity_id)
        if activity is None or activity.alliance_id != alliance.id:
            continue
        activity.status = follow.status


def _apply_decisions(
    session: Session,
    alliance: Alliance,
    evaluation: Evaluation,
    data: ReviewData,
    memberships: dict[str, Membership],
) -> None:
    start = max((c.position for c in alliance.commitments), default=0) + 1
    activity_start = (
        max(
            session.scalars(
                select(PlanActivity.position).where(PlanActivity.alliance_id == alliance.id)
            ),
            default=0,
        )
        + 1
    )
    for position, decision in enumerate(data.decisions):
        text = clean_text(decision.text)
        record = EvaluationDecision(evaluation_id=evaluation.id, text=text, position=position)
        if decision.outcome != DecisionOutcome.RECORD.value:
            if decision.membership_id not in memberships:
                raise ValidationFailed(
                    {
                        f"decisions.{decision.key}.membership_id": QT_TRANSLATE_NOOP(
                            "errores", "Elija el socio responsable."
                        )
                    }
                )
        if decision.outcome == DecisionOutcome.COMMITMENT.value:
            commitment = Commitment(
                alliance=alliance,
                membership=memberships[decision.membership_id],
                description=text,
                kind=decision.kind,
                deadline=decision.deadline,
                logic=decision.logic,
                position=start,
            )
            start += 1
            session.add(commitment)
            session.flush()
            record.commitment_id = commitment.id
        elif decision.outcome == DecisionOutcome.ACTIVITY.value:
            activity = PlanActivity(
                alliance_id=alliance.id,
                title=decision_title(text),
                expected_result=text,
                responsible_membership_id=decision.membership_id,
                start_date=data.held_on,
                end_date=decision.deadline,
                status=ActivityStatus.PENDING.value,
                position=activity_start,
                evaluation_id=evaluation.id,
            )
            activity_start += 1
            session.add(activity)
            session.flush()
            record.activity_id = activity.id
        session.add(record)


def find_evaluation_by_code(db: Database, text: str) -> EvaluationDocument | None:
    """The evaluation whose printed informe carries the code ``text`` (typed or from the QR)."""
    from alianzas_desktop.domain.verification import code_from_text

    wanted = code_from_text(text)
    with db.reading() as session:
        ids = list(session.scalars(select(Evaluation.id)))
    for evaluation_id in ids:
        document = evaluation_document(db, evaluation_id)
        if document.verification_code == wanted:
            return document
    return None
