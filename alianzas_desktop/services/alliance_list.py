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

from sqlalchemy import case, func, select

from alianzas_desktop.domain.vocabulary import (
    OPEN_COMMITMENT_STATUSES,
    ApplicationArea,
    Phase,
    label_of,
)
from alianzas_desktop.services.alliances import AllianceSummary
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Alliance, Commitment, Membership

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


__all__ = [
    "ListedAlliance",
    "all_figures_queries",
    "alliance_figures",
    "figures_query",
    "light_alliances",
    "light_alliances_query",
    "summary",
]
