"""The office's PostgreSQL: the batches a bundle's import writes (``sync.pg_bulk``).

A batch's COPY data is made by the thread that takes it, so the writer thread only sends
it, it is stored value for value, and a refusal is raised as SQLAlchemy raises a
statement's; the closing of actas that arrived closed is one ``UPDATE … FROM unnest(…)`` per
batch, and the guards still see every row. Runs when ALIANZAS_TEST_POSTGRES names a server.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa

from alianzas_desktop.domain.vocabulary import MeetingStatus
from alianzas_desktop.services import meetings, nacimiento
from alianzas_desktop.storage.models import Meeting, Person
from alianzas_desktop.sync import bulk
from tests.factories import nacimiento_data
from tests.meeting_factories import close_a_meeting, convened_meeting

pytest.importorskip("psycopg")
from alianzas_desktop.sync import pg_bulk  # noqa: E402  (needs psycopg)


def _statuses(pg, ids) -> dict[str, str]:
    with pg.reading() as session:
        rows = session.execute(sa.select(Meeting.id, Meeting.status).where(Meeting.id.in_(ids)))
        return dict(rows.all())


_PERSON_COLUMNS = [
    "id", "full_name", "document_number", "phone", "email", "consent_date",
    "organization_id", "is_minor", "erased_at", "created_at", "updated_at",
]  # fmt: skip


def _person(n: int, full_name: str, **values) -> tuple:
    row = {
        "id": f"{n:08d}-0000-4000-8000-00000000c0de",
        "full_name": full_name,
        "document_number": f"10{n:06d}",
        "phone": "",
        "email": "",
        "consent_date": date(2026, 3, n + 1),
        "organization_id": None,
        "is_minor": n % 2 == 1,
        "erased_at": None,
        "created_at": datetime(2026, 1, n + 1, 8, 30, 15, 123456),
        "updated_at": datetime(2026, 1, n + 1, 8, 30, 15, 123456),
        **values,
    }
    return tuple(row[name] for name in _PERSON_COLUMNS)


def _stored_people(pg) -> list[tuple]:
    table = Person.__table__
    with pg.engine.connect() as connection:
        rows = connection.execute(
            sa.select(*(table.c[name] for name in _PERSON_COLUMNS))
            .where(table.c.id.like("%-00000000c0de"))
            .order_by(table.c.id)
        )
        return [tuple(row) for row in rows]


def test_a_batch_is_made_as_it_is_taken_and_stored_value_for_value(pg):
    rows = [
        _person(0, "Ana <María> & Peña 🌱"),
        _person(1, "José «Pepe» Núñez", phone="+57 310 000 0000", consent_date=None),
        _person(2, "ñ" * 200),  # the longest name the column takes
    ]
    table = Person.__table__
    with pg.transaction() as session:
        batches = pg_bulk.insert_many_values(session.connection(), table, _PERSON_COLUMNS, rows, 2)
        first = next(batches)
        # Taken: the batch's data is already made, in binary COPY's format, for 2 rows.
        data = first.args[2]
        assert data.startswith(b"PGCOPY\n\xff\r\n\x00") and data.endswith(b"\xff\xff")
        assert "Ana <María> & Peña 🌱".encode() in data
        assert _stored_people(pg) == []  # nothing sent yet
        first()
        for batch in batches:
            batch()
    assert _stored_people(pg) == sorted(rows)


def test_a_refused_batch_raises_what_sqlalchemy_raises_for_a_statement(pg):
    table = Person.__table__
    missing = [_person(0, "Sin documento", document_number=None)]
    too_long = [_person(1, "ñ" * 201)]
    for rows, error in ((missing, sa.exc.IntegrityError), (too_long, sa.exc.DataError)):
        with pytest.raises(error):
            with pg.transaction() as session:
                for batch in pg_bulk.insert_many_values(
                    session.connection(), table, _PERSON_COLUMNS, rows, 10
                ):
                    batch()
    assert _stored_people(pg) == []


def test_closing_actas_in_one_statement_goes_through_the_guards_row_by_row(pg):
    closed = close_a_meeting(pg, nacimiento.found_alliance(pg, nacimiento_data()))
    other = nacimiento.found_alliance(pg, nacimiento_data())
    convened = meetings.save_convocation(pg, convened_meeting(pg, other))
    before = _statuses(pg, [closed, convened])
    now = datetime(2026, 12, 1, 8, 0)
    reopened = MeetingStatus.IN_PROGRESS.value
    with pytest.raises(sa.exc.IntegrityError):  # the guard: a closed acta stays closed
        with pg.transaction() as session:
            pg_bulk.update_many_values(
                session.connection(),
                Meeting.__table__,
                ["status", "updated_at"],
                [(convened, reopened, now), (closed, reopened, now)],
                bulk.BATCH,
            )
    assert _statuses(pg, [closed, convened]) == before
    with pg.transaction() as session:
        pg_bulk.update_many_values(
            session.connection(),
            Meeting.__table__,
            ["status", "updated_at"],
            [(convened, reopened, now)],
            bulk.BATCH,
        )
    assert _statuses(pg, [closed, convened]) == {closed: before[closed], convened: reopened}
