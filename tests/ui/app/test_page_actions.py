"""The alliance page's own actions: editing commitments (otrosí) and changing phase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from alianzas_desktop.services import agreements, alliances, audit
from alianzas_desktop.ui.alliance_page import AlliancePage
from alianzas_desktop.ui.dialogs.commitments_dialog import CommitmentsDialog
from alianzas_desktop.ui.dialogs.phase_dialog import PhaseDialog
from tests.ui.modal import when_modal
from tests.ui.user_events import click_row, click_tab_of


def _page(db, qtbot, alliance_id) -> AlliancePage:
    page = AlliancePage(db)
    qtbot.addWidget(page)
    page.load(alliance_id)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_edit_commitments_from_the_page_opens_an_otrosi(db, qtbot, alliance_ids, monkeypatch):
    alliance_id = alliance_ids["Alianza Frijol del Páramo"]
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    page = _page(db, qtbot, alliance_id)

    def fake_exec(dialog: CommitmentsDialog):
        dialog.show()  # as exec() would: events sent to a hidden dialog are lost
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.description_edit, "Prestar la bodega para el acopio")
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible(), "the dialog refused its Guardar"
        return dialog.result()

    monkeypatch.setattr(CommitmentsDialog, "exec", fake_exec)
    qtbot.mouseClick(page.edit_commitments_button, Qt.MouseButton.LeftButton)

    assert page.commitment_model.rowCount() == 4
    assert [v.number for v in page.detail.versions] == [1, 2]
    assert page.version_model.rowCount() == 2
    assert page.tabs.currentIndex() == 2


def test_change_phase_moves_the_timeline_and_is_logged(db, qtbot, alliance_ids):
    alliance_id = alliance_ids["Cacao para la Paz"]
    page = _page(db, qtbot, alliance_id)

    def choose_puesta_en_marcha(dialog: PhaseDialog) -> None:
        assert "Lo acordado se vuelve trabajo" in dialog.explanations["puesta_en_marcha"].text()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        # A mnemonic clicks the radio button with a short animation.
        qtbot.waitUntil(lambda: dialog.buttons_by_phase["puesta_en_marcha"].isChecked())
        # The seed's checklist for leaving Nacimiento says what is missing.
        assert "✗ Falta: El acuerdo de compromisos" in dialog.checklist_label.text()
        qtbot.keyClicks(dialog.reason_edit, "Los socios aprobaron el plan de trabajo")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    def confirm(box: QMessageBox) -> None:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    seen = when_modal(PhaseDialog, choose_puesta_en_marcha)
    asked = when_modal(QMessageBox, confirm)
    qtbot.mouseClick(page.phase_button, Qt.MouseButton.LeftButton)

    assert seen
    assert asked and "no se ha emitido ni firmado" in asked[0]
    assert alliances.alliance_detail(db, alliance_id).phase == "puesta_en_marcha"
    assert page.detail.phase == "puesta_en_marcha"
    [change] = [r for r in audit.history_of_record(db, alliance_id) if r.action == "modificar"]
    assert change.changes[0].before == "nacimiento"


def test_cancelling_the_phase_question_changes_nothing(db, qtbot, alliance_ids):
    alliance_id = alliance_ids["Cacao para la Paz"]
    page = _page(db, qtbot, alliance_id)

    def pick_then_escape(dialog: PhaseDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.buttons_by_phase["consolidacion"].isChecked())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

    seen = when_modal(PhaseDialog, pick_then_escape)
    assert page.change_phase() is False
    assert seen
    assert alliances.alliance_detail(db, alliance_id).phase == "nacimiento"


def test_a_commitments_history_shows_its_follow_up_and_changes(
    db, qtbot, alliance_ids, monkeypatch
):
    from alianzas_desktop.services import meetings
    from alianzas_desktop.ui.dialogs.record_history_dialog import RecordHistoryDialog
    from tests.meeting_factories import convened_meeting, hold_meeting

    alliance_id = alliance_ids["Alianza Frijol del Páramo"]
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    followed = data.follow_ups[0].commitment_id
    meetings.close_meeting(db, data, meeting_id)

    page = _page(db, qtbot, alliance_id)
    opened: list[RecordHistoryDialog] = []
    monkeypatch.setattr(RecordHistoryDialog, "exec", lambda self: opened.append(self) or 0)
    row = page.commitment_model.row_of_id(followed)
    proxy_index = page.commitments_view.model().mapFromSource(page.commitment_model.index(row, 0))
    click_tab_of(qtbot, page.tabs, page.commitments_view)
    click_row(qtbot, page.commitments_view, proxy_index.row())
    qtbot.mouseClick(page.commitment_history_button, Qt.MouseButton.LeftButton)

    [dialog] = opened
    assert dialog.follow_model.rowCount() == 1
    assert dialog.follow_model.index(0, 2).data() == "Pendiente → Cumplido"
    assert dialog.follow_model.index(0, 1).data() == "No. 1"
    actions = {
        dialog.changes_model.index(r, 2).data() for r in range(dialog.changes_model.rowCount())
    }
    assert {"Creó", "Modificó"} <= actions


def test_history_needs_a_selected_commitment(db, qtbot, alliance_ids, monkeypatch):
    from alianzas_desktop.ui.dialogs.record_history_dialog import RecordHistoryDialog

    page = _page(db, qtbot, alliance_ids["Cacao para la Paz"])
    click_tab_of(qtbot, page.tabs, page.commitment_history_button)
    opened: list[RecordHistoryDialog] = []
    monkeypatch.setattr(RecordHistoryDialog, "exec", lambda self: opened.append(self) or 0)
    page.commitments_view.setCurrentIndex(page.commitments_view.model().index(-1, -1))  # none
    qtbot.mouseClick(page.commitment_history_button, Qt.MouseButton.LeftButton)
    assert opened == []
    assert page.show_commitment_history() is False


def test_history_models(db, qtbot, qtmodeltester, alliance_ids):
    from alianzas_desktop.ui.dialogs.record_history_dialog import RecordHistoryDialog

    alliance_id = alliance_ids["Cacao para la Paz"]
    dialog = RecordHistoryDialog(db, alliance_id, "Cacao para la Paz")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.changes_model)
    qtmodeltester.check(dialog.follow_model)
    assert dialog.changes_model.rowCount() >= 1
