"""The office's PostgreSQL: the batches a bundle's import writes (``sync.pg_bulk``).

A batch's arrays are dumped by the thread that makes it, so the writer thread only sends
them; the closing of actas that arrived closed is one ``UPDATE … FROM unnest(…)`` per batch,
and the guards still see every row. Runs when ALIANZAS_TEST_POSTGRES names a server.
"""

from __future__ import annotations

from datetime import datetime

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


def test_a_batch_is_sent_as_bytes_made_by_the_thread_that_takes_it(pg):
    rows = [
        (f"{n:08d}-0000-4000-8000-000000000000", f"Persona {n}", None, datetime(2026, 1, n + 1))
        for n in range(3)
    ]
    table = Person.__table__
    with pg.transaction() as session:
        connection = session.connection()
        (statement,) = pg_bulk.insert_many_values(
            connection, table, ["id", "full_name", "erased_at", "created_at"], rows, 10
        )
        parameters = statement.args[1]
        # Taken: already bytes (an array of nothing but NULLs as text of no type).
        assert all(isinstance(p, pg_bulk.Dumped) for p in parameters)
        assert [p.oid for p in parameters][2] == 0
        with pytest.raises(sa.exc.IntegrityError):  # is_minor, updated_at have no value
            with connection.begin_nested():
                statement()


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
