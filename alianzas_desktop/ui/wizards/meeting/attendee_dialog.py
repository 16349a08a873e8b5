"""Adding a person to the meeting on the spot: who they are, and contact data with consent."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.domain.meeting import AttendeeEntry
from alianzas_desktop.domain.vocabulary import AttendanceStatus, Sector
from alianzas_desktop.services.meetings import MeetingPartner
from alianzas_desktop.ui.models.base import fold, vocabulary_label
from alianzas_desktop.ui.widgets.field_error import FieldMessage, hint_label, with_message
from alianzas_desktop.ui.widgets.keyboard import labelled_row

logger = logging.getLogger(__name__)


class AttendeeDialog(QDialog):
    """Name, document, organisation (a partner or free text), cargo, sector, phone."""

    def __init__(
        self,
        partners: list[MeetingPartner],
        *,
        status: str = AttendanceStatus.PRESENT.value,
        title: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        # Found however it is typed: «cooperativa la loma» is «Cooperativa La Loma».
        self._partners = {fold(clean_text(p.organization)): p for p in partners}
        self._status = status
        self.setWindowTitle(title or self.tr("Agregar persona"))

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Nombre completo"))
        self.organization_combo = QComboBox()
        self.organization_combo.setEditable(True)
        self.organization_combo.addItem("")
        for partner in partners:
            self.organization_combo.addItem(partner.organization)
        self.organization_combo.lineEdit().setPlaceholderText(
            self.tr("Elija un socio o escriba otra organización")
        )
        self.cargo_edit = QLineEdit()
        self.sector_combo = QComboBox()
        self.sector_combo.setPlaceholderText(self.tr("Elija el sector…"))
        for sector in Sector:
            self.sector_combo.addItem(vocabulary_label(sector), sector.value)
        self.guest_check = QCheckBox(self.tr("Asiste como &invitado (no es delegado de un socio)"))
        self.consent_check = QCheckBox(
            self.tr("A&utoriza el tratamiento de sus datos personales (Ley 1581 de 2012)")
        )
        self.minor_check = QCheckBox(self.tr("Es &menor de edad"))
        self.guardian_edit = QLineEdit()
        self.guardian_edit.setPlaceholderText(self.tr("Padre, madre o representante legal"))
        self.guardian_message = FieldMessage()
        self.document_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.consent_hint = hint_label(
            self.tr("Documento y teléfono solo se guardan si la persona lo autoriza.")
        )
        self.name_message = FieldMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Agregar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cance&lar"))

        self.organization_combo.currentTextChanged.connect(self._organization_changed)
        self.consent_check.toggled.connect(self._consent_toggled)
        self.minor_check.toggled.connect(self._minor_toggled)
        self.guardian_edit.textChanged.connect(lambda _t: self.guardian_message.clear_message())
        self.name_edit.textChanged.connect(lambda _t: self.name_message.clear_message())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            form,
            self.tr("&Nombre:"),
            with_message(self.name_edit, self.name_message),
            self.name_edit,
        )
        labelled_row(
            form, self.tr("&Organización:"), self.organization_combo, self.organization_combo
        )
        labelled_row(form, self.tr("&Cargo:"), self.cargo_edit, self.cargo_edit)
        labelled_row(form, self.tr("&Sector:"), self.sector_combo, self.sector_combo)
        form.addRow(self.guest_check)
        form.addRow(self.minor_check)
        labelled_row(
            form,
            self.tr("&Representante legal:"),
            with_message(self.guardian_edit, self.guardian_message),
            self.guardian_edit,
        )
        form.addRow(self.consent_check)
        labelled_row(form, self.tr("&Documento:"), self.document_edit, self.document_edit)
        labelled_row(form, self.tr("&Teléfono:"), self.phone_edit, self.phone_edit)
        form.addRow(self.consent_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Datos de la persona:")))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._consent_toggled(False)
        self._minor_toggled(False)
        self.resize(520, self.sizeHint().height())

    def _partner_named(self, text: str) -> MeetingPartner | None:
        return self._partners.get(fold(clean_text(text)))

    def _organization_changed(self, text: str) -> None:
        partner = self._partner_named(text)
        if partner is not None:
            # A partner's delegate belongs to the partner's sector.
            self.sector_combo.setCurrentIndex(self.sector_combo.findData(partner.sector))
        self.sector_combo.setEnabled(partner is None)

    def _consent_toggled(self, checked: bool) -> None:
        if not checked:
            # Without authorisation contact data is not kept (Ley 1581 de 2012).
            self.document_edit.clear()
            self.phone_edit.clear()
        tip = "" if checked else self.tr("Marque primero la autorización de datos personales.")
        for edit in (self.document_edit, self.phone_edit):
            edit.setEnabled(checked)
            edit.setToolTip(tip)

    def _minor_toggled(self, checked: bool) -> None:
        self.guardian_edit.setEnabled(checked)
        if not checked:
            self.guardian_edit.clear()

    def accept(self) -> None:
        if not clean_text(self.name_edit.text()):
            self.name_message.show_message(self.tr("Escriba el nombre de la persona."))
            return
        if (
            self.minor_check.isChecked()
            and self.consent_check.isChecked()
            and not clean_text(self.guardian_edit.text())
        ):
            self.guardian_message.show_message(
                self.tr(
                    "Los datos de un menor de edad requieren la autorización de su "
                    "representante legal: escriba su nombre."
                )
            )
            return
        super().accept()

    @property
    def entry(self) -> AttendeeEntry:
        """The person as typed (a new AttendeeEntry each time)."""
        organization = clean_text(self.organization_combo.currentText())
        partner = self._partner_named(organization)
        consent = self.consent_check.isChecked()
        return AttendeeEntry(
            name=clean_text(self.name_edit.text()),
            organization_id=partner.organization_id if partner else None,
            organization=partner.organization if partner else organization,
            sector=partner.sector if partner else self.sector_combo.currentData() or "",
            cargo=clean_text(self.cargo_edit.text()),
            document_number=clean_text(self.document_edit.text()) if consent else "",
            phone=clean_text(self.phone_edit.text()) if consent else "",
            consent=consent,
            is_minor=self.minor_check.isChecked(),
            guardian=clean_text(self.guardian_edit.text()) if self.minor_check.isChecked() else "",
            is_guest=self.guest_check.isChecked(),
            status=self._status,
        )

    @classmethod
    def get_attendee(
        cls,
        partners: list[MeetingPartner],
        parent: QWidget | None = None,
        *,
        status: str = AttendanceStatus.PRESENT.value,
        title: str = "",
    ) -> tuple[AttendeeEntry | None, bool]:
        dialog = cls(partners, status=status, title=title, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.entry if accepted else None
        dialog.deleteLater()
        return value, accepted
