"""Page 5, Cierre: end time, the next meeting, and who signs the acta."""

from __future__ import annotations

import logging
from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from alianzas_desktop.domain.meeting import Errors, validate_closing
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import FieldMessage, hint_label, with_message
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.widgets.time_field import TimeField
from alianzas_desktop.ui.wizards.meeting.base import MeetingPage, to_qtime
from alianzas_desktop.ui.wizards.meeting.convocation_page import compact_table
from alianzas_desktop.ui.wizards.meeting.models import SignerModel

logger = logging.getLogger(__name__)


class ClosingPage(MeetingPage):
    topic = "closing"

    def __init__(self, data, parent=None):
        super().__init__(data, parent)
        self.setTitle(self.tr("5. Cierre"))
        self.setSubTitle(
            self.tr(
                "La hora de finalización, la próxima reunión, quién presidió y quién fue "
                "secretario, y quiénes firman el acta."
            )
        )

        self.end_time_edit = TimeField()
        self.next_date_edit = DateField(self.tr("Sin fecha todavía: dd/mm/aaaa"))
        self.next_date_edit.setClearButtonEnabled(True)
        self.next_date_edit.set_message(self.message_for("next_date"))
        self.next_place_edit = QLineEdit()
        self.next_place_edit.setPlaceholderText(self.tr("Opcional"))
        # GTC 185: the acta names who presided and who took the minutes.
        self.chair_combo = QComboBox()
        self.secretary_combo = QComboBox()
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
        self.next_date_edit.value_changed.connect(lambda day: self.set_value("next_date", day))
        self.next_place_edit.textChanged.connect(lambda t: self.set_value("next_place", t))
        self.chair_combo.currentIndexChanged.connect(
            lambda i: self.set_value("chair_key", self.chair_combo.itemData(i) or "")
        )
        self.secretary_combo.currentIndexChanged.connect(
            lambda i: self.set_value("secretary_key", self.secretary_combo.itemData(i) or "")
        )
        self.signer_model.dataChanged.connect(lambda *_a: self.edited("signers"))

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        end_row = QHBoxLayout()
        end_row.addWidget(with_message(self.end_time_edit, self.message_for("end_time")))
        end_row.addStretch(1)
        labelled_row(form, self.tr("Hora de &finalización:"), end_row, self.end_time_edit)
        next_row = QHBoxLayout()
        next_row.addWidget(with_message(self.next_date_edit, self.messages["next_date"]))
        next_row.addStretch(1)
        labelled_row(form, self.tr("Pró&xima reunión:"), next_row, self.next_date_edit)
        labelled_row(
            form,
            self.tr("L&ugar de la próxima:"),
            with_message(self.next_place_edit, self.message_for("next_place")),
            self.next_place_edit,
        )
        labelled_row(
            form,
            self.tr("&Preside la sesión:"),
            with_message(self.chair_combo, self.message_for("chair_key")),
            self.chair_combo,
        )
        labelled_row(
            form,
            self.tr("Secretario(a) de la se&sión:"),
            with_message(self.secretary_combo, self.message_for("secretary_key")),
            self.secretary_combo,
        )
        # Alt+M takes the focus into the list; Space ticks who signs.
        signers_box = QGroupBox(self.tr("Fir&man el acta"))
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
        self.next_date_edit.set_value(data.next_date)
        self.next_place_edit.setText(data.next_place)
        self.signer_model.reset()
        self._fill_officers()
        self._show_summary()

    def initializePage(self) -> None:
        self.signer_model.reset()
        with self.loading():
            self._fill_officers()
        self.failure_message.clear_message()
        self._show_summary()

    def _fill_officers(self) -> None:
        """The people present, for presidente and secretario; a choice no longer present drops."""
        present = self.data.present()
        keys = {a.key for a in present}
        for combo, attr in (
            (self.chair_combo, "chair_key"),
            (self.secretary_combo, "secretary_key"),
        ):
            if getattr(self.data, attr) not in keys:
                setattr(self.data, attr, "")
            combo.clear()
            combo.addItem(self.tr("(sin designar: se escribe a mano)"), "")
            for attendee in present:
                combo.addItem(attendee.name, attendee.key)
            combo.setCurrentIndex(max(combo.findData(getattr(self.data, attr)), 0))

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
