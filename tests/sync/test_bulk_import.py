"""Added records written in bulk (``sync.bulk``) leave the same records and the same history
as the ORM objects they replace: the same audit entries, entry for entry, on SQLite and on
PostgreSQL."""

from __future__ import annotations

import gc
import json
from collections import Counter
from datetime import date, datetime, time

import pytest
from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, Time, event, select

from alianzas_desktop.domain.history_text import UPDATE
from alianzas_desktop.profile import actor_name
from alianzas_desktop.services import bundles
from alianzas_desktop.services.bundle_state import IMPORT_CACHE_KIB
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.storage import audit
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Attendance, AuditEntry, Meeting, Person
from alianzas_desktop.sync import devices, merge, records
from alianzas_desktop.sync.bulk import insert_rows
from tests.sync.conftest import copy_database, table_counts

# Clocks set to the moment of arrival (see sync.merge.apply_plan): they differ by design.
ARRIVAL_CLOCKS = {("addenda", "created_at"), ("meetings", "updated_at")}
ARRIVAL_CLOCKS |= {("meeting_signatures", "created_at")}


def _apply(db: Database, path, *, bulk: bool) -> None:
    bundle = bundles.read_bundle_file(path)
    with db.transaction() as session:
        device = devices.ensure_device_id(session)
        snapshot = records.read_snapshot(session.connection(), with_files=False)
        plan = merge.plan_import(bundle, snapshot, {}, device, set())
        merge.apply_plan(session, plan, bundle, snapshot, actor=actor_name(), bulk=bulk)


def _history(db: Database) -> Counter:
    with db.reading() as session:
        entries = session.scalars(select(AuditEntry)).all()
        return Counter(
            (e.table_name, e.record_id, e.action, e.alliance_id, e.actor, e.changes)
            for e in entries
        )


def _records(db: Database) -> dict:
    with db.reading() as session:
        snapshot = records.read_snapshot(session.connection())
    return {
        (table, key): {f: v for f, v in fields.items() if (table, f) not in ARRIVAL_CLOCKS}
        for table, rows in snapshot.rows.items()
        for key, fields in rows.items()
    }


def test_bulk_writes_the_records_and_history_the_orm_would(laptop_a, laptop_b, templates, tmp_path):
    path = tmp_path / "a.alianzas"
    bundles.export_bundle(laptop_a, path)
    by_orm = Database.open(copy_database(templates.empty, tmp_path / "orm.sqlite"))
    try:
        _apply(by_orm, path, bulk=False)
        _apply(laptop_b, path, bulk=True)

        expected, written = _history(by_orm), _history(laptop_b)
        assert _records(laptop_b) == _records(by_orm)
    finally:
        by_orm.close()
    assert written == expected
    tables = {entry[0] for entry in written}
    assert {"people", "meetings", "attendances", "agreement_versions"} <= tables
    closings = [e for e in written if e[0] == "meetings" and e[2] == UPDATE]
    assert closings and all(set(json.loads(e[5])) == {"status", "closed_at"} for e in closings)


def test_no_nullable_column_has_a_default():
    """The ORM leaves out a None it was given where the column has a default (the default is
    written); a bulk INSERT writes NULL. No travelling column may be both, or the two would
    differ."""
    both = [
        (table.name, column.name)
        for table in records.travelling_tables()
        for column in table.columns
        if column.nullable
        and not column.primary_key
        and (column.default is not None or column.server_default is not None)
    ]
    assert both == []


@pytest.mark.sqlite_only(reason="the automatic copy is of the SQLite file")
def test_the_copy_before_importing_holds_the_database_as_it_was(receiver, laptop_a, tmp_path):
    """The plan is made inside the import's transaction; the copy taken there still holds
    the receiver as it was, without a record of the bundle nor its device id."""
    path = tmp_path / "a.alianzas"
    bundles.export_bundle(laptop_a, path)
    before = table_counts(receiver)

    result = bundles.import_bundle(receiver, path)

    assert result.applied and result.backup is not None
    assert table_counts(receiver) != before
    copy = Database.open(result.backup, read_only=True)
    try:
        assert table_counts(copy) == before
        with copy.reading() as session:
            assert devices.device_id(session) is None
    finally:
        copy.close()


def test_bulk_rows_read_back_as_written(laptop_a, laptop_b, tmp_path):
    """Texts a driver could take for markup of its own (an array's braces and quotes, the
    word NULL) and every other type go in and come back unchanged."""
    path = tmp_path / "a.alianzas"
    bundles.export_bundle(laptop_a, path)
    bundle = bundles.read_bundle_file(path)
    people = sorted(bundle.records["people"].values(), key=lambda r: r.key)
    names = ["NULL", "{a,\"b\"}\\ 'x' ñ 🎉 <&>", "", "null", " ", "a,b"]
    rows = []
    for person, name in zip(people * len(names), names, strict=False):
        values = merge.python_values("people", person.fields, bundle.attachments)
        values.update(id=f"{len(rows):08d}-0000-4000-8000-000000000000", full_name=name)
        values["organization_id"] = None  # its organisation is not there
        rows.append(values)
    with laptop_b.transaction() as session:
        insert_rows(session.connection(), records.table_named("people"), rows)
    with laptop_b.reading() as session:
        stored = records.read_snapshot(session.connection()).rows["people"]
    assert [stored[row["id"]]["full_name"] for row in rows] == names
    for row in rows:
        assert merge.python_values("people", stored[row["id"]], {}) == row


def test_the_databases_own_actor_signs_the_bulk_entries(laptop_a, laptop_b, tmp_path):
    """A Database opened for someone else (``Database(actor=…)``) has the records a bundle
    adds in bulk, and the acta closings, entered in the history under that name."""
    path = tmp_path / "a.alianzas"
    bundles.export_bundle(laptop_a, path)
    other = Database(laptop_b.url, actor=lambda: "Revisora «Ñandú» 🎉")
    try:
        result = bundles.import_bundle(other, path)
    finally:
        other.close()

    assert result.applied and result.added
    history = _history(laptop_b)
    by_actor = Counter(entry[4] for entry in history.elements())
    assert by_actor.keys() == {"Revisora «Ñandú» 🎉"}
    assert by_actor["Revisora «Ñandú» 🎉"] >= result.added
    assert any(e[0] == "meetings" and e[2] == UPDATE for e in history)


def test_the_cycle_collector_runs_again_after_an_import(laptop_a, laptop_b, tmp_path):
    """The import holds Python's cycle collector off while it works (``collector_paused``)
    and gives it back after, whether the bundle went in or was refused."""
    path = tmp_path / "a.alianzas"
    bundles.export_bundle(laptop_a, path)
    assert gc.isenabled()

    assert bundles.import_bundle(laptop_b, path).applied
    assert gc.isenabled()

    path.write_bytes(b"PK\x03\x04 no es un paquete")
    with pytest.raises(ServiceError):
        bundles.import_bundle(laptop_b, path)
    assert gc.isenabled()


@pytest.mark.sqlite_only(reason="SQLite's page cache")
def test_an_import_writes_with_a_larger_page_cache_and_gives_it_back(
    laptop_a, laptop_b, templates, tmp_path
):
    """The import's transaction writes with a page cache of ``IMPORT_CACHE_KIB`` (indexes
    reached at random stay in memory instead of going to the WAL and back) and sets it back
    as it was after, whether the bundle went in or the database refused it."""
    path = tmp_path / "a.alianzas"
    bundles.export_bundle(laptop_a, path)
    refusing = Database.open(copy_database(templates.empty, tmp_path / "refusing.sqlite"))
    with refusing.transaction() as session:
        session.connection().exec_driver_sql(
            "CREATE TRIGGER refuse_decisions BEFORE INSERT ON decisions "
            "BEGIN SELECT RAISE(ABORT, 'no'); END"
        )
    seen: dict[int, tuple] = {}

    def look(conn, _cursor, statement, *_args) -> None:
        if statement.startswith("INSERT INTO attendances"):
            dbapi = conn.connection.dbapi_connection
            seen[id(dbapi)] = (dbapi, dbapi.execute("PRAGMA cache_size").fetchone()[0])

    try:
        for db in (laptop_b, refusing):
            seen.clear()
            event.listen(db.engine, "after_cursor_execute", look)
            with db.reading() as session:
                before = session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
            assert before > -IMPORT_CACHE_KIB

            if db is refusing:
                with pytest.raises(bundles.BundleRefused):
                    bundles.import_bundle(db, path)
            else:
                assert bundles.import_bundle(db, path).applied
            assert {size for _, size in seen.values()} == {-IMPORT_CACHE_KIB}
            after = {dbapi.execute("PRAGMA cache_size").fetchone()[0] for dbapi, _ in seen.values()}
            assert after == {before}
    finally:
        refusing.close()


@pytest.mark.parametrize("cls", [Meeting, Person, Attendance])
def test_an_added_records_entry_reads_as_the_audit_pass_writes_it(cls):
    """``storage.audit.added_entries`` writes an entry's changes byte for byte as the pass
    (``json.dumps`` of ``_value`` of each column of the new object), whatever the texts hold:
    a NUL (the values are parted by one while encoded), %, quotes, backslashes, emoji."""
    text = 'a\x00b %s %% "q" \\ 🎉 ñ\n'
    samples = {
        Boolean: True,
        Integer: 7,
        Date: date(2026, 12, 1),
        DateTime: datetime(2026, 12, 1, 2, 25, 54, 123),
        Time: time(7, 30),
        LargeBinary: b"\x00\x01",
    }
    row = {}
    for column in cls.__table__.columns:
        kind = next((v for t, v in samples.items() if isinstance(column.type, t)), text)
        row[column.key] = None if column.nullable and column.key.endswith("_id") else kind
    row["id"] = "0b8f4a52-6f0e-4b8e-9a51-3c2d1e0f9a7b"
    (entry,) = audit.added_entries(cls, [row], "Oficina")

    obj = cls(**row)
    expected = {key: [None, audit._value(obj, key)] for key in audit._columns(obj)}
    assert entry["changes"] == json.dumps(expected, ensure_ascii=False, default=str)
    assert cls is Person or "\\u0000" in entry["changes"]  # a person's texts are masked
