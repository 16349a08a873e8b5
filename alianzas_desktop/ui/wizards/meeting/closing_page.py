"""Page 5, Cierre: end time, the next meeting, and who signs the acta."""

from __future__ import annotations

import logging
from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
)

from alianzas_desktop.domain.meeting import Errors, validate_closing
from alianzas_desktop.ui.widgets.field_error import FieldMessage, hint_label, with_message
from alianzas_desktop.ui.wizards.meeting.base import MeetingPage, to_qtime
from alianzas_desktop.ui.wizards.meeting.convocation_page import compact_table
from alianzas_desktop.ui.wizards.meeting.models import SignerModel
from alianzas_desktop.ui.wizards.nacimiento.base import to_qdate
from alianzas_desktop.ui.wizards.nacimiento.commitment_editor import NO_DATE

logger = logging.getLogger(__name__)


class ClosingPage(MeetingPage):
    topic = "closing"

    def __init__(self, data, parent=None):
        super().__init__(data, parent)
        self.setTitle(self.tr("5. Cierre"))
        self.setSubTitle(
            self.tr("La hora de finalización, la próxima reunión y quiénes firman el acta.")
        )

        self.end_time_edit = QTimeEdit()
        self.end_time_edit.setDisplayFormat("hh:mm AP")
        self.next_date_edit = QDateEdit()
        self.next_date_edit.setCalendarPopup(True)
        self.next_date_edit.setDisplayFormat("dd/MM/yyyy")
        self.next_date_edit.setMinimumDate(NO_DATE)
        self.next_date_edit.setSpecialValueText(self.tr("Sin fecha todavía"))
        self.next_place_edit = QLineEdit()
        self.next_place_edit.setPlaceholderText(self.tr("Opcional"))
        self.signer_model = SignerModel(data, self)
        self.signer_table = compact_table(self.signer_model, 0)
        self.signer_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.signers_message = self.message_for("signers")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.closing_hint = hint_label(
            self.tr(
                "Al pulsar «Cerrar sesión» el acta recibe su número y ya no se puede "
                "modificar; las correcciones posteriores se hacen con una fe de erratas."
            )
        )
        self.failure_message = FieldMessage()

        self.end_time_edit.timeChanged.connect(lambda t: self.set_value("end_time", t.toPython()))
        self.next_date_edit.dateChanged.connect(
            lambda d: self.set_value("next_date", None if d == NO_DATE else d.toPython())
        )
        self.next_place_edit.textChanged.connect(lambda t: self.set_value("next_place", t))
        self.signer_model.dataChanged.connect(lambda *_a: self.edited("signers"))

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        end_row = QHBoxLayout()
        end_row.addWidget(with_message(self.end_time_edit, self.message_for("end_time")))
        end_row.addStretch(1)
        form.addRow(self.tr("Hora de finalización:"), end_row)
        next_row = QHBoxLayout()
        next_row.addWidget(with_message(self.next_date_edit, self.message_for("next_date")))
        next_row.addStretch(1)
        form.addRow(self.tr("Próxima reunión:"), next_row)
        form.addRow(
            self.tr("Lugar de la próxima:"),
            with_message(self.next_place_edit, self.message_for("next_place")),
        )
        signers_box = QGroupBox(self.tr("Firman el acta"))
        signers_layout = QVBoxLayout(signers_box)
        signers_layout.addWidget(self.signer_table, 1)
        signers_layout.addWidget(self.signers_message)
        content = QVBoxLayout()
        content.addLayout(form)
        content.addWidget(signers_box, 1)
        content.addWidget(self.summary_label)
        content.addWidget(self.closing_hint)
        content.addWidget(self.failure_message)
        self.assemble_with_guidance(content)

    def load_widgets(self) -> None:
        data = self.data
        if data.end_time is None and data.start_time is not None:
            data.end_time = time(min(data.start_time.hour + 2, 23), data.start_time.minute)
        self.end_time_edit.setTime(to_qtime(data.end_time or time(11, 0)))
        self.next_date_edit.setDate(to_qdate(data.next_date) if data.next_date else NO_DATE)
        self.next_place_edit.setText(data.next_place)
        self.signer_model.reset()
        self._show_summary()

    def initializePage(self) -> None:
        self.signer_model.reset()
        self.failure_message.clear_message()
        self._show_summary()

    def _show_summary(self) -> None:
        data = self.data
        present = len(data.present())
        decisions = len(data.decisions)
        self.summary_label.setText(
            self.tr(
                "Se registran {present} asistentes, {items} puntos del orden del día, "
                "{decisions} decisiones y {new} compromisos nuevos."
            ).format(
                present=present,
                items=len(data.agenda),
                decisions=decisions,
                new=len(data.new_commitments),
            )
        )

    def check_signer(self, row: int, checked: bool = True) -> None:
        self.signer_model.setData(
            self.signer_model.index(row, 0),
            (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value,
            Qt.ItemDataRole.CheckStateRole,
        )

    def validate(self) -> Errors:
        return validate_closing(self.data)
