"""The escaping helper: user text prints literally and never becomes reportlab markup."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from alianzas_desktop.documents import fonts
from alianzas_desktop.documents.escaping import REPLACEMENT, markup, paragraphs, printable

HOSTILE = [
    "<b>negrita</b>",
    "&amp;",
    "</para>",
    '<a href="x">enlace</a>',
    '<img src="x"/>',
    "ÁÉÍÓÚÑÜ¿¡ áéíóúñü",
    'it\'s "citado"',
    "&nbsp; &#65; <br/>",
]


def _print_and_read(text: str) -> str:
    family = fonts.register_fonts()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph(markup(text), ParagraphStyle("t", fontName=family))])
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    assert "/Annots" not in page
    return " ".join(page.extract_text().split())


def test_markup_has_no_tags_left():
    for text in HOSTILE:
        escaped = markup(text)
        assert "<" not in escaped and ">" not in escaped
        assert escaped.count("&") == escaped.count("&amp;") + escaped.count("&lt;") + escaped.count(
            "&gt;"
        ) + escaped.count("&quot;") + escaped.count("&#39;")


def test_hostile_text_prints_literally():
    text = " ".join(HOSTILE)
    assert _print_and_read(text) == text


def test_newlines_become_line_breaks_and_controls_vanish():
    assert markup("uno\r\ndos\rtres\u2028cuatro") == "uno<br/>dos<br/>tres<br/>cuatro"
    assert printable("a\x00b\x07c\x1bd\u200be\tf") == "abcde f"


def test_emoji_are_replaced_once_per_run():
    assert printable("Hola 😀 y 🤝 fin") == f"Hola {REPLACEMENT} y {REPLACEMENT} fin"
    # A skin-tone sequence, a flag and a family (joined with ZWJ) are one symbol each.
    assert printable("👍🏽🇨🇴 👨‍👩‍👧") == f"{REPLACEMENT} {REPLACEMENT}"
    # Symbols the font has in the Basic Multilingual Plane print as themselves.
    assert printable("✓ ☺ — € …") == "✓ ☺ — € …"
    assert (
        _print_and_read("Acuerdo 🤝 firmado 😀") == f"Acuerdo {REPLACEMENT} firmado {REPLACEMENT}"
    )


def test_decomposed_accents_are_composed():
    assert printable("Bogota\u0301") == "Bogotá"


def test_paragraphs_split_on_lines_and_drop_blank_ones():
    assert paragraphs("Primero <x>\n\n  \nSegundo & tercero\n") == [
        "Primero &lt;x&gt;",
        "Segundo &amp; tercero",
    ]
    assert paragraphs(None) == []
