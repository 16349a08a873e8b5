"""Registering that a printed paper was signed: the date and a photo or scan of it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.ui import file_dialogs
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen

logger = logging.getLogger(__name__)

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class SignedPaperInput:
    signed_on: date
    scan_path: Path | None


class SignedPaperDialog(QDialog):
    """Asks for the signing date and, optionally, the file of the signed paper.

    The texts come translated from the subclass that says which paper it is.
    """

    def __init__(
        self,
        *,
        title: str,
        intro: str,
        file_caption: str,
        max_scan_bytes: int,
        earliest: date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._scan_path: Path | None = None
        self._file_caption = file_caption
        self._max_scan_bytes = max_scan_bytes
        self.setWindowTitle(title)

        self.intro_label = QLabel(intro)
        self.intro_label.setWordWrap(True)
        self.date_edit = DateField()
        self.date_edit.set_range(earliest, date.today())
        self.date_edit.set_value(date.today())
        self.date_message = FieldMessage()
        self.date_edit.set_message(self.date_message)
        self.file_label = QLabel(self.tr("Ningún archivo elegido"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Elegir archivo…"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Registrar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))

        self.choose_button.clicked.connect(self.choose_file)
        self.buttons.accepted.connect(self._accept_if_dated)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Fecha de la firma:"), with_message(self.date_edit, self.date_message))
        form.addRow(self.tr("Foto o escaneo:"), file_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 520, self.sizeHint().height())

    @property
    def signed_on(self) -> date | None:
        """The signing date, or None while what was typed is not a date."""
        return self.date_edit.value()

    def _accept_if_dated(self) -> None:
        if not self.date_edit.check_text():
            return  # what was typed is not a date: said under the field
        if self.signed_on is None:
            self.date_message.show_message(self.tr("Indique la fecha en que se firmó."))
            return
        self.accept()

    @property
    def scan_path(self) -> Path | None:
        return self._scan_path

    @property
    def result_value(self) -> SignedPaperInput:
        return SignedPaperInput(self.signed_on, self._scan_path)

    def choose_file(self) -> Path | None:
        path = file_dialogs.open_file_name(
            self,
            self._file_caption,
            str(Path.home()),
            self.tr(
                "Imágenes y PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;Todos los archivos (*)"
            ),
        )
        if not path:
            return None
        chosen = Path(path)
        try:
            size = chosen.stat().st_size
        except OSError:
            self.file_label.setText(self.tr("No se puede leer ese archivo."))
            return None
        if size > self._max_scan_bytes:
            self.file_label.setText(
                self.tr("El archivo es demasiado grande (máximo {0} MB).").format(
                    self._max_scan_bytes // MEGABYTE
                )
            )
            return None
        self._scan_path = chosen
        self.file_label.setText(chosen.name)
        self.file_label.setToolTip(str(chosen))
        return chosen

    def run(self) -> tuple[SignedPaperInput, bool]:
        """Show the dialog modally; the typed value and whether it was accepted."""
        accepted = self.exec() == QDialog.DialogCode.Accepted
        value = self.result_value
        self.deleteLater()
        return value, accepted
