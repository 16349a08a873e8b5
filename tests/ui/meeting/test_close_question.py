"""The real «¿Cerrar la sesión?» box: «No» leaves the meeting open, «Sí» freezes the acta."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from alianzas_desktop.services import meetings
from alianzas_desktop.ui.wizards.meeting.base import PAGE_CLOSING, PAGE_CONVOCATION
from alianzas_desktop.ui.wizards.meeting.wizard import MeetingWizard
from tests.ui.meeting.conftest import (
    add_commitments,
    click,
    click_finish,
    click_next,
    develop,
    fill_convocation,
    take_attendance,
)
from tests.ui.modal import when_modal

# Taken before the ``answers`` fixture replaces it with a stand-in.
REAL_CONFIRM = MeetingWizard._confirm_close


def answer(button: QMessageBox.StandardButton):
    def act(box: QMessageBox) -> None:
        QTest.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    return act


def sign_with_keys(qtbot, wizard, rows) -> None:
    """Click a row's name, then Space ticks it; Down moves to the next row."""
    table = wizard.page_widget(PAGE_CLOSING).signer_table
    cell = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    current = 0
    for row in rows:
        for _ in range(row - current):
            qtbot.keyClick(table, Qt.Key.Key_Down)
        current = row
        qtbot.keyClick(table, Qt.Key.Key_Space)
    model = table.model()
    checked = [
        r
        for r in range(model.rowCount())
        if Qt.CheckState(model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole))
        == Qt.CheckState.Checked
    ]
    assert checked == list(rows)


def test_no_keeps_the_meeting_open_and_yes_closes_it(
    qtbot, db, alliance_id, make_wizard, person_dialog, previews, answers, monkeypatch
):
    monkeypatch.setattr(MeetingWizard, "_confirm_close", REAL_CONFIRM)
    wizard = make_wizard(alliance_id)
    fill_convocation(qtbot, wizard, person_dialog)
    with qtbot.waitSignal(wizard.meeting_saved) as saved:
        click(qtbot, wizard.page_widget(PAGE_CONVOCATION).save_button)
    meeting_id = saved.args[0]
    click_next(qtbot, wizard)
    take_attendance(qtbot, wizard, person_dialog)
    click_next(qtbot, wizard)
    develop(qtbot, wizard)
    click_next(qtbot, wizard)
    add_commitments(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_CLOSING
    sign_with_keys(qtbot, wizard, rows=(0, 5))

    closed: list[str] = []
    wizard.meeting_closed.connect(closed.append)
    seen = when_modal(QMessageBox, answer(QMessageBox.StandardButton.No))
    click_finish(qtbot, wizard)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert "¿Cerrar la sesión?" in seen[0]
    qtbot.wait(100)
    assert closed == []
    assert wizard.isVisible() and wizard.currentId() == PAGE_CLOSING
    [summary] = meetings.list_meetings(db, alliance_id)
    assert (summary.status, summary.number) == ("en_curso", None)

    seen = when_modal(QMessageBox, answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(wizard.meeting_closed, timeout=5000):
        click_finish(qtbot, wizard)
    assert seen
    qtbot.waitUntil(lambda: len(previews) == 1)  # the acta offered for printing
    assert closed == [meeting_id]
    [summary] = meetings.list_meetings(db, alliance_id)
    assert (summary.status, summary.number) == ("cerrada", 1)
