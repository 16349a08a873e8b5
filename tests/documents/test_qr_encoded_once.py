"""The footer's QR is encoded once per document, and its modules land where the code says."""

from __future__ import annotations

import io

import pytest
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.pdfgen.canvas import Canvas

from alianzas_desktop.documents import page
from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
from alianzas_desktop.services import agreements, nacimiento
from tests.factories import nacimiento_data


@pytest.fixture
def makes(monkeypatch):
    """Count the QR symbols laid out to keep (reportlab's code, not ours, is observed).

    Choosing the mask scores trial symbols whose type information is left blank
    (``test=True``); the kept symbol has its type information written once, by reportlab's
    ``setupTypeInfo(False, mask)`` (inside ``makeImpl(False, mask)`` when reportlab makes it).
    """
    calls = []
    original = qrencoder.QRCode.setupTypeInfo

    def counted(self, test, *args, **kwargs):
        if not test:
            calls.append(self)
        return original(self, test, *args, **kwargs)

    monkeypatch.setattr(qrencoder.QRCode, "setupTypeInfo", counted)
    return calls


def test_a_many_page_agreement_encodes_its_qr_once(db, makes):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    document = agreements.agreement_document(db, alliance_id)
    page._qr_path.cache_clear()  # another test may have printed the same content
    agreement_pdf_bytes(document)
    assert len(makes) == 1
    # Printed again (preview, then print): the path made the first time is drawn.
    agreement_pdf_bytes(document)
    assert len(makes) == 1


def _dark_runs(canvas_bytes: bytes) -> int:
    return canvas_bytes.count(b" re")


def test_the_qr_draws_one_rectangle_per_run_of_dark_modules():
    payload = "Código ABCD-EFGH-JKLM firma:1." + "x" * 150
    qr = QrCodeWidget(payload, barLevel="M").qr
    qr.make()
    runs = sum(
        1
        for row in qr.modules
        for previous, module in zip([False, *row], row, strict=False)
        if module and not previous
    )
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setPageCompression(0)
    page._draw_qr(canvas, payload, 0, 0)
    canvas.save()
    assert _dark_runs(buffer.getvalue()) == runs


def test_the_qr_path_is_written_as_reportlabs_path_would_write_it():
    payload = "Alianzas - acta - ABCD-EFGH-JKLM firma:1." + "y" * 140
    modules = QrCodeWidget(payload, barLevel="M").qr
    modules.make()
    border = QrCodeWidget.barBorder
    box = page.QR_SIZE / (modules.getModuleCount() + 2 * border)

    def written(draw) -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, invariant=1)
        canvas.setPageCompression(0)
        draw(canvas)
        canvas.save()
        return buffer.getvalue()

    def with_path(canvas):
        path = canvas.beginPath()
        for r, row in enumerate(modules.modules):
            top = 5 + page.QR_SIZE - (r + border + 1) * box
            for c, dark in enumerate(row):
                start = dark and (c == 0 or not row[c - 1])
                if start:
                    count = next((n for n in range(c, len(row)) if not row[n]), len(row)) - c
                    path.rect(7 + (c + border) * box, top, count * box, box)
        canvas.saveState()
        canvas.setFillColor("black")
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()

    assert written(lambda canvas: page._draw_qr(canvas, payload, 7, 5)) == written(with_path)
