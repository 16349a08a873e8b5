"""The main window's alliance list, read in two steps so it stays fast with thousands.

``light_alliances`` reads every alliance's own short columns (name, territory, area,
phase, archived) in one indexed query: enough to order, count and search the list by its
own fields. The columns that cost aggregates (active partners, nearest open deadline) are
read only for the rows the list shows, a page at a time, by ``alliance_figures``; health
comes from services/health for the same page. Sorting by one of those columns reads it
for every alliance once (``all_figures``).
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import Date, and_, bindparam, case, func, select

from alianzas_desktop.domain.health import OPEN_ACTIVITY_STATUSES, OPEN_CONFLICT_STATUSES
from alianzas_desktop.domain.vocabulary import (
    OPEN_COMMITMENT_STATUSES,
    ApplicationArea,
    ConflictLevel,
    ConflictStatus,
    MeetingStatus,
    Phase,
    label_of,
)
from alianzas_desktop.services.alliances import AllianceSummary
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Alliance, Commitment, Meeting, Membership
from alianzas_desktop.storage.work_models import Conflict, PlanActivity

if TYPE_CHECKING:
    from alianzas_desktop.services.health import HealthInfo

logger = logging.getLogger(__name__)

# Above this many ids a page query would bind too many parameters: read them in slices.
_ID_SLICE = 500


class ListedAlliance(NamedTuple):
    """An alliance's own short columns: what the list orders, counts and searches by."""

    id: str
    name: str
    territory: str
    area: str
    phase: str
    archived: bool


def light_alliances_query(*, include_archived: bool = False):
    query = select(
        Alliance.id,
        Alliance.name,
        Alliance.municipio,
        Alliance.departamento,
        Alliance.vereda,
        Alliance.area,
        Alliance.phase,
        Alliance.archived_at.is_not(None),
    ).order_by(Alliance.name, Alliance.id)
    if not include_archived:
        query = query.where(Alliance.archived_at.is_(None))
    return query


def light_alliances(db: Database, *, include_archived: bool = False) -> list[ListedAlliance]:
    """Every alliance (archived ones only when asked) by name, without its aggregates."""
    with db.reading() as session:
        rows = session.connection().execute(
            light_alliances_query(include_archived=include_archived)
        )
        return [
            ListedAlliance(
                aid,
                name,
                ", ".join(p for p in (vereda, municipio, departamento) if p),
                area,
                phase,
                bool(archived),
            )
            for aid, name, municipio, departamento, vereda, area, phase, archived in rows
        ]


def summary(
    row: ListedAlliance,
    partner_count: int = 0,
    nearest_deadline: date | None = None,
    health: HealthInfo | None = None,
) -> AllianceSummary:
    """The list's full row: the alliance's own columns and the figures read for it."""
    return AllianceSummary(
        id=row.id,
        name=row.name,
        territory=row.territory,
        area=row.area,
        area_label=_label(ApplicationArea, row.area),
        phase=row.phase,
        phase_label=_label(Phase, row.phase),
        partner_count=partner_count,
        nearest_deadline=nearest_deadline,
        archived=row.archived,
        health=health,
    )


@lru_cache(maxsize=256)
def _label(enum_cls, code: str) -> str:
    return label_of(enum_cls, code)


def figures_query(ids: Collection[str] | None = None):
    """Alliance id, active partners, nearest open deadline: per alliance through its indexes."""
    partners = (
        select(func.count())
        .where(Membership.alliance_id == Alliance.id, Membership.retired_on.is_(None))
        .correlate(Alliance)
        .scalar_subquery()
    )
    # The status test stays inside the aggregate so SQLite reads the alliance's own
    # commitments by ix_commitments_alliance_id; a WHERE on status would make it walk the
    # (status, deadline) index through every open commitment of the office instead.
    nearest = (
        select(
            func.min(case((Commitment.status.in_(OPEN_COMMITMENT_STATUSES), Commitment.deadline)))
        )
        .where(Commitment.alliance_id == Alliance.id)
        .correlate(Alliance)
        .scalar_subquery()
    )
    query = select(Alliance.id, partners, nearest)
    if ids is not None:
        query = query.where(Alliance.id.in_(list(ids)))
    return query


def all_figures_queries():
    """Active partners and nearest open deadline of every alliance (sorting by them)."""
    partners = (
        select(Membership.alliance_id, func.count())
        .where(Membership.retired_on.is_(None))
        .group_by(Membership.alliance_id)
    )
    deadlines = (
        select(Commitment.alliance_id, func.min(Commitment.deadline))
        .where(Commitment.status.in_(OPEN_COMMITMENT_STATUSES))
        .group_by(Commitment.alliance_id)
    )
    return partners, deadlines


def alliance_figures(
    db: Database, ids: Collection[str] | None
) -> dict[str, tuple[int, date | None]]:
    """Alliance id → (active partners, nearest open deadline), for ``ids`` (None: all)."""
    found: dict[str, tuple[int, date | None]] = {}
    with db.reading() as session:
        if ids is None:
            partners_query, deadlines_query = all_figures_queries()
            partners = dict(session.execute(partners_query).all())
            deadlines = dict(session.execute(deadlines_query).all())
            for aid in partners.keys() | deadlines.keys():
                found[aid] = (partners.get(aid, 0), deadlines.get(aid))
            return found
        wanted = list(ids)
        for start in range(0, len(wanted), _ID_SLICE):
            part = wanted[start : start + _ID_SLICE]
            for alliance_id, partners, nearest in session.execute(figures_query(part)):
                found[alliance_id] = (partners or 0, nearest)
    return found


class PageRow(NamedTuple):
    """What the list shows of an alliance besides its own columns."""

    partner_count: int
    nearest_deadline: date | None
    health: HealthInfo


@lru_cache(maxsize=1)
def page_query():
    """One row per alliance of the ``ids``: its figures and what its health reading counts.

    Parameters ``ids`` (a list, expanded) and ``today``; built once, so SQLAlchemy finds
    its compiled form in its cache at every page.

    Columns: id, start date, active partners, nearest open deadline, open commitments
    overdue and the oldest of their deadlines, open critical conflicts, other escalated
    conflicts, last session held, late plan activities (the arguments of
    services/health.counted_facts). Each table is read once, through its alliance index,
    for the page's alliances only; the statuses are tested inside the aggregates (a WHERE
    on status would send SQLite through the status indexes, across the office).
    """
    ids = bindparam("ids", expanding=True)
    today = bindparam("today", type_=Date)
    partners = (
        select(Membership.alliance_id, func.count().label("n"))
        .where(Membership.alliance_id.in_(ids), Membership.retired_on.is_(None))
        .group_by(Membership.alliance_id)
        .subquery("partners")
    )
    open_commitment = Commitment.status.in_(OPEN_COMMITMENT_STATUSES)
    overdue = and_(open_commitment, Commitment.deadline < today)
    commitments = (
        select(
            Commitment.alliance_id,
            func.min(case((open_commitment, Commitment.deadline))).label("nearest"),
            func.count(case((overdue, 1))).label("overdue"),
            func.min(case((overdue, Commitment.deadline))).label("oldest"),
        )
        .where(Commitment.alliance_id.in_(ids))
        .group_by(Commitment.alliance_id)
        .subquery("commitments")
    )
    open_conflict = Conflict.status.in_(OPEN_CONFLICT_STATUSES)
    critical = Conflict.level == ConflictLevel.CRITICAL_INCIDENTS.value
    conflicts = (
        select(
            Conflict.alliance_id,
            func.count(case((and_(open_conflict, critical), 1))).label("critical"),
            func.count(
                case(
                    (
                        and_(~critical, Conflict.status == ConflictStatus.ESCALATED.value),
                        1,
                    )
                )
            ).label("escalated"),
        )
        .where(Conflict.alliance_id.in_(ids))
        .group_by(Conflict.alliance_id)
        .subquery("conflicts")
    )
    held = and_(Meeting.status == MeetingStatus.CLOSED.value, Meeting.date <= today)
    meetings = (
        select(Meeting.alliance_id, func.max(case((held, Meeting.date))).label("last"))
        .where(Meeting.alliance_id.in_(ids))
        .group_by(Meeting.alliance_id)
        .subquery("meetings")
    )
    late = and_(PlanActivity.status.in_(OPEN_ACTIVITY_STATUSES), PlanActivity.end_date < today)
    activities = (
        select(PlanActivity.alliance_id, func.count(case((late, 1))).label("late"))
        .where(PlanActivity.alliance_id.in_(ids))
        .group_by(PlanActivity.alliance_id)
        .subquery("activities")
    )
    return (
        select(
            Alliance.id,
            Alliance.start_date,
            partners.c.n,
            commitments.c.nearest,
            commitments.c.overdue,
            commitments.c.oldest,
            conflicts.c.critical,
            conflicts.c.escalated,
            meetings.c.last,
            activities.c.late,
        )
        .outerjoin(partners, partners.c.alliance_id == Alliance.id)
        .outerjoin(commitments, commitments.c.alliance_id == Alliance.id)
        .outerjoin(conflicts, conflicts.c.alliance_id == Alliance.id)
        .outerjoin(meetings, meetings.c.alliance_id == Alliance.id)
        .outerjoin(activities, activities.c.alliance_id == Alliance.id)
        .where(Alliance.id.in_(ids))
    )


def page_rows(db: Database, ids: Collection[str], *, today: date) -> dict[str, PageRow]:
    """Alliance id → partners, nearest open deadline and health, for a page's ``ids``.

    The same as ``alliance_figures`` and services/health.health_of_all for those ids, in
    two queries (``page_query`` and the latest evaluations' scores) instead of seven.
    """
    from alianzas_desktop.services import health

    found: dict[str, PageRow] = {}
    wanted = list(ids)
    with db.reading() as session:
        for start in range(0, len(wanted), _ID_SLICE):
            part = wanted[start : start + _ID_SLICE]
            counted = session.execute(page_query(), {"ids": part, "today": today}).all()
            if not counted:
                continue
            scores = health.latest_scores(session, part)
            for (
                aid,
                begun,
                partners,
                nearest,
                overdue,
                oldest,
                critical,
                escalated,
                last,
                late,
            ) in counted:
                facts = health.counted_facts(
                    today=today,
                    start_date=begun,
                    overdue=overdue or 0,
                    oldest_overdue=oldest,
                    critical=critical or 0,
                    escalated=escalated or 0,
                    last_meeting_on=last,
                    late=late or 0,
                    latest=scores.get(aid),
                )
                found[aid] = PageRow(partners or 0, nearest, health.info_of(aid, facts))
    return found


__all__ = [
    "ListedAlliance",
    "PageRow",
    "all_figures_queries",
    "alliance_figures",
    "figures_query",
    "light_alliances",
    "light_alliances_query",
    "page_query",
    "page_rows",
    "summary",
]
