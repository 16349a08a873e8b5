"""The office's PostgreSQL: rows added to a closed acta are refused per statement (0013).

Migration 0013 made the guards on INSERT into agenda_items, attendances and decisions
statement-level triggers over the statement's rows (a bundle's import adds thousands in
one statement, a binary ``COPY`` today). These tests write batches as the import does and
as anybody with the server's password could, and check that one row for a closed acta
refuses the whole statement, that allowed rows alone still go in, and that the migration's
downgrade gives back the per-row guards exactly. Runs when ALIANZAS_TEST_POSTGRES names a
server.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from alembic import command

from alianzas_desktop.services import meetings, nacimiento
from alianzas_desktop.storage import pg_guards
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.migrate import alembic_config
from alianzas_desktop.storage.models import AgendaItem, AuditEntry
from alianzas_desktop.storage.pg_check import check_server
from alianzas_desktop.sync import bulk
from tests.factories import nacimiento_data
from tests.meeting_factories import close_a_meeting, convened_meeting
from tests.pg_server import server_url

psycopg = pytest.importorskip("psycopg")

TABLES = ("agenda_items", "attendances", "decisions")


def _conninfo(db: Database) -> str:
    return db.url.set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def closed_meeting(pg) -> str:
    return close_a_meeting(pg, nacimiento.found_alliance(pg, nacimiento_data()))


@pytest.fixture
def open_meeting(pg, closed_meeting) -> str:
    """A convened meeting of another alliance: other people, none of its rows frozen."""
    alliance_id = nacimiento.found_alliance(pg, nacimiento_data())
    return meetings.save_convocation(pg, convened_meeting(pg, alliance_id))


def _copies(table: str, columns: list[str], source: str, target: str, suffix: str) -> str:
    """SELECT of ``source``'s rows of ``table`` as new rows of ``target`` (new ids); an
    attendance only for a person ``target`` does not have yet."""
    new = {"id": f"substr(s.id, 3) || '{suffix}'", "meeting_id": f"'{target}'"}
    values = ", ".join(new.get(c, f"s.{c}") for c in columns)
    sql = f"SELECT {values} FROM {table} s WHERE s.meeting_id = '{source}'"
    if table == "attendances":
        sql += (
            f" AND NOT EXISTS (SELECT 1 FROM attendances o WHERE o.meeting_id = '{target}'"
            " AND o.person_id = s.person_id)"
        )
    return sql


def _columns(raw, table: str) -> list[str]:
    return [
        row[0]
        for row in raw.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
            "AND table_schema = current_schema() ORDER BY ordinal_position",
            (table,),
        )
    ]


def _count(raw, table: str, meeting_id: str) -> int:
    return raw.execute(
        f"SELECT count(*) FROM {table} WHERE meeting_id = %s", (meeting_id,)
    ).fetchone()[0]


@pytest.mark.parametrize("table", TABLES)
def test_a_batch_with_one_row_for_a_closed_acta_is_refused_whole(
    pg, closed_meeting, open_meeting, table
):
    with psycopg.connect(_conninfo(pg), autocommit=True) as raw:
        columns = _columns(raw, table)
        before = {m: _count(raw, table, m) for m in (closed_meeting, open_meeting)}
        allowed = _copies(table, columns, closed_meeting, open_meeting, "-a")
        # The refused row comes last, after the allowed ones.
        source = open_meeting if table == "attendances" else closed_meeting
        refused = _copies(table, columns, source, closed_meeting, "-c") + " LIMIT 1"
        assert raw.execute(f"SELECT count(*) FROM ({allowed}) a").fetchone()[0] >= 2
        assert raw.execute(f"SELECT count(*) FROM ({refused}) r").fetchone()[0] == 1
        for batch in (f"({allowed}) UNION ALL ({refused})", refused):
            with pytest.raises(psycopg.IntegrityError, match="acta cerrada: no se puede modificar"):
                raw.execute(f"INSERT INTO {table} ({', '.join(columns)}) {batch}")
        assert {m: _count(raw, table, m) for m in before} == before, "nothing was written"
        # The allowed rows alone go in: the guard refuses the closed acta's row, not the batch.
        added = raw.execute(f"INSERT INTO {table} ({', '.join(columns)}) {allowed}").rowcount
        assert added >= 2
        assert _count(raw, table, open_meeting) == before[open_meeting] + added


def _agenda_row(meeting_id: str, n: int) -> dict:
    now = datetime.now(UTC).replace(tzinfo=None)
    return {
        "id": f"bulk-{meeting_id[:8]}-{n}",
        "meeting_id": meeting_id,
        "position": 100 + n,
        "title": f"Tema {n} añadido por un paquete",
        "notes": "",
        "created_at": now,
        "updated_at": now,
    }


def test_the_bulk_import_path_cannot_add_to_a_closed_acta(pg, closed_meeting, open_meeting):
    rows = [_agenda_row(open_meeting, n) for n in range(3)]
    with pytest.raises(sa.exc.IntegrityError, match="acta cerrada: no se puede modificar"):
        with pg.transaction() as session:
            bulk.insert_rows(
                session.connection(), AgendaItem.__table__, [*rows, _agenda_row(closed_meeting, 9)]
            )
    with pg.transaction() as session:
        written = session.scalars(sa.select(AgendaItem.id).where(AgendaItem.id.like("bulk-%")))
        assert list(written) == []
        bulk.insert_rows(session.connection(), AgendaItem.__table__, rows)
    with pg.engine.connect() as connection:
        assert (
            connection.scalar(
                sa.select(sa.func.count())
                .select_from(AgendaItem)
                .where(AgendaItem.id.like("bulk-%"))
            )
            == 3
        )


def _bulk_written(pg) -> tuple[int, int]:
    """Agenda items written by the tests' batches, and their audit entries."""
    with pg.engine.connect() as connection:
        items = connection.scalar(
            sa.select(sa.func.count()).select_from(AgendaItem).where(AgendaItem.id.like("bulk-%"))
        )
        entries = connection.scalar(
            sa.select(sa.func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.record_id.like("bulk-%"))
        )
    return items, entries


@pytest.mark.parametrize("where", ["first", "last"])
def test_a_refusal_in_any_batch_of_a_bulk_write_undoes_them_all(
    pg, closed_meeting, open_meeting, monkeypatch, where
):
    """insert_added sends each batch (rows, then their audit entries) from a writer thread
    while it makes the next: a refused batch, the first (its answer met before the next is
    sent) or the last (met only when its answer is awaited at the end), still refuses the
    import, and nothing it or any other batch carried is written."""
    monkeypatch.setattr(bulk, "BATCH", 2)  # several batches from a few rows
    allowed = [_agenda_row(open_meeting, n) for n in range(1, 6)]
    closed = _agenda_row(closed_meeting, 0)
    rows = [closed, *allowed] if where == "first" else [*allowed, closed]
    with pytest.raises(sa.exc.IntegrityError, match="acta cerrada: no se puede modificar"):
        with pg.transaction() as session:
            bulk.insert_added(session, AgendaItem, AgendaItem.__table__, rows, "prueba")
    assert _bulk_written(pg) == (0, 0)
    with pg.transaction() as session:
        bulk.insert_added(session, AgendaItem, AgendaItem.__table__, allowed, "prueba")
    assert _bulk_written(pg) == (5, 5)


def _guard_definitions(connection) -> dict[str, tuple[str, str]]:
    """Each guard's trigger definition and function source, as the server holds them."""
    return {
        name: (trigger, source)
        for name, trigger, source in connection.exec_driver_sql(
            "SELECT t.tgname, pg_get_triggerdef(t.oid), p.prosrc FROM pg_trigger t "
            "JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal"
        )
        if name in pg_guards.GUARDS
    }


def test_the_insert_guards_of_a_closed_acta_run_per_statement(pg):
    with pg.engine.connect() as connection:
        definitions = _guard_definitions(connection)
        assert pg_guards.missing_guards(connection) == []
    for name in pg_guards.GUARDS_0013:
        assert "FOR EACH STATEMENT" in definitions[name][0]
        assert "REFERENCING NEW TABLE" in definitions[name][0]
    per_row = set(pg_guards.GUARDS) - set(pg_guards.GUARDS_0013)
    assert all("FOR EACH ROW" in definitions[name][0] for name in per_row)


def test_the_downgrade_gives_back_the_per_row_guards_exactly(postgres_server):
    at_0012, at_head = postgres_server.create_empty(), postgres_server.create_empty()
    try:
        engine = sa.create_engine(at_0012)
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0012")
        with engine.connect() as connection:
            expected = _guard_definitions(connection)
        engine.dispose()
        Database.open(at_head).close()
        engine = sa.create_engine(at_head)
        with engine.begin() as connection:
            head = _guard_definitions(connection)
            assert head != expected
            command.downgrade(alembic_config(connection), "0012")
        with engine.connect() as connection:
            after = _guard_definitions(connection)
            assert {k: v for k, v in after.items() if v != expected.get(k)} == {}
            assert after == expected
            assert pg_guards.missing_guards(connection) == []
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        with engine.connect() as connection:
            assert _guard_definitions(connection) == head
        engine.dispose()
    finally:
        postgres_server.drop(at_0012)
        postgres_server.drop(at_head)


def test_check_reports_a_statement_guard_dropped_or_made_per_row_and_opening_puts_it_back(
    pg, closed_meeting
):
    assert check_server(server_url(pg)).missing_guards == ()
    with psycopg.connect(_conninfo(pg), autocommit=True) as raw:
        raw.execute("DROP TRIGGER attendances_frozen_insert ON attendances")
        # A per-row trigger of 0012's form under the same name, calling the new function.
        for sql in pg_guards.create_statements("decisions_frozen_insert")[1:]:
            raw.execute(sql)
        raw.execute("ALTER TABLE agenda_items DISABLE TRIGGER agenda_items_frozen_insert")
    assert check_server(server_url(pg)).missing_guards == (
        "agenda_items_frozen_insert",
        "attendances_frozen_insert",
        "decisions_frozen_insert",
    )
    Database.open(pg.url).close()
    assert check_server(server_url(pg)).missing_guards == ()
    with pg.engine.connect() as connection:
        for name in pg_guards.GUARDS_0013:
            assert "FOR EACH STATEMENT" in _guard_definitions(connection)[name][0]
    with psycopg.connect(_conninfo(pg), autocommit=True) as raw:
        with pytest.raises(psycopg.IntegrityError, match="acta cerrada"):
            raw.execute(
                f"INSERT INTO agenda_items ({', '.join(_columns(raw, 'agenda_items'))}) "
                + _copies(
                    "agenda_items",
                    _columns(raw, "agenda_items"),
                    closed_meeting,
                    closed_meeting,
                    "-c",
                )
            )
