"""Signing a closed acta on screen: each present attendee signs on the pad in turn."""

from __future__ import annotations

import logging

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.vocabulary import AttendanceStatus
from alianzas_desktop.services import meetings
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.widgets.field_error import FieldMessage, hint_label
from alianzas_desktop.ui.widgets.signature_pad import SignaturePad
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

PRESENT = AttendanceStatus.PRESENT


class SignatureDialog(QDialog):
    """Choose a person, let them sign, «Guardar firma»; the acta prints the signature."""

    signature_saved = Signal(str)  # attendance id

    def __init__(self, db: Database, meeting_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._meeting_id = meeting_id
        acta = meetings.acta_document(db, meeting_id)
        self.people = [a for a in acta.content["attendees"] if a["status"] == PRESENT]
        self.signed: set[str] = set(acta.signatures)
        self.setWindowTitle(self.tr("Firmar el acta No. {0} en pantalla").format(acta.number))

        self.people_model = QStringListModel(self)
        self.people_view = QListView()
        self.people_view.setModel(self.people_model)
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_view.setMinimumWidth(240)
        self.who_label = QLabel()
        self.who_label.setStyleSheet(
            f"QLabel {{ font-weight: 600; color: {palette.css(palette.accent())}; }}"
        )
        self.pad = SignaturePad()
        self.save_button = QPushButton(self.tr("Guardar firma"))
        self.save_button.setDefault(True)
        self.message = FieldMessage()
        self.hint = hint_label(
            self.tr(
                "Cada persona firma con el mouse, el lápiz o el dedo. Una firma guardada en "
                "un acta cerrada ya no se cambia."
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))

        self.people_view.selectionModel().currentChanged.connect(lambda *_a: self._show_person())
        self.pad.changed.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save_signature)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        right = QVBoxLayout()
        right.addWidget(self.who_label)
        right.addWidget(self.pad, 1)
        right.addWidget(self.message)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        right.addLayout(save_row)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Asistentes:")))
        left.addWidget(self.people_view, 1)
        row.addLayout(left)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 820, 400)
        self._fill()
        self.select_person(self._first_unsigned())

    def _fill(self) -> None:
        self.people_model.setStringList(
            [
                (f"✔ {p['name']}" if p["attendance_id"] in self.signed else p["name"])
                for p in self.people
            ]
        )

    def _first_unsigned(self) -> int:
        return next(
            (i for i, p in enumerate(self.people) if p["attendance_id"] not in self.signed), 0
        )

    def select_person(self, row: int) -> None:
        if 0 <= row < len(self.people):
            self.people_view.setCurrentIndex(self.people_model.index(row))
        self._show_person()

    def current_person(self) -> dict | None:
        row = self.people_view.currentIndex().row()
        return self.people[row] if 0 <= row < len(self.people) else None

    def _show_person(self) -> None:
        person = self.current_person()
        self.pad.clear()
        self.message.clear_message()
        if person is None:
            self.who_label.setText("")
        elif person["attendance_id"] in self.signed:
            self.who_label.setText(self.tr("{0} ya firmó.").format(person["name"]))
        else:
            organization = f" — {person['organization']}" if person["organization"] else ""
            self.who_label.setText(self.tr("Firma de {0}").format(person["name"]) + organization)
        self._update_buttons()

    def _update_buttons(self) -> None:
        person = self.current_person()
        can_sign = person is not None and person["attendance_id"] not in self.signed
        self.pad.setEnabled(can_sign)
        self.save_button.setEnabled(can_sign and not self.pad.is_empty())

    def save_signature(self) -> bool:
        person = self.current_person()
        if person is None or self.pad.is_empty():
            return False
        try:
            meetings.record_signature(
                self._db, self._meeting_id, person["attendance_id"], self.pad.to_png()
            )
        except ServiceError as exc:
            self.message.show_message(worded(exc))
            return False
        self.signed.add(person["attendance_id"])
        row = self.people.index(person)
        self._fill()
        self.signature_saved.emit(person["attendance_id"])
        self.select_person(self._first_unsigned() if len(self.signed) < len(self.people) else row)
        return True
