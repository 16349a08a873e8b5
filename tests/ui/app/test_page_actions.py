"""The alliance page's own actions: editing commitments (otrosí) and changing phase."""

from __future__ import annotations

from PySide6.QtCore import Qt

from alianzas_desktop.services import agreements, alliances, audit
from alianzas_desktop.ui.alliance_page import AlliancePage
from alianzas_desktop.ui.dialogs.commitments_dialog import CommitmentsDialog


def _page(db, qtbot, alliance_id) -> AlliancePage:
    page = AlliancePage(db)
    qtbot.addWidget(page)
    page.load(alliance_id)
    page.show()
    return page


def test_edit_commitments_from_the_page_opens_an_otrosi(db, qtbot, alliance_ids, monkeypatch):
    alliance_id = alliance_ids["Alianza Frijol del Páramo"]
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    page = _page(db, qtbot, alliance_id)

    def fake_exec(dialog: CommitmentsDialog):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.description_edit, "Prestar la bodega para el acopio")
        dialog.save()
        return 1

    monkeypatch.setattr(CommitmentsDialog, "exec", fake_exec)
    qtbot.mouseClick(page.edit_commitments_button, Qt.MouseButton.LeftButton)

    assert page.commitment_model.rowCount() == 4
    assert [v.number for v in page.detail.versions] == [1, 2]
    assert page.version_model.rowCount() == 2
    assert page.tabs.currentIndex() == 2


def test_change_phase_moves_the_timeline_and_is_logged(db, qtbot, alliance_ids, monkeypatch):
    alliance_id = alliance_ids["Cacao para la Paz"]
    page = _page(db, qtbot, alliance_id)
    monkeypatch.setattr(AlliancePage, "_ask_phase", lambda self, current: "puesta_en_marcha")
    qtbot.mouseClick(page.phase_button, Qt.MouseButton.LeftButton)
    assert alliances.alliance_detail(db, alliance_id).phase == "puesta_en_marcha"
    assert page.detail.phase == "puesta_en_marcha"
    [change] = [r for r in audit.history_of_record(db, alliance_id) if r.action == "modificar"]
    assert change.changes[0].before == "nacimiento"


def test_cancelling_the_phase_question_changes_nothing(db, qtbot, alliance_ids, monkeypatch):
    alliance_id = alliance_ids["Cacao para la Paz"]
    page = _page(db, qtbot, alliance_id)
    monkeypatch.setattr(AlliancePage, "_ask_phase", lambda self, current: None)
    assert page.change_phase() is False
    assert alliances.alliance_detail(db, alliance_id).phase == "nacimiento"
