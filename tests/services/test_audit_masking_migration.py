"""Migration 0007: log entries written before the log masked them are rewritten, guard kept."""

from __future__ import annotations

import json
import sqlite3
import uuid

import pytest
from alembic import command
from sqlalchemy import create_engine

from alianzas_desktop.storage.database import SCHEMA_HEAD, Database
from alianzas_desktop.storage.migrate import alembic_config

ATTENDEE = "Pedro Nel Ospina"
PHONE = "3111234567"


def _entry(connection, table: str, changes: dict) -> str:
    entry_id = str(uuid.uuid4())
    connection.execute(
        "INSERT INTO audit_log (id, at, actor, action, table_name, record_id, alliance_id, "
        "changes) "
        "VALUES (?, '2026-11-20 10:00:00', 'Ana Milena Zapata', 'modificar', ?, ?, NULL, ?)",
        (entry_id, table, str(uuid.uuid4()), json.dumps(changes, ensure_ascii=False)),
    )
    return entry_id


@pytest.fixture
def old_file(tmp_path):
    path = tmp_path / "alianzas.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0006")
    engine.dispose()
    acta = {"attendees": [{"name": ATTENDEE, "phone": PHONE, "signs": True}]}
    with sqlite3.connect(path) as connection:
        ids = {
            "acta": _entry(
                connection,
                "meetings",
                {"status": ["en_curso", "cerrada"], "content": ["{}", json.dumps(acta)]},
            ),
            "person": _entry(
                connection, "people", {"full_name": [None, ATTENDEE], "phone": [None, PHONE]}
            ),
            "version": _entry(
                connection,
                "agreement_versions",
                {"content": [None, "«contenido del documento, 1.234 caracteres»"]},
            ),
            "current": _entry(
                connection,
                "people",
                {"full_name": ["«dato personal»", "«dato personal»"], "is_minor": [False, True]},
            ),
            "alliance": _entry(connection, "alliances", {"purpose": ["", "Frijol"]}),
        }
    return path, ids


def _changes(path, entry_id) -> dict:
    with sqlite3.connect(path) as connection:
        [text] = connection.execute(
            "SELECT changes FROM audit_log WHERE id = ?", (entry_id,)
        ).fetchone()
    return json.loads(text)


def test_older_entries_are_masked_and_the_log_stays_append_only(old_file):
    path, ids = old_file
    before_current = _changes(path, ids["current"])
    before_alliance = _changes(path, ids["alliance"])

    db = Database.open(path)
    assert db.schema_revision() == SCHEMA_HEAD
    db.purge_free_space()
    db.close()

    assert _changes(path, ids["acta"]) == {
        "status": ["en_curso", "cerrada"],
        "content": ["", "«documento»"],
    }
    assert _changes(path, ids["person"]) == {
        "full_name": [None, "«dato personal»"],
        "phone": [None, "«dato personal»"],
    }
    assert _changes(path, ids["version"]) == {"content": [None, "«documento»"]}
    assert _changes(path, ids["current"]) == before_current
    assert _changes(path, ids["alliance"]) == before_alliance
    raw = path.read_bytes()
    assert ATTENDEE.encode() not in raw and PHONE.encode() not in raw
    with sqlite3.connect(path) as connection:
        with pytest.raises(sqlite3.DatabaseError, match="no se puede modificar"):
            connection.execute("UPDATE audit_log SET actor = 'x'")
