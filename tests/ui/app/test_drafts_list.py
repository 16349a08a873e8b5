"""Archivo ▸ Borradores…: every unfinished wizard, to continue or discard; «Nueva alianza» asks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWizard

from alianzas_desktop.services import drafts
from alianzas_desktop.ui.dialogs.drafts_dialog import DraftsDialog
from alianzas_desktop.ui.models.draft_table_model import DraftTableModel
from alianzas_desktop.ui.wizards.nacimiento import wizard as wizard_module
from tests.factories import nacimiento_data
from tests.ui.modal import when_modal


def save(db, title: str, page: int = 2) -> str:
    return drafts.save_draft(
        db, drafts.NACIMIENTO, nacimiento_data().to_dict(), page=page, title=title
    )


def click_button(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def close_keeping_draft(qtbot, window) -> None:
    """Cancel on the wizard, answering «keep the draft»."""
    wizard = window.wizard
    wizard._ask_keep_draft = lambda: wizard_module.KEEP
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()


@pytest.fixture
def two_drafts(db):
    older = save(db, "Alianza del Cacao", page=1)
    newer = save(db, "Agua para La Loma", page=3)
    return older, newer


def test_the_list_button_counts_the_drafts_and_hides_without_them(db, window, two_drafts):
    window.refresh()
    assert window.drafts_button.text() == "Borradores (2)"
    assert not window.drafts_button.isHidden()
    for draft_id in two_drafts:
        drafts.discard_draft(db, draft_id)
    window.refresh()
    assert window.drafts_button.isHidden()


def test_the_dialog_lists_what_which_wizard_when_and_step(db, two_drafts, qtbot, qtmodeltester):
    dialog = DraftsDialog(db)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    rows = {
        model.index(r, DraftTableModel.TITLE).data(): (
            model.index(r, DraftTableModel.WIZARD).data(),
            model.index(r, DraftTableModel.STEP).data(),
        )
        for r in range(model.rowCount())
    }
    assert rows == {
        "Alianza del Cacao": ("Nueva alianza (Nacimiento)", "2"),
        "Agua para La Loma": ("Nueva alianza (Nacimiento)", "4"),
    }
    saved = model.index(0, DraftTableModel.SAVED).data()  # «30 de noviembre de 2026, 5:21 p. m.»
    assert " de 20" in saved and saved.endswith("m.")


def test_choosing_a_draft_with_the_keyboard_continues_it(db, window, two_drafts, qtbot):
    older, _newer = two_drafts
    window.refresh()
    window.show()

    def pick_second(dialog: DraftsDialog) -> None:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # newest first: down to the older one
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    seen = when_modal(DraftsDialog, pick_second)
    qtbot.mouseClick(window.drafts_button, Qt.MouseButton.LeftButton)

    assert seen, "no apareció la lista de borradores"
    assert window.wizard is not None and window.wizard.draft_id == older
    close_keeping_draft(qtbot, window)


@pytest.mark.parametrize("answer, kept", [("Yes", False), ("No", True)])
def test_discarding_asks_and_obeys_the_answer(db, two_drafts, qtbot, answer, kept):
    _older, newer = two_drafts
    dialog = DraftsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selected.id == newer

    def respond(box: QMessageBox) -> None:
        qtbot.mouseClick(
            box.button(getattr(QMessageBox.StandardButton, answer)), Qt.MouseButton.LeftButton
        )

    asked = when_modal(QMessageBox, respond)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)

    assert asked and "Agua para La Loma" in asked[0]
    assert (drafts.load_draft(db, newer) is not None) is kept
    assert dialog.model.rowCount() == (2 if kept else 1)


@pytest.mark.parametrize(
    "button, outcome",
    [("Continuar la guardada", "resumed"), ("Empezar una nueva", "new"), ("Cancelar", "none")],
)
def test_new_alliance_with_a_draft_pending_asks_first(db, window, qtbot, button, outcome):
    pending = save(db, "Alianza del Cacao")
    window.refresh()
    window.show()

    asked = when_modal(QMessageBox, lambda box: click_button(qtbot, box, button))
    qtbot.mouseClick(window.new_button, Qt.MouseButton.LeftButton)

    assert asked and "Alianza del Cacao" in asked[0]
    if outcome == "none":
        assert window.wizard is None
        return
    assert window.wizard is not None
    assert (window.wizard.draft_id == pending) is (outcome == "resumed")
    close_keeping_draft(qtbot, window)
    assert drafts.load_draft(db, pending) is not None
