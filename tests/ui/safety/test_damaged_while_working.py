"""Damage found while the window works (issue 8 §4): the damaged-database dialog, no traceback.

The file is damaged under the open window (a table's page overwritten, as a failing disk
does); opening an alliance reads that page. The facilitator is asked, as at start-up, and
the damaged file is set aside exactly as it was when SQLite found it.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from alianzas_desktop.services.alliances import alliance_detail
from alianzas_desktop.storage import backup
from alianzas_desktop.storage.database import DatabaseDamagedError
from alianzas_desktop.ui import app as app_module
from alianzas_desktop.ui import startup_checks, workers
from alianzas_desktop.ui.dialogs.damaged_database_dialog import DamagedDatabaseDialog
from tests.damage import overwrite_table_page
from tests.ui.app.conftest import ALLIANCES
from tests.ui.modal import when_modal


@pytest.fixture
def boxes(qapp):
    """Every message box that comes up is recorded and closed (there should be none)."""
    seen: list[str] = []
    timer = QTimer()

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox) and widget.isVisible():
            seen.append(widget.text())
            widget.close()

    timer.timeout.connect(poll)
    timer.start(30)
    yield seen
    timer.stop()


@pytest.fixture
def working(saved_database, qtbot, app_quiet):
    """The window over the saved database, with the app's error hook as `run` installs it."""
    window = app_module.open_main_window(str(saved_database))
    qtbot.addWidget(window)
    previous = startup_checks.install_error_hook(lambda: window)
    yield window
    sys.excepthook = previous
    window.db.close()


def _open_first_alliance(window, qtbot) -> None:
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)


def _aside(path):
    return sorted(path.parent.glob(f"{path.stem}.dañada-*{path.suffix}"))


def test_opening_an_alliance_on_a_damaged_file_asks_and_restores(
    working, saved_database, qtbot, boxes
):
    window = working
    [good] = backup.list_backups("alianzas")
    overwrite_table_page(saved_database, "agreement_versions")
    damaged_bytes = saved_database.read_bytes()
    shown = []

    def restore(dialog: DamagedDatabaseDialog) -> None:
        shown.append((dialog.heading_label.text(), dialog.backup_label.text()))
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    when_modal(DamagedDatabaseDialog, restore)
    with qtbot.waitSignal(window.damage_route.handled, timeout=20_000) as handled:
        _open_first_alliance(window, qtbot)

    assert handled.args == ["restore"]
    [(heading, offered)] = shown
    assert "dañada" in heading
    assert "3 alianzas" in offered
    assert boxes == []  # no traceback box, no generic error box
    [aside] = _aside(saved_database)
    assert aside.read_bytes() == damaged_bytes  # set aside as SQLite found it
    assert backup.check_database(saved_database).ok
    assert window.db.damaged is None and window.db.path == saved_database
    assert {row.name for row in window.model.rows} == {a[0] for a in ALLIANCES}
    assert backup.list_backups("alianzas")[0].path == good.path  # no copy of the damage


def test_quitting_from_the_dialog_writes_nothing(working, saved_database, qtbot, boxes):
    window = working
    overwrite_table_page(saved_database, "agreement_versions")
    before = {p.name: p.read_bytes() for p in saved_database.parent.iterdir() if p.is_file()}
    before.pop("alianzas.sqlite.bloqueo", None)

    when_modal(
        DamagedDatabaseDialog,
        lambda dialog: qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton),
    )
    with qtbot.waitSignal(window.damage_route.handled, timeout=20_000) as handled:
        _open_first_alliance(window, qtbot)

    assert handled.args == ["quit"]
    assert not window.isVisible()
    assert boxes == []
    window.db.close()
    after = {p.name: p.read_bytes() for p in saved_database.parent.iterdir() if p.is_file()}
    after.pop("alianzas.sqlite.bloqueo", None)
    assert after == before
    assert _aside(saved_database) == []


def test_damage_met_in_a_worker_thread_reaches_the_dialog(working, saved_database, qtbot, boxes):
    """Slow work runs in the pool: the news crosses to the window's thread, once."""
    window = working
    overwrite_table_page(saved_database, "agreement_versions")
    failures = []
    asked = []

    def quit_(dialog: DamagedDatabaseDialog) -> None:
        asked.append(dialog)
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)

    when_modal(DamagedDatabaseDialog, quit_)
    with qtbot.waitSignal(window.damage_route.handled, timeout=20_000):
        for alliance in window.model.rows[:2]:  # two jobs meet it; one question
            workers.start(
                lambda alliance_id=alliance.id: alliance_detail(window.db, alliance_id),
                on_failed=failures.append,
                name="detalle",
            )

    qtbot.waitUntil(lambda: len(failures) == 2)
    assert all(isinstance(f, DatabaseDamagedError) for f in failures)
    assert len(asked) == 1
    assert boxes == []
