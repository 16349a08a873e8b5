"""Whole lists of people and meetings, streamed as plain tuples a batch at a time.

An office holds a hundred thousand people and sixty thousand meetings: the command
line writes them as they are read, in flat memory, and the windows' lists build
their dataclasses from the same rows. This module imports only the storage layer,
so ``alianzas list`` starts without the services it does not use.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date

from sqlalchemy import Select, select

from alianzas_desktop.domain.vocabulary import MeetingKind, MeetingStatus
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import (
    Alliance,
    DataAuthorization,
    Meeting,
    Organization,
    Person,
)

logger = logging.getLogger(__name__)

# Rows fetched at a time: a server-side cursor on PostgreSQL, a partial fetch on SQLite.
BATCH = 2000

PersonRow = tuple[str, str, str, bool, bool, bool]
"""id, name, organization ("" without one), has_authorization, is_minor, erased."""

MeetingRow = tuple[str, str, str, int | None, str, str, str, date, str, str, bool]
"""id, alliance_id, alliance_name, number, status, status_label, kind_label, date, place,
objective, signed: the fields of ``services.meetings.MeetingSummary``, in its order."""


def people_rows(db: Database) -> Iterator[PersonRow]:
    """Everyone on record, by name, with their organisation and whether an
    authorisation is in force."""
    authorized = (
        select(DataAuthorization.id)
        .where(DataAuthorization.person_id == Person.id, DataAuthorization.revoked_on.is_(None))
        .exists()
    )
    query = (
        select(
            Person.id,
            Person.full_name,
            Organization.name,
            authorized.label("authorized"),
            Person.is_minor,
            Person.erased_at.is_not(None),
        )
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .order_by(Person.full_name)
    )
    # Only whether erased or signed is asked of SQL: no timestamp parsed per row.
    for person_id, name, organization, has_authorization, is_minor, erased in _streamed(db, query):
        yield (
            person_id,
            name,
            organization or "",
            bool(has_authorization),
            bool(is_minor),
            bool(erased),
        )


def meeting_rows(db: Database, alliance_id: str | None = None) -> Iterator[MeetingRow]:
    """Every meeting (or one alliance's), latest first; never the acta's content nor a scan."""
    query = (
        select(
            Meeting.id,
            Meeting.alliance_id,
            Alliance.name,
            Meeting.number,
            Meeting.status,
            Meeting.kind,
            Meeting.date,
            Meeting.place,
            Meeting.objective,
            Meeting.signed_on.is_not(None),
        )
        .join(Alliance, Alliance.id == Meeting.alliance_id)
        .order_by(Meeting.date.desc(), Meeting.start_time.desc())
    )
    if alliance_id:
        query = query.where(Meeting.alliance_id == alliance_id)
    # Looked up once per code, not once per row; an unknown code (a newer app's) is its own label.
    statuses = {m.value: m.label for m in MeetingStatus}
    kinds = {m.value: m.label for m in MeetingKind}
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
    ) in _streamed(db, query):
        yield (
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
            bool(signed),
        )


def _streamed(db: Database, query: Select) -> Iterator[tuple]:
    """The query's rows as they come, within one read; closed when the reader stops early."""
    with db.reading() as session:
        result = session.connection().execute(query.execution_options(yield_per=BATCH))
        try:
            yield from result
        finally:
            result.close()
