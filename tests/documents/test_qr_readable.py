"""The QR on every page reads, on any phone's scanner, as plain words and the code."""

from __future__ import annotations

from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
from alianzas_desktop.domain.verification import code_from_text
from alianzas_desktop.services import agreements, nacimiento
from tests.factories import nacimiento_data
from tests.qr_scan import needs_scanner, scan_first_page_qr

pytestmark = needs_scanner


def test_scanning_the_agreement_qr_gives_readable_text_with_the_code(db, tmp_path):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    document = agreements.agreement_document(db, alliance_id)
    scanned = scan_first_page_qr(agreement_pdf_bytes(document), tmp_path)

    assert scanned == (
        "Alianzas - acuerdo de compromisos - para verificar: " + document.verification_code
    )
    assert code_from_text(scanned) == document.verification_code
