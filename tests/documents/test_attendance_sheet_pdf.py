"""The planilla de asistencia, read back with pypdf."""

from __future__ import annotations

import pytest

from alianzas_desktop.documents.attendance_sheet_pdf import BLANK_ROWS, attendance_sheet_pdf_bytes
from alianzas_desktop.services import meetings, nacimiento
from tests.documents.readback import embedded_font_names, read_pdf
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting


@pytest.fixture
def sheet(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    meeting_id = meetings.save_convocation(db, convened_meeting(db, alliance_id))
    return meetings.attendance_sheet(db, meeting_id)


def test_sheet_lists_the_invited_and_blank_rows(sheet):
    printed = read_pdf(attendance_sheet_pdf_bytes(sheet))
    text = printed.text
    assert "PLANILLA DE ASISTENCIA" in text
    assert "Alianza Frijol del Páramo" in text
    assert "20 de noviembre de 2026" in text and "9:00 a. m." in text
    assert "Caseta comunal de La Loma" in text
    assert sheet["objective"] in text
    for number, title in enumerate(sheet["agenda"], start=1):
        assert f"{number}. {title}" in text
    for person in sheet["invited"]:
        assert person["name"] in text
    assert "Gloria Amparo Henao" in text and "Técnica agrícola" in text
    # The rows after the invited are numbered and empty, ready for people who come.
    invited = len(sheet["invited"])
    last = invited + BLANK_ROWS
    assert str(last) in printed.pages[-1].split()
    assert str(last + 1) not in text.split()
    assert "Ley 1581 de 2012" in text
    total = len(printed.pages)
    for number, page in enumerate(printed.pages, start=1):
        assert f"Página {number} de {total}" in " ".join(page.split())
        assert "Firma" in page  # the header row repeats


def test_sheet_is_landscape(sheet):
    reader = read_pdf(attendance_sheet_pdf_bytes(sheet)).reader
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)
    a4 = read_pdf(attendance_sheet_pdf_bytes(sheet, page_size="a4")).reader.pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (842, 595)


def test_hostile_names_print_literally(sheet):
    sheet["invited"][0]["name"] = '<b>Ana</b> & <img src="x"/>'
    sheet["objective"] = "Objetivo </para> &amp;"
    printed = read_pdf(attendance_sheet_pdf_bytes(sheet))
    assert '<b>Ana</b> & <img src="x"/>' in printed.text
    assert "Objetivo </para> &amp;" in printed.text


def test_every_font_of_the_sheet_is_embedded(sheet):
    for paper in ("letter", "a4"):
        assert embedded_font_names(attendance_sheet_pdf_bytes(sheet, page_size=paper)) == {
            "DejaVuSans",
            "DejaVuSans-Bold",
        }
