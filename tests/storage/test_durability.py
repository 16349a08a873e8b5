"""What makes a committed record survive a power cut: every connection syncs in full.

A process kill cannot show this (the OS keeps what it was handed); what can be checked is
the setting that makes SQLite wait for the disk: ``synchronous=FULL`` (2) on every
connection the app opens, first or later, in WAL mode with foreign keys on.
"""

from __future__ import annotations

from contextlib import ExitStack

from sqlalchemy import text

from alianzas_desktop.storage.database import Database

FULL = 2


def _settings(connection) -> tuple:
    return tuple(
        connection.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("synchronous", "journal_mode", "foreign_keys")
    )


def test_every_connection_of_the_pool_syncs_in_full(tmp_path):
    db = Database.open(tmp_path / "alianzas.sqlite", exclusive=True)
    try:
        with ExitStack() as stack:  # held at once: the pool must open new connections
            connections = [stack.enter_context(db.engine.connect()) for _ in range(4)]
            raw = {id(c.connection.dbapi_connection) for c in connections}
            assert len(raw) == 4
            assert [_settings(c) for c in connections] == [(FULL, "wal", 1)] * 4
        with db.transaction() as session:
            assert session.execute(text("PRAGMA synchronous")).scalar() == FULL
        db.engine.dispose()  # as when the app reopens its engine after losing the WAL
        with db.engine.connect() as connection:
            assert _settings(connection) == (FULL, "wal", 1)
    finally:
        db.close()


def test_a_database_opened_for_the_commands_syncs_in_full_too(tmp_path):
    Database.open(tmp_path / "alianzas.sqlite").close()
    db = Database.open(tmp_path / "alianzas.sqlite")
    try:
        with db.reading() as session:
            assert session.execute(text("PRAGMA synchronous")).scalar() == FULL
    finally:
        db.close()
