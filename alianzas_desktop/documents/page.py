"""The page every document shares: paper size, margins, styles, footer and draft watermark.

The footer says "Página X de Y", which needs the page count before the first
page is finished: :class:`NumberedCanvas` keeps every page's state and draws
the footers only when the document is saved (the two-pass canvas recipe).
"""

from __future__ import annotations

import functools
import itertools
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from alianzas_desktop.documents import fonts
from alianzas_desktop.documents.escaping import printable
from alianzas_desktop.documents.qr_code import qr_modules

logger = logging.getLogger(__name__)

PAGE_SIZES = {
    "letter": LETTER,  # Colombian "carta" is US letter
    "a4": A4,
    "letter-landscape": landscape(LETTER),  # wide forms: the planilla de asistencia
    "a4-landscape": landscape(A4),
}
MARGIN = 2 * cm
BOTTOM_MARGIN = 3 * cm  # room for the footer and its QR code
# The QR carries the code, the signature and the signing key (about 190 characters): at
# 2.1 cm its modules are 0.35 mm, which a phone reads from a printed page.
QR_SIZE = 2.1 * cm

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#52606D")
RULE = colors.HexColor("#9AA5B1")
SHADE = colors.HexColor("#E4E7EB")
WATERMARK = colors.HexColor("#C81E1E")


def page_size(name: str) -> tuple[float, float]:
    try:
        return PAGE_SIZES[name.lower()]
    except (KeyError, AttributeError):
        raise ValueError(f"Tamaño de papel desconocido: {name!r} (use 'letter' o 'a4').") from None


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    centered: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    indented: ParagraphStyle
    notice: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_header: ParagraphStyle
    signature: ParagraphStyle
    signature_name: ParagraphStyle


@functools.cache
def make_styles() -> Styles:
    """The documents' paragraph styles, made once per process and shared (never changed).

    Sharing them lets what is remembered per style (the plain-text fragment, whether a
    line can be drawn directly: documents/cells.py) carry over from one document to the next.
    """
    family = fonts.register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=family,
        fontSize=10,
        leading=14,
        textColor=INK,
        alignment=TA_JUSTIFY,
        spaceAfter=6,
    )
    cell = ParagraphStyle(
        "cell", parent=body, fontSize=8.5, leading=11, alignment=TA_LEFT, spaceAfter=0
    )
    signature = ParagraphStyle("signature", parent=cell, fontSize=9, leading=12, alignment=TA_LEFT)
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=17,
            leading=22,
            alignment=TA_CENTER,
            spaceAfter=4,
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=13,
            leading=17,
            alignment=TA_CENTER,
            spaceAfter=6,
        ),
        centered=ParagraphStyle("centered", parent=body, alignment=TA_CENTER, spaceAfter=2),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=12,
            leading=16,
            alignment=TA_LEFT,
            spaceBefore=14,
            spaceAfter=6,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=14,
            alignment=TA_LEFT,
            spaceBefore=8,
            spaceAfter=4,
        ),
        body=body,
        label=ParagraphStyle(
            "label",
            parent=body,
            fontName=fonts.BOLD,
            alignment=TA_LEFT,
            spaceAfter=1,
        ),
        indented=ParagraphStyle("indented", parent=body, leftIndent=0.6 * cm),
        notice=ParagraphStyle(
            "notice",
            parent=body,
            fontName=fonts.BOLD,
            textColor=WATERMARK,
            alignment=TA_CENTER,
            borderColor=WATERMARK,
            borderWidth=1,
            borderPadding=6,
            spaceBefore=8,
            spaceAfter=14,
        ),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_header=ParagraphStyle("cell_header", parent=cell, fontName=fonts.BOLD),
        signature=signature,
        signature_name=ParagraphStyle("signature_name", parent=signature, fontName=fonts.BOLD),
    )


@dataclass(frozen=True)
class Footer:
    """What every page's footer says. Texts are plain (drawn, not parsed as markup).

    ``name`` (the alliance's) is shortened to fit; ``document`` (e.g. "Acuerdo de
    compromisos · Versión 2") always prints whole after it.
    """

    name: str
    document: str
    verification_code: str
    code_label: str = "Código de verificación"
    qr_payload: str = ""
    watermark: str = ""
    # "{page}" and "{total}" are filled in on each page (documents/strings.py has the English).
    page_label: str = "Página {page} de {total}"


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis when it is wider than ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_qr(canvas: Canvas, payload: str, x: float, y: float) -> None:
    """The QR code, QR_SIZE square with its quiet zone, its dark modules filled as one path."""
    canvas.saveState()
    canvas.setFillColor(colors.black)
    # What drawPath(path, stroke=0, fill=1) writes for canvas.beginPath() and its rects.
    canvas.addLiteral(_qr_path(payload, x, y))
    canvas.addLiteral("f*")
    canvas.restoreState()


@functools.lru_cache(maxsize=8)
def _qr_path(payload: str, x: float, y: float) -> str:
    """The QR's dark modules at (x, y) as a PDF path, made once per payload in a process.

    A document printed again (previewed, then printed or exported) has the same payload:
    encoding and writing it was a sixth of a short acta's time. Encoded once (a Drawing of
    the widget encodes it twice, for its bounds and to draw), its mask chosen by
    documents/qr_code.py (the modules reportlab makes, faster): one rectangle per run of
    dark modules in a row, as the widget draws them, without a shape object per run. The
    path is written as reportlab's path.rect and drawPath write it, each coordinate
    formatted once (there are a few dozen distinct ones for hundreds of rectangles).
    """
    modules = qr_modules(payload, "M")
    border = QrCodeWidget.barBorder
    box = QR_SIZE / (len(modules) + 2 * border)
    number = functools.cache(fp_str)
    height = number(box)
    rectangles = []
    for r, row in enumerate(modules):
        top = number(y + QR_SIZE - (r + border + 1) * box)
        c = 0
        for dark, run in itertools.groupby(bool(m) for m in row):
            count = len(list(run))
            if dark:
                left, width = number(x + (c + border) * box), number(count * box)
                rectangles.append(f"{left} {top} {width} {height} re")
            c += count
    return " ".join(["n", *rectangles])


_STREAM_SETTING = threading.Lock()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Streams written compressed only, not also in ASCII85 (reportlab's default).

    ASCII85 keeps a PDF 7-bit clean, which no reader needs; encoding it in Python took
    about 6 % of a long agreement, and it makes the file bigger. reportlab reads the
    choice from its global settings as it writes, so it is set for this save alone
    (one save at a time: documents are printed from worker threads).
    """
    with _STREAM_SETTING:
        before = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = before


class NumberedCanvas(Canvas):
    """A canvas that draws "Página X de Y", the footer and the QR code once Y is known."""

    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
        # Without this the canvas starts in Helvetica, a font left unembedded.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.REGULAR
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._page_states: list[dict[str, Any]] = []
        # Shared by every page's saved state (a shallow copy keeps the same set).
        self._forms: set[str] = set()

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        with _binary_streams():
            super().save()

    def _draw_footer(self, total: int) -> None:
        footer = self._footer
        width, _height = self._pagesize
        left, right = MARGIN, width - MARGIN
        qr_x = right - QR_SIZE
        text_right = qr_x - 0.3 * cm
        top = BOTTOM_MARGIN - 0.55 * cm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left, top, text_right if footer.qr_payload else right, top)
        page_text = footer.page_label.format(page=self._pageNumber, total=total)
        self.setFillColor(INK)
        self.setFont(fonts.BOLD, 8)
        self.drawRightString(text_right, top - 0.5 * cm, page_text)
        name = printable(footer.name).strip()
        document = f" · {printable(footer.document)}" if name else printable(footer.document)
        name_width = (
            text_right
            - left
            - stringWidth(page_text, fonts.BOLD, 8)
            - stringWidth(document, fonts.REGULAR, 8)
            - 0.5 * cm
        )
        name = _fit(name, fonts.REGULAR, 8, name_width) if name else ""
        self.setFont(fonts.REGULAR, 8)
        self.drawString(left, top - 0.5 * cm, name + document)
        self.setFillColor(MUTED)
        self.setFont(fonts.REGULAR, 7.5)
        self.drawString(
            left, top - 0.95 * cm, f"{footer.code_label}: {printable(footer.verification_code)}"
        )
        if footer.qr_payload:
            # Beside the rule, from just under the page's body down into the footer.
            self._draw_qr_form(footer.qr_payload, qr_x, BOTTOM_MARGIN - 0.1 * cm - QR_SIZE)
        self.restoreState()

    def _draw_qr_form(self, payload: str, x: float, y: float) -> None:
        """The QR code, encoded and drawn once as a form that every page reuses.

        Encoding and drawing it again on each page took most of a long acta's time.
        """
        if "qr" not in self._forms:
            self.beginForm("qr", 0, 0, QR_SIZE, QR_SIZE)
            _draw_qr(self, payload, 0, 0)
            self.endForm()
            self._forms.add("qr")
        self.saveState()
        self.translate(x, y)
        self.doForm("qr")
        self.restoreState()


def _draw_watermark(text: str, canvas: Canvas, doc: BaseDocTemplate) -> None:
    """A large diagonal word behind the page's content (drawn before the flowables)."""
    width, height = doc.pagesize
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFillAlpha(0.13)
    canvas.setFont(fonts.BOLD, 100)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(50)
    canvas.drawCentredString(0, -32, text)
    canvas.restoreState()


def build_pdf(
    story: list,
    target: str | BinaryIO,
    footer: Footer,
    paper: str = "letter",
    *,
    title: str = "",
    author: str = "",
    subject: str = "",
    lang: str = "es-CO",
) -> None:
    """Lay ``story`` out on numbered pages with the shared footer (and watermark)."""
    fonts.register_fonts()
    size = page_size(paper)
    doc = BaseDocTemplate(
        target,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=printable(title),
        author=printable(author),
        subject=printable(subject),
        creator="Alianzas",
        producer="Alianzas",
        lang=lang,
        initialFontName=fonts.REGULAR,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    decorations = {"onPage": partial(_draw_watermark, footer.watermark)} if footer.watermark else {}
    template = PageTemplate(id="page", frames=[frame], **decorations)
    doc.addPageTemplates([template])
    doc.build(story, canvasmaker=partial(NumberedCanvas, footer=footer))


def frame_width(paper: str) -> float:
    """The width text and tables can use on that paper."""
    return page_size(paper)[0] - 2 * MARGIN
