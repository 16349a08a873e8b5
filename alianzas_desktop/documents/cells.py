"""Table cells that cost little: plain text drawn as one line, and Paragraphs wrapped once.

A long agreement has well over a thousand cells, most of them a short word or number
("Especie", "$ 1.500.000", "10/01/2027"). As Paragraphs each is parsed as markup,
measured to size its row, measured again whenever its table splits across a page and
once more to be drawn: most of the document's time. :class:`TextCell` draws the same
text at the same place, in the same font and colour, with the same height, when it is
one line that fits its column; any other text (too wide, several lines, odd spacing)
is handed to a real Paragraph, so nothing a person typed prints differently. Plain text
that wraps is broken into lines once per text, style and width (remembered across
documents) and written with the operators the Paragraph would write.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscent, stringWidth
from reportlab.platypus import Flowable, Paragraph, Table
from reportlab.platypus.paraparser import ParaParser
from reportlab.rl_config import _FUZZ
from reportlab.rl_config import paraFontSizeHeightOffset as _FONT_SIZE_OFFSET

from alianzas_desktop.documents.escaping import markup, printable

logger = logging.getLogger(__name__)

# Whitespace a Paragraph would collapse or break on (anything but single inner spaces).
_IRREGULAR_SPACE = re.compile(r"[^\S ]|  |^ | $")


_MARKUP = re.compile(r"[&<>]")


@lru_cache(maxsize=64)
def _plain_fragment(style: ParagraphStyle) -> Any:
    """What reportlab's markup parser makes of plain text in ``style`` (its text aside)."""
    parsed_style, fragments, _bullet = ParaParser().parse("x", style)
    if parsed_style is not style or len(fragments) != 1:
        return None
    return fragments[0]


def paragraph(text: str, style: ParagraphStyle, kind: type[Paragraph] = Paragraph) -> Paragraph:
    """``kind(text, style)`` for Paragraph markup; plain text skips the markup parser.

    Text with no tag, entity or irregular space parses to one fragment holding the text
    as it is, so the fragment is made directly (a tenth of the time).
    """
    fragment = None
    if text and not _MARKUP.search(text) and not _IRREGULAR_SPACE.search(text):
        fragment = _plain_fragment(style)
    if fragment is None:
        return kind(text, style)
    return kind(text, style, frags=[fragment.clone(text=text, us_lines=[], link=[])])


class CellParagraph(Paragraph):
    """A Paragraph that breaks its lines once for a given width.

    A table wraps every cell to measure its row, again for each part when it splits
    across pages, and again to draw it: the lines only depend on the width.
    """

    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # split() drops blPara when it gives up; the lines are then broken again.
        if availWidth == self._wrapped_width and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size


@lru_cache(maxsize=64)
def _one_line_style(style: ParagraphStyle) -> bool:
    """Whether a one-line Paragraph in ``style`` is just its text at the line's start."""
    return (
        style.alignment in (TA_LEFT, TA_RIGHT, TA_CENTER)
        and not (style.leftIndent or style.rightIndent or style.firstLineIndent)
        and not (style.borderWidth or style.backColor)
        and not (getattr(style, "underline", False) or getattr(style, "strike", False))
        and getattr(style, "wordWrap", None) in (None, "LTR")
        and not getattr(style, "endDots", None)
        and getattr(style, "autoLeading", "") in ("", "off", None)
    )


class TextCell(Flowable):
    """User text in a table cell, printed exactly as ``Paragraph(markup(text), style)``.

    One line that fits is drawn straight on the canvas where the Paragraph would put
    it (its baseline one font size under the top, its height one leading); otherwise the
    Paragraph itself does the work.
    """

    def __init__(self, text: object, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = printable(text)
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._paragraph: Paragraph | None = None
        self._line_width: float | None = None
        self._as_paragraph = False
        self._lines: list[str] | None = None
        self._wrapped: _PlainLines | None = None
        # The width the Paragraph is to be wrapped at before it is used, when its lines
        # came from _plain_wrap (the Paragraph then stands as if wrapped at each width).
        self._paragraph_behind: float | None = None
        if self.text and not _IRREGULAR_SPACE.search(self.text) and _one_line_style(style):
            self._line_width = stringWidth(self.text, style.fontName, style.fontSize)
        self.width = self.height = 0.0

    @property
    def paragraph(self) -> Paragraph:
        if self._paragraph is None:
            self._paragraph = paragraph(markup(self.text), self.style, CellParagraph)
        return self._paragraph

    def _wrapped_paragraph(self) -> Paragraph:
        """The Paragraph as wrapping it at each width given to :meth:`wrap` leaves it."""
        if self._paragraph_behind is not None:
            self.paragraph.wrap(self._paragraph_behind, _FUZZ)
            self._paragraph_behind = None
        return self.paragraph

    def _as_line(self, width: float) -> bool:
        return self._line_width is not None and self._line_width <= width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._as_paragraph = availWidth < _FUZZ or not self._as_line(availWidth)
        if self._as_paragraph and not self.text and availWidth >= _FUZZ:
            # What an empty Paragraph measures (no lines), without parsing "" as markup.
            self.width, self.height = availWidth, 0
        elif self._as_paragraph:
            # Lines drawn plainly are remembered per text, style and width (the same
            # organisations, names and cargos fill every list of an alliance's documents).
            self._wrapped = _plain_wrap(self.text, self.style, availWidth)
            if self._wrapped is None:
                self._paragraph_behind = None
                self.width, self.height = self.paragraph.wrap(availWidth, availHeight)
            else:
                self._paragraph_behind = availWidth
                self.width, self.height = availWidth, self._wrapped.height
        else:
            self.width, self.height = availWidth, self.style.leading
        return self.width, self.height

    def _plain_lines(self) -> list[str] | None:
        """The wrapped Paragraph's lines when drawing them as its drawPara would is simple."""
        if self._wrapped is not None:
            return list(self._wrapped.lines)
        return _plain_lines(self.paragraph, self.style)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if not self._as_line(availWidth):
            return self._wrapped_paragraph().split(availWidth, availHeight)
        # As a one-line Paragraph: whole where two lines fit, otherwise not at all.
        return [self] if int(availHeight / self.style.leading) > 1 else []

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        if self._as_paragraph:
            if not self.text:
                return  # an empty Paragraph draws nothing
            # Worked out here, not at each wrap: a table wraps its cells many times.
            self._lines = self._plain_lines()
            if self._lines is None:
                self.paragraph.drawOn(canvas, x, y, _sW)
                return
            if not self._lines:
                return  # an empty Paragraph draws nothing
        if not _sW and self._write_lines(canvas, x, y):
            return
        if self._as_paragraph:
            self._wrapped_paragraph()  # draw reads the Paragraph's lines
        super().drawOn(canvas, x, y, _sW)

    def _write_lines(self, canvas: Any, x: float, y: float) -> bool:
        """Write what ``drawOn`` and :meth:`draw` write for left-aligned lines, byte for byte.

        Flowable.drawOn saves the state and moves the origin; draw saves it again, sets the
        text colour and writes a text object. Those calls, a sixth of an acta, mostly
        keep reportlab's record of the state that the two restores put back: here the
        same operators are written directly. The colour is written as setFillColor writes
        an opaque RGB colour; when the canvas is in any other case (a colour space
        enforced, another fill opacity in force, a colour that is not plain RGB), False:
        the usual calls do it.
        """
        style = self.style
        if self._as_paragraph and self._wrapped is not None:
            lines = self._lines
            known = self._wrapped
            font, size, colour, drop = known.font, known.size, known.colour, known.drop
        elif self._as_paragraph:  # the wrapped Paragraph's lines, as draw writes them
            lines = self._lines
            made = self.paragraph.blPara
            font, size, colour = made.fontName, made.fontSize, made.textColor
            drop = size if _FONT_SIZE_OFFSET else getattr(made, "ascent", size)
        elif style.alignment == TA_LEFT:
            lines = [self.text]
            font, size, colour = style.fontName, style.fontSize, style.textColor
            drop = size if _FONT_SIZE_OFFSET else getAscent(font, size)
        else:
            return False
        fill = _fill_operator(colour)
        if (
            fill is None
            or canvas._enforceColorSpace
            or canvas._extgstate.getValue("ca") != 1
            or not canvas.bottomup
        ):
            return False
        # setFillColor's side effect for a colour with an opacity (the PDF's version).
        canvas._doc.ensureMinPdfVersion("transparency")
        code = canvas._code
        code.append("q")
        code.append(f"1 0 0 1 {fp_str(x, y)} cm")
        code.append("q")
        code.append(fill)
        text = canvas.beginText(0, self.height - drop)
        text.setFont(font, size, style.leading)
        for line in lines:
            text.textLine(line)
        code.append(text.getCode())
        code.append("Q")
        code.append("Q")
        return True

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        if self._as_paragraph:
            # What Paragraph.drawPara writes for plain lines (see _plain_lines).
            lines = self.paragraph.blPara
            drop = lines.fontSize if _FONT_SIZE_OFFSET else getattr(lines, "ascent", lines.fontSize)
            canvas.saveState()
            canvas.setFillColor(lines.textColor)
            text = canvas.beginText(0, self.height - drop)
            text.setFont(lines.fontName, lines.fontSize, style.leading)
            for line in self._lines:
                text.textLine(line)
            canvas.drawText(text)
            canvas.restoreState()
            return
        # Where reportlab's Paragraph puts its first baseline.
        drop = style.fontSize if _FONT_SIZE_OFFSET else getAscent(style.fontName, style.fontSize)
        baseline = self.height - drop
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, style.fontSize, style.leading)
        if style.alignment == TA_RIGHT:
            canvas.drawRightString(self.width, baseline, self.text)
        elif style.alignment == TA_CENTER:
            canvas.drawCentredString(self.width / 2, baseline, self.text)
        else:
            canvas.drawString(0, baseline, self.text)
        canvas.restoreState()

    def minWidth(self) -> float:  # noqa: N802 - reportlab's name
        return self.paragraph.minWidth()

    def identity(self, maxLen: int | None = None) -> str:  # noqa: N803
        return self.paragraph.identity(maxLen)


def _plain_lines(paragraph: Paragraph, style: ParagraphStyle) -> list[str] | None:
    """The wrapped Paragraph's lines when drawing them as its drawPara would is simple.

    Plain left-aligned text whose every line fits (no word spacing squeezed), one
    fragment, no bullet: drawPara writes its colour, a text object at the first
    baseline in the style's font and leading, and each line's words joined by a
    space; :meth:`TextCell.draw` writes the same. Anything else is drawn by the Paragraph.
    """
    lines = getattr(paragraph, "blPara", None)
    if (
        lines is None
        or lines.kind != 0
        or style.alignment != TA_LEFT
        or paragraph.bulletText
        or len(paragraph.frags) != 1
        or lines.us_lines
        or lines.link
        or not _one_line_style(style)
        or getattr(paragraph, "_offsets", None)
    ):
        return None
    if any(extra <= -1e-8 for extra, _words in lines.lines):
        return None
    return [" ".join(words) for _extra, words in lines.lines]


@dataclass(frozen=True)
class _PlainLines:
    """How a Paragraph of plain text breaks at one width, when drawn as plain lines."""

    lines: tuple[str, ...]
    height: float
    font: str
    size: float
    colour: Any
    drop: float


@lru_cache(maxsize=4096)
def _plain_wrap(text: str, style: ParagraphStyle, width: float) -> _PlainLines | None:
    """``Paragraph(markup(text), style)`` wrapped at ``width``, if its lines draw plainly."""
    if width < _FUZZ:
        return None
    made = paragraph(markup(text), style, CellParagraph)
    _width, height = made.wrap(width, _FUZZ)  # the height offered plays no part in breaking
    lines = _plain_lines(made, style)
    if lines is None:
        return None
    info = made.blPara
    drop = info.fontSize if _FONT_SIZE_OFFSET else getattr(info, "ascent", info.fontSize)
    return _PlainLines(tuple(lines), height, info.fontName, info.fontSize, info.textColor, drop)


@lru_cache(maxsize=16)
def _fill_operator(colour: Any) -> str | None:
    """What ``canvas.setFillColor(colour)`` writes for an opaque RGB Color; None otherwise."""
    if type(colour) is not Color or getattr(colour, "alpha", 1) != 1:
        return None
    return f"{fp_str(colour.red, colour.green, colour.blue)} rg"


_TABLE_ALIGNMENT = {TA_LEFT: "LEFT", TA_RIGHT: "RIGHT", TA_CENTER: "CENTER"}


def draw_lines_as_strings(table: Table) -> None:
    """Give ``table`` the one-line TextCells of its top-aligned cells as plain strings.

    A table draws a string cell itself, with no flowable around it (no state saved,
    moved and restored per cell). Its baseline and height are those of the one-line
    Paragraph when the cell's font, size, leading, colour and alignment are the text's:
    one font size under the top padding, one leading tall (reportlab places both so).
    Only top-aligned cells: a row split across pages places other strings differently.
    Call it once the table's styles are all set, before it is laid out.
    """
    if table._spanCmds:
        return
    for row, styles in zip(table._cellvalues, table._cellStyles, strict=True):
        for column, (value, cell_style) in enumerate(zip(row, styles, strict=True)):
            if not isinstance(value, TextCell) or cell_style.valign != "TOP":
                continue
            width = table._argW[column]
            if not isinstance(width, (int, float)):
                continue
            if not value._as_line(width - cell_style.leftPadding - cell_style.rightPadding):
                continue
            style = value.style
            cell_style.fontname = style.fontName
            cell_style.fontsize = style.fontSize
            cell_style.leading = style.leading
            cell_style.color = style.textColor
            cell_style.alignment = _TABLE_ALIGNMENT[style.alignment]
            row[column] = value.text
