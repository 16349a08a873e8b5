"""The real "keep the draft?" box: each of its three answers, clicked with the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from alianzas_desktop.services import drafts
from alianzas_desktop.ui.wizards.nacimiento.base import PAGE_BASICS
from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard
from tests.ui.modal import when_modal
from tests.ui.nacimiento.conftest import type_into


def click_answer(label: str):
    def act(box: QMessageBox) -> None:
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == label]
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    return act


@pytest.fixture
def typed_wizard(qtbot, db):
    """A wizard (its real box, no stand-in) with a draft already saved.

    Not given to qtbot: its closing at teardown would open the box with nobody to answer.
    """
    wizard = NacimientoWizard(db)
    wizard.show()
    qtbot.waitExposed(wizard)
    with qtbot.waitSignal(wizard.draft_saved, timeout=3000):
        type_into(qtbot, wizard.page_widget(PAGE_BASICS).name_edit, "Alianza del Cacao")
    yield wizard
    if wizard.isVisible():  # closing asks again: answer, or the box would wait forever
        seen = when_modal(QMessageBox, click_answer("Descartar"))
        wizard.close()
        assert seen
    wizard.deleteLater()


def _escape(qtbot, wizard, label: str) -> list:
    seen = when_modal(QMessageBox, click_answer(label))
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    return seen


def test_keep_draft_keeps_it_and_closes(qtbot, typed_wizard, db):
    _escape(qtbot, typed_wizard, "Guardar borrador")
    qtbot.waitUntil(lambda: not typed_wizard.isVisible(), timeout=3000)
    [draft] = drafts.list_drafts(db, "nacimiento")
    assert draft.payload["name"] == "Alianza del Cacao"


def test_discard_deletes_the_draft_and_closes(qtbot, typed_wizard, db):
    _escape(qtbot, typed_wizard, "Descartar")
    qtbot.waitUntil(lambda: not typed_wizard.isVisible(), timeout=3000)
    assert drafts.list_drafts(db, "nacimiento") == []


def test_cancel_stays_in_the_wizard_with_the_draft(qtbot, typed_wizard, db):
    seen = _escape(qtbot, typed_wizard, "Cancelar")
    assert seen and seen[0]  # the box asked something
    qtbot.wait(100)
    assert typed_wizard.isVisible()
    assert [d.title for d in drafts.list_drafts(db, "nacimiento")] == ["Alianza del Cacao"]
    assert typed_wizard.page_widget(PAGE_BASICS).name_edit.text() == "Alianza del Cacao"
