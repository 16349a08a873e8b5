"""Every file dialog of the app can show the database's folder without touching the file.

Qt's default icon provider reads a file's first bytes to guess its type; doing
that to the open database drops the locks SQLite holds on it (issue 7 §1). Each
dialog here is opened through its real trigger, pointed at the database's
folder, left to list and decorate the files, then cancelled with Escape; a
separate process then checks that SQLite's shared lock is still held.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QLineEdit,
    QMessageBox,
)

import alianzas_desktop
from alianzas_desktop.services import alliances, personal_data
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.dialogs.backup_dialog import BackupDialog
from alianzas_desktop.ui.dialogs.signed_paper_dialog import SignedPaperDialog
from alianzas_desktop.ui.main_window import MainWindow
from alianzas_desktop.ui.people.people_dialog import PeopleDialog
from tests.lock_probe import database_is_locked_by_others
from tests.ui.app.conftest import ALLIANCES, found


@pytest.fixture
def held(tmp_path, qtbot):
    """A database the window holds open, as at start-up, with the window over it."""
    path = tmp_path / "trabajo" / "alianzas.sqlite"
    db = Database.open(path, exclusive=True)
    for name, municipio, departamento in ALLIANCES:
        found(db, name, municipio, departamento)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert database_is_locked_by_others(path)
    yield window, path
    window.db.close()


def browse_then_escape(qtbot, folder: Path, seen: list[str]) -> None:
    """When a file dialog comes up: show ``folder``, let it list, note it, press Escape."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, poll)
            return
        model = dialog.findChild(QFileSystemModel)
        with qtbot.waitSignal(model.directoryLoaded, timeout=10_000):
            dialog.setDirectory(str(folder))
        # The icons and types are gathered in a background thread after listing.
        qtbot.wait(1500)
        seen.append(dialog.windowTitle())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, poll)


def open_database(window, _path):
    window.open_db_action.trigger()


def back_up_now(window, _path):
    dialog = BackupDialog(window.db, window)
    dialog.show()
    dialog.backup_now_button.click()
    dialog.close()


def restore_from_a_file(window, _path):
    dialog = BackupDialog(window.db, window)
    dialog.show()
    dialog.restore_file_button.click()
    dialog.close()


def attach_signed_paper(window, _path):
    dialog = SignedPaperDialog(
        title="Acuerdo firmado",
        intro="Fecha de la firma",
        file_caption="Papel firmado",
        max_scan_bytes=10_000_000,
        parent=window,
    )
    dialog.show()
    dialog.choose_button.click()
    dialog.close()


def save_agreement_pdf(window, _path):
    window.open_alliance(alliances.list_alliances(window.db)[0].id)
    window.alliance_page.save_version_pdf()


def save_person_json(window, _path):
    person = personal_data.list_people(window.db)[0]
    dialog = PeopleDialog(window.db, window)
    dialog.save_json(person.id, "reporte.json")
    dialog.close()


TRIGGERS = [
    open_database,
    back_up_now,
    restore_from_a_file,
    attach_signed_paper,
    save_agreement_pdf,
    save_person_json,
]


@pytest.mark.parametrize("trigger", TRIGGERS, ids=[t.__name__ for t in TRIGGERS])
def test_the_database_keeps_its_locks_through_the_file_dialog(held, qtbot, trigger):
    window, path = held
    seen: list[str] = []
    browse_then_escape(qtbot, path.parent, seen)

    trigger(window, path)

    assert len(seen) == 1, "el diálogo de archivos no apareció"
    assert database_is_locked_by_others(path)


def test_no_screen_opens_a_qt_file_dialog_of_its_own():
    """Every picker goes through ui/file_dialogs.py, the one with the name-only icons."""
    package = Path(alianzas_desktop.__file__).parent
    offenders = []
    for source in package.rglob("*.py"):
        if source.name == "file_dialogs.py":
            continue
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("get")
                and (isinstance(node.value, ast.Name) and node.value.id == "QFileDialog")
            ):
                offenders.append(f"{source.relative_to(package)}:{node.lineno}")
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QFileDialog":
                offenders.append(f"{source.relative_to(package)}:{node.lineno}")
    assert offenders == []


def test_the_open_database_is_refused_as_a_backup_target(held, qtbot):
    """Typing the open database's own name in «Respaldar ahora…» must not overwrite it."""
    window, path = held
    before = path.stat().st_ino
    refusals: list[str] = []

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QFileDialog) and refusals:
            qtbot.keyClick(widget, Qt.Key.Key_Escape)
            return
        # Scheduled before acting: the key press below may open a nested modal box.
        QTimer.singleShot(100, poll)
        if isinstance(widget, QMessageBox):
            replace = widget.button(QMessageBox.StandardButton.Yes)
            if replace is not None:  # "¿Desea reemplazarlo?": yes, try to
                qtbot.mouseClick(replace, Qt.MouseButton.LeftButton)
                return
            refusals.append(widget.text())
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif isinstance(widget, QFileDialog):
            name = widget.findChild(QLineEdit, "fileNameEdit")
            name.selectAll()
            qtbot.keyClicks(name, str(path))
            # Replacing an existing file is asked first; the refusal comes after.
            qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(0, poll)
    dialog = BackupDialog(window.db, window)
    dialog.show()
    dialog.backup_now_button.click()
    dialog.close()

    assert any("base de datos que Alianzas tiene abierta" in text for text in refusals)
    assert path.stat().st_ino == before
    assert len(alliances.list_alliances(window.db)) == len(ALLIANCES)
    assert database_is_locked_by_others(path)
