"""The erasure confirmation lists the texts that mention the person and offers to redact them."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from alianzas_desktop.services import nacimiento, personal_data
from alianzas_desktop.storage import backup
from alianzas_desktop.ui.people.people_dialog import PeopleDialog
from tests.factories import nacimiento_data
from tests.ui.modal import when_modal

NAME = "María Eugenia Ríos"


@pytest.fixture
def dialog(db, qtbot):
    data = nacimiento_data()
    data.coordination_members = "MARIA EUGENIA RIOS, por la alcaldía"
    nacimiento.found_alliance(db, data)
    backup.automatic_backup(db.path, "diario")
    screen = PeopleDialog(db)
    qtbot.addWidget(screen)
    person_id = next(p.id for p in personal_data.list_people(db) if p.name == NAME)
    screen.select_person(person_id)
    return screen


def _members(db) -> str:
    with sqlite3.connect(db.path) as connection:
        return connection.execute("SELECT coordination_members FROM alliances").fetchone()[0]


def _answer(box_seen: list, *, keep_mentions: bool = False):
    """Act on the confirmation: note what it says, set the check box, press «Suprimir»."""

    def act(box: QMessageBox) -> None:
        box_seen.append((box.informativeText(), box.checkBox().isChecked()))
        if keep_mentions:
            box.checkBox().click()
        # The summary that follows is a modal box too: close it when it shows.
        box_seen.append(when_modal(QMessageBox, lambda summary: summary.accept()))
        [erase] = [b for b in box.buttons() if b.text() == "Suprimir"]
        erase.click()

    return act


def test_the_mentions_are_listed_and_redacted_by_default(db, dialog, qtbot):
    seen: list = []
    when_modal(QMessageBox, _answer(seen))
    with qtbot.waitSignal(dialog.person_erased, timeout=20_000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    text, checked = seen[0]
    assert "Alianza «Alianza Frijol del Páramo»" in text and checked
    qtbot.waitUntil(lambda: bool(seen[1]))
    summary = seen[1][0]
    assert "Menciones reemplazadas en textos: 1." in summary
    assert "Respaldos automáticos limpiados: 1." in summary
    assert "fuera de la carpeta de respaldos" in summary
    assert _members(db) == "Persona suprimida, por la alcaldía"
    assert dialog.last_erasure.backups_cleaned == 1


def test_unchecking_keeps_the_mentions(db, dialog, qtbot):
    seen: list = []
    when_modal(QMessageBox, _answer(seen, keep_mentions=True))
    with qtbot.waitSignal(dialog.person_erased, timeout=20_000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    assert _members(db) == "MARIA EUGENIA RIOS, por la alcaldía"
    assert dialog.last_erasure.mentions_kept == 1
    qtbot.waitUntil(lambda: bool(seen[1]))
    assert "se dejaron como estaban" in seen[1][0]
