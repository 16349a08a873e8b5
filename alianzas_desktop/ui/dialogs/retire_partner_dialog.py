"""A partner leaves a founded alliance: when and why; its history stays."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.services import alliance_changes, alliances
from alianzas_desktop.services.alliance_changes import AgreementChange
from alianzas_desktop.services.errors import ServiceError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Retirement:
    membership_id: str
    on: date | None  # None only while the typed date cannot be read
    reason: str


class RetirePartnerDialog(QDialog):
    """Asks which partner leaves, on which date and why, then records it."""

    partner_retired = Signal(str)  # the membership id

    def __init__(
        self,
        db: Database,
        alliance_id: str,
        membership_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._db = db
        self.change: AgreementChange | None = None
        detail = alliances.alliance_detail(db, alliance_id)
        self.setWindowTitle(self.tr("Retirar un socio de «{name}»").format(name=detail.name))

        # Widgets
        self.intro_label = QLabel(
            self.tr(
                "El socio deja de ser parte de la alianza, pero nada se borra: queda en la "
                "lista como retirado, con la fecha y el motivo. Sus compromisos pendientes "
                "quedan cancelados con esa nota; los cumplidos y las versiones firmadas del "
                "acuerdo lo conservan. La próxima versión del acuerdo (otrosí) ya no lo incluye."
            )
        )
        self.intro_label.setWordWrap(True)
        self.partner_combo = QComboBox()
        for partner in detail.partners:
            self.partner_combo.addItem(partner.organization, partner.membership_id)
        if membership_id is not None:
            self.partner_combo.setCurrentIndex(max(0, self.partner_combo.findData(membership_id)))
        self.date_edit = DateField()
        self.date_edit.set_range(detail.start_date, date.today())
        self.date_edit.set_value(date.today())
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            self.tr("Por ejemplo: la empresa vendió la planta de acopio y se retira de la zona.")
        )
        self.messages = {
            "retired_on": FieldMessage(),
            "retired_reason": FieldMessage(),
        }
        self.date_edit.set_message(self.messages["retired_on"])
        self.general_message = FieldMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.retire_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.retire_button.setText(self.tr("&Retirar socio"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))

        # Signals
        self.reason_edit.textChanged.connect(self.messages["retired_reason"].clear_message)
        self.date_edit.value_changed.connect(self.messages["retired_on"].clear_message)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget, field in (
            (self.tr("&Socio:"), self.partner_combo, self.partner_combo),
            (
                self.tr("&Fecha de retiro:"),
                self.date_edit,
                with_message(self.date_edit, self.messages["retired_on"]),
            ),
            (
                self.tr("&Motivo:"),
                self.reason_edit,
                with_message(self.reason_edit, self.messages["retired_reason"]),
            ),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form, 1)
        layout.addWidget(self.general_message)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 600, 400)
        self.reason_edit.setFocus()

    @property
    def retirement(self) -> Retirement:
        return Retirement(
            membership_id=self.partner_combo.currentData() or "",
            on=self.date_edit.value(),
            reason=self.reason_edit.toPlainText(),
        )

    def save(self) -> bool:
        if not self.date_edit.check_text():
            return False  # what was typed is not a date: said under the field
        for message in (*self.messages.values(), self.general_message):
            message.clear_message()
        if self.date_edit.value() is None:
            self.messages["retired_on"].show_message(self.tr("Indique la fecha de retiro."))
            return False
        value = self.retirement
        try:
            self.change = alliance_changes.retire_partner(
                self._db, value.membership_id, value.on, value.reason
            )
        except ValidationFailed as failed:
            for key, text in failed.errors.items():
                self.messages.get(key, self.general_message).show_message(text)
            return False
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Retirar socio"), worded(error))
            return False
        self.partner_retired.emit(value.membership_id)
        self.accept()
        return True

    @classmethod
    def retire_partner(
        cls,
        db: Database,
        alliance_id: str,
        membership_id: str | None = None,
        parent: QWidget | None = None,
    ) -> tuple[AgreementChange | None, bool]:
        """Open the dialog; where the agreement holds the change, and whether it was recorded."""
        dialog = cls(db, alliance_id, membership_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        change = dialog.change
        dialog.deleteLater()
        return change, accepted
