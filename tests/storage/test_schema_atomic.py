"""A new database's schema is created whole or not at all (issue 8 §4).

The sqlite3 module ran DDL outside any transaction, so a kill during the first
start left 9 or 10 tables and an empty alembic_version: every later command
failed. Now the whole creation is one transaction.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from alianzas_desktop.services.alliances import list_alliances
from alianzas_desktop.storage.database import SCHEMA_HEAD, Database

ROOT = Path(__file__).resolve().parents[2]


def tables(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
    finally:
        connection.close()


@pytest.mark.parametrize("after", [3, 10])
def test_a_kill_during_schema_creation_leaves_no_half_schema(tmp_path, after):
    path = tmp_path / "nueva.sqlite"
    child = subprocess.run(
        [sys.executable, "-m", "tests.storage.schema_kill_child", str(path), str(after)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -9, child.stdout + child.stderr

    assert tables(path) == []
    database = Database.open(path)
    try:
        assert database.schema_revision() == SCHEMA_HEAD
        assert list_alliances(database) == []
    finally:
        database.close()


def test_backups_in_the_same_second_never_replace_each_other(tmp_path):
    from alianzas_desktop.storage import backup

    database = Database.open(tmp_path / "alianzas.sqlite")
    database.close()
    made = [backup.automatic_backup(database.path, "diario") for _ in range(3)]

    assert len({p.name for p in made}) == 3
    assert all(p.exists() for p in made)
    listed = backup.list_backups("alianzas", count=False)
    assert {b.path for b in listed} == set(made)


def test_failed_upgrades_never_rotate_away_the_clean_copies(tmp_path, monkeypatch):
    """Twelve failed starts on an old file: every pre-upgrade copy is kept, each named."""
    from alianzas_desktop.storage import backup, migrate
    from alianzas_desktop.storage.database import DatabaseError

    path = tmp_path / "vieja.sqlite"
    Database.open(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0003'")
    connection.commit()
    connection.close()

    def broken(_connection):
        raise RuntimeError("migración rota")

    monkeypatch.setattr(migrate, "upgrade_to_head", broken)
    messages = []
    for _ in range(backup.KEEP_NEWEST + 2):
        with pytest.raises(DatabaseError) as failure:
            Database.open(path)
        messages.append(str(failure.value))

    copies = backup.list_backups("vieja", count=False)
    assert len(copies) == backup.KEEP_NEWEST + 2
    named = {c.path for c in copies if any(str(c.path) in m for m in messages)}
    assert named == {c.path for c in copies}
