"""Building blocks shared by the printed documents: text, data tables and signature blocks.

Every function here takes plain user text and escapes it itself (through
:mod:`alianzas_desktop.documents.escaping`), so callers never build markup
from user strings by hand.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from alianzas_desktop.documents import fonts
from alianzas_desktop.documents.cells import (
    CellParagraph,
    TextCell,
    draw_lines_as_strings,
    paragraph,
)
from alianzas_desktop.documents.escaping import markup, paragraphs
from alianzas_desktop.documents.page import INK, RULE, SHADE, Styles

if TYPE_CHECKING:
    from alianzas_desktop.documents.strings import Words

logger = logging.getLogger(__name__)

# A table row taller than what is left of the page may split inside the row,
# as long as each part keeps at least this height (a long description never
# makes the layout fail).
MIN_ROW_PART = 1.2 * cm
SIGNATURE_SPACE = 1.5 * cm
BLANK = "______________________"
LABEL_ROOM = 2 * cm


def text_block(text: object, style, empty: str = "") -> list[Flowable]:
    """User text as one Paragraph per line, so long texts flow across pages."""
    found = [paragraph(chunk, style) for chunk in paragraphs(text)]
    if not found and empty:
        found = [paragraph(markup(empty), style)]
    return found


def labelled(label: str, text: object, styles: Styles, empty: str = "No se definió.") -> list:
    """A bold label (program text) followed by the user's text, indented."""
    return [
        CondPageBreak(LABEL_ROOM),
        paragraph(markup(label), styles.label),
        *text_block(text, styles.indented, empty),
    ]


def cell(text: object, style) -> Flowable:
    """User text in a table cell, printed as ``paragraph(markup(text), style)`` would be."""
    return TextCell(text, style)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    styles: Styles,
) -> Table:
    """A ruled table whose header row repeats on every page it spans.

    Plain strings in ``rows`` are escaped and wrapped as cell Paragraphs.
    """
    data: list[list[Flowable]] = [[cell(title, styles.cell_header) for title in header]]
    for row in rows:
        data.append([cell(v, styles.cell) if isinstance(v, str) else v for v in row])
    table = SplittingTable(
        data,
        colWidths=list(widths),
        repeatRows=1,
        splitByRow=1,
        splitInRow=MIN_ROW_PART,
        hAlign="LEFT",
        cellStyles=_cell_styles(data),
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ]
        )
    )
    return table


# Every cell of a data table has these; applied by reportlab one command and one cell at a time.
_DATA_CELL_COMMANDS = [
    # Cells otherwise set Helvetica, a font reportlab leaves unembedded.
    ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]


@lru_cache(maxsize=1)
def _data_cell_style() -> CellStyle:
    """A data table's cell style, made by reportlab from the commands above."""
    table = Table([[""]])
    table.setStyle(TableStyle(_DATA_CELL_COMMANDS))
    return table._cellStyles[0][0]


def _cell_styles(data: list[list]) -> list[list[CellStyle]]:
    """One copy of the data table's cell style per cell (each cell's may change later)."""
    made = _data_cell_style().__dict__
    rows = []
    for row in data:
        styles = []
        for _value in row:
            style = CellStyle.__new__(CellStyle)
            style.__dict__.update(made)
            styles.append(style)
        rows.append(styles)
    return rows


class SplittingTable(Table):
    """A Table whose rows split across pages wherever they fall, never raising LayoutError.

    reportlab (with ``splitInRow``) splits a row taller than what is left of the page, but
    refuses in three cases, and on a fresh page a refusal is a LayoutError:

    * a vertically centred cell: reportlab pads it by half the row's height, and that
      padding alone no longer fits. A row taller than the page has its cells top-aligned
      instead (the planilla and the attendance lists centre their cells);
    * a row left over from an earlier split, empty but as tall as the part of the row that
      had not been placed (its content had fitted above): the rows are measured again
      from their content (only in a part of a table split inside a row: elsewhere each
      height is what measuring its row gave, and measuring again gives it again);
    * a split leaving less than ``splitInRow`` below it (so a row just taller than a page
      failed, and lengths failed "periodically"): the split is then made that much higher.

    And where reportlab splits between rows and the rest of the table (its header repeated)
    would then split again in what is left of the page, the table splits inside that row
    instead, so a header prints only at the top of a part of the table, never mid-page.
    """

    _plain_done = False
    # What the last layout was computed from: a frame wraps a table, then splits it at
    # the same size, and each measured every row again (a long acta's tables are laid
    # out about thirty times).
    _laid_out_for: tuple | None = None
    _given_heights: list | None = None
    # Whether this table, or one it was split from, was split inside a row: only then can
    # a row's given height differ from its content's (a table refused at the foot of each
    # page measured all its rows again there).
    _split_inside_a_row = False

    def _calc(self, availWidth: float, availHeight: float) -> None:  # noqa: N803
        # Once every style is set (callers restyle the table after data_table).
        if not self._plain_done:
            self._plain_done = True
            draw_lines_as_strings(self)
        key = (availWidth, availHeight, tuple(self._argH), tuple(self._argW))
        if key == self._laid_out_for:
            return
        self._laid_out_for = None  # not valid while being computed (or if it fails)
        super()._calc(availWidth, availHeight)
        self._laid_out_for = key

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = self._split(availWidth, availHeight)
        if len(parts) == 2 and self._rest_splits_below(parts, availWidth, availHeight):
            # The frame would place the first piece of the rest right under the first part,
            # its repeated header in the middle of the page: split inside that row instead.
            return self._split_in_row(availHeight) or parts
        return parts

    def _split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        if parts or not self.splitInRow:
            return parts
        for remedy in (self._top_align_rows_taller_than, self._measure_rows_again):
            if remedy(availHeight):
                parts = super().split(availWidth, availHeight)
                if parts:
                    return parts
        self._keep_heights_measured_the_same()
        if availHeight <= 2 * self.splitInRow:
            return []
        return super().split(availWidth, availHeight - self.splitInRow)

    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> list[Flowable]:  # noqa: N802, N803
        kept = self._cellStyles
        if doInRowSplit:
            self._cellStyles = self._split_row_top_aligned(availHeight)
        try:
            parts = super()._splitRows(availHeight, doInRowSplit=doInRowSplit)
        finally:
            self._cellStyles = kept
        if doInRowSplit or self._split_inside_a_row:
            for part in parts:
                if part is not self:
                    part._split_inside_a_row = True
        return parts

    def _split_row_top_aligned(self, availHeight: float) -> list:  # noqa: N803
        """The cell styles with the row reportlab would split in two top-aligned, on copies.

        reportlab keeps a centred cell where the middle of the whole row would be by growing
        its padding in place, and then counts that padding in the second part's height too:
        a row split at a page's foot printed its «Firma» room in the first part and an empty
        stretch as tall as half the row in the second. It also left the table's own style
        changed when the frame did not keep the split it had tried. Top-aligned, whatever
        does not continue (a name, a signature or its room) prints at the top of the first
        part, and the second is as tall as what continues.
        """
        styles = self._cellStyles
        n = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
        if n >= len(styles):
            return styles
        row = [style.copy() for style in styles[n]]
        for style in row:
            if style.valign == "MIDDLE":
                style.valign = "TOP"
        return [*styles[:n], row, *styles[n + 1 :]]

    def _rest_splits_below(
        self,
        parts: list[Flowable],
        availWidth: float,  # noqa: N803
        availHeight: float,  # noqa: N803
    ) -> bool:
        """Whether, after ``parts[0]``, a piece of ``parts[1]`` fits in what is left of the page.

        A split between rows leaves the rest of the page empty only when the next row does
        not fit whole; the frame then asks the rest (header repeated) to split there, and a
        row allowed to split inside (``splitInRow``) begins under the first part.
        """
        first, rest = parts
        if not self.splitInRow or not self.repeatRows or first is self or rest is self:
            return False
        _, height = first.wrap(availWidth, availHeight)
        left = availHeight - height - first.getSpaceAfter() - rest.getSpaceBefore()
        if left <= sum(self._rowHeights[: self._repeat_count()]):
            return False
        _, rest_height = rest.wrap(availWidth, left)
        return rest_height > left and bool(rest.split(availWidth, left))

    def _repeat_count(self) -> int:
        repeat = self.repeatRows
        return repeat if isinstance(repeat, int) else max(repeat) + 1

    def _split_in_row(self, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Split inside the first row that does not fit whole (its cells top-aligned if need be)."""
        parts = self._splitRows(availHeight, doInRowSplit=1)
        if not parts and self._top_align_rows_taller_than(availHeight):
            parts = self._splitRows(availHeight, doInRowSplit=1)
        return parts

    def _top_align_rows_taller_than(self, height: float) -> bool:
        changed = False
        for row_height, styles in zip(self._rowHeights, self._cellStyles, strict=False):
            if row_height is None or row_height <= height:
                continue
            for style in styles:
                if style.valign == "MIDDLE":
                    style.valign = "TOP"
                    changed = True
        return changed

    def _measure_rows_again(self, _height: float) -> bool:
        if not self._split_inside_a_row or all(height is None for height in self._argH):
            return False
        self._given_heights = self._argH
        self._argH = [None] * len(self._argH)
        return True

    def _keep_heights_measured_the_same(self) -> None:
        """After a refusal measured every row again, the heights it had, when they agree.

        Usually the table just did not fit at the foot of a page; the rows measured from
        their content are then the heights it was given, and keeping them spares measuring
        every row again on the next page.
        """
        given, self._given_heights = self._given_heights, None
        if given is not None and list(getattr(self, "_rowHeights", ())) == list(given):
            self._argH = given


def widths(total: float, fractions: Sequence[float]) -> list[float]:
    """Column widths from fractions of the usable width (so letter and A4 both fit)."""
    whole = sum(fractions)
    return [total * f / whole for f in fractions]


@dataclass(frozen=True)
class Signer:
    """One signature block: who signs and in what capacity (all plain text)."""

    name: str
    document_number: str = ""
    lines: tuple[str, ...] = ()


def _signature_block(
    signer: Signer, styles: Styles, width: float, words: Words | None = None
) -> list[Flowable]:
    name = signer.name.strip()
    document = signer.document_number.strip()
    name_label = words("signature.name") if words else "Nombre:"
    id_label = words("signature.id") if words else "C.C."
    return [
        Spacer(1, SIGNATURE_SPACE),
        HRFlowable(width=width * 0.88, thickness=0.7, color=INK, hAlign="LEFT", spaceAfter=3),
        paragraph(
            markup(name) if name else f"{name_label} {BLANK}",
            styles.signature_name,
            CellParagraph,
        ),
        paragraph(
            f"{id_label} {markup(document)}" if document else f"{id_label} {BLANK}",
            styles.signature,
            CellParagraph,
        ),
        *[
            paragraph(markup(line), styles.signature, CellParagraph)
            for line in signer.lines
            if line.strip()
        ],
    ]


def signature_rows(
    signers: Sequence[Signer],
    styles: Styles,
    width: float,
    lead: Sequence[Flowable] = (),
    words: Words | None = None,
) -> list[Flowable]:
    """Signature blocks two per row; a row (and so each block) never splits across pages.

    reportlab cannot draw a KeepTogether inside a table cell, so each block is a
    plain list in its cell and the whole row is the unit kept together. ``lead``
    (a heading, a closing sentence) stays with the first row; it is passed in
    because KeepTogethers must not nest.
    """
    column = width / 2
    rows: list[Flowable] = []
    for start in range(0, len(signers), 2):
        pair = list(signers[start : start + 2])
        cells = [_signature_block(s, styles, column - 12, words) for s in pair]
        if len(cells) == 1:
            cells.append([])
        row = Table([cells], colWidths=[column, column], hAlign="LEFT")
        row.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ]
            )
        )
        rows.append(KeepTogether([*lead, row]) if not rows else KeepTogether([row]))
    return rows
