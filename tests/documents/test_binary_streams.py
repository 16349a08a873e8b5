"""Documents write streams compressed only (no ASCII85); reportlab's setting stays as it was."""

from __future__ import annotations

import io

from reportlab import rl_config
from reportlab.platypus import Paragraph

from alianzas_desktop.documents.page import Footer, build_pdf, make_styles
from tests.documents.readback import read_pdf


def _document() -> bytes:
    styles = make_styles()
    story = [
        Paragraph(f"Párrafo {n} con acentos: año, sesión, niño.", styles.body) for n in range(80)
    ]
    buffer = io.BytesIO()
    build_pdf(story, buffer, Footer("Alianza", "Acta 1", "ABCD-EFGH", qr_payload="ABCD-EFGH"))
    return buffer.getvalue()


def test_streams_are_not_ascii85_and_the_text_reads_back():
    before = rl_config.useA85
    data = _document()
    assert b"/ASCII85Decode" not in data
    assert b"/FlateDecode" in data
    assert "Párrafo 79 con acentos: año, sesión, niño." in read_pdf(data).text
    assert rl_config.useA85 == before


def test_other_reportlab_documents_keep_reportlabs_default(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    _document()
    path = tmp_path / "plain.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 72, "hola")
    canvas.save()
    assert (b"/ASCII85Decode" in path.read_bytes()) == bool(rl_config.useA85)
