"""Each PDF embeds the font subset reportlab makes, even when it was made for an earlier PDF."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from alianzas_desktop.documents import fonts
from tests.documents.readback import read_pdf

PLAIN = "DejaVuSans-AsReportlabEmbedsIt"


def _pdf(font: str, text: str) -> bytes:
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=font)
    canvas.setFont(font, 11)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _font_files(data: bytes) -> list[tuple[int, bytes]]:
    """Each embedded font file's declared length (Length1) and its bytes, decompressed."""
    found = []
    for font in PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/Font"].values():
        descriptor = font.get_object().get("/FontDescriptor")
        if descriptor is None:
            continue
        stream = descriptor.get_object()["/FontFile2"].get_object()
        found.append((int(stream["/Length1"]), stream.get_data()))
    return found


def _plain_font() -> str:
    """The regular face registered as plain reportlab registers a TTF (no subset kept)."""
    fonts.register_fonts()
    if PLAIN not in pdfmetrics.getRegisteredFontNames():
        path = pdfmetrics.getFont(fonts.REGULAR).face.filename
        pdfmetrics.registerFont(TTFont(PLAIN, path))
    return PLAIN


def test_a_subset_is_embedded_as_reportlab_embeds_it_the_first_time_and_again():
    text = "Sesión del año: compromisos, niñez y café (núm. 7)"
    expected = _font_files(_pdf(_plain_font(), text))
    first = _pdf(fonts.REGULAR, text)
    again = _pdf(fonts.REGULAR, text)
    assert len(expected) == 1
    assert expected[0][0] == len(expected[0][1])
    assert _font_files(first) == expected
    assert _font_files(again) == expected
    assert text in read_pdf(again).text


def test_other_characters_get_their_own_subset():
    one, other = "Acta de la vereda", "¿Quién firmó? Ñandú"
    _pdf(fonts.REGULAR, one)
    printed = _pdf(fonts.REGULAR, other)
    assert _font_files(printed) == _font_files(_pdf(_plain_font(), other))
    assert _font_files(printed) != _font_files(_pdf(fonts.REGULAR, one))
    assert other in read_pdf(printed).text


def test_each_faces_font_file_inflates_to_reportlabs_subset_whatever_its_tail():
    import zlib

    fonts.register_fonts()
    for face_name in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC):
        face = pdfmetrics.getFont(face_name).face
        for codes in (range(32, 128), [*range(32, 128), *map(ord, "áéíóúñÑ¿¡«»—")], range(32, 400)):
            data = face.makeSubset(list(codes))
            assert zlib.decompress(fonts._deflated(face, data)) == data
        # A file whose tables after "name" are not the ones kept (another font file).
        changed = data[:-8] + b"\x01\x02\x03\x04\x05\x06\x07\x08"
        assert zlib.decompress(fonts._deflated(face, changed)) == changed
        assert zlib.decompress(fonts._deflated(face, data)) == data
