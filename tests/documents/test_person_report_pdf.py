"""The personal-data report (Ley 1581 de 2012), read back with pypdf."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.documents.person_report_pdf import person_report_pdf_bytes
from alianzas_desktop.domain.personal_data import AUTHORIZATION_TEXT
from alianzas_desktop.services import agreements, nacimiento, personal_data
from tests.documents.readback import embedded_font_names, read_pdf
from tests.factories import nacimiento_data

NAME = "Zacarías Quintoañil Ybarra"


def _person(db):
    data = nacimiento_data()
    rep = data.partners[1].representative
    rep.name = NAME
    rep.phone = "3209876543"
    rep.consent = True
    rep.consent_date = date(2026, 3, 2)
    alliance_id = nacimiento.found_alliance(db, data)
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    return next(p for p in personal_data.list_people(db) if p.name == NAME).id


def test_report_prints_the_data_and_the_authorization_text(db):
    person_id = _person(db)
    personal_data.record_request(db, person_id, "consulta", date.today())
    report = personal_data.person_report(db, person_id)
    printed = read_pdf(person_report_pdf_bytes(report))
    text = printed.text
    assert "REPORTE DE DATOS PERSONALES" in text and "Ley 1581 de 2012" in text
    assert NAME in text and "3209876543" in text
    assert "2 de marzo de 2026" in text and "En pantalla" in text and "Vigente" in text
    assert " ".join(AUTHORIZATION_TEXT["v1"].split()) in printed.body
    assert "Comercializadora El Páramo S.A.S." in text
    assert "Acuerdo de compromisos de «Alianza Frijol del Páramo», versión 1" in text
    assert report["documentos"][0]["codigo"] in text
    assert "Consulta" in text and "Pendiente" in text
    assert "Página 1 de" in printed.pages[0]


def test_report_of_an_erased_person(db):
    person_id = _person(db)
    personal_data.erase_person(db, person_id)
    printed = read_pdf(person_report_pdf_bytes(personal_data.person_report(db, person_id)))
    assert "Persona suprimida" in printed.text
    assert "Datos suprimidos el" in printed.text
    assert "Revocada el" in printed.text
    assert NAME not in printed.text


def test_every_font_of_the_report_is_embedded(db):
    report = personal_data.person_report(db, _person(db))
    for paper in ("letter", "a4"):
        fonts = embedded_font_names(person_report_pdf_bytes(report, page_size=paper))
        assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts
