"""PDF pages as images (pypdfium2) and printing them through any QPrinter.

pypdfium2 is imported inside the functions: the main window starts without it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

logger = logging.getLogger(__name__)

POINTS_PER_INCH = 72.0
# A letter page at 300 dpi is 25 MB of pixels: plenty for text, safe on a 4 GB laptop.
MAX_PRINT_DPI = 300


class PrintError(Exception):
    """The document could not be printed; the message is Spanish."""


@contextmanager
def open_pdf(pdf_bytes: bytes) -> Iterator:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(pdf_bytes)
    except pdfium.PdfiumError as exc:
        raise PrintError("El documento PDF está dañado y no se puede mostrar.") from exc
    try:
        yield document
    finally:
        document.close()


def page_sizes(pdf_bytes: bytes) -> list[tuple[float, float]]:
    """Each page's (width, height) in points."""
    with open_pdf(pdf_bytes) as document:
        return [tuple(document[i].get_size()) for i in range(len(document))]


def page_image(page, scale: float) -> QImage:
    """One pypdfium2 page rendered at ``scale`` (1.0 = 72 dpi) as a QImage that owns its data."""
    picture = page.render(scale=scale).to_pil()
    if picture.mode not in ("RGB", "RGBA"):
        picture = picture.convert("RGB")
    fmt = QImage.Format.Format_RGB888 if picture.mode == "RGB" else QImage.Format.Format_RGBA8888
    channels = 3 if picture.mode == "RGB" else 4
    raw = picture.tobytes()
    image = QImage(raw, picture.width, picture.height, picture.width * channels, fmt)
    return image.copy()


def render_pages(pdf_bytes: bytes, scale: float) -> list[QImage]:
    with open_pdf(pdf_bytes) as document:
        return [page_image(document[i], scale) for i in range(len(document))]


def match_paper(printer: QPrinter, width_pt: float, height_pt: float) -> None:
    """Offer the document's own paper (carta, A4…) as the printer's default."""
    size = QPageSize(
        QSizeF(width_pt, height_pt),
        QPageSize.Unit.Point,
        "",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )
    printer.setPageSize(size)
    orientation = (
        QPageLayout.Orientation.Landscape
        if width_pt > height_pt
        else QPageLayout.Orientation.Portrait
    )
    printer.setPageOrientation(orientation)


def selected_pages(printer: QPrinter, page_count: int) -> list[int]:
    """0-based page numbers chosen in the print dialog (all when no range was chosen)."""
    every = list(range(page_count))
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        return every
    ranges = printer.pageRanges()
    if not ranges.isEmpty():
        chosen = [p - 1 for p in range(1, page_count + 1) if ranges.contains(p)]
        return chosen or every
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0:
        return every
    last = page_count if last <= 0 else min(last, page_count)
    return list(range(first - 1, last))


def print_pdf(pdf_bytes: bytes, printer: QPrinter) -> int:
    """Paint the chosen pages of the PDF onto the printer; returns how many were printed.

    The PDF already has its margins, so each page fills the whole sheet
    (``fullPage``), rendered at the printer's resolution (capped at 300 dpi)
    and scaled to the paper keeping its proportions.
    """
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    with open_pdf(pdf_bytes) as document:
        pages = selected_pages(printer, len(document))
        if not pages:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError("No se pudo iniciar la impresión. Revise la impresora.")
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for position, number in enumerate(pages):
                if position and not printer.newPage():
                    raise PrintError("La impresora no aceptó una página nueva.")
                image = page_image(document[number], dpi / POINTS_PER_INCH)
                paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
                paper.moveTo(0, 0)
                scale = min(paper.width() / image.width(), paper.height() / image.height())
                width, height = image.width() * scale, image.height() * scale
                target = QRectF(
                    (paper.width() - width) / 2, (paper.height() - height) / 2, width, height
                )
                painter.drawImage(target, image)
        finally:
            painter.end()
    logger.info("Impresas %d páginas en %s", len(pages), printer.printerName() or "PDF")
    return len(pages)
