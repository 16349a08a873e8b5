"""The main window's agenda: meetings still to be held and commitments past their deadline,
across the alliances not archived — the most urgent rows of each, and how many there are."""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, select

from alianzas_desktop.domain.vocabulary import OPEN_COMMITMENT_STATUSES, MeetingStatus
from alianzas_desktop.services.meetings import (
    _PENDING_COLUMNS,
    _SUMMARY_COLUMNS,
    MeetingSummary,
    PendingCommitment,
    _pending,
    _summary_of_row,
)
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Alliance, AuditEntry, Commitment, Meeting

logger = logging.getLogger(__name__)

# The agenda shows the most urgent rows; the rest are counted, never loaded.
AGENDA_LIMIT = 200


@dataclass(frozen=True)
class Agenda:
    """The main window's agenda: the first rows of each list and how many there are."""

    upcoming: list[MeetingSummary]
    upcoming_total: int
    overdue: list[PendingCommitment]
    overdue_total: int


# Every status but closed, spelled out so the (status, date) index serves the agenda.
_NOT_CLOSED = tuple(s.value for s in MeetingStatus if s != MeetingStatus.CLOSED)


def _upcoming_filter(today: date) -> tuple:
    return (
        Meeting.status.in_(_NOT_CLOSED),
        Meeting.date >= today,
        Alliance.archived_at.is_(None),
    )


def upcoming_meetings(
    db: Database, today: date | None = None, limit: int | None = None
) -> list[MeetingSummary]:
    """Meetings still to be held, soonest first (only the first ``limit`` when given)."""
    today = today or date.today()

    def soonest(statuses: tuple[str, ...]):
        return (
            select(*_SUMMARY_COLUMNS, Meeting.start_time)
            .join(Alliance, Alliance.id == Meeting.alliance_id)
            .where(Meeting.status.in_(statuses), *_upcoming_filter(today)[1:])
            .order_by(Meeting.date, Meeting.start_time)
            .limit(limit)
        )

    with db.reading() as session:
        if limit is None:
            return [_summary_of_row(row) for row in session.execute(soonest(_NOT_CLOSED))]
        # One status at a time, each read in date order from the (status, date) index and
        # stopped at ``limit``; IN over all of them would sort every upcoming meeting first.
        each = [session.execute(soonest((status,))).all() for status in _NOT_CLOSED]
    rows = heapq.merge(*each, key=lambda row: (row.date, row.start_time or time.min))
    return [_summary_of_row(row) for row in itertools.islice(rows, limit)]


def _overdue_filter(today: date) -> tuple:
    return (
        Commitment.status.in_(OPEN_COMMITMENT_STATUSES),
        Commitment.deadline < today,
        Alliance.archived_at.is_(None),
    )


def overdue_commitments(
    db: Database, today: date | None = None, limit: int | None = None
) -> list[PendingCommitment]:
    """Open commitments past their deadline, across the alliances not archived.

    The longest overdue first; only the first ``limit`` when given.
    """
    today = today or date.today()
    with db.reading() as session:
        if limit is None:
            return _pending(session, select(*_PENDING_COLUMNS).where(*_overdue_filter(today)))
        # One status at a time, in deadline order from the (status, deadline) index and
        # stopped at ``limit``: IN over the open statuses sorted all of them (15,000 at the
        # office) to keep the first 200.
        each = [
            _pending(
                session,
                select(*_PENDING_COLUMNS).where(
                    Commitment.status == status, *_overdue_filter(today)[1:]
                ),
                limit,
            )
            for status in OPEN_COMMITMENT_STATUSES
        ]
    return list(heapq.merge(*each, key=lambda c: c.deadline))[:limit]


def agenda(db: Database, today: date | None = None, limit: int = AGENDA_LIMIT) -> Agenda:
    """Upcoming meetings and overdue commitments: the first ``limit`` of each, and totals.

    Read again only when something was written since the last reading of the same database
    for the same day (the main window refreshes it after every change it makes, and the
    office's counts alone cost more than a tenth of a second); otherwise the same object.
    """
    today = today or date.today()
    key = db.engine.url.render_as_string(hide_password=True)
    with db.reading() as session:
        token = (_changes_token(session), today, limit)
    with _cache_lock:
        cached = _cache.get(key)
    if cached is not None and cached[0] == token:
        return cached[1]
    read = _read_agenda(db, today, limit)
    with _cache_lock:
        _cache[key] = (token, read)
    return read


def _changes_token(session) -> tuple:
    # Every write through the services leaves audit entries in its own transaction (imports
    # and deletions too; see storage.audit): the newest instant, and how many entries share
    # it, change with each write, even two within one tick of a coarse clock. ``at`` is
    # indexed: two lookups, not a count of the log.
    newest = session.scalar(select(func.max(AuditEntry.at)))
    if newest is None:
        return (None, 0)
    same = session.scalar(
        select(func.count()).select_from(AuditEntry).where(AuditEntry.at == newest)
    )
    return (newest, same)


_cache_lock = threading.Lock()
_cache: dict[str, tuple[tuple, Agenda]] = {}


def _read_agenda(db: Database, today: date, limit: int) -> Agenda:
    upcoming = upcoming_meetings(db, today, limit)
    overdue = overdue_commitments(db, today, limit)
    with db.reading() as session:
        upcoming_total = len(upcoming)
        if upcoming_total == limit:
            upcoming_total = _count_not_archived(
                session, Meeting, Meeting.status, _NOT_CLOSED, Meeting.date >= today
            )
        overdue_total = len(overdue)
        if overdue_total == limit:
            overdue_total = _count_not_archived(
                session,
                Commitment,
                Commitment.status,
                OPEN_COMMITMENT_STATUSES,
                Commitment.deadline < today,
            )
    return Agenda(upcoming, upcoming_total or 0, overdue, overdue_total or 0)


def _count_not_archived(session, model, status, statuses: tuple[str, ...], when) -> int:
    """How many rows of ``model`` in ``statuses`` and ``when``, of alliances not archived.

    All of them counted from the (status, date) index alone, less those of the few
    archived alliances read by alliance: joining every row to its alliance cost 0.15 s at
    the office, this 0.04 s. ``status || ''`` keeps SQLite from the status index there,
    which would walk every matching row again.
    """
    everyone = session.scalar(
        select(func.count()).select_from(model).where(status.in_(statuses), when)
    )
    archived = session.scalar(
        select(func.count())
        .select_from(model)
        .where(
            model.alliance_id.in_(select(Alliance.id).where(Alliance.archived_at.is_not(None))),
            status.concat("").in_(statuses),
            when,
        )
    )
    return (everyone or 0) - (archived or 0)
