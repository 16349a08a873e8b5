"""Registering that a printed acta was signed: the date and a photo or scan of it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.services.meetings import MAX_SCAN_BYTES
from alianzas_desktop.ui.wizards.nacimiento.base import to_qdate

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignedActaInput:
    signed_on: date
    scan_path: Path | None


class SignActaDialog(QDialog):
    """Asks for the signing date and, optionally, the file of the signed acta."""

    def __init__(self, acta_number: int | None, meeting_date: date, parent: QWidget | None = None):
        super().__init__(parent)
        self._scan_path: Path | None = None
        self.setWindowTitle(self.tr("Registrar acta firmada"))

        self.intro_label = QLabel(
            self.tr(
                "Registre que el Acta No. {0} impresa fue firmada. Adjunte una foto o un "
                "escaneo de las hojas firmadas: queda guardado con la sesión."
            ).format(acta_number)
        )
        self.intro_label.setWordWrap(True)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMinimumDate(to_qdate(meeting_date))
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setDate(QDate.currentDate())
        self.file_label = QLabel(self.tr("Ningún archivo elegido"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Elegir archivo…"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Registrar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))

        self.choose_button.clicked.connect(self.choose_file)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Fecha de la firma:"), self.date_edit)
        form.addRow(self.tr("Foto o escaneo:"), file_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    @property
    def result_value(self) -> SignedActaInput:
        return SignedActaInput(self.date_edit.date().toPython(), self._scan_path)

    def choose_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Foto o escaneo del acta firmada"),
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
        if size > MAX_SCAN_BYTES:
            self.file_label.setText(self.tr("El archivo es demasiado grande (máximo 30 MB)."))
            return None
        self._scan_path = chosen
        self.file_label.setText(chosen.name)
        self.file_label.setToolTip(str(chosen))
        return chosen

    @classmethod
    def get_signed(
        cls, acta_number: int | None, meeting_date: date, parent: QWidget | None = None
    ) -> tuple[SignedActaInput, bool]:
        dialog = cls(acta_number, meeting_date, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.result_value
        dialog.deleteLater()
        return value, accepted
