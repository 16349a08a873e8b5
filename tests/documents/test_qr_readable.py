"""The QR on every page reads, on any phone's scanner, as plain words and the code."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
from alianzas_desktop.domain.verification import code_from_text
from alianzas_desktop.services import agreements, nacimiento
from tests.factories import nacimiento_data

pytestmark = pytest.mark.skipif(
    shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
    reason="zbarimg (zbar-tools) y pdftoppm (poppler-utils) leen el QR; .ci/run los instala",
)


def test_scanning_the_agreement_qr_gives_readable_text_with_the_code(db, tmp_path):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    document = agreements.agreement_document(db, alliance_id)
    pdf = tmp_path / "acuerdo.pdf"
    pdf.write_bytes(agreement_pdf_bytes(document))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
        timeout=120,
    )
    page = next(tmp_path.glob("p*.png"))

    scanned = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(page)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.strip()

    assert scanned == (
        "Alianzas - acuerdo de compromisos - para verificar: " + document.verification_code
    )
    assert code_from_text(scanned) == document.verification_code
