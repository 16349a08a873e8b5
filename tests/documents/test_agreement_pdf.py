"""The printed acuerdo de compromisos, read back with pypdf."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes, render_agreement
from alianzas_desktop.domain.formatting import long_date, short_date
from alianzas_desktop.domain.verification import verification_code
from alianzas_desktop.services import agreements, nacimiento
from alianzas_desktop.services.agreements import AgreementDocument
from tests.documents.readback import read_pdf
from tests.factories import nacimiento_data


@pytest.fixture
def alliance_id(db):
    return nacimiento.found_alliance(db, nacimiento_data())


def _issue(db, alliance_id):
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    return agreements.agreement_document(db, alliance_id)


def test_issued_agreement_says_everything(db, alliance_id):
    document = _issue(db, alliance_id)
    printed = read_pdf(agreement_pdf_bytes(document))
    text = printed.text

    assert "ACUERDO DE COMPROMISOS" in text
    assert "Alianza Frijol del Páramo" in text
    assert "La Loma, Sonsón (Antioquia)" in text
    assert "Versión 1" in text
    for party in ("Alcaldía de Sonsón", "Comercializadora El Páramo S.A.S."):
        assert party in text
    assert "Cooperativa de Productores de La Loma" in text
    for heading in ("1. Las partes", "2. Propósito común", "4.1 Alcaldía de Sonsón", "9. Firmas"):
        assert heading in text
    for commitment in nacimiento_data().commitments:
        assert commitment.description in text
        assert short_date(commitment.deadline) in text
    assert "$ 48.000.000" in text
    assert "$ 120.000.000" in text
    assert "$ 168.000.000" in text  # the total
    assert "890.980.357-1" in text
    for value in ("Confianza", "Respeto", "Inclusión", "Transparencia", "Responsabilidad"):
        assert value in text
    assert "aspectos externos" in text and "incidentes críticos" in text
    assert "otrosí" in text

    # Signature blocks: every representative, the document number given with consent,
    # and the facilitator as witness.
    last_page = " ".join(printed.pages[-1].split())
    for name in ("María Eugenia Ríos", "Jorge Iván Cardona", "Luz Dary Ñustes"):
        assert name in last_page
    assert "C.C. 43.123.456" in last_page
    assert "Ana Milena Zapata" in last_page and "testigo" in last_page

    # Footer on every page.
    total = len(printed.pages)
    for number, page in enumerate(printed.pages, start=1):
        flat = " ".join(page.split())
        assert f"Página {number} de {total}" in flat
        assert f"Código de verificación: {document.verification_code}" in flat
        assert "Alianza Frijol del Páramo · Acuerdo de compromisos · Versión 1" in flat
    assert "borrador" not in text.lower()


def test_draft_carries_the_watermark_on_every_page(db, alliance_id):
    document = agreements.agreement_document(db, alliance_id)
    assert document.is_draft
    printed = read_pdf(agreement_pdf_bytes(document))
    for page in printed.pages:
        assert "BORRADOR" in page
        assert "provisional" in page
    assert "no tiene valor para firma" in printed.text


def test_place_and_date_come_from_the_content(db, alliance_id):
    document = _issue(db, alliance_id)
    from datetime import date

    when = long_date(date.fromisoformat(document.content["document_date"]))
    assert f"La Loma, Sonsón (Antioquia), {when}" in read_pdf(agreement_pdf_bytes(document)).text


def test_paper_sizes(db, alliance_id):
    document = _issue(db, alliance_id)
    letter = read_pdf(agreement_pdf_bytes(document)).reader.pages[0].mediabox
    a4 = read_pdf(agreement_pdf_bytes(document, page_size="a4")).reader.pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    with pytest.raises(ValueError):
        agreement_pdf_bytes(document, page_size="oficio")


def test_fonts_are_embedded(db, alliance_id):
    reader = read_pdf(agreement_pdf_bytes(_issue(db, alliance_id))).reader
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            seen.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= seen


def test_same_content_same_code_and_same_text(db, alliance_id):
    document = _issue(db, alliance_id)
    assert (
        verification_code(agreements.DOCUMENT_KIND, document.content) == document.verification_code
    )
    again = agreements.agreement_document(db, alliance_id)
    assert again.verification_code == document.verification_code
    first = read_pdf(agreement_pdf_bytes(document)).pages
    second = read_pdf(agreement_pdf_bytes(again)).pages
    assert first == second
    assert document.verification_code in " ".join(first)


def test_later_version_is_an_otrosi(db, alliance_id):
    _issue(db, alliance_id)
    from alianzas_desktop.domain.nacimiento import CommitmentDraft
    from alianzas_desktop.services import alliances

    detail = alliances.alliance_detail(db, alliance_id)
    changed = [
        CommitmentDraft(
            key=c.id,
            partner_key=c.membership_id,
            description=c.description + " (ajustado)",
            kind=c.kind,
            estimated_value=c.estimated_value,
            deadline=c.deadline,
            logic=c.logic,
        )
        for c in detail.commitments
    ]
    agreements.replace_commitments(db, alliance_id, changed)
    text = read_pdf(agreement_pdf_bytes(agreements.agreement_document(db, alliance_id))).text
    assert "Versión 2" in text
    assert "modifica la versión 1" in text
    assert "(ajustado)" in text


def test_render_to_path_and_stream(db, alliance_id, tmp_path):
    document = _issue(db, alliance_id)
    target = tmp_path / "acuerdo.pdf"
    render_agreement(document, target)
    render_agreement(document, str(tmp_path / "otro.pdf"), page_size="a4")
    stream = io.BytesIO()
    render_agreement(document, stream)
    assert target.read_bytes().startswith(b"%PDF")
    assert read_pdf(target.read_bytes()).text == read_pdf(stream.getvalue()).text
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["acuerdo.pdf", "otro.pdf"]


def test_reportlab_is_not_loaded_at_start_up():
    code = (
        "import sys, alianzas_desktop.services.agreements, alianzas_desktop.documents;"
        "print('reportlab' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "False", result.stderr


def test_sparse_content_still_prints():
    """An old or partial snapshot lacks keys: the document prints with blanks to fill by hand."""
    document = AgreementDocument(
        version_id="v",
        alliance_id="a",
        number=3,
        status="emitido",
        verification_code="AAAA-BBBB-CCCC",
        content={"alliance": {"name": ""}, "parties": [{"organization": "Junta de Acción"}]},
    )
    printed = read_pdf(agreement_pdf_bytes(document))
    assert "Junta de Acción" in printed.text
    assert "Nombre: ____" in printed.text and "testigo" in printed.text
    assert "Página 1 de" in printed.pages[0]
    assert "Acuerdo de compromisos · Versión 3" in printed.text
