"""The acuerdo, the acta and the planilla printed in English, read back with pypdf.

A frozen document (an issued version, a closed acta) records the language it was
issued in and reprints in it whatever the setting says later; Spanish is recorded
by absence, so documents frozen before there was a choice keep their codes.
"""

from __future__ import annotations

import json

import pytest

from alianzas_desktop import settings
from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes
from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
from alianzas_desktop.documents.attendance_sheet_pdf import attendance_sheet_pdf_bytes
from alianzas_desktop.domain.verification import verification_code
from alianzas_desktop.services import agreements, meetings, nacimiento
from alianzas_desktop.storage.models import AgreementVersion
from tests.documents.readback import embedded_font_names, read_pdf
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting


@pytest.fixture
def alliance_id(db):
    return nacimiento.found_alliance(db, nacimiento_data())


def _issue(db, alliance_id, lang=None):
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id, lang=lang)
    return agreements.agreement_document(db, alliance_id)


def _close(db, alliance_id, lang=None):
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, meeting_id, lang=lang)
    return meetings.acta_document(db, meeting_id)


def _footer_says_english(printed) -> None:
    total = len(printed.pages)
    for number, page in enumerate(printed.pages, start=1):
        flat = " ".join(page.split())
        assert f"Page {number} of {total}" in flat
        assert "Verification code:" in flat
        assert "Página" not in flat and "Código de verificación" not in flat


def test_agreement_in_english(db, alliance_id):
    document = _issue(db, alliance_id, lang="en")
    assert document.content["lang"] == "en"
    data = agreement_pdf_bytes(document)
    printed = read_pdf(data)
    text = printed.text
    for fragment in (
        "AGREEMENT OF COMMITMENTS",
        "Version 1",
        "1. The parties",
        "2. Common purpose",
        "Conditions of the alliance",
        "Partners' commitments",
        "Values that guide the work in alliance",
        "Handling conflicts",
        "Signatures",
        "Organisation",
        "Estimated value",
        "COP 48,000,000",
        "COP 168,000,000",  # the total
        "Trust",
        "Shared responsibility",
        "Civil society",  # a sector, by its code
        "Process facilitator",
        "As witness",
    ):
        assert fragment in text, fragment
    # Dates in English: the issue date in words, deadlines with the month's name.
    for commitment in nacimiento_data().commitments:
        assert commitment.deadline.strftime("%b") in text
    assert "$ 48.000.000" not in text
    for spanish in (
        "ACUERDO DE COMPROMISOS",
        "Las partes",
        "Firmas",
        "Confianza",
        "Sociedad civil",
    ):
        assert spanish not in text, spanish
    _footer_says_english(printed)
    assert printed.reader.metadata.title.startswith("Agreement of commitments")
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded_font_names(data)


def test_agreement_in_english_has_english_long_dates(db, alliance_id):
    from datetime import date

    document = _issue(db, alliance_id, lang="en")
    issued = date.fromisoformat(document.content["document_date"])
    text = read_pdf(agreement_pdf_bytes(document)).text
    assert f"{issued:%B} {issued.day}, {issued.year}" in text  # "June 15, 2027"


def test_issued_in_english_reprints_in_english_after_switching_back(db, alliance_id):
    settings.set_language_choice("en")
    document = _issue(db, alliance_id)  # the setting's language
    settings.set_language_choice("es")

    again = agreements.agreement_document(db, alliance_id)
    text = read_pdf(agreement_pdf_bytes(again)).text
    assert "AGREEMENT OF COMMITMENTS" in text and "ACUERDO" not in text
    # Asking for Spanish does not change a frozen document either.
    assert "AGREEMENT OF COMMITMENTS" in read_pdf(agreement_pdf_bytes(again, lang="es")).text
    assert again.verification_code == document.verification_code


def test_spanish_issue_records_no_language_and_keeps_the_old_code(db, alliance_id):
    document = _issue(db, alliance_id, lang="es")
    assert "lang" not in document.content
    # The code is over the same content as before languages existed.
    assert verification_code(agreements.DOCUMENT_KIND, document.content) == (
        document.verification_code
    )
    # An old version (no "lang" in its content) prints in Spanish even when the setting is English.
    settings.set_language_choice("en")
    text = read_pdf(agreement_pdf_bytes(agreements.agreement_document(db, alliance_id))).text
    assert "ACUERDO DE COMPROMISOS" in text and "Página 1 de" in text


def test_english_code_covers_the_language(db, alliance_id):
    document = _issue(db, alliance_id, lang="en")
    with db.reading() as session:
        stored = json.loads(session.get(AgreementVersion, document.version_id).content)
    assert stored["lang"] == "en"
    assert verification_code(agreements.DOCUMENT_KIND, stored) == document.verification_code
    spanish = {k: v for k, v in stored.items() if k != "lang"}
    assert verification_code(agreements.DOCUMENT_KIND, spanish) != document.verification_code


def test_draft_follows_the_language_asked_for(db, alliance_id):
    document = agreements.agreement_document(db, alliance_id)
    assert document.is_draft
    english = read_pdf(agreement_pdf_bytes(document, lang="en")).text
    assert "DRAFT" in english and "Provisional verification code" in english
    spanish = read_pdf(agreement_pdf_bytes(document, lang="es")).text
    assert "BORRADOR" in spanish and "DRAFT" not in spanish


def test_acta_in_english(db, alliance_id):
    document = _close(db, alliance_id, lang="en")
    printed = read_pdf(acta_pdf_bytes(document))
    text = printed.text
    for fragment in (
        "NATIONAL ALLIANCES PROGRAMME",
        "MINUTES No. 1",
        "Ordinary meeting",
        "November 20, 2026",
        "9:00 AM",
        "Attendees",
        "Absent",
        "With apology",
        "Agenda",
        "Proceedings",
        "Commitments",
        "Next meeting",
        "The agenda having been completed, the meeting is closed",
        "Process facilitator",
    ):
        assert fragment in text, fragment
    for spanish in ("ACTA No.", "Asistentes", "Orden del día", "Firmas", "a. m."):
        assert spanish not in text, spanish
    _footer_says_english(printed)


def test_acta_closed_in_english_reprints_in_english(db, alliance_id):
    settings.set_language_choice("en")
    document = _close(db, alliance_id)
    settings.set_language_choice("es")
    again = meetings.acta_document(db, document.meeting_id)
    assert again.verification_code == document.verification_code
    assert "MINUTES No. 1" in read_pdf(acta_pdf_bytes(again)).text


def test_acta_closed_in_spanish_has_no_language_key(db, alliance_id):
    document = _close(db, alliance_id)
    assert "lang" not in document.content
    assert "ACTA No. 1" in read_pdf(acta_pdf_bytes(document, lang="en")).text


def test_attendance_sheet_in_english(db, alliance_id):
    meeting_id = meetings.save_convocation(db, convened_meeting(db, alliance_id))
    sheet = meetings.attendance_sheet(db, meeting_id)
    printed = read_pdf(attendance_sheet_pdf_bytes(sheet, lang="en"))
    text = printed.text
    for fragment in (
        "ATTENDANCE SHEET",
        "November 20, 2026",
        "9:00 AM",
        "Ordinary",
        "Signature",
        "Phone *",
        "Law 1581 of 2012",
        "I authorise the National Alliances Programme",
    ):
        assert fragment in text, fragment
    assert "PLANILLA" not in text and "Autorizo" not in text
    assert "Page 1 of" in text
    # Not frozen: with the setting in English and no language asked, it speaks English.
    settings.set_language_choice("en")
    assert "ATTENDANCE SHEET" in read_pdf(attendance_sheet_pdf_bytes(sheet)).text
