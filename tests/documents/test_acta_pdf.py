"""The printed acta (GTC 185), read back with pypdf."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw

from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes, clock_time, render_acta
from alianzas_desktop.documents.escaping import REPLACEMENT
from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.services import meetings, nacimiento
from tests.documents.readback import embedded_font_names, read_pdf
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting

HOSTILE = '<b> &amp; </para> <img src="x"/> <a href="y">'
EMOJI = "🤝"


@pytest.fixture
def alliance_id(db):
    return nacimiento.found_alliance(db, nacimiento_data())


def _close(db, alliance_id, change=None):
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    if change:
        change(data)
    meetings.close_meeting(db, data, meeting_id)
    return meeting_id, data


def _signature_png() -> bytes:
    image = Image.new("RGBA", (300, 90), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(5, 80), (80, 10), (160, 70), (290, 20)], fill="navy", width=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _has_image(page) -> bool:
    xobjects = page["/Resources"].get("/XObject") or {}
    return any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())


def test_clock_times_are_colombian():
    assert " ".join(clock_time("09:00").split()) == "9:00 a. m."
    assert " ".join(clock_time("14:30").split()) == "2:30 p. m."
    assert clock_time("") == ""


def test_acta_says_everything(db, alliance_id):
    meeting_id, data = _close(db, alliance_id)
    document = meetings.acta_document(db, meeting_id)
    printed = read_pdf(acta_pdf_bytes(document))
    text = printed.text

    for fragment in (
        "PROGRAMA NACIONAL DE ALIANZAS",
        "Alianza Frijol del Páramo",
        "La Loma, Sonsón, Antioquia",
        "ACTA No. 1",
        "Reunión ordinaria",
        "20 de noviembre de 2026",
        "9:00 a. m.",
        "11:30 a. m.",
        "Caseta comunal de La Loma",
        data.objective,
    ):
        assert fragment in text, fragment
    for attendee in data.attendees:
        assert attendee.name in text
    assert "Rubiela Gómez" in text and "Con excusa" in text
    for number, item in enumerate(data.agenda, start=1):
        assert f"{number}. {item.title}" in text
    assert "El técnico informó visitas a 45 de las 60 fincas." in text
    assert "Decisión 1: Priorizar las 15 fincas sin visita durante diciembre" in text
    assert "Aprobada por consenso." in text
    assert "Fijar el precio en $ 4.200 por kilo" in text
    assert "Votos: a favor 5, en contra 1, abstenciones 0." in text
    for commitment in data.new_commitments:
        assert commitment.description in text
        assert short_date(commitment.deadline) in text
    assert "María Eugenia Ríos" in text
    assert "Convocar y organizar a las familias productoras" in text
    assert "Pendiente → Cumplido" in text and "Pendiente → En curso" in text
    assert "Las familias quedaron organizadas en 4 grupos" in text
    assert "18 de diciembre de 2026" in text
    assert "Alcaldía de Sonsón, salón del concejo" in text
    assert "se levanta la sesión a las 11:30 a. m. En constancia firman" in text
    last = " ".join(printed.pages[-1].split())
    assert "Ana Milena Zapata" in last and "Facilitador(a) del proceso" in last
    assert "Fe de erratas" not in text

    total = len(printed.pages)
    for number, page in enumerate(printed.pages, start=1):
        flat = " ".join(page.split())
        assert f"Página {number} de {total}" in flat
        assert f"Código de verificación: {document.verification_code}" in flat
        assert "Alianza Frijol del Páramo · Acta No. 1" in flat


def test_signature_drawn_on_screen_prints_in_the_attendance_table(db, alliance_id):
    meeting_id, _ = _close(db, alliance_id)
    plain = read_pdf(acta_pdf_bytes(meetings.acta_document(db, meeting_id))).reader
    assert not _has_image(plain.pages[0])

    acta = meetings.acta_document(db, meeting_id)
    first = next(a for a in acta.content["attendees"] if a["status"] == "asistio")
    meetings.record_signature(db, meeting_id, first["attendance_id"], _signature_png())
    printed = read_pdf(acta_pdf_bytes(meetings.acta_document(db, meeting_id)))
    assert "Asistentes" in printed.pages[0]
    assert _has_image(printed.reader.pages[0])


def test_a_damaged_signature_leaves_the_cell_blank(db, alliance_id):
    meeting_id, _ = _close(db, alliance_id)
    acta = meetings.acta_document(db, meeting_id)
    first = next(a for a in acta.content["attendees"] if a["status"] == "asistio")
    meetings.record_signature(
        db, meeting_id, first["attendance_id"], b"\x89PNG\r\n\x1a\n" + b"0" * 50
    )
    printed = read_pdf(acta_pdf_bytes(meetings.acta_document(db, meeting_id)))
    assert "ACTA No. 1" in printed.text
    assert not _has_image(printed.reader.pages[0])


def test_addenda_print_at_the_end(db, alliance_id, tmp_path):
    meeting_id, _ = _close(db, alliance_id)
    meetings.add_addendum(db, meeting_id, "Donde dice $ 4.200 debe decir $ 4.300.")
    meetings.add_addendum(db, meeting_id, "El acta la firmó también el tesorero.")
    document = meetings.acta_document(db, meeting_id)
    target = tmp_path / "acta.pdf"
    render_acta(document, target)
    printed = read_pdf(target.read_bytes())
    body = printed.body
    assert "Fe de erratas No. 1" in body and "Fe de erratas No. 2" in body
    assert body.index("Fe de erratas No. 1") > body.index("En constancia firman")
    assert "Donde dice $ 4.200 debe decir $ 4.300." in body
    # Addenda do not change the acta's verification code.
    assert document.verification_code in printed.pages[-1]


def test_hostile_text_prints_literally(db, alliance_id):
    def hostile(data):
        data.agenda[1].notes = f"Notas {HOSTILE} {EMOJI}"
        data.decisions[0].text = f"Decisión {HOSTILE}"
        data.new_commitments[0].description = f"Compromiso {HOSTILE}"
        data.follow_ups[0].note = f"Nota {HOSTILE}"
        data.attendees[-2].name = "Aurelio <i>Cañas</i> & Muñoz"

    meeting_id, _ = _close(db, alliance_id, hostile)
    printed = read_pdf(acta_pdf_bytes(meetings.acta_document(db, meeting_id), page_size="a4"))
    text = printed.text
    assert f"Notas {HOSTILE} {REPLACEMENT}" in text
    assert f"Decisión {HOSTILE}" in text
    assert f"Compromiso {HOSTILE}" in text
    assert f"Nota {HOSTILE}" in text
    assert "Aurelio <i>Cañas</i> & Muñoz" in text
    assert EMOJI not in text
    for page in printed.reader.pages:
        assert not _has_image(page)
        for annotation in page.get("/Annots") or []:
            assert annotation.get_object().get("/Subtype") != "/Link"
    assert round(float(printed.reader.pages[0].mediabox.width)) == 595


def test_long_attendance_tables_repeat_their_header(db, alliance_id):
    from alianzas_desktop.domain.meeting import AttendeeEntry

    def crowd(data):
        for index in range(40):
            data.attendees.append(
                AttendeeEntry(
                    name=f"Asociado {index:02d}",
                    organization="Cooperativa de Productores de La Loma",
                    sector="sociedad_civil",
                    cargo="Asociado",
                    status="asistio",
                )
            )

    meeting_id, _ = _close(db, alliance_id, crowd)
    printed = read_pdf(acta_pdf_bytes(meetings.acta_document(db, meeting_id)))
    pages = [p for p in printed.pages if "Asociado 3" in p or "Asociado 0" in p]
    assert len(pages) >= 2
    for page in pages:
        assert "Organización" in page and "Firma" in page
    assert "Asociado 39" in printed.text


def test_every_font_of_the_acta_is_embedded(db, alliance_id):
    meeting_id, _ = _close(db, alliance_id)
    acta = meetings.acta_document(db, meeting_id)
    for paper in ("letter", "a4"):
        fonts = embedded_font_names(acta_pdf_bytes(acta, page_size=paper))
        assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts
