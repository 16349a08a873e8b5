"""A whole meeting through the real widgets: convene, hold, close, and read the acta back."""

from __future__ import annotations

import io
import os

from pypdf import PdfReader
from PySide6.QtCore import Qt

from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes
from alianzas_desktop.services import drafts, meetings
from alianzas_desktop.ui.wizards.meeting.base import (
    PAGE_ATTENDANCE,
    PAGE_CLOSING,
    PAGE_COMMITMENTS,
    PAGE_CONVOCATION,
    PAGE_DEVELOPMENT,
)
from tests.ui.meeting.conftest import (
    AGENDA,
    NEW_COMMITMENTS,
    add_commitments,
    click,
    click_finish,
    click_next,
    develop,
    fill_convocation,
    mark_attendance,
    take_attendance,
    tick_signer,
)

SHOTS = os.environ.get("MEETING_SHOTS")  # a folder: save a picture of every page


def shot(wizard, name: str) -> None:
    if SHOTS:
        wizard.grab().save(os.path.join(SHOTS, f"{name}.png"))


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_a_whole_meeting_is_recorded_and_printed(
    qtbot, db, alliance_id, make_wizard, person_dialog, previews, answers
):
    wizard = make_wizard(alliance_id)
    fill_convocation(qtbot, wizard, person_dialog)
    shot(wizard, "1-convocatoria")
    page = wizard.page_widget(PAGE_CONVOCATION)
    with qtbot.waitSignal(wizard.meeting_saved) as saved:
        click(qtbot, page.save_button)
    meeting_id = saved.args[0]
    [summary] = meetings.list_meetings(db, alliance_id)
    assert (summary.id, summary.status) == (meeting_id, "convocada")
    assert [a.title for a in meetings.meeting_data(db, meeting_id).agenda] == list(AGENDA)

    click(qtbot, page.sheet_button)
    sheet = pdf_text(previews[-1].pdf_bytes)
    assert "Pedro Nel Ospina" in sheet and "Gloria Amparo Henao" in sheet

    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_ATTENDANCE
    assert meetings.list_meetings(db, alliance_id)[0].status == "en_curso"
    take_attendance(qtbot, wizard, person_dialog)
    attendance = wizard.page_widget(PAGE_ATTENDANCE)
    mark_attendance(qtbot, wizard, 1, "ausente_excusa")  # Jorge Iván Cardona excuses himself
    mark_attendance(qtbot, wizard, 1, "asistio")  # …then arrives
    assert len(wizard.data.attendees) == 6
    assert not attendance.sector_warning.message
    shot(wizard, "2-asistencia")
    click_next(qtbot, wizard)

    assert wizard.currentId() == PAGE_DEVELOPMENT
    develop(qtbot, wizard)
    shot(wizard, "3-desarrollo")
    click_next(qtbot, wizard)

    assert wizard.currentId() == PAGE_COMMITMENTS
    add_commitments(qtbot, wizard)
    shot(wizard, "4-compromisos")
    click_next(qtbot, wizard)

    assert wizard.currentId() == PAGE_CLOSING
    closing = wizard.page_widget(PAGE_CLOSING)
    tick_signer(qtbot, wizard, 0)
    tick_signer(qtbot, wizard, 5)
    # Who presided and who took the minutes, chosen with the arrows in the two lists.
    qtbot.keyClick(closing.chair_combo, Qt.Key.Key_Down)
    qtbot.keyClick(closing.secretary_combo, Qt.Key.Key_Down)
    qtbot.keyClick(closing.secretary_combo, Qt.Key.Key_Down)
    shot(wizard, "5-cierre")
    with qtbot.waitSignal(wizard.meeting_closed) as closed:
        click_finish(qtbot, wizard)
    assert closed.args == [meeting_id]
    assert answers.asked_confirm == 1
    assert drafts.list_drafts(db, "sesion") == []
    qtbot.waitUntil(lambda: len(previews) == 2)

    acta = meetings.acta_document(db, meeting_id)
    content = acta.content
    assert acta.number == 1
    present = [a["name"] for a in content["attendees"] if a["status"] == "asistio"]
    assert len(present) == 6 and "Aurelio Cañas Muñoz" in present
    assert [a["name"] for a in content["attendees"] if a["is_guest"]] == ["Gloria Amparo Henao"]
    assert [a["title"] for a in content["agenda"]] == list(AGENDA)
    decisions = [d for item in content["agenda"] for d in item["decisions"]]
    assert len(decisions) == 2
    voted = next(d for d in decisions if not d["by_consensus"])
    assert (voted["votes_for"], voted["votes_against"], voted["abstentions"]) == (5, 1, 0)
    assert [c["description"] for c in content["new_commitments"]] == [
        what for what, *_ in NEW_COMMITMENTS
    ]
    assert [c["responsible"] for c in content["new_commitments"]] == [
        "María Eugenia Ríos",
        "",
        "Aurelio Cañas Muñoz",
    ]
    assert [f["status_label"] for f in content["follow_ups"]] == ["Cumplido", "En curso"]
    present_order = [a.name for a in wizard.data.present()]
    assert content["chair"]["name"] == present_order[0]
    assert content["secretary"]["name"] == present_order[1]
    signers = [a["name"] for a in content["attendees"] if a["signs"]]
    assert signers == ["María Eugenia Ríos", "Aurelio Cañas Muñoz"]
    pending = meetings.pending_commitments(db, alliance_id)
    assert len(pending) == 1 + 1 + 3  # one untouched, one en curso, three new

    text = pdf_text(acta_pdf_bytes(acta))
    assert pdf_text(previews[-1].pdf_bytes) == text
    for expected in (
        "ACTA No. 1",
        "Caseta comunal de La Loma",
        *AGENDA,
        "El técnico informó visitas a 45 de las 60 fincas.",
        "Priorizar las 15 fincas sin visita",
        "Fijar el precio en $ 4.200 por kilo",
        "Aurelio Cañas Muñoz",
        "Gloria Amparo Henao",
        *(what for what, *_ in NEW_COMMITMENTS),
        "Las familias quedaron en 4 grupos",
    ):
        assert expected in text, expected
