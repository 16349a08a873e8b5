"""After the wizard: the Sesiones tab, signatures on screen, addenda, the agenda panel."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes
from alianzas_desktop.services import agenda, meetings
from alianzas_desktop.ui import file_dialogs
from alianzas_desktop.ui.dialogs.addendum_dialog import AddendumDialog
from alianzas_desktop.ui.dialogs.sign_acta_dialog import SignActaDialog
from alianzas_desktop.ui.dialogs.signature_dialog import SignatureDialog
from alianzas_desktop.ui.main_window import MainWindow
from tests.meeting_factories import convened_meeting, hold_meeting
from tests.ui.meeting.conftest import click, type_date, type_into
from tests.ui.user_events import click_button, click_row, click_tab, double_click_row


def close_a_meeting(db, alliance_id) -> str:
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    return meetings.close_meeting(db, data, meeting_id)


@pytest.fixture
def window(db, qtbot, previews):
    main = MainWindow(db)
    qtbot.addWidget(main)
    return main


def shown_meetings_tab(qtbot, window, alliance_id):
    """The main window shown on the alliance's Sesiones tab, as the facilitator sees it."""
    window.show()
    qtbot.waitExposed(window)
    window.open_alliance(alliance_id)
    page = window.alliance_page
    click_tab(qtbot, page.tabs, page.meetings_tab_index)
    return page.meetings_tab


def draw_signature(qtbot, canvas) -> None:
    """Two strokes with the mouse, as a person signing would."""
    for start, points in (
        (QPoint(30, 90), [QPoint(60, 40), QPoint(90, 100), QPoint(130, 45), QPoint(170, 95)]),
        (QPoint(190, 70), [QPoint(230, 72), QPoint(280, 60)]),
    ):
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
        for point in points:
            qtbot.mouseMove(canvas, point)
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=points[-1])


def test_a_signature_drawn_on_screen_prints_in_the_acta(qtbot, db, alliance_id):
    meeting_id = close_a_meeting(db, alliance_id)
    dialog = SignatureDialog(db, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.save_button.isEnabled()
    first = dialog.current_person()

    draw_signature(qtbot, dialog.pad.canvas)
    assert not dialog.pad.is_empty()
    png = dialog.pad.to_png()
    assert png.startswith(b"\x89PNG")
    with qtbot.waitSignal(dialog.signature_saved) as saved:
        click(qtbot, dialog.save_button)

    assert saved.args == [first["attendance_id"]]
    acta = meetings.acta_document(db, meeting_id)
    assert list(acta.signatures) == [first["attendance_id"]]
    reader = PdfReader(io.BytesIO(acta_pdf_bytes(acta)))
    attendance_page = next(p for p in reader.pages if first["name"] in p.extract_text())
    assert attendance_page.images, "the signature is printed in the attendance table"
    assert dialog.current_person() is not first  # the next person is up
    assert dialog.pad.is_empty()


def test_the_pad_trims_and_clears(qtbot):
    from PySide6.QtGui import QImage

    from alianzas_desktop.ui.widgets.signature_pad import SignaturePad

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 200)
    pad.show()
    draw_signature(qtbot, pad.canvas)
    image = QImage.fromData(pad.to_png(), "PNG")
    assert 250 < image.width() < 300 and image.height() < 90  # trimmed to the ink
    assert image.pixelColor(0, 0).name() == "#ffffff"
    click(qtbot, pad.clear_button)
    assert pad.is_empty() and not pad.clear_button.isEnabled()


def test_a_closed_acta_offers_no_edit_and_prints_its_addendum(
    qtbot, db, alliance_id, window, previews, monkeypatch
):
    meeting_id = close_a_meeting(db, alliance_id)
    window.refresh()
    tab = shown_meetings_tab(qtbot, window, alliance_id)
    assert window.alliance_page.tabs.tabText(window.alliance_page.meetings_tab_index) == (
        "Sesiones (1)"
    )
    click_row(qtbot, tab.view, 0)
    assert tab.selected_meeting().id == meeting_id
    assert tab.model.index(0, tab.model.NUMBER).data() == "1"
    assert tab.model.index(0, tab.model.STATUS).data() == "Cerrada"
    assert not tab.continue_button.isEnabled()
    assert tab.continue_meeting(meeting_id) is None and tab.wizard is None
    assert tab.acta_button.isEnabled() and tab.addendum_button.isEnabled()

    def write_addendum(self):
        self.show()  # as exec() would: events sent to a hidden dialog are lost
        qtbot.waitExposed(self)
        type_into(qtbot, self.text_edit, "En el punto 2 debe decir «46 fincas».")
        click(qtbot, self.buttons.button(self.buttons.StandardButton.Ok))
        return self.result()

    monkeypatch.setattr(AddendumDialog, "exec", write_addendum)
    click_button(qtbot, tab.addendum_button)
    addenda = meetings.acta_document(db, meeting_id).addenda
    assert [(a["number"], a["text"]) for a in addenda] == [
        (1, "En el punto 2 debe decir «46 fincas».")
    ]

    click_button(qtbot, tab.acta_button)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(previews[-1].pdf_bytes)).pages)
    assert "46 fincas" in " ".join(text.split())
    assert "ACTA No. 1" in text


def test_registering_the_signed_acta_with_its_scan(
    qtbot, db, alliance_id, window, monkeypatch, tmp_path
):
    meeting_id = close_a_meeting(db, alliance_id)
    scan = tmp_path / "acta firmada.jpg"
    scan.write_bytes(b"\xff\xd8\xff fake jpeg")
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(scan))

    def sign(self):
        self.show()  # as exec() would: events sent to a hidden dialog are lost
        qtbot.waitExposed(self)
        type_date(qtbot, self.date_edit, date.today())
        click(qtbot, self.choose_button)
        click(qtbot, self.buttons.button(self.buttons.StandardButton.Ok))
        assert not self.isVisible(), "the dialog refused its Registrar"
        return self.result()

    monkeypatch.setattr(SignActaDialog, "exec", sign)
    window.refresh()
    tab = shown_meetings_tab(qtbot, window, alliance_id)
    click_row(qtbot, tab.view, 0)
    assert tab.selected_meeting().id == meeting_id
    click_button(qtbot, tab.signed_button)
    assert tab.model.index(0, tab.model.SIGNED).data() == "Sí"
    assert not tab.signed_button.isEnabled()
    [summary] = meetings.list_meetings(db, alliance_id)
    assert summary.signed


def test_the_agenda_panel_shows_upcoming_meetings_and_overdue_commitments(
    qtbot, db, alliance_id, window
):
    data = convened_meeting(db, alliance_id)
    meetings.save_convocation(db, data)
    panel = window.agenda_panel
    panel.refresh(today=date(2026, 11, 1))
    assert panel.upcoming_model.rowCount() == 1
    assert panel.upcoming_model.index(0, 0).data() == "20/11/2026"
    assert panel.upcoming_box.title() == "Próximas sesiones (1)"
    panel.refresh(today=date(2027, 1, 1))
    assert panel.overdue_model.rowCount() == 2  # the two commitments due in 2026
    red = panel.overdue_model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert red.name() == "#b3261e"

    # An office's thousands of rows: only the most urgent are listed, the title counts all.
    panel.limit = 1
    panel.refresh(today=date(2027, 1, 1))
    assert panel.overdue_model.rowCount() == 1
    assert panel.overdue_box.title() == ("Compromisos vencidos: 1 de 2 (los más antiguos primero)")
    oldest = min(c.deadline for c in agenda.overdue_commitments(db, date(2027, 1, 1)))
    assert panel.overdue_model.row_at(0).deadline == oldest
    assert panel.upcoming_box.title() == "Próximas sesiones (0)"
    panel.limit = 2
    panel.refresh(today=date(2027, 1, 1))
    assert panel.overdue_box.title() == "Compromisos vencidos (2)"

    with qtbot.waitSignal(window.alliance_opened) as opened:
        window.show()
        view = panel.overdue_view
        qtbot.waitUntil(view.isVisible)
        double_click_row(qtbot, view, 0, 1)
    assert opened.args == [alliance_id]
