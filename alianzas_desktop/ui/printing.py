"""Printing a PDF from the window: the PDF itself to a CUPS queue, pictures of pages elsewhere.

Where CUPS is present the chosen queue gets the document as it is (vectors,
kilobytes); "Imprimir a un archivo PDF" writes the chosen pages as they are; only
without CUPS (Windows) are the pages painted as images onto the QPrinter. The
preview's page images come from here too. pypdfium2 is imported inside the
functions: the main window starts without it.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from alianzas_desktop.services import printing as system_printing

logger = logging.getLogger(__name__)

POINTS_PER_INCH = 72.0
# A letter page at 300 dpi is 25 MB of pixels: plenty for text, safe on a 4 GB laptop.
MAX_PRINT_DPI = 300

# pdfium is not safe to use from two threads at once (a preview's pages are drawn in a
# worker while the window may ask the page sizes to print): every use holds this lock.
_PDFIUM = threading.RLock()


class PrintError(Exception):
    """The document could not be printed; the message is Spanish."""


@contextmanager
def open_pdf(pdf_bytes: bytes) -> Iterator:
    """The PDF opened in pdfium, for one thread at a time (see ``_PDFIUM``)."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        try:
            document = pdfium.PdfDocument(pdf_bytes)
        except pdfium.PdfiumError as exc:
            raise PrintError(
                QCoreApplication.translate(
                    "Printing", "El documento PDF está dañado y no se puede mostrar."
                )
            ) from exc
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
            raise PrintError(
                QCoreApplication.translate(
                    "Printing", "No se pudo iniciar la impresión. Revise la impresora."
                )
            )
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for position, number in enumerate(pages):
                if position and not printer.newPage():
                    raise PrintError(
                        QCoreApplication.translate(
                            "Printing", "La impresora no aceptó una página nueva."
                        )
                    )
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


@dataclass(frozen=True)
class PrintOutcome:
    """What happened to a print: sent to a CUPS queue, written to a file, or painted."""

    printer: str
    pages: int
    copies: int = 1
    job_id: str = ""  # CUPS's id, when the PDF itself went to a queue
    file: str = ""  # when the printer was "Imprimir a un archivo PDF"
    sent_at: datetime | None = None

    @property
    def done(self) -> bool:
        return self.pages > 0


def page_list(pages: list[int], page_count: int) -> str:
    """0-based pages as a CUPS page list ("1-3,5"); "" when they are all of them."""
    if not pages or pages == list(range(page_count)):
        return ""
    runs: list[list[int]] = []
    for number in sorted(set(pages)):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ",".join(f"{a + 1}" if a == b else f"{a + 1}-{b + 1}" for a, b in runs)


_SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


def write_pages(pdf_bytes: bytes, pages: list[int], target: str | Path) -> None:
    """The chosen pages copied as they are (text stays text) into a new PDF file."""
    import pypdfium2 as pdfium

    with open_pdf(pdf_bytes) as source:
        chosen = pdfium.PdfDocument.new()
        try:
            chosen.import_pages(source, pages)
            path = Path(target)
            handle, temporary = tempfile.mkstemp(prefix=".impreso-", suffix=".pdf", dir=path.parent)
            os.close(handle)
            try:
                chosen.save(temporary)
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise PrintError(f"No se pudo escribir {target}: {exc.strerror or exc}") from exc
        finally:
            chosen.close()


def print_document(pdf_bytes: bytes, printer: QPrinter, title: str = "") -> PrintOutcome:
    """Print the pages chosen in the print dialog the best way this machine allows."""
    page_count = len(page_sizes(pdf_bytes))
    pages = selected_pages(printer, page_count)
    if not pages:
        return PrintOutcome(printer=printer.printerName(), pages=0)
    target = printer.outputFileName()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and target:
        write_pages(pdf_bytes, pages, target)
        logger.info("Impresas %d páginas en el archivo %s", len(pages), target)
        return PrintOutcome(printer="PDF", pages=len(pages), file=target, sent_at=datetime.now())
    queue = printer.printerName()
    if queue and system_printing.cups_available():
        sides = _SIDES.get(printer.duplex())
        try:
            job = system_printing.print_pdf(
                pdf_bytes,
                queue,
                copies=max(1, printer.copyCount()),
                title=title or printer.docName(),
                pages=page_list(pages, page_count),
                options={"sides": sides} if sides else None,
            )
        except system_printing.PrintingError as exc:
            raise PrintError(str(exc)) from exc
        return PrintOutcome(
            printer=job.printer,
            pages=len(pages),
            copies=job.copies,
            job_id=job.job_id,
            sent_at=job.sent_at,
        )
    if not queue and not target:
        # Qt keeps no printer when the chosen queue no longer exists (removed, or its
        # machine unplugged, while the dialog was open), or when this machine has none.
        raise PrintError(
            QCoreApplication.translate(
                "Printing",
                "La impresora elegida ya no está disponible, o este equipo no tiene "
                "ninguna. Conecte una impresora o elija otra en el diálogo de impresión.",
            )
        )
    count = print_pdf(pdf_bytes, printer)
    return PrintOutcome(printer=queue, pages=count, sent_at=datetime.now())
