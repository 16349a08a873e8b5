"""A large database opens at once; its full check runs behind the window, writes held meanwhile."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from alianzas_desktop.services import drafts
from alianzas_desktop.storage import backup
from alianzas_desktop.storage.database import Database, DatabaseDamagedError
from alianzas_desktop.storage.write_gate import WriteGate
from alianzas_desktop.ui import app as app_module
from alianzas_desktop.ui import startup_checks
from alianzas_desktop.ui.dialogs.damaged_database_dialog import DamagedChoice
from tests.ui.app.conftest import ALLIANCES

PAGE = 4096


@pytest.fixture
def everything_is_large(monkeypatch):
    monkeypatch.setattr(startup_checks, "DEFER_CHECK_BYTES", 0)


def _damage_an_index_the_window_never_reads(path: Path) -> bytes:
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        [root] = raw.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_audit_log_record_id'"
        ).fetchone()
    data = bytearray(path.read_bytes())
    start = (root - 1) * PAGE
    data[start : start + PAGE] = bytes((i * 131 + 7) % 256 for i in range(PAGE))
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_large_sound_file_opens_first_and_is_checked_and_copied_behind_the_window(
    saved_database, qtbot, everything_is_large, app_quiet
):
    for existing in backup.list_backups("alianzas", count=False):
        existing.path.unlink()

    window = app_module.open_main_window(str(saved_database))

    qtbot.addWidget(window)
    assert window.model.rowCount() == len(ALLIANCES)
    check = window.deferred_check
    assert check is not None
    result = check.wait()
    assert result.ok
    assert check.gate.is_open
    [daily] = backup.list_backups("alianzas")
    assert daily.reason == "diario"
    assert daily.alliances == len(ALLIANCES)
    drafts.save_draft(window.db, drafts.MEETING, {"x": 1}, title="Sesión")  # writes pass
    window.db.close()


def test_a_small_file_is_still_checked_before_the_window(saved_database, qtbot, app_quiet):
    window = app_module.open_main_window(str(saved_database))
    qtbot.addWidget(window)
    assert window.deferred_check is None
    window.db.close()


def test_damage_found_behind_the_window_gets_the_damaged_dialog_and_nothing_is_written(
    saved_database, qtbot, everything_is_large, app_quiet, monkeypatch
):
    damaged = _damage_an_index_the_window_never_reads(saved_database)
    assert not backup.check_database(saved_database).ok
    asked: list[str] = []

    def quit_when_asked(path, problem, good):
        asked.append(problem)
        return DamagedChoice.QUIT

    monkeypatch.setattr(startup_checks, "ask_damaged", quit_when_asked)

    window = app_module.open_main_window(str(saved_database))

    qtbot.addWidget(window)
    assert window.deferred_check is not None  # it passed the quick look
    result = window.deferred_check.wait()
    assert not result.ok
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "dañada" in asked[0]
    with pytest.raises(DatabaseDamagedError):
        drafts.save_draft(window.db, drafts.MEETING, {"x": 1}, title="Sesión")
    window.db.close()
    assert saved_database.read_bytes() == damaged
    assert backup.list_backups("alianzas")[0].reason == "diario"  # no copy of the damage
    assert len(backup.list_backups("alianzas")) == 1


def test_a_write_waits_at_the_gate_until_the_check_answers(tmp_path):
    db = Database.open(tmp_path / "a.sqlite")
    gate = WriteGate(db.engine)
    written = threading.Event()

    def write() -> None:
        drafts.save_draft(db, drafts.MEETING, {"x": 1}, title="Sesión")
        written.set()

    writer = threading.Thread(target=write)
    writer.start()
    assert not written.wait(0.3)  # held while the check runs
    assert drafts.list_drafts(db) == []  # reading goes on meanwhile
    gate.open_gate()
    assert written.wait(5)
    writer.join()
    assert len(drafts.list_drafts(db)) == 1
    db.close()


def test_a_write_is_refused_when_the_check_finds_damage(tmp_path):
    db = Database.open(tmp_path / "a.sqlite")
    gate = WriteGate(db.engine)
    gate.refuse("La base de datos está dañada (falló la verificación de integridad).")
    with pytest.raises(DatabaseDamagedError, match="dañada"):
        drafts.save_draft(db, drafts.MEETING, {"x": 1}, title="Sesión")
    assert drafts.list_drafts(db) == []
    db.close()
