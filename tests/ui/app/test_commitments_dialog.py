"""Editing commitments after the agreement was issued opens an otrosí; version 1 stays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from alianzas_desktop.services import agreements
from alianzas_desktop.ui.dialogs.commitments_dialog import CommitmentsDialog
from tests.factories import nacimiento_data
from tests.ui.user_events import choose_row


def _issued_alliance(db) -> tuple[str, str]:
    from alianzas_desktop.services import nacimiento

    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    return alliance_id, version.id


def _save(qtbot, dialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_models(qtmodeltester, db, qtbot):
    alliance_id, _ = _issued_alliance(db)
    dialog = CommitmentsDialog(db, alliance_id)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 3


def test_adding_a_commitment_after_issuing_opens_version_2(db, qtbot):
    alliance_id, version_id = _issued_alliance(db)
    before = agreements.document_for_version(db, version_id)
    dialog = CommitmentsDialog(db, alliance_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    choose_row(qtbot, dialog.partner_combo, 2)
    qtbot.keyClicks(dialog.description_edit, "Adecuar el centro de acopio")
    qtbot.keyClicks(dialog.value_edit, "2.500.000")
    qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Tab)  # leaving the field finishes it
    with qtbot.waitSignal(dialog.commitments_saved) as saved:
        _save(qtbot, dialog)

    assert saved.args[0] != version_id
    latest = agreements.agreement_document(db, alliance_id)
    assert latest.number == 2 and latest.is_draft
    added = [c for c in latest.content["commitments"] if c["description"].startswith("Adecuar")]
    assert added[0]["estimated_value"] == 2_500_000
    assert agreements.document_for_version(db, version_id).content == before.content


def test_an_empty_description_is_refused_next_to_the_field(db, qtbot):
    alliance_id, _ = _issued_alliance(db)
    dialog = CommitmentsDialog(db, alliance_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.description_edit
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.toPlainText() == ""
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Escriba" in dialog.messages["description"].message
    assert [v.number for v in agreements.list_versions(db, alliance_id)] == [1]


def test_withdrawing_a_commitment_cancels_it_in_the_new_version(db, qtbot):
    alliance_id, _ = _issued_alliance(db)
    dialog = CommitmentsDialog(db, alliance_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)
    latest = agreements.agreement_document(db, alliance_id)
    assert len(latest.content["commitments"]) == 2
