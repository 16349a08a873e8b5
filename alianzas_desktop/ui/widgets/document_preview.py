"""A print preview for a PDF: its pages in a scroll area, zoom, print and save."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.files import write_durably
from alianzas_desktop.ui import file_dialogs, palette, printing, workers
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

ZOOM_STEPS = (0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0)
# 100 % shows the page at its printed size on a 96 dpi screen.
SCREEN_SCALE = 96 / 72


class DocumentPreviewDialog(QDialog):
    """Shows a PDF's pages before printing or saving them."""

    printed = Signal()
    saved = Signal(str)
    pages_shown = Signal(int)  # the number of pages, each time they are drawn anew

    def __init__(
        self,
        pdf_bytes: bytes,
        title: str,
        suggested_filename: str,
        parent: QWidget | None = None,
        *,
        note: str = "",
    ):
        super().__init__(parent)
        self._pdf = bytes(pdf_bytes)
        self._suggested = suggested_filename
        self._zoom = 1.0
        self._page_labels: list[QLabel] = []
        self._render_job: workers.Job | None = None
        self._render_again = False
        self.setWindowTitle(title)
        self.setModal(True)

        self.note_label = QLabel(note)
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(bool(note))
        note_background = palette.info_background()
        self.note_label.setStyleSheet(
            palette.box_style(
                "QLabel", note_background, palette.info_border(), palette.text_on(note_background)
            )
            + " QLabel { padding: 8px; }"
        )
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Alejar"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Acercar"))
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(32)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_count_label = QLabel()
        self.busy_bar = workers.busy_bar()
        self.busy_bar.setMaximumWidth(160)
        self.pages_widget = QWidget()
        self.pages_widget.setObjectName("previewPages")
        backdrop = palette.css(palette.page_backdrop())
        self.pages_widget.setStyleSheet(f"#previewPages {{ background: {backdrop}; }}")
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setStyleSheet(f"QScrollArea {{ background: {backdrop}; border: none; }}")
        self.print_button = QPushButton(self.tr("Imprimir…"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Guardar PDF…"))
        self.close_button = QPushButton(self.tr("Cerrar"))
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=self.zoom_in)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=self.zoom_out)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)

        # Assemble
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setContentsMargins(24, 24, 24, 24)
        self.pages_layout.setSpacing(18)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setWidget(self.pages_widget)
        tools = QHBoxLayout()
        tools.addWidget(self.page_count_label)
        tools.addWidget(self.busy_bar)
        tools.addStretch(1)
        tools.addWidget(QLabel(self.tr("Zoom:")))
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_label)
        tools.addWidget(self.zoom_in_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addLayout(tools)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 900, 860)
        self._show_pages()

    # -- contents ---------------------------------------------------------------------

    @property
    def pdf_bytes(self) -> bytes:
        return self._pdf

    @property
    def page_count(self) -> int:
        return len(self._page_labels)

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_pdf(self, pdf_bytes: bytes, title: str | None = None) -> None:
        """Show another document (e.g. once a draft is issued)."""
        self._pdf = bytes(pdf_bytes)
        if title:
            self.setWindowTitle(title)
        self._show_pages()

    def set_note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    @property
    def rendering(self) -> bool:
        """The document or its pages are being prepared in the background."""
        return self._render_job is not None

    @classmethod
    def building(
        cls,
        build: Callable[[], bytes],
        title: str,
        suggested_filename: str,
        parent: QWidget | None = None,
        *,
        note: str = "",
    ) -> DocumentPreviewDialog:
        """A preview that opens at once and shows the PDF once ``build()`` made it.

        ``build`` runs in a worker: it must read through services that open their own
        session, never through one shared with the window.
        """
        dialog = cls(b"", title, suggested_filename, parent, note=note)
        dialog._render_job = workers.start(
            build,
            busy=dialog._busy_widgets(),
            indicator=dialog.busy_bar,
            on_finished=dialog._built,
            on_failed=dialog._build_failed,
            name="documento PDF",
        )
        dialog.page_count_label.setText(
            QCoreApplication.translate("DocumentPreviewDialog", "Preparando el documento…")
        )
        return dialog

    def _built(self, pdf_bytes: bytes) -> None:
        self._render_job = None
        self.set_pdf(pdf_bytes)

    def _build_failed(self, error: BaseException) -> None:
        self._render_job = None
        logger.error("No se pudo preparar el documento", exc_info=error)
        self.page_count_label.setText(self.tr("No se pudo preparar el documento."))
        QMessageBox.warning(self, self.windowTitle(), worded(error))

    def add_action_button(self, text: str) -> QPushButton:
        """A caller's own action beside Imprimir (e.g. «Emitir e imprimir»)."""
        button = QPushButton(text)
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    def _busy_widgets(self) -> list[QWidget]:
        """Everything but Cerrar waits for the pages."""
        actions = [b for b in self.buttons.buttons() if b is not self.close_button]
        return [*actions, self.zoom_in_button, self.zoom_out_button]

    def _show_pages(self) -> None:
        """Draw the pages in a worker (a long acta takes seconds); one drawing at a time,
        since pdfium must not be used by two threads at once."""
        if self._render_job is not None:
            self._render_again = True
            return
        if not self._pdf:
            self._place_pages([])
            return
        pdf, scale = self._pdf, self._zoom * SCREEN_SCALE
        self.page_count_label.setText(self.tr("Preparando las páginas…"))
        self._render_job = workers.start(
            lambda: printing.render_pages(pdf, scale),
            busy=self._busy_widgets(),
            indicator=self.busy_bar,
            on_finished=self._rendered,
            on_failed=self._render_failed,
            name="páginas de la vista previa",
        )

    def _rendered(self, images: list) -> None:
        self._render_job = None
        if self._render_again:  # the zoom or the document changed meanwhile
            self._render_again = False
            self._show_pages()
            return
        self._place_pages(images)

    def _render_failed(self, error: BaseException) -> None:
        self._render_job = None
        self._render_again = False
        if not isinstance(error, printing.PrintError):
            logger.error("No se pudieron dibujar las páginas", exc_info=error)
        QMessageBox.warning(self, self.windowTitle(), worded(error))
        self._place_pages([])

    def _place_pages(self, images: list) -> None:
        for label in self._page_labels:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self._page_labels = []
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            label.setStyleSheet("QLabel { background: white; }")
            label.setAccessibleName(self.tr("Página {number}").format(number=number))
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._page_labels.append(label)
        count = len(images)
        text = self.tr("1 página") if count == 1 else self.tr("{count} páginas")
        self.page_count_label.setText(text.format(count=count))
        self.zoom_label.setText(f"{round(self._zoom * 100)} %")
        self.zoom_out_button.setEnabled(self._zoom > ZOOM_STEPS[0])
        self.zoom_in_button.setEnabled(self._zoom < ZOOM_STEPS[-1])
        self.print_button.setEnabled(count > 0)
        self.save_button.setEnabled(bool(self._pdf))
        self.pages_shown.emit(count)

    def set_zoom(self, zoom: float) -> None:
        zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        if abs(zoom - self._zoom) < 1e-6:
            return
        self._zoom = zoom
        self._show_pages()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self._zoom - 1e-6]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    # -- printing and saving --------------------------------------------------------

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self._suggested).stem or self.windowTitle())
        sizes = printing.page_sizes(self._pdf)
        if sizes:
            printing.match_paper(printer, *sizes[0])
        return printer

    def print_document(self) -> bool:
        """Ask for the printer and the pages, then print; True when something was printed."""
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Imprimir"))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(1, self.page_count))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        try:
            outcome = printing.print_document(self._pdf, printer, self.windowTitle())
        except printing.PrintError as exc:
            QMessageBox.warning(self, self.tr("No se pudo imprimir"), worded(exc))
            return False
        if outcome.done:
            self.printed.emit()
            self._tell_printed(outcome)
        return outcome.done

    def _tell_printed(self, outcome: printing.PrintOutcome) -> None:
        """Say where the document went, without waiting for an answer (open(), not exec())."""
        when = outcome.sent_at.strftime("%H:%M") if outcome.sent_at else ""
        if outcome.file:
            text = self.tr("Documento guardado en {file} a las {time}.")
        elif outcome.job_id:
            text = self.tr(
                "Documento enviado a la impresora {printer} a las {time} ({copies} "
                "copia(s); trabajo {job})."
            )
        else:
            text = self.tr("Documento enviado a la impresora {printer} a las {time}.")
        message = text.format(
            file=outcome.file,
            printer=outcome.printer,
            time=when,
            copies=outcome.copies,
            job=outcome.job_id,
        )
        self.print_notice = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Imprimir"), message, parent=self
        )
        self.print_notice.open()

    def save_document(self) -> str:
        """Ask where to save the PDF and write it; returns the path ('' when cancelled)."""
        path = file_dialogs.save_file_name(
            self,
            self.tr("Guardar PDF"),
            str(default_save_folder() / self._suggested),
            self.tr("Documento PDF (*.pdf)"),
        )
        if not path:
            return ""
        return self.save_to(path)

    def save_to(self, path: str) -> str:
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_durably(target, self._pdf)
        except OSError as exc:
            logger.warning("No se pudo guardar %s: %s", target, exc)
            QMessageBox.warning(
                self,
                self.tr("No se pudo guardar"),
                self.tr("No se pudo guardar el archivo en {path}.\n{error}").format(
                    path=target, error=exc.strerror or exc
                ),
            )
            return ""
        self.saved.emit(str(target))
        return str(target)


def default_save_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def safe_filename(text: str) -> str:
    """A file name without characters Windows refuses."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text)
    return " ".join(cleaned.split()).strip(" .") or "documento"


def open_built_pdf(
    build: Callable[[str], bytes],
    title: str,
    filename: str,
    parent: QWidget | None,
    *,
    name: str,
    busy: tuple[QWidget, ...] | None = None,
    note: str = "",
    keep: object | None = None,
) -> DocumentPreviewDialog:
    """Build a PDF on the facilitator's paper in a worker, then open its preview.

    ``build`` takes the paper size; ``busy`` are the widgets disabled meanwhile (the parent
    by default); ``keep`` gets the dialog as ``last_preview`` before it opens (tests reach
    the modal preview through it).
    """
    from alianzas_desktop.profile import paper_size

    paper = paper_size()
    if busy is None:
        busy = (parent,) if parent is not None else ()
    pdf = workers.run(lambda: build(paper), busy=busy, name=name)
    dialog = DocumentPreviewDialog(pdf, title, filename, parent, note=note)
    if keep is not None:
        keep.last_preview = dialog
    dialog.exec()
    return dialog
