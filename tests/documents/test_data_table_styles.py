"""A data table's cells are styled as reportlab's TableStyle commands would style them."""

from __future__ import annotations

import io

from reportlab.platypus import SimpleDocTemplate, TableStyle

from alianzas_desktop.documents import blocks, fonts
from alianzas_desktop.documents.page import RULE, SHADE, make_styles

ROWS = [["1", "Asociación de Productores de la Vereda La Loma", "Tesorera"]] * 30 + [
    ["2", "María", "Representante legal"]
]


def _table(by_commands: bool) -> blocks.SplittingTable:
    styles = make_styles()
    header, widths = ["N°", "Organización", "Cargo"], [30, 150, 120]
    if not by_commands:
        return blocks.data_table(header, ROWS, widths, styles)
    # As data_table made it before: every cell styled by reportlab, one command at a time.
    data = [[blocks.cell(title, styles.cell_header) for title in header]]
    data += [[blocks.cell(value, styles.cell) for value in row] for row in ROWS]
    table = blocks.SplittingTable(
        data,
        colWidths=widths,
        repeatRows=1,
        splitByRow=1,
        splitInRow=blocks.MIN_ROW_PART,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _settings(style) -> dict:
    """What a cell style sets (its name aside)."""
    return {
        name: getattr(style, name)
        for name in dir(style)
        if not name.startswith("_") and name != "name" and not callable(getattr(style, name))
    }


def test_each_cell_has_the_commands_settings_and_a_style_of_its_own():
    ours, theirs = _table(False), _table(True)
    for our_row, their_row in zip(ours._cellStyles, theirs._cellStyles, strict=True):
        for our_style, their_style in zip(our_row, their_row, strict=True):
            assert _settings(our_style) == _settings(their_style)
    styles = [style for row in ours._cellStyles for style in row]
    assert len({id(style) for style in styles}) == len(styles)


def test_the_table_prints_as_one_styled_by_commands():
    def printed(table) -> bytes:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, invariant=1, initialFontName=fonts.REGULAR).build([table])
        return buffer.getvalue()

    assert printed(_table(False)) == printed(_table(True))
