"""Archivo ▸ Perfil…: the facilitator's name and contact, used by the audit trail."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.vocabulary import PaperSize
from alianzas_desktop.profile import Profile, load_profile, save_profile
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.models.base import vocabulary
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen

logger = logging.getLogger(__name__)

_CEDULA = re.compile(r"^[0-9][0-9. ]{2,18}[0-9]$")


class ProfileDialog(QDialog):
    """Edits the profile kept on this laptop; Guardar writes it."""

    profile_saved = Signal(str)

    def __init__(self, profile: Profile | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        current = profile if profile is not None else load_profile()
        self.setWindowTitle(self.tr("Perfil"))

        self.intro_label = QLabel(
            self.tr(
                "Su nombre queda en el historial de cambios de cada alianza: así se sabe quién "
                "registró o modificó cada dato desde este computador."
            )
        )
        self.intro_label.setWordWrap(True)
        self.name_edit = QLineEdit(current.name)
        self.name_edit.setPlaceholderText(self.tr("Nombre y apellidos"))
        self.organization_edit = QLineEdit(current.organization)
        self.organization_edit.setPlaceholderText(
            self.tr("Entidad u organización para la que trabaja")
        )
        self.email_edit = QLineEdit(current.email)
        self.email_edit.setPlaceholderText(self.tr("nombre@ejemplo.org"))
        self.phone_edit = QLineEdit(current.phone)
        self.phone_edit.setPlaceholderText(self.tr("Celular"))
        self.document_edit = QLineEdit(current.document_number)
        self.document_edit.setPlaceholderText(self.tr("Cédula de ciudadanía"))
        self.departamento_edit = QLineEdit(current.departamento)
        self.departamento_edit.setPlaceholderText(self.tr("Se propone en cada alianza nueva"))
        self.paper_combo = QComboBox()
        for size in PaperSize:
            self.paper_combo.addItem(vocabulary(size.label), size.value)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(current.paper_size)))
        for edit in (
            self.name_edit,
            self.organization_edit,
            self.document_edit,
            self.departamento_edit,
            self.email_edit,
            self.phone_edit,
        ):
            edit.setMinimumWidth(340)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(palette.text_style(palette.error()))
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Nombre:"), self.name_edit),
            (self.tr("&Organización:"), self.organization_edit),
            (self.tr("&Cédula:"), self.document_edit),
            (self.tr("&Departamento:"), self.departamento_edit),
            (self.tr("&Papel para imprimir:"), self.paper_combo),
            (self.tr("Correo &electrónico:"), self.email_edit),
            (self.tr("&Teléfono:"), self.phone_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.addWidget(self.intro_label)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        fit_to_screen(self, self.sizeHint().width(), self.sizeHint().height())

    @property
    def profile(self) -> Profile:
        return Profile(
            name=" ".join(self.name_edit.text().split()),
            organization=" ".join(self.organization_edit.text().split()),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            document_number=" ".join(self.document_edit.text().split()),
            departamento=" ".join(self.departamento_edit.text().split()),
            paper_size=self.paper_combo.currentData() or PaperSize.LETTER.value,
        )

    def save(self) -> bool:
        profile = self.profile
        if not profile.name:
            self.error_label.setText(self.tr("Escriba su nombre: el historial de cambios lo usa."))
            self.error_label.show()
            self.name_edit.setFocus()
            return False
        if profile.document_number and not _CEDULA.match(profile.document_number):
            self.error_label.setText(
                self.tr("La cédula lleva solo números (puede escribirla con puntos).")
            )
            self.error_label.show()
            self.document_edit.setFocus()
            return False
        if profile.email and "@" not in profile.email:
            self.error_label.setText(self.tr("El correo electrónico no parece válido."))
            self.error_label.show()
            self.email_edit.setFocus()
            return False
        try:
            save_profile(profile)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("No se pudo guardar"),
                self.tr("No se pudo guardar el perfil: {error}").format(error=exc.strerror or exc),
            )
            return False
        logger.info("Perfil guardado")
        self.profile_saved.emit(profile.name)
        self.accept()
        return True

    @classmethod
    def edit_profile(cls, parent: QWidget | None = None) -> tuple[Profile, bool]:
        """Open the dialog; the profile as left and whether it was saved."""
        dialog = cls(parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.profile
        dialog.deleteLater()
        return result, accepted
