"""The print preview: pages shown, printed through QPrinter, saved byte for byte."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from alianzas_desktop.ui import file_dialogs
from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog
from tests.ui.modal import when_modal


def three_page_pdf() -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=letter)
    for number in range(1, 4):
        sheet.drawString(72, 700, f"Página {number} de 3")
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def wait_for_pages(qtbot, preview: DocumentPreviewDialog) -> None:
    """The pages are drawn in a worker; wait for them when they are not there yet."""
    if preview.rendering:
        with qtbot.waitSignal(preview.pages_shown, timeout=20_000):
            pass


@pytest.fixture
def preview(qtbot):
    dialog = DocumentPreviewDialog(three_page_pdf(), "Acuerdo", "acuerdo.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_for_pages(qtbot, dialog)
    return dialog


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_shows_every_page_and_zooms(preview, qtbot):
    assert preview.page_count == 3
    assert preview.page_count_label.text() == "3 páginas"
    width = preview._page_labels[0].pixmap().width()
    preview.zoom_in()
    wait_for_pages(qtbot, preview)
    assert preview.zoom > 1.0
    assert preview._page_labels[0].pixmap().width() > width
    assert preview.zoom_label.text() == "125 %"
    for _ in range(10):
        preview.zoom_out()
    assert not preview.zoom_out_button.isEnabled()


def test_prints_every_page_to_a_pdf_printer(preview, tmp_path, qtbot):
    target = tmp_path / "impreso.pdf"
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    with qtbot.waitSignal(preview.printed):
        assert preview.print_to(printer)
    reader = PdfReader(target)
    assert len(reader.pages) == preview.page_count == 3
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_prints_only_the_chosen_pages(preview, tmp_path):
    target = tmp_path / "paginas.pdf"
    printer = pdf_printer(target)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert preview.print_to(printer)
    assert len(PdfReader(target).pages) == 2


def test_a_printer_gone_since_it_was_chosen_is_named_as_the_cause(preview, qtbot):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName("cola-retirada-de-cups")  # no such queue: Qt keeps none
    assert printer.printerName() == ""
    printed = []
    preview.printed.connect(lambda: printed.append(True))
    seen = when_modal(
        QMessageBox,
        lambda box: qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.LeftButton),
    )

    assert not preview.print_to(printer)
    assert seen and "La impresora elegida ya no está disponible" in seen[0], seen
    assert "Conecte una impresora o elija otra" in seen[0]
    assert printed == [] and not hasattr(preview, "print_notice")


def test_save_writes_the_exact_bytes(preview, tmp_path, qtbot, monkeypatch):
    target = tmp_path / "guardado.pdf"
    offered = []

    def save_dialog(parent, caption, directory, filters):
        offered.append(directory)
        return str(target)

    monkeypatch.setattr(file_dialogs, "save_file_name", save_dialog)
    with qtbot.waitSignal(preview.saved) as saved:
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [str(target)]
    assert target.read_bytes() == preview.pdf_bytes
    assert offered[0].endswith("acuerdo.pdf")


def test_cancelled_save_writes_nothing(preview, tmp_path, qtbot, monkeypatch):
    offered = []
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: offered.append(a) or "")
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert offered, "the save dialog was offered"
    assert list(tmp_path.glob("*.pdf")) == []
