"""The acta's attendance table prints each person's cédula when it was given with consent."""

from __future__ import annotations

from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes
from alianzas_desktop.services import meetings
from tests.documents.readback import read_pdf
from tests.documents.test_acta_pdf import _close, alliance_id  # noqa: F401


def with_cedulas(data) -> None:
    aurelio = next(a for a in data.attendees if a.name == "Aurelio Cañas Muñoz")
    aurelio.document_number = "71.234.567"  # authorised (consent=True in the factory)


def test_a_consenting_attendees_cedula_is_printed(db, alliance_id):  # noqa: F811
    meeting_id, _data = _close(db, alliance_id, with_cedulas)

    document = meetings.acta_document(db, meeting_id)
    text = read_pdf(acta_pdf_bytes(document)).text

    aurelio = next(a for a in document.content["attendees"] if a["name"] == "Aurelio Cañas Muñoz")
    assert aurelio["document_number"] == "71.234.567"
    assert "71.234.567" in text
    rubiela = next(a for a in document.content["attendees"] if a["name"] == "Rubiela Gómez")
    assert rubiela["document_number"] == ""  # no authorisation: no document kept
