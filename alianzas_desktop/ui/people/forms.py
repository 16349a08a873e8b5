"""The small forms of the personal-data screen: authorisation, correction, request."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.personal_data import (
    AUTHORIZATION_PURPOSE,
    AUTHORIZATION_TEXT,
    AUTHORIZATION_TEXT_VERSION,
    authorization_errors,
)
from alianzas_desktop.domain.vocabulary import AuthorizationMethod, RequestKind
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.models.base import vocabulary
from alianzas_desktop.ui.widgets.date_field import DateField, date_with_message
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


def _date_edit(value: date | None = None) -> DateField:
    """A past date, typed dd/mm/aaaa or picked with F4; today unless told."""
    edit = DateField()
    edit.set_range(maximum=date.today())
    edit.set_value(value or date.today())
    return edit


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("PeopleDialog", "Cancelar")
    )
    return buttons


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(palette.text_style(palette.error()))
    label.setWordWrap(True)
    label.hide()
    return label


# -- authorisation ----------------------------------------------------------------------


@dataclass(frozen=True)
class AuthorizationValue:
    method: str
    given_on: date
    witness: str
    is_minor: bool
    guardian: str


class AuthorizationDialog(QDialog):
    """Records how a person authorised the use of their data, showing the exact text."""

    def __init__(self, person_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Registrar autorización"))

        self.person_label = QLabel(
            self.tr("Autorización de tratamiento de datos de {name}").format(name=person_name)
        )
        font = self.person_label.font()
        font.setBold(True)
        self.person_label.setFont(font)
        self.text_caption = QLabel(
            self.tr("Texto que se leyó o mostró a la persona (versión {version}):").format(
                version=AUTHORIZATION_TEXT_VERSION
            )
        )
        self.text_view = QTextBrowser()
        self.text_view.setPlainText(AUTHORIZATION_TEXT[AUTHORIZATION_TEXT_VERSION])
        self.text_view.setMaximumHeight(130)
        self.text_view.setToolTip(AUTHORIZATION_PURPOSE)
        self.method_combo = QComboBox()
        for method in AuthorizationMethod:
            self.method_combo.addItem(vocabulary(method.label), method.value)
        self.date_edit = _date_edit()
        self.witness_edit = QLineEdit()
        self.witness_edit.setPlaceholderText(self.tr("Obligatorio si la autorización fue verbal"))
        self.minor_check = QCheckBox(self.tr("Es menor de edad"))
        self.guardian_edit = QLineEdit()
        self.guardian_edit.setPlaceholderText(
            self.tr("Nombre de quien autoriza por el menor (padre, madre o tutor)")
        )
        self.error_label = _error_label()
        self.buttons = _buttons(self, self.tr("Registrar"))

        self.method_combo.currentIndexChanged.connect(self._update_fields)
        self.minor_check.toggled.connect(self._update_fields)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        form = QFormLayout()
        form.addRow(self.tr("Forma:"), self.method_combo)
        form.addRow(self.tr("Fecha:"), date_with_message(self.date_edit))
        form.addRow(self.tr("Testigo:"), self.witness_edit)
        form.addRow("", self.minor_check)
        form.addRow(self.tr("Representante legal:"), self.guardian_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.addWidget(self.person_label)
        layout.addSpacing(4)
        layout.addWidget(self.text_caption)
        layout.addWidget(self.text_view)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(580)
        fit_to_screen(self, self.sizeHint().width(), self.sizeHint().height())
        self._update_fields()

    @property
    def value(self) -> AuthorizationValue:
        return AuthorizationValue(
            method=self.method_combo.currentData(),
            given_on=self.date_edit.value(),
            witness=self.witness_edit.text().strip(),
            is_minor=self.minor_check.isChecked(),
            guardian=self.guardian_edit.text().strip(),
        )

    def _update_fields(self, *_args) -> None:
        verbal = self.method_combo.currentData() == AuthorizationMethod.VERBAL.value
        self.witness_edit.setEnabled(verbal)
        self.guardian_edit.setEnabled(self.minor_check.isChecked())

    def errors(self) -> dict[str, str]:
        value = self.value
        return authorization_errors(
            method=value.method,
            given_on=value.given_on,
            witness=value.witness if self.witness_edit.isEnabled() else "",
            is_minor=value.is_minor,
            guardian=value.guardian,
            today=date.today(),
        )

    def _accept_if_valid(self) -> None:
        if not self.date_edit.check_text():
            return  # what was typed is not a date: said under the field
        errors = self.errors()
        if errors:
            self.error_label.setText("\n".join(worded(text) for text in errors.values()))
            self.error_label.show()
            return
        self.accept()

    @classmethod
    def get_authorization(
        cls, person_name: str, parent: QWidget | None = None
    ) -> tuple[AuthorizationValue, bool]:
        dialog = cls(person_name, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value
        dialog.deleteLater()
        return value, accepted


# -- correction -------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactValue:
    full_name: str
    document_number: str
    phone: str
    email: str


class ContactDialog(QDialog):
    """Corrects a person's name and contact data (contact needs an authorisation)."""

    def __init__(self, current: ContactValue, authorized: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Corregir datos"))

        self.name_edit = QLineEdit(current.full_name)
        self.document_edit = QLineEdit(current.document_number)
        self.phone_edit = QLineEdit(current.phone)
        self.email_edit = QLineEdit(current.email)
        self.note_label = QLabel(
            self.tr(
                "Esta persona no tiene una autorización vigente: solo se puede corregir su "
                "nombre. Registre primero la autorización para guardar sus datos de contacto."
            )
        )
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(not authorized)
        for edit in (self.document_edit, self.phone_edit, self.email_edit):
            edit.setEnabled(authorized)
        self.name_edit.setMinimumWidth(320)
        self.error_label = _error_label()
        self.buttons = _buttons(self, self.tr("Guardar"))

        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        form = QFormLayout()
        form.addRow(self.tr("Nombre:"), self.name_edit)
        form.addRow(self.tr("Documento:"), self.document_edit)
        form.addRow(self.tr("Teléfono:"), self.phone_edit)
        form.addRow(self.tr("Correo electrónico:"), self.email_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.addWidget(self.note_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        fit_to_screen(self, self.sizeHint().width(), self.sizeHint().height())

    @property
    def value(self) -> ContactValue:
        return ContactValue(
            full_name=" ".join(self.name_edit.text().split()),
            document_number=self.document_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            email=self.email_edit.text().strip(),
        )

    def _accept_if_valid(self) -> None:
        if not self.value.full_name:
            self.error_label.setText(self.tr("Escriba el nombre de la persona."))
            self.error_label.show()
            return
        self.accept()

    @classmethod
    def get_contact(
        cls, current: ContactValue, authorized: bool, parent: QWidget | None = None
    ) -> tuple[ContactValue, bool]:
        dialog = cls(current, authorized, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value
        dialog.deleteLater()
        return value, accepted


# -- requests ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestValue:
    person_id: str
    kind: str
    received_on: date | None  # None only while the typed date cannot be read
    notes: str


class RequestDialog(QDialog):
    """Registers a consultation, correction, erasure or revocation request."""

    def __init__(
        self,
        db: Database,
        person_id: str | None = None,
        parent: QWidget | None = None,
    ):
        from alianzas_desktop.ui.people.person_picker import PersonPicker

        super().__init__(parent)
        self.setWindowTitle(self.tr("Registrar solicitud"))

        self.person_picker = PersonPicker(db, person_id, self)
        self.kind_combo = QComboBox()
        for kind in RequestKind:
            self.kind_combo.addItem(vocabulary(kind.label), kind.value)
        self.date_edit = _date_edit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Qué pidió, por qué medio, a quién…"))
        self.notes_edit.setMaximumHeight(90)
        self.deadline_label = QLabel(
            self.tr(
                "Plazos de respuesta (Ley 1581 de 2012): consultas, 10 días hábiles; "
                "reclamos (corrección, supresión, revocatoria), 15 días hábiles."
            )
        )
        self.deadline_label.setWordWrap(True)
        self.deadline_label.setStyleSheet(palette.text_style(palette.muted()))
        self.deadline_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.error_label = _error_label()
        self.buttons = _buttons(self, self.tr("Registrar"))

        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        form = QFormLayout()
        person_label = QLabel(self.tr("&Persona:"))
        person_label.setBuddy(self.person_picker.search_edit)
        form.addRow(person_label, self.person_picker)
        form.addRow(self.tr("Tipo:"), self.kind_combo)
        form.addRow(self.tr("Recibida el:"), date_with_message(self.date_edit))
        form.addRow(self.tr("Notas:"), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.addLayout(form)
        layout.addWidget(self.deadline_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)
        fit_to_screen(self, self.sizeHint().width(), self.sizeHint().height())

    @property
    def value(self) -> RequestValue:
        return RequestValue(
            person_id=self.person_picker.person_id(),
            kind=self.kind_combo.currentData(),
            received_on=self.date_edit.value(),
            notes=self.notes_edit.toPlainText().strip(),
        )

    def _accept_if_valid(self) -> None:
        if not self.date_edit.check_text():
            return  # what was typed is not a date: said under the field
        if self.value.received_on is None:
            self.error_label.setText(self.tr("Indique la fecha en que se recibió la solicitud."))
            self.error_label.show()
            return
        if not self.value.person_id:
            self.error_label.setText(self.tr("Elija la persona que hizo la solicitud."))
            self.error_label.show()
            return
        self.accept()

    @classmethod
    def get_request(
        cls,
        db: Database,
        person_id: str | None = None,
        parent: QWidget | None = None,
    ) -> tuple[RequestValue, bool]:
        dialog = cls(db, person_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value
        dialog.deleteLater()
        return value, accepted
