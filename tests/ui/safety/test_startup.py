"""The real start-up path on damaged, newer and removable databases."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from alianzas_desktop.storage import backup
from alianzas_desktop.storage.database import DatabaseError
from alianzas_desktop.ui import app as app_module
from alianzas_desktop.ui import startup_checks
from alianzas_desktop.ui.dialogs.damaged_database_dialog import (
    DamagedChoice,
    DamagedDatabaseDialog,
)
from tests.ui.app.conftest import ALLIANCES

PAGE = 4096


def _overwrite_middle_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = (len(data) // PAGE // 2) * PAGE
    garbage = bytes((i * 131 + 7) % 256 for i in range(PAGE * 4))
    data[middle - 2 * PAGE : middle + 2 * PAGE] = garbage
    # The schema page too, so the damage cannot hide in a page nobody reads.
    data[PAGE : 2 * PAGE] = garbage[:PAGE]
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _not_sqlite(path: Path) -> None:
    path.write_bytes("Acta de la reunión del martes — no es una base de datos.\n".encode() * 200)


CORRUPTIONS = {
    "paginas-sobrescritas": _overwrite_middle_pages,
    "archivo-truncado": _truncate,
    "no-es-sqlite": _not_sqlite,
}


@pytest.mark.parametrize("corrupt", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_a_damaged_database_is_set_aside_and_the_newest_backup_restored(
    corrupt, saved_database, qtbot, monkeypatch, app_quiet
):
    corrupt(saved_database)
    damaged_bytes = saved_database.read_bytes()
    assert not backup.check_database(saved_database).ok
    shown: list[tuple[str, bool]] = []

    def choose_restore(dialog):
        # Read now: the dialog is deleted once answered (the later checks turn the loop).
        shown.append((dialog.heading_label.text(), dialog.restore_button.isEnabled()))
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(DamagedDatabaseDialog, "exec", choose_restore)

    window = app_module.open_main_window(str(saved_database))

    assert window is not None
    qtbot.addWidget(window)
    assert len(shown) == 1
    [(heading, restore_offered)] = shown
    assert "dañada" in heading
    assert restore_offered
    [aside] = list(saved_database.parent.glob("alianzas.dañada-*.sqlite"))
    assert aside.read_bytes() == damaged_bytes
    assert backup.check_database(saved_database).ok
    assert window.model.rowCount() == len(ALLIANCES)
    assert {row.name for row in window.model.rows} == {a[0] for a in ALLIANCES}
    assert window.startup_outcome.restored_from is not None
    window.db.close()


def test_quitting_from_the_dialog_touches_nothing(saved_database, qapp, monkeypatch, app_quiet):
    _truncate(saved_database)
    damaged_bytes = saved_database.read_bytes()
    asked = []
    monkeypatch.setattr(
        startup_checks, "ask_damaged", lambda *args: asked.append(args) or DamagedChoice.QUIT
    )

    assert app_module.run(str(saved_database)) == 1

    assert len(asked) == 1
    assert saved_database.read_bytes() == damaged_bytes
    # SQLite's read-only check may leave its shared-memory companions; nothing else appears.
    names = {p.name for p in saved_database.parent.iterdir()}
    assert names <= {"alianzas.sqlite", "alianzas.sqlite-wal", "alianzas.sqlite-shm"}


def test_open_another_file_instead(saved_database, tmp_path, qtbot, monkeypatch, app_quiet):
    good_copy = tmp_path / "memoria" / "copia.sqlite"
    backup.copy_database(saved_database, good_copy)
    _not_sqlite(saved_database)
    damaged_bytes = saved_database.read_bytes()
    monkeypatch.setattr(startup_checks, "ask_damaged", lambda *a: DamagedChoice.OPEN_OTHER)
    monkeypatch.setattr(startup_checks, "choose_database_file", lambda start: str(good_copy))

    window = app_module.open_main_window(str(saved_database))

    qtbot.addWidget(window)
    assert window.db.path == good_copy
    assert window.model.rowCount() == len(ALLIANCES)
    assert saved_database.read_bytes() == damaged_bytes
    window.db.close()


def test_without_a_good_backup_restore_is_not_offered(tmp_path, qtbot, monkeypatch):
    broken = tmp_path / "alianzas.sqlite"
    _not_sqlite(broken)
    dialog = DamagedDatabaseDialog(broken, "El archivo está dañado.", None)
    qtbot.addWidget(dialog)
    assert startup_checks.newest_good_backup(broken) is None
    assert not dialog.restore_button.isEnabled()
    assert "memoria USB" in dialog.backup_label.text()


def test_a_damaged_backup_is_not_offered(saved_database, qapp):
    [only] = backup.list_backups("alianzas")
    _truncate(only.path)
    assert startup_checks.newest_good_backup(saved_database) is None


def test_a_newer_schema_is_refused_and_left_unchanged(saved_database, qapp, monkeypatch, app_quiet):
    with sqlite3.connect(saved_database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = saved_database.read_bytes()
    messages = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda *args, **kw: messages.append(args[2]))
    )

    assert app_module.run(str(saved_database)) == 1

    assert len(messages) == 1
    assert "versión más reciente" in messages[0]
    assert saved_database.read_bytes() == before


def test_a_database_on_a_usb_stick_warns_without_blocking(
    saved_database, qtbot, monkeypatch, app_quiet
):
    monkeypatch.setattr(startup_checks, "is_removable", lambda path: True)

    window = app_module.open_main_window(str(saved_database))

    qtbot.addWidget(window)
    [box] = window.startup_warnings
    assert "memoria USB" in box.text()
    assert "solo para respaldos" in box.text()
    assert box.isVisible()
    assert not box.isModal()
    box.close()
    window.db.close()


def test_opening_leaves_one_daily_backup(saved_database, qtbot, app_quiet):
    for existing in backup.list_backups("alianzas", count=False):
        existing.path.unlink()
    window = app_module.open_main_window(str(saved_database))
    qtbot.addWidget(window)
    [daily] = backup.list_backups("alianzas")
    assert daily.reason == "diario"
    assert daily.alliances == len(ALLIANCES)
    window.db.close()


def test_a_folder_that_cannot_be_written_gets_a_clear_message(
    tmp_path, qapp, monkeypatch, app_quiet
):
    blocker = tmp_path / "archivo"
    blocker.write_text("no soy una carpeta")
    messages = []
    monkeypatch.setattr(startup_checks, "show_critical", lambda title, text: messages.append(text))

    assert app_module.open_main_window(str(blocker / "sub" / "alianzas.sqlite")) is None

    assert messages[0].startswith("No se pudo abrir la base de datos.")
    assert "no existe" in messages[0]  # the folder is not created: nobody asked for it


def test_a_storage_failure_escaping_a_screen_is_shown_in_spanish(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text))
    )
    previous = startup_checks.install_error_hook(lambda: None)
    try:
        failure = DatabaseError("El disco está lleno: no se guardó el cambio.")
        sys.excepthook(DatabaseError, failure, None)
        sys.excepthook(RuntimeError, RuntimeError("boom"), None)
    finally:
        sys.excepthook = previous
    assert shown[0] == "El disco está lleno: no se guardó el cambio."
    assert "error inesperado" in shown[1]
