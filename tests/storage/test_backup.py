"""Backups: consistent copies, rotation, integrity checks and restore."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from alianzas_desktop import paths
from alianzas_desktop.services.demo import build_demo
from alianzas_desktop.storage import backup
from alianzas_desktop.storage.database import Database, DatabaseError
from tests.cli.test_cli import alianzas


def _dump(path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }


@pytest.fixture
def demo(db):
    build_demo(db)
    return db


def test_backup_and_restore_round_trip_keeps_every_record(demo, tmp_path):
    before = _dump(demo.path)
    copy = tmp_path / "respaldo.sqlite"
    backup.copy_database(demo.path, copy)
    assert _dump(copy) == before

    with demo.transaction() as session:
        session.execute(text("UPDATE alliances SET name = 'cambiada'"))
    assert _dump(demo.path) != before

    safety = backup.restore(demo.path, copy)
    assert _dump(demo.path) == before
    assert safety is not None and safety.exists()
    with sqlite3.connect(safety) as connection:
        names = {r[0] for r in connection.execute("SELECT name FROM alliances")}
    assert names == {"cambiada"}


def test_check_detects_damage_without_touching_the_file(demo, tmp_path):
    assert backup.check_database(demo.path).ok
    demo.close()
    damaged = tmp_path / "dañada.sqlite"
    data = bytearray(demo.path.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)
    damaged.write_bytes(bytes(data))
    original = damaged.read_bytes()
    result = backup.check_database(damaged)
    assert not result.ok
    assert "dañad" in result.message or "no es una base de datos" in result.message
    assert damaged.read_bytes() == original

    not_sqlite = tmp_path / "texto.sqlite"
    not_sqlite.write_text("hola " * 1000)
    assert not backup.check_database(not_sqlite).ok

    truncated = tmp_path / "truncada.sqlite"
    truncated.write_bytes(bytes(data[:5000]))
    assert not backup.check_database(truncated).ok


def test_restore_refuses_a_bad_backup_and_changes_nothing(demo, tmp_path):
    before = _dump(demo.path)
    bad = tmp_path / "malo.sqlite"
    bad.write_bytes(b"no es sqlite" * 500)
    with pytest.raises(backup.BackupError):
        backup.restore(demo.path, bad)
    assert _dump(demo.path) == before


def test_rotation_keeps_ten_newest_and_one_per_month(db):
    folder = paths.backups_dir()
    start = datetime(2026, 1, 1, 9, 0, 0)
    for day in range(0, 120, 3):  # forty backups over four months
        stamp = (start + timedelta(days=day)).strftime("%Y%m%d-%H%M%S")
        (folder / f"alianzas-{stamp}-diario.sqlite").write_bytes(b"x")
    backup.rotate("alianzas")
    kept = backup.list_backups("alianzas", count=False)
    months = {b.created.strftime("%Y%m") for b in kept}
    assert months == {"202601", "202602", "202603", "202604"}
    assert len(kept) <= 10 + 4
    assert kept[0].created == start + timedelta(days=117)


def test_daily_backup_once_a_day(demo):
    first = demo.daily_backup()
    second = demo.daily_backup()
    assert first is not None and first.exists()
    assert second is None
    assert backup.list_backups(demo.path.stem)[0].alliances == 5


def test_upgrade_backs_up_first(tmp_path):
    path = tmp_path / "vieja.sqlite"
    database = Database.open(path)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    database.close()
    # A known older revision over today's tables: the upgrade runs, and fails (its tables
    # exist already). An unknown revision would be refused before any copy or write.
    with pytest.raises(DatabaseError, match="No se pudo actualizar"):
        Database.open(path)
    assert any("antes-de-actualizar" in p.name for p in paths.backups_dir().iterdir())


def test_cli_backup_check_restore(demo, tmp_path):
    data_dir = os.environ["ALIANZAS_DATA_DIR"]
    out = tmp_path / "copia.sqlite"
    result = alianzas("backup", "--db", str(demo.path), "-o", str(out), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert alianzas("check", "--db", str(out), data_dir=data_dir).stdout.strip() == "ok"
    garbage = tmp_path / "basura.sqlite"
    garbage.write_bytes(b"\0" * 10000)
    checked = alianzas("check", "--db", str(garbage), data_dir=data_dir)
    assert checked.returncode != 0 and "Traceback" not in checked.stderr
    restored = alianzas("restore", "--db", str(demo.path), str(out), data_dir=data_dir)
    assert restored.returncode == 0, restored.stderr
    assert "Respaldo restaurado" in restored.stdout
