"""Health of one alliance or of all, read in a handful of queries (not one per alliance)."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from alianzas_desktop.domain.health import (
    OPEN_ACTIVITY_STATUSES,
    OPEN_CONFLICT_STATUSES,
    ActivityFact,
    CommitmentFact,
    ConflictFact,
    HealthFacts,
    read_health,
)
from alianzas_desktop.domain.vocabulary import (
    OPEN_COMMITMENT_STATUSES,
    Health,
    MeetingStatus,
)
from alianzas_desktop.services.errors import NotFoundError
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Alliance, Commitment, Meeting
from alianzas_desktop.storage.work_models import (
    Conflict,
    Evaluation,
    EvaluationScore,
    PlanActivity,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class HealthInfo:
    """One alliance's reading, plain values ready for JSON."""

    alliance_id: str
    health: str
    health_label: str
    reasons: tuple[str, ...]
    overdue_commitments: int = 0
    open_critical_incidents: int = 0
    late_activities: int = 0


def _where_in(query, column, ids: Collection[str] | None):
    return query if ids is None else query.where(column.in_(list(ids)))


def health_of_all(
    db: Database, *, today: date | None = None, alliance_ids: Collection[str] | None = None
) -> dict[str, HealthInfo]:
    """Alliance id → reading, for every alliance (or those in ``alliance_ids``): six queries."""
    today = today or date.today()
    with db.reading() as session:
        starts = dict(
            session.execute(
                _where_in(select(Alliance.id, Alliance.start_date), Alliance.id, alliance_ids)
            ).all()
        )
        facts = {aid: HealthFacts(today=today, start_date=start) for aid, start in starts.items()}
        if not facts:
            return {}

        query = select(Commitment.alliance_id, Commitment.deadline, Commitment.status).where(
            Commitment.status.in_(OPEN_COMMITMENT_STATUSES)
        )
        for aid, deadline, status in session.execute(
            _where_in(query, Commitment.alliance_id, alliance_ids)
        ):
            if aid in facts:
                facts[aid].commitments.append(CommitmentFact(deadline, status))

        query = select(Conflict.alliance_id, Conflict.level, Conflict.status).where(
            Conflict.status.in_(OPEN_CONFLICT_STATUSES)
        )
        for aid, level, status in session.execute(
            _where_in(query, Conflict.alliance_id, alliance_ids)
        ):
            if aid in facts:
                facts[aid].conflicts.append(ConflictFact(level, status))

        query = (
            select(Meeting.alliance_id, func.max(Meeting.date))
            .where(Meeting.status == MeetingStatus.CLOSED.value, Meeting.date <= today)
            .group_by(Meeting.alliance_id)
        )
        for aid, held in session.execute(_where_in(query, Meeting.alliance_id, alliance_ids)):
            if aid in facts:
                facts[aid].last_meeting_on = held

        latest = _where_in(
            select(Evaluation.alliance_id, func.max(Evaluation.held_on).label("held_on")).group_by(
                Evaluation.alliance_id
            ),
            Evaluation.alliance_id,
            alliance_ids,
        ).subquery()
        query = (
            select(
                Evaluation.alliance_id,
                Evaluation.held_on,
                EvaluationScore.group,
                func.avg(EvaluationScore.score),
            )
            .join(EvaluationScore, EvaluationScore.evaluation_id == Evaluation.id)
            .join(
                latest,
                (latest.c.alliance_id == Evaluation.alliance_id)
                & (latest.c.held_on == Evaluation.held_on),
            )
            .group_by(Evaluation.alliance_id, Evaluation.held_on, EvaluationScore.group)
        )
        scores: dict[str, dict[str, float]] = defaultdict(dict)
        for aid, held_on, group, average in session.execute(query):
            if aid in facts:
                scores[aid][group] = float(average)
                facts[aid].latest_evaluation_on = held_on
        for aid, by_group in scores.items():
            facts[aid].latest_scores = by_group

        query = select(PlanActivity.alliance_id, PlanActivity.end_date, PlanActivity.status).where(
            PlanActivity.status.in_(OPEN_ACTIVITY_STATUSES), PlanActivity.end_date < today
        )
        for aid, end, status in session.execute(
            _where_in(query, PlanActivity.alliance_id, alliance_ids)
        ):
            if aid in facts:
                facts[aid].activities.append(ActivityFact(end, status))

    result = {}
    for aid, alliance_facts in facts.items():
        reading = read_health(alliance_facts)
        result[aid] = HealthInfo(
            alliance_id=aid,
            health=reading.health.value,
            health_label=reading.health.label,
            reasons=reading.reasons,
            overdue_commitments=reading.overdue_commitments,
            open_critical_incidents=reading.open_critical_incidents,
            late_activities=reading.late_activities,
        )
    return result


def alliance_health(db: Database, alliance_id: str, *, today: date | None = None) -> HealthInfo:
    found = health_of_all(db, today=today, alliance_ids=[alliance_id])
    if alliance_id not in found:
        raise NotFoundError("No existe esa alianza.")
    return found[alliance_id]


__all__ = ["Health", "HealthInfo", "alliance_health", "health_of_all"]
