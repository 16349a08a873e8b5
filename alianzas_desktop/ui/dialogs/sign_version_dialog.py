"""Registering that a printed agreement was signed: the date and a photo or scan of it."""

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

from alianzas_desktop.services.agreements import MAX_SCAN_BYTES

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignatureInput:
    signed_on: date
    scan_path: Path | None


class SignVersionDialog(QDialog):
    """Asks for the signing date and, optionally, the file of the signed paper."""

    def __init__(self, version_number: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._scan_path: Path | None = None
        self.setWindowTitle(self.tr("Registrar firma"))

        self.intro_label = QLabel(
            self.tr(
                "Registre la firma de la versión {number} del acuerdo de compromisos. "
                "Adjunte una foto o un escaneo de la hoja firmada: queda guardado con la "
                "alianza."
            ).format(number=version_number)
        )
        self.intro_label.setWordWrap(True)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setDate(QDate.currentDate())
        self.file_label = QLabel(self.tr("Ningún archivo elegido"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Elegir archivo…"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Registrar"))

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
    def signed_on(self) -> date:
        return self.date_edit.date().toPython()

    @property
    def scan_path(self) -> Path | None:
        return self._scan_path

    @property
    def result_value(self) -> SignatureInput:
        return SignatureInput(self.signed_on, self._scan_path)

    def choose_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Foto o escaneo del acuerdo firmado"),
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
    def get_signature(
        cls, version_number: int, parent: QWidget | None = None
    ) -> tuple[SignatureInput, bool]:
        dialog = cls(version_number, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.result_value
        dialog.deleteLater()
        return value, accepted
