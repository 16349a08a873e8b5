"""A fe de erratas for a closed acta: the correction, printed with the acta."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.ui.widgets.field_error import FieldMessage
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen

logger = logging.getLogger(__name__)


class AddendumDialog(QDialog):
    """Asks for the text of the correction."""

    def __init__(self, acta_number: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agregar fe de erratas"))

        self.intro_label = QLabel(
            self.tr(
                "El Acta No. {0} está cerrada y no se modifica. Escriba la corrección: "
                "queda como fe de erratas y se imprime al final del acta."
            ).format(acta_number)
        )
        self.intro_label.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(
            self.tr("Por ejemplo: En el punto 2, donde dice «45 fincas» debe decir «46 fincas».")
        )
        self.message = FieldMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Agregar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))

        self.text_edit.textChanged.connect(self.message.clear_message)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 540, 300)

    @property
    def text(self) -> str:
        return clean_text(self.text_edit.toPlainText())

    def accept(self) -> None:
        if not self.text:
            self.message.show_message(self.tr("Escriba la corrección."))
            return
        super().accept()

    @classmethod
    def get_text(cls, acta_number: int | None, parent: QWidget | None = None) -> tuple[str, bool]:
        dialog = cls(acta_number, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.text
        dialog.deleteLater()
        return value, accepted
