"""Whole lists of people and meetings, streamed a batch of plain rows at a time.

An office holds a hundred thousand people and sixty thousand meetings: the command
line writes them as they are read, in flat memory, and the windows' lists build
their dataclasses from the same rows. This module imports neither the other services
nor the models (nor the ORM): ``alianzas list`` starts without what it does not use.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date

from sqlalchemy import Boolean, Date, DateTime, Integer, Select, column, func, select, table

from alianzas_desktop.domain.vocabulary import MeetingKind, MeetingStatus
from alianzas_desktop.storage.database import Database

logger = logging.getLogger(__name__)

# Rows fetched at a time: a server-side cursor on PostgreSQL, a partial fetch on SQLite.
BATCH = 2000

PersonRow = tuple[str, str, str, bool, bool, bool]
"""id, name, organization ("" without one), has_authorization, is_minor, erased: the
fields of ``services.personal_data.PersonInfo``, in its order (a tuple-like Row)."""

MeetingRow = tuple[str, str, str, int | None, str, str, str, date, str, str, bool]
"""id, alliance_id, alliance_name, number, status, status_label, kind_label, date, place,
objective, signed: the fields of ``services.meetings.MeetingSummary``, in its order."""

# The columns these lists read, named as in ``storage.models`` and typed as there where a
# type converts what the driver returns (a test checks both): defining the mapped classes
# would cost a listing command a sixth of its time.
people_table = table(
    "people",
    column("id"),
    column("full_name"),
    column("organization_id"),
    column("is_minor", Boolean),
    column("erased_at", DateTime),
)
organizations_table = table("organizations", column("id"), column("name"))
_authorizations = table(
    "data_authorizations", column("id"), column("person_id"), column("revoked_on", Date)
)
_alliances = table("alliances", column("id"), column("name"))
_meetings = table(
    "meetings",
    column("id"),
    column("alliance_id"),
    column("number", Integer),
    column("status"),
    column("kind"),
    column("date", Date),
    column("start_time"),
    column("place"),
    column("objective"),
    column("signed_on", Date),
)
TABLES = (people_table, organizations_table, _authorizations, _alliances, _meetings)


def authorized():
    """Whether the person of ``people_table``'s row has an authorisation in force."""
    return (
        select(_authorizations.c.id)
        .where(
            _authorizations.c.person_id == people_table.c.id,
            _authorizations.c.revoked_on.is_(None),
        )
        .exists()
    )


def people_query() -> Select:
    """Everyone's row as the people lists show it (``PersonRow``), in no order: the
    organisation's name and whether an authorisation is in force, from SQL."""
    people, organizations = people_table, organizations_table
    # Every field as the list wants it, from SQL (booleans typed so): no work per row here.
    return (
        select(
            people.c.id,
            people.c.full_name,
            func.coalesce(organizations.c.name, ""),
            authorized().label("authorized"),
            people.c.is_minor,
            people.c.erased_at.is_not(None),
        )
        .select_from(people)
        .outerjoin(organizations, organizations.c.id == people.c.organization_id)
    )


def people_batches(db: Database) -> Iterator[list[PersonRow]]:
    """Everyone on record, by name, with their organisation and whether an
    authorisation is in force."""
    return _batches(db, people_query().order_by(people_table.c.full_name))


def meeting_batches(db: Database, alliance_id: str | None = None) -> Iterator[list[MeetingRow]]:
    """Every meeting (or one alliance's), latest first; never the acta's content nor a scan."""
    meetings, alliances = _meetings, _alliances
    query = (
        select(
            meetings.c.id,
            meetings.c.alliance_id,
            alliances.c.name,
            meetings.c.number,
            meetings.c.status,
            meetings.c.kind,
            meetings.c.date,
            meetings.c.place,
            meetings.c.objective,
            meetings.c.signed_on.is_not(None),
        )
        .join(alliances, alliances.c.id == meetings.c.alliance_id)
        .order_by(meetings.c.date.desc(), meetings.c.start_time.desc())
    )
    if alliance_id:
        query = query.where(meetings.c.alliance_id == alliance_id)
    # Looked up once per code, not once per row; an unknown code (a newer app's) is its own label.
    statuses = {m.value: m.label for m in MeetingStatus}
    kinds = {m.value: m.label for m in MeetingKind}
    for batch in _batches(db, query):
        yield [
            (
                meeting_id,
                meeting_alliance_id,
                alliance_name,
                number,
                status,
                statuses.get(status, status),
                kinds.get(kind, kind),
                day,
                place,
                objective,
                signed,
            )
            for (
                meeting_id,
                meeting_alliance_id,
                alliance_name,
                number,
                status,
                kind,
                day,
                place,
                objective,
                signed,
            ) in batch
        ]


def _batches(db: Database, query: Select) -> Iterator[list]:
    """The query's rows a batch at a time, within one read; closed when the reader stops early.

    Core rows over a Core connection: neither a session nor an ORM mapping, which a command
    that only lists would pay for.
    """
    with db.reading_rows() as connection:
        result = connection.execute(query.execution_options(yield_per=BATCH))
        try:
            yield from result.partitions()
        finally:
            result.close()
