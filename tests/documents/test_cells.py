"""Cheap table cells (documents/cells.py) print exactly what Paragraph cells printed.

The same table is laid out twice, once with ``Paragraph(markup(text), style)`` cells (how
the documents built them before) and once with ``blocks.cell``, and both PDFs are
rendered: the pixels must be identical, whatever the text.
"""

from __future__ import annotations

import io
from types import SimpleNamespace

import pypdfium2 as pdfium
import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table

from alianzas_desktop.documents import blocks, fonts
from alianzas_desktop.documents.cells import CellParagraph, TextCell, paragraph
from alianzas_desktop.documents.escaping import markup
from alianzas_desktop.documents.page import MUTED, make_styles
from alianzas_desktop.domain.vocabulary import Sector
from tests.documents.readback import read_pdf

TEXTS = [
    "Especie",
    "$ 1.500.000",
    "10/01/2027",
    "—",
    "Ética & <b>no</b> 'comillas'",
    "dos  espacios",
    " borde ",
    "línea\nsiguiente",
    "tab\taquí",
    "emoji 👍🏽 fin",
    "",
    "Asociación de Productores Agropecuarios de la Vereda La Loma del Municipio de Sonsón",
    "Palabralarguísimasinespaciosquenocabeenningunacolumnadeestatabla" * 2,
]


def _pdf(make_cell) -> bytes:
    styles = make_styles()
    rows = [
        [
            make_cell(text, styles.cell),
            make_cell(text, styles.cell_right),
            make_cell(text, styles.cell_header),
        ]
        for text in TEXTS
    ]
    table = blocks.data_table(["Uno", "Dos", "Tres"], rows, [110, 90, 160], styles)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, initialFontName=fonts.REGULAR).build([table])
    return buffer.getvalue()


def _pixels(data: bytes) -> list[bytes]:
    document = pdfium.PdfDocument(data)
    try:
        return [page.render(scale=2).to_pil().tobytes() for page in document]
    finally:
        document.close()


def test_text_cells_print_pixel_for_pixel_like_paragraph_cells():
    def paragraph(text, style):
        return Paragraph(markup(text), style)

    before, after = _pdf(paragraph), _pdf(blocks.cell)
    assert _pixels(after) == _pixels(before)
    assert " ".join(read_pdf(after).text.split()) == " ".join(read_pdf(before).text.split())


@pytest.mark.parametrize(
    ("text", "as_line"),
    [
        ("Especie", True),
        ("$ 1.500.000", True),
        ("dos  espacios", False),  # a Paragraph collapses the spaces
        ("línea\nsiguiente", False),
        ("", False),  # an empty Paragraph has no height; an empty line would
        ("palabra " * 40, False),  # wider than the column
    ],
)
def test_only_one_plain_line_that_fits_is_drawn_without_a_paragraph(text, as_line):
    cell = TextCell(text, make_styles().cell)
    cell.wrap(200, 1000)
    assert cell._as_paragraph is not as_line


def test_a_cell_paragraph_breaks_its_lines_once_per_width():
    paragraph = CellParagraph(markup("palabra " * 60), make_styles().cell)
    first = paragraph.wrap(200, 1000)
    lines = paragraph.blPara
    assert paragraph.wrap(200, 500) == first
    assert paragraph.blPara is lines
    narrower = paragraph.wrap(100, 1000)
    assert narrower[1] > first[1]
    assert paragraph.blPara is not lines


def test_a_table_of_cells_splits_across_pages_like_paragraphs():
    styles = make_styles()
    rows = [[blocks.cell(f"Fila {n}", styles.cell), "x"] for n in range(200)]
    table = Table([[blocks.cell("Encabezado", styles.cell_header), "y"], *rows], repeatRows=1)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, initialFontName=fonts.REGULAR).build([table])
    text = read_pdf(buffer.getvalue()).text
    assert all(f"Fila {n}" in text for n in range(200))
    assert text.count("Encabezado") == len(read_pdf(buffer.getvalue()).pages) > 1


@pytest.mark.parametrize(
    "text",
    [
        "Aporte 1 de la Asociación: jornadas de trabajo y transporte de la cosecha",
        "Ética &amp; &lt;b&gt;",  # markup: parsed as before
        "<b>Negrilla</b> y texto",
        "dos  espacios",
        "",
    ],
)
def test_plain_paragraphs_get_the_fragments_the_parser_would_make(text):
    style = make_styles().body
    parsed, made = Paragraph(text, style), paragraph(text, style)
    assert [f.__dict__ for f in made.frags] == [f.__dict__ for f in parsed.frags]
    assert made.wrap(200, 1000) == parsed.wrap(200, 1000)
    if made.blPara.kind == 0:  # one fragment: lines of (width, words)
        assert made.blPara.lines == parsed.blPara.lines


def test_an_attendees_organisation_and_sector_print_like_one_paragraph():
    from alianzas_desktop.documents.acta_pdf import _ActaStory
    from alianzas_desktop.documents.strings import Words

    document = SimpleNamespace(content={}, is_draft=False, number=1)
    story = _ActaStory(document, "letter", Words("es"))
    people = [
        {"organization": "Alcaldía de Sonsón", "sector": "publico"},
        {"organization": "Asociación de Productores Agropecuarios de la Vereda " * 3},
        {"organization": "Cooperativa A & B <Ltda>", "sector_label": "Privado"},
        {"organization": "   ", "sector": "sociedad_civil"},
        {"organization": "", "sector": "privado"},
    ]

    def old(person):
        organization = markup(person.get("organization") or "—")
        sector = story.w.label(Sector, person.get("sector"), person.get("sector_label")).strip()
        if sector:
            organization += f"<br/><font color='#52606D'>{markup(sector)}</font>"
        return Paragraph(organization, story.styles.cell)

    def table(make):
        rows = [[make(person), "x"] for person in people]
        built = blocks.data_table(["Organización", "y"], rows, [150, 100], story.styles)
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, initialFontName=fonts.REGULAR).build([built])
        return buffer.getvalue()

    assert _pixels(table(story._organization_cell)) == _pixels(table(old))


@pytest.mark.parametrize(
    ("text", "style", "drawn_as_lines"),
    [
        ("Asociación de Productores Agropecuarios de la Vereda La Loma", "cell", True),
        ("Asociación de Productores Agropecuarios de la Vereda La Loma", "cell_right", False),
        # reportlab cuts a word wider than the column into lines that fit.
        ("Palabralarguísimasinespaciosquenocabeenningunacolumna" * 2, "cell", True),
        ("", "cell", False),  # nothing to draw: neither lines nor the Paragraph
    ],
)
def test_wrapped_plain_left_text_is_drawn_as_its_lines(text, style, drawn_as_lines):
    cell = TextCell(text, getattr(make_styles(), style))
    cell.wrap(110, 1000)
    assert cell._as_paragraph
    lines = cell._plain_lines()
    assert bool(lines) is drawn_as_lines
    if drawn_as_lines:
        wrapped = paragraph(markup(text), getattr(make_styles(), style), CellParagraph)
        assert cell.height == wrapped.wrap(110, 1000)[1]
        assert lines == [" ".join(words) for _, words in wrapped.blPara.lines]
        assert len(lines) > 1


def test_an_empty_cell_measures_as_an_empty_paragraph_without_one():
    style = make_styles().cell
    cell = TextCell("", style)
    for width, height in ((100, 500), (100, 0), (3, 40)):
        assert cell.wrap(width, height) == CellParagraph("", style).wrap(width, height)
    assert cell._paragraph is None


def _written(draw) -> list[str]:
    """What ``draw(canvas)`` writes on a fresh page (the canvas's own operators)."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(io.BytesIO(), initialFontName=fonts.REGULAR)
    before = len(canvas._code)
    draw(canvas)
    return canvas._code[before:]


@pytest.mark.parametrize("style", ["cell", "cell_right", "cell_header", "sector"])
@pytest.mark.parametrize("opacity", [1, 0.5])
def test_a_cell_writes_what_reportlabs_drawon_and_its_draw_write(style, opacity):
    styles = make_styles()
    chosen = (
        ParagraphStyle("sector", parent=styles.cell, textColor=MUTED)
        if style == "sector"
        else getattr(styles, style)
    )
    for text in TEXTS:
        for width in (40, 110, 400):
            cell = TextCell(text, chosen)
            cell.wrap(width, 1000)

            def drawn(canvas, reportlabs=False, cell=cell):
                canvas.setFillAlpha(opacity)
                if reportlabs:  # Flowable.drawOn: state saved, origin moved, draw()
                    cell._wrapped_paragraph()
                    cell._lines = cell._plain_lines() if cell._as_paragraph else None
                    if cell._as_paragraph and not cell._lines:
                        cell.drawOn(canvas, 31.5, 402.25)
                    else:
                        Flowable.drawOn(cell, canvas, 31.5, 402.25)
                else:
                    cell.drawOn(canvas, 31.5, 402.25)

            ours = _written(drawn)
            assert ours == _written(lambda canvas, drawn=drawn: drawn(canvas, True)), (
                text,
                width,
            )


def _split_row_pdf(room_left: float) -> bytes:
    """A list whose first row, long plain text in lists of cells, splits at a page's foot."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.platypus import Spacer

    styles = make_styles()
    long_text = "INICIO " + "Asociación de Productores de la Vereda La Loma " * 12 + "FIN"
    rows = [
        [str(n), [TextCell(long_text, styles.cell), TextCell("Público", styles.cell)], text]
        for n, text in ((1, long_text), (2, "Representante legal"), (3, "Tesorera"))
    ]
    table = blocks.data_table(["N°", "Organización", "Cargo"], rows, [30, 145, 120], styles)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=LETTER, invariant=1)
    document.build([Spacer(1, document.height - room_left), table])
    return buffer.getvalue()


def test_lines_remembered_from_an_earlier_document_split_rows_as_fresh_ones(monkeypatch):
    from alianzas_desktop.documents import cells

    rooms = (110, 160, 220)
    cells._plain_wrap.cache_clear()
    first = [_split_row_pdf(room) for room in rooms]
    again = [_split_row_pdf(room) for room in rooms]  # every cell's lines remembered
    monkeypatch.setattr(cells, "_plain_wrap", lambda *args: None)
    fresh = [_split_row_pdf(room) for room in rooms]
    assert first == fresh
    assert again == fresh
    split_inside = [read_pdf(data).pages for data in fresh]
    assert any("INICIO" in pages[0] and "FIN" in pages[1] for pages in split_inside)
