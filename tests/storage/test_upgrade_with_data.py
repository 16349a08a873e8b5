"""A database left at each earlier schema revision, holding real records, upgrades whole.

For every revision before SCHEMA_HEAD (found from the migrations, so a new one is covered
without editing this test): a file is built at that revision with Alembic, filled with
plain SQL from a realistic database (founded alliance, issued and signed agreement,
personal data requests, drafts and, once meetings exist, a closed acta), then opened with
Database.open, which upgrades it. Every row of every table that revision had must come
through unchanged, and the services must read the same documents from it.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from alianzas_desktop.services import (
    agreements,
    alliances,
    drafts,
    meetings,
    nacimiento,
    personal_data,
)
from alianzas_desktop.storage.database import SCHEMA_HEAD, Database
from alianzas_desktop.storage.migrate import alembic_config
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting


def _earlier_revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in script.walk_revisions("base", SCHEMA_HEAD)]
    return sorted(r for r in revisions if r != SCHEMA_HEAD)


EARLIER = _earlier_revisions()


def _tables(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as connection:
        names = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        return {n: [c[1] for c in connection.execute(f'PRAGMA table_info("{n}")')] for n in names}


def _rows(path: Path, table: str, columns: list[str]) -> dict[str, tuple]:
    quoted = ", ".join(f'"{c}"' for c in columns)
    with sqlite3.connect(path) as connection:
        names = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
        key = "id" if "id" in names else "rowid"  # link tables have no id of their own
        return {
            row[0]: row for row in connection.execute(f'SELECT {key}, {quoted} FROM "{table}"')
        }


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """A realistic database at head, made through the services."""
    folder = tmp_path_factory.mktemp("fuente")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ALIANZAS_DATA_DIR", str(folder / "datos"))
        db = Database.open(folder / "fuente.sqlite")
        alliance_id = nacimiento.found_alliance(db, nacimiento_data())
        [version] = agreements.list_versions(db, alliance_id)
        agreements.issue_version(db, version.id)
        agreements.sign_version(db, version.id, date.today(), b"%PDF-1.4 firmado", "a.pdf")
        person = next(p for p in personal_data.list_people(db) if p.name == "María Eugenia Ríos")
        personal_data.record_request(
            db, person.id, "consulta", date(2026, 11, 20), notes="Pidió copia de sus datos"
        )
        drafts.save_draft(db, "nacimiento", {"name": "Alianza del Cacao"}, page=2, title="Cacao")
        meeting_id = meetings.save_convocation(db, convened_meeting(db, alliance_id))
        data = meetings.meeting_data(db, meeting_id)
        hold_meeting(data, meetings.alliance_partners(db, alliance_id))
        meetings.close_meeting(db, data, meeting_id)
        meetings.add_addendum(db, meeting_id, "Donde dice $ 4.200 debe decir $ 4.300.")
        meetings.save_convocation(db, convened_meeting(db, alliance_id))  # the next one
        expected = {
            "agreement": agreements.agreement_document(db, alliance_id),
            "acta": meetings.acta_document(db, meeting_id),
            "names": [a.name for a in alliances.list_alliances(db)],
        }
        db.close()
    return folder / "fuente.sqlite", alliance_id, meeting_id, expected


def _build_at(revision: str, path: Path, source_path: Path) -> dict[str, list[str]]:
    """A file at ``revision``, filled with the source's rows in that revision's columns."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()
    old = _tables(path)
    available = _tables(source_path)
    # Children before meetings: the closed-acta triggers look up the meeting's status.
    order = sorted(old, key=lambda t: t == "meetings")
    with sqlite3.connect(path) as target:
        target.execute("ATTACH DATABASE ? AS src", (str(source_path),))
        for table in order:
            columns = [c for c in old[table] if c in available.get(table, [])]
            assert columns == old[table], f"{table}: columnas que la base actual ya no tiene"
            quoted = ", ".join(f'"{c}"' for c in columns)
            target.execute(f'INSERT INTO "{table}" ({quoted}) SELECT {quoted} FROM src."{table}"')
        target.commit()
        target.execute("DETACH DATABASE src")
    return old


@pytest.mark.parametrize("revision", EARLIER)
def test_a_database_at_an_earlier_revision_upgrades_with_every_record(tmp_path, source, revision):
    source_path, alliance_id, meeting_id, expected = source
    path = tmp_path / f"alianzas-{revision}.sqlite"
    old = _build_at(revision, path, source_path)
    assert sum(len(_rows(path, t, c)) for t, c in old.items()) > 20
    before = {table: _rows(path, table, columns) for table, columns in old.items()}

    db = Database.open(path)
    try:
        assert db.schema_revision() == SCHEMA_HEAD
        with db.engine.connect() as connection:  # the upgrade's connection, back in the pool
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        for table, columns in old.items():
            after = _rows(path, table, columns)
            assert after.keys() == before[table].keys(), f"filas perdidas o añadidas en {table}"
            changed = {
                (key, column, was, now)
                for key, row in before[table].items()
                for column, was, now in zip(["id", *columns], row, after[key], strict=True)
                if was != now
            }
            assert changed == set(), f"la tabla {table} cambió al actualizar"
        document = agreements.agreement_document(db, alliance_id)
        assert document.content == expected["agreement"].content
        assert document.verification_code == expected["agreement"].verification_code
        assert [a.name for a in alliances.list_alliances(db)] == expected["names"]
        if "meetings" in old:
            acta = meetings.acta_document(db, meeting_id)
            assert (acta.number, acta.content) == (1, expected["acta"].content)
            assert acta.addenda == expected["acta"].addenda
        # Guards stand after the upgrade: the closed acta and the issued version stay frozen.
        with sqlite3.connect(path) as raw:
            with pytest.raises(sqlite3.DatabaseError):
                raw.execute("UPDATE agreement_versions SET content = '{}'")
    finally:
        db.close()


def test_every_earlier_revision_is_covered():
    assert EARLIER and EARLIER[0] == "0001"
    assert len(EARLIER) == int(SCHEMA_HEAD) - 1
