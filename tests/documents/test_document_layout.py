"""What a municipal official checks before signing: order, who signs where, what is on each page."""

from __future__ import annotations

import re

import pytest

from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes
from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
from alianzas_desktop.documents.attendance_sheet_pdf import attendance_sheet_pdf_bytes
from alianzas_desktop.services import agreements, meetings, nacimiento
from tests.documents.readback import read_pdf
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting


@pytest.fixture
def alliance_id(db):
    return nacimiento.found_alliance(db, nacimiento_data())


@pytest.fixture
def acta(db, alliance_id):
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, meeting_id)
    return meetings.acta_document(db, meeting_id)


def _in_order(text: str, fragments: list[str]) -> None:
    position = -1
    for fragment in fragments:
        found = text.find(fragment, position + 1)
        assert found > position, f"«{fragment}» no aparece después de lo anterior"
        position = found


# -- acta ------------------------------------------------------------------------------------


def test_acta_sections_follow_gtc_185(acta):
    body = read_pdf(acta_pdf_bytes(acta)).body
    _in_order(
        body,
        [
            "ACTA No. 1",
            "Fecha",
            "Hora de inicio",
            "Lugar",
            "Hora de finalización",
            "Objetivo de la reunión",
            acta.content["objective"],
            "Orden del día",
            "1. Verificación del quórum",
            "Asistentes",
            "Invitados",
            "Ausentes",
            "Presidente(a) y secretario(a) de la sesión",
            "Desarrollo de la reunión",
            "Compromisos",
            "Seguimiento de compromisos anteriores",
            "Próxima reunión",
            "Firmas",
            "En constancia firman",
        ],
    )


def test_acta_attendance_has_cedula_and_each_person_signs_once(acta):
    present = [a for a in acta.content["attendees"] if a["status"] == "asistio"]
    present[0]["document_number"] = "43.555.111"
    acta.content["alliance"]["facilitator_document_number"] = "1.036.222.333"
    printed = read_pdf(acta_pdf_bytes(acta))
    body = printed.body
    attendance = body[body.index("Asistentes") : body.index("Presidente(a) y secretario(a)")]
    assert "C.C." in attendance and "Firma" in attendance
    assert "43.555.111" in attendance
    # The signature section holds one block, the facilitator's (not on the attendance list),
    # with the cédula; nobody who attended gets a second place to sign.
    signatures = body[body.index("En constancia firman") :]
    for person in present:
        assert person["name"] not in signatures, person["name"]
    facilitator = acta.content["alliance"]["facilitator"]
    assert facilitator in signatures
    assert "C.C. 1.036.222.333" in signatures
    assert "columna «Firma»" in signatures


def test_acta_names_chair_and_secretary_or_leaves_lines_for_them(acta):
    blank = read_pdf(acta_pdf_bytes(acta)).body
    section = blank[blank.index("Presidente(a) y secretario(a)") : blank.index("Desarrollo")]
    assert re.search(r"Presidente\(a\) _{10,}", section)
    assert re.search(r"Secretario\(a\) _{10,}", section)
    # Those chosen in the wizard to sign the acta are named.
    signers = [a["name"] for a in acta.content["attendees"] if a.get("signs")]
    assert signers and all(name in section for name in signers)

    acta.content["chair"] = {"name": "María Eugenia Ríos", "document_number": "43.555.111"}
    acta.content["secretary"] = "Ana Milena Zapata"
    named = read_pdf(acta_pdf_bytes(acta)).body
    section = named[named.index("Presidente(a) y secretario(a)") : named.index("Desarrollo")]
    assert "María Eugenia Ríos, C.C. 43.555.111" in section
    assert "Ana Milena Zapata" in section


# -- planilla de asistencia -----------------------------------------------------------------


@pytest.fixture
def sheet(db, alliance_id):
    meeting_id = meetings.save_convocation(db, convened_meeting(db, alliance_id))
    return meetings.attendance_sheet(db, meeting_id)


def test_planilla_consent_note_comes_before_the_first_row(sheet):
    printed = read_pdf(attendance_sheet_pdf_bytes(sheet))
    first = " ".join(printed.pages[0].split())
    assert "Ley 1581 de 2012" in first
    consent = first.index("Tratamiento de datos personales")
    assert consent < first.index("Documento")  # the table's header
    assert consent < first.index(sheet["invited"][0]["name"])


def test_planilla_has_a_document_column_and_no_internal_reference(sheet):
    printed = read_pdf(attendance_sheet_pdf_bytes(sheet))
    assert "Documento" in printed.pages[0]
    reference = sheet["meeting_id"][:8].upper()
    for page in printed.pages:
        assert reference not in page.upper()
        assert sheet["meeting_id"] not in page
        assert "Referencia" not in page


@pytest.mark.parametrize("page_size", ["letter", "a4"])
def test_planilla_holds_twelve_rows_on_every_full_page(sheet, page_size):
    sheet["invited"] = [
        {
            "name": f"Asistente {index:02d}",
            "organization": "Cooperativa de Productores Agropecuarios de La Loma",
            "cargo": "Asociado",
            "sector_label": "Sociedad civil",
        }
        for index in range(60)
    ]
    printed = read_pdf(attendance_sheet_pdf_bytes(sheet, page_size=page_size))
    assert len(printed.pages) >= 3
    counts = [page.count("Asistente ") for page in printed.pages]
    # Every page but the last is full; the first, with the heading and the note, too.
    assert all(count >= 12 for count in counts[:-1]), counts
    assert sum(counts) == 60


def test_planilla_first_page_holds_twelve_rows_with_few_invited(sheet):
    printed = read_pdf(attendance_sheet_pdf_bytes(sheet))
    tokens = printed.pages[0].split()
    assert all(str(number) in tokens for number in range(1, 13)), tokens


# -- acuerdo ---------------------------------------------------------------------------------


def _agreement(db, alliance_id, parties: int):
    document = agreements.agreement_document(db, alliance_id)
    model = document.content["parties"][0]
    document.content["parties"] = [
        {
            **model,
            "organization": f"Organización número {index:02d}",
            "representative": f"Representante {index:02d}",
            "document_number": f"70.000.0{index:02d}",
        }
        for index in range(1, parties + 1)
    ]
    document.content["commitments"] = [
        {**c, "party": i % parties} for i, c in enumerate(document.content["commitments"])
    ]
    return document


@pytest.mark.parametrize("parties", [1, 2, 3, 4, 5, 6, 9, 14])
def test_agreement_last_page_holds_a_party_and_the_witness(db, alliance_id, parties):
    document = _agreement(db, alliance_id, parties)
    printed = read_pdf(agreement_pdf_bytes(document))
    last = " ".join(printed.pages[-1].split())
    assert "En calidad de testigo" in last
    assert "Representante" in last and "C.C. 70.000.0" in last
    if parties <= 9:
        # The whole section fits on one page: it stays together with its closing sentence.
        assert "En constancia se firma" in last
        for index in range(1, parties + 1):
            assert f"Representante {index:02d}" in last


def test_agreement_signature_section_moves_whole_rather_than_split(db, alliance_id):
    """Longer texts push the section down page by page: it never leaves the witness behind."""
    document = _agreement(db, alliance_id, 4)
    for extra in range(0, 40, 3):
        document.content["alliance"]["purpose"] = "Propósito de la alianza. " * (extra * 12 + 1)
        printed = read_pdf(agreement_pdf_bytes(document))
        last = " ".join(printed.pages[-1].split())
        assert "En constancia se firma" in last, extra
        assert all(f"Representante {i:02d}" in last for i in range(1, 5)), extra
        assert "En calidad de testigo" in last, extra
