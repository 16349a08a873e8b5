"""Health of one alliance or of all, read in a handful of queries (not one per alliance)."""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sqlalchemy import and_, bindparam, case, extract, func, literal, or_, select
from sqlalchemy.sql import Select

from alianzas_desktop.domain import health as rules
from alianzas_desktop.domain.health import (
    OPEN_ACTIVITY_STATUSES,
    OPEN_CONFLICT_STATUSES,
    ActivityFact,
    CommitmentFact,
    ConflictFact,
    HealthFacts,
    read_health,
)
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.vocabulary import (
    OPEN_COMMITMENT_STATUSES,
    ConflictLevel,
    ConflictStatus,
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


# Up to this many alliances are read by alliance id, whatever their statuses.
FEW = 500


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

        # For a few alliances (a page of the list) their rows come by alliance id and the
        # statuses are tested here: a status filter in SQL would send SQLite through the
        # status indexes, across every alliance of the office.
        few = alliance_ids is not None and len(alliance_ids) <= FEW

        query = select(Commitment.alliance_id, Commitment.deadline, Commitment.status)
        if not few:
            query = query.where(Commitment.status.in_(OPEN_COMMITMENT_STATUSES))
        for aid, deadline, status in session.execute(
            _where_in(query, Commitment.alliance_id, alliance_ids)
        ):
            if aid in facts and status in OPEN_COMMITMENT_STATUSES:
                facts[aid].commitments.append(CommitmentFact(deadline, status))

        query = select(Conflict.alliance_id, Conflict.level, Conflict.status)
        if not few:
            query = query.where(Conflict.status.in_(OPEN_CONFLICT_STATUSES))
        for aid, level, status in session.execute(
            _where_in(query, Conflict.alliance_id, alliance_ids)
        ):
            if aid in facts and status in OPEN_CONFLICT_STATUSES:
                facts[aid].conflicts.append(ConflictFact(level, status))

        if few:
            query = select(Meeting.alliance_id, Meeting.date, Meeting.status).where(
                Meeting.alliance_id.in_(list(alliance_ids))
            )
            for aid, held, status in session.execute(query):
                if aid in facts and status == MeetingStatus.CLOSED.value and held <= today:
                    last = facts[aid].last_meeting_on
                    facts[aid].last_meeting_on = held if last is None else max(last, held)
        else:
            query = (
                select(Meeting.alliance_id, func.max(Meeting.date))
                .where(Meeting.status == MeetingStatus.CLOSED.value, Meeting.date <= today)
                .group_by(Meeting.alliance_id)
            )
            for aid, held in session.execute(query):
                if aid in facts:
                    facts[aid].last_meeting_on = held

        for aid, (held_on, by_group) in latest_scores(session, alliance_ids).items():
            if aid in facts:
                facts[aid].latest_evaluation_on = held_on
                facts[aid].latest_scores = by_group

        query = select(PlanActivity.alliance_id, PlanActivity.end_date, PlanActivity.status)
        if not few:
            query = query.where(
                PlanActivity.status.in_(OPEN_ACTIVITY_STATUSES), PlanActivity.end_date < today
            )
        for aid, end, status in session.execute(
            _where_in(query, PlanActivity.alliance_id, alliance_ids)
        ):
            if (
                aid in facts
                and status in OPEN_ACTIVITY_STATUSES
                and end is not None
                and end < today
            ):
                facts[aid].activities.append(ActivityFact(end, status))

    return {aid: info_of(aid, alliance_facts) for aid, alliance_facts in facts.items()}


def info_of(alliance_id: str, facts: HealthFacts) -> HealthInfo:
    """domain/health's reading of ``facts``, as the plain values callers get."""
    reading = read_health(facts)
    return HealthInfo(
        alliance_id=alliance_id,
        health=reading.health.value,
        health_label=reading.health.label,
        reasons=reading.reasons,
        overdue_commitments=reading.overdue_commitments,
        open_critical_incidents=reading.open_critical_incidents,
        late_activities=reading.late_activities,
    )


def latest_scores(
    session, alliance_ids: Collection[str] | None
) -> dict[str, tuple[date, dict[str, float]]]:
    """Alliance id → (date of its latest evaluation, group → average score there).

    Two evaluations on the latest date average together. Alliances never evaluated are
    left out.
    """
    query = _latest_scores_query(alliance_ids is not None)
    parameters = {} if alliance_ids is None else {"ids": list(alliance_ids)}
    found: dict[str, tuple[date, dict[str, float]]] = {}
    for aid, held_on, group, average in session.execute(query, parameters):
        found.setdefault(aid, (held_on, {}))[1][group] = float(average)
    return found


@lru_cache(maxsize=2)
def _latest_scores_query(by_id: bool):
    """latest_scores' statement, built once (with an expanding ``ids`` when ``by_id``)."""
    latest = select(Evaluation.alliance_id, func.max(Evaluation.held_on).label("held_on"))
    if by_id:
        latest = latest.where(Evaluation.alliance_id.in_(bindparam("ids", expanding=True)))
    latest = latest.group_by(Evaluation.alliance_id).subquery()
    return (
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


# A non-critical level: what an escalated conflict counted in SQL stands for in the facts.
_NOT_CRITICAL = next(
    level.value for level in ConflictLevel if level != ConflictLevel.CRITICAL_INCIDENTS
)


def counted_facts(
    *,
    today: date,
    start_date: date | None,
    overdue: int,
    oldest_overdue: date | None,
    critical: int,
    escalated: int,
    last_meeting_on: date | None,
    late: int,
    latest: tuple[date, dict[str, float]] | None = None,
) -> HealthFacts:
    """The facts domain/health reads, from what SQL counted of them (a page of the list).

    The rules read no more of an alliance's open commitments than how many are overdue and
    the oldest deadline among those, of its open conflicts than how many are critical and
    how many others escalated, of its plan than how many activities are late: those counts
    stand for the rows here, each the same fact repeated, so the one rule reads them.
    """
    facts = HealthFacts(today=today, start_date=start_date, last_meeting_on=last_meeting_on)
    if overdue:
        pending = CommitmentFact(oldest_overdue, OPEN_COMMITMENT_STATUSES[0])
        facts.commitments = [pending] * overdue
    facts.conflicts = [
        ConflictFact(ConflictLevel.CRITICAL_INCIDENTS.value, ConflictStatus.OPEN.value)
    ] * critical + [ConflictFact(_NOT_CRITICAL, ConflictStatus.ESCALATED.value)] * escalated
    if late:
        facts.activities = [
            ActivityFact(today - timedelta(days=1), OPEN_ACTIVITY_STATUSES[0])
        ] * late
    if latest is not None:
        facts.latest_evaluation_on, facts.latest_scores = latest
    return facts


def alliance_health(db: Database, alliance_id: str, *, today: date | None = None) -> HealthInfo:
    found = health_of_all(db, today=today, alliance_ids=[alliance_id])
    if alliance_id not in found:
        raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
    return found[alliance_id]


# -- the same rules in SQL ------------------------------------------------------------
#
# domain/health.read_health reads one alliance's facts in Python; for thousands of
# alliances (the coordinator's dashboard, the list sorted by health) the same rules run
# as one aggregate query. Thresholds and statuses come from domain/health, so the two
# cannot drift apart silently; tests/services/test_health_sql.py checks both agree on
# varied alliances. Levels: 0 verde, 1 amarillo, 2 rojo (domain's order).
_LEVEL_HEALTH = {0: Health.GREEN, 1: Health.YELLOW, 2: Health.RED}


def _months_since(column, today: date):
    """full_months_between(column, today) before clipping at 0, in SQL."""
    return (
        (today.year - extract("year", column)) * 12
        + today.month
        - extract("month", column)
        - case((extract("day", column) > today.day, 1), else_=0)
    )


def health_levels_query(today: date, scope: Select | None = None) -> Select:
    """One row per alliance (those whose id ``scope`` selects, or all): id, level, criticals."""
    overdue = (
        select(Commitment.alliance_id, func.count().label("n"))
        .where(
            Commitment.status.in_(OPEN_COMMITMENT_STATUSES),
            Commitment.deadline.is_not(None),
            Commitment.deadline < today,
        )
        .group_by(Commitment.alliance_id)
        .subquery("overdue")
    )
    critical_level = Conflict.level == ConflictLevel.CRITICAL_INCIDENTS.value
    conflicts = (
        select(
            Conflict.alliance_id,
            func.sum(case((critical_level, 1), else_=0)).label("critical"),
            func.sum(
                case(
                    (
                        and_(~critical_level, Conflict.status == ConflictStatus.ESCALATED.value),
                        1,
                    ),
                    else_=0,
                )
            ).label("escalated"),
        )
        .where(Conflict.status.in_(OPEN_CONFLICT_STATUSES))
        .group_by(Conflict.alliance_id)
        .subquery("conflicts")
    )
    held = (
        select(Meeting.alliance_id, func.max(Meeting.date).label("last"))
        .where(Meeting.status == MeetingStatus.CLOSED.value, Meeting.date <= today)
        .group_by(Meeting.alliance_id)
        .subquery("held")
    )
    latest = (
        select(Evaluation.alliance_id, func.max(Evaluation.held_on).label("held_on"))
        .group_by(Evaluation.alliance_id)
        .subquery("latest")
    )
    group_averages = (
        select(
            Evaluation.alliance_id,
            func.avg(EvaluationScore.score).label("average"),
        )
        .join(EvaluationScore, EvaluationScore.evaluation_id == Evaluation.id)
        .join(
            latest,
            (latest.c.alliance_id == Evaluation.alliance_id)
            & (latest.c.held_on == Evaluation.held_on),
        )
        .group_by(Evaluation.alliance_id, EvaluationScore.group)
        .subquery("group_averages")
    )
    # The worst group decides: a group under SCORE_RED is rojo, under SCORE_YELLOW amarillo.
    scores = (
        select(
            group_averages.c.alliance_id,
            func.min(group_averages.c.average).label("worst"),
        )
        .group_by(group_averages.c.alliance_id)
        .subquery("scores")
    )
    late = (
        select(PlanActivity.alliance_id, func.count().label("n"))
        .where(
            PlanActivity.status.in_(OPEN_ACTIVITY_STATUSES),
            PlanActivity.end_date.is_not(None),
            PlanActivity.end_date < today,
        )
        .group_by(PlanActivity.alliance_id)
        .subquery("late")
    )
    overdue_n = func.coalesce(overdue.c.n, 0)
    critical_n = func.coalesce(conflicts.c.critical, 0)
    escalated_n = func.coalesce(conflicts.c.escalated, 0)
    late_n = func.coalesce(late.c.n, 0)
    # With no session held yet, the gap counts from the start (NULL start: no gap).
    gap = case(
        (held.c.last.is_not(None), _months_since(held.c.last, today)),
        (Alliance.start_date.is_not(None), _months_since(Alliance.start_date, today)),
        else_=literal(-1),
    )
    red = or_(
        overdue_n >= rules.OVERDUE_RED,
        critical_n > 0,
        scores.c.worst < rules.SCORE_RED,
        gap >= rules.MEETING_GAP_RED,
        late_n >= rules.LATE_ACTIVITIES_RED,
    )
    yellow = or_(
        overdue_n >= rules.OVERDUE_YELLOW,
        escalated_n > 0,
        scores.c.worst < rules.SCORE_YELLOW,
        gap >= rules.MEETING_GAP_YELLOW,
        late_n >= rules.LATE_ACTIVITIES_YELLOW,
    )
    query = (
        select(
            Alliance.id.label("alliance_id"),
            case((red, 2), (yellow, 1), else_=0).label("level"),
            critical_n.label("critical"),
        )
        .outerjoin(overdue, overdue.c.alliance_id == Alliance.id)
        .outerjoin(conflicts, conflicts.c.alliance_id == Alliance.id)
        .outerjoin(held, held.c.alliance_id == Alliance.id)
        .outerjoin(scores, scores.c.alliance_id == Alliance.id)
        .outerjoin(late, late.c.alliance_id == Alliance.id)
    )
    if scope is not None:
        query = query.where(Alliance.id.in_(scope))
    return query


def health_levels(
    db: Database, *, today: date | None = None, scope: Select | None = None
) -> dict[str, tuple[Health, int]]:
    """Alliance id → (colour, open critical incidents), by the rules in SQL."""
    query = health_levels_query(today or date.today(), scope)
    with db.reading() as session:
        return {
            aid: (_LEVEL_HEALTH[level], critical) for aid, level, critical in session.execute(query)
        }


def health_distribution(
    session, scope: Select | None, *, today: date | None = None
) -> dict[str, int]:
    """Health code → how many alliances (of ``scope``, an id query) read so: one query."""
    levels = health_levels_query(today or date.today(), scope).subquery()
    query = select(levels.c.level, func.count()).group_by(levels.c.level)
    return {_LEVEL_HEALTH[level].value: n for level, n in session.execute(query)}


__all__ = [
    "Health",
    "HealthInfo",
    "alliance_health",
    "health_distribution",
    "health_levels",
    "health_levels_query",
    "health_of_all",
]
