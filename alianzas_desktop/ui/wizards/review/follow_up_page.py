"""Page 1, Seguimiento: the review's date, the open commitments and plan activities one by one."""

from __future__ import annotations

import logging
from enum import Enum

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.evaluation import validate_follow_up
from alianzas_desktop.domain.fields import Errors
from alianzas_desktop.domain.vocabulary import ActivityStatus, CommitmentStatus
from alianzas_desktop.services.evaluations import ReviewContext
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import hint_label, with_message
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.wizards.entry_form import EntryForm, vocabulary_combo
from alianzas_desktop.ui.wizards.review.base import ReviewPage, compact_table, select_row
from alianzas_desktop.ui.wizards.review.models import (
    ActivityFollowUpModel,
    CommitmentFollowUpModel,
)

logger = logging.getLogger(__name__)


class StatusNoteEditor(EntryForm):
    """The status an entry gets at this review, and a note; ``id_field`` names the entry."""

    def __init__(
        self,
        statuses: type[Enum],
        id_field: str,
        prefix: str,
        status_text: str,
        note_text: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._id_field = id_field
        self._prefix = prefix
        self.status_combo: QComboBox = vocabulary_combo(statuses)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Opcional: cómo va, qué falta, por qué cambió"))

        self.status_combo.currentIndexChanged.connect(
            lambda i: self._set("status", self.status_combo.itemData(i))
        )
        self.note_edit.textChanged.connect(lambda t: self._set("note", t))

        # Assemble
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = QHBoxLayout()
        row.addWidget(self._field("status", self.status_combo))
        labelled_row(form, status_text, row, self.status_combo)
        labelled_row(form, note_text, self._field("note", self.note_edit), self.note_edit)
        self.set_entry(None)

    def set_entry(self, entry) -> None:
        self.entry = entry
        self._loading = True
        try:
            self.status_combo.setCurrentIndex(
                self.status_combo.findData(entry.status) if entry else 0
            )
            self.note_edit.setText(entry.note if entry else "")
        finally:
            self._loading = False
        self.setEnabled(entry is not None)
        self.show_errors({})

    def show_errors(self, errors: Errors) -> None:
        prefix = f"{self._prefix}.{getattr(self.entry, self._id_field)}." if self.entry else "\0"
        self.show_entry_errors(prefix, errors)


class FollowUpPage(ReviewPage):
    topic = "follow_up"

    def __init__(self, data, context: ReviewContext, parent=None):
        super().__init__(data, parent)
        self._errors: Errors = {}
        self.setTitle(self.tr("1. Seguimiento"))
        self.setSubTitle(
            self.tr("Cómo van, uno por uno, los compromisos abiertos y las actividades del plan.")
        )
        self.date_edit = DateField(self.tr("dd/mm/aaaa"))
        self.date_edit.set_message(self.message_for("held_on"))
        self.commitment_model = CommitmentFollowUpModel(data, context.commitments, self)
        self.commitment_table = compact_table(
            self.commitment_model, CommitmentFollowUpModel.DESCRIPTION
        )
        self.commitment_editor = StatusNoteEditor(
            CommitmentStatus,
            "commitment_id",
            "follow_ups",
            self.tr("&Estado del compromiso:"),
            self.tr("&Nota:"),
        )
        self.no_commitments_hint = hint_label(self.tr("La alianza no tiene compromisos abiertos."))
        self.activity_model = ActivityFollowUpModel(data, context.activities, self)
        self.activity_table = compact_table(self.activity_model, ActivityFollowUpModel.TITLE)
        self.activity_editor = StatusNoteEditor(
            ActivityStatus,
            "activity_id",
            "activities",
            self.tr("Estado de la acti&vidad:"),
            self.tr("N&ota:"),
        )
        self.no_activities_hint = hint_label(
            self.tr("La alianza no tiene actividades abiertas en su plan de trabajo.")
        )

        self.date_edit.value_changed.connect(lambda day: self.set_value("held_on", day))
        self.commitment_table.selectionModel().currentRowChanged.connect(self._commitment_changed)
        self.commitment_editor.edited.connect(self._commitment_edited)
        self.activity_table.selectionModel().currentRowChanged.connect(self._activity_changed)
        self.activity_editor.edited.connect(self._activity_edited)

        # Assemble
        date_form = QFormLayout()
        labelled_row(
            date_form,
            self.tr("&Fecha de la revisión:"),
            with_message(self.date_edit, self.messages["held_on"]),
            self.date_edit,
        )
        commitments_box = QGroupBox(self.tr("Compromisos abiertos"))
        commitments_layout = QVBoxLayout(commitments_box)
        commitments_layout.addWidget(self.commitment_table, 1)
        commitments_layout.addWidget(self.no_commitments_hint)
        commitments_layout.addWidget(self.commitment_editor)
        activities_box = QGroupBox(self.tr("Actividades del plan de trabajo"))
        activities_layout = QVBoxLayout(activities_box)
        activities_layout.addWidget(self.activity_table, 1)
        activities_layout.addWidget(self.no_activities_hint)
        activities_layout.addWidget(self.activity_editor)
        content = QVBoxLayout()
        content.addLayout(date_form)
        content.addWidget(commitments_box, 3)
        content.addWidget(activities_box, 2)
        self.assemble_with_guidance(content)
        QWidget.setTabOrder(self.date_edit, self.commitment_table)

    def load_widgets(self) -> None:
        self.date_edit.set_value(self.data.held_on)
        self.commitment_model.reset()
        self.activity_model.reset()
        select_row(self.commitment_table, 0)
        select_row(self.activity_table, 0)
        if self.commitment_model.rowCount() == 0:
            self.commitment_editor.set_entry(None)
        if self.activity_model.rowCount() == 0:
            self.activity_editor.set_entry(None)
        self.no_commitments_hint.setVisible(self.commitment_model.rowCount() == 0)
        self.no_activities_hint.setVisible(self.activity_model.rowCount() == 0)

    def _commitment_changed(self, current, _previous) -> None:
        self.commitment_editor.set_entry(
            self.commitment_model.entry_at(current.row()) if current.isValid() else None
        )
        self.commitment_editor.show_errors(self._errors)

    def _commitment_edited(self, _field: str) -> None:
        entry = self.commitment_editor.entry
        if entry is not None:
            self.commitment_model.refresh_row(self.commitment_model.row_of(entry.commitment_id))
        self.edited()

    def _activity_changed(self, current, _previous) -> None:
        self.activity_editor.set_entry(
            self.activity_model.entry_at(current.row()) if current.isValid() else None
        )
        self.activity_editor.show_errors(self._errors)

    def _activity_edited(self, _field: str) -> None:
        entry = self.activity_editor.entry
        if entry is not None:
            self.activity_model.refresh_row(self.activity_model.row_of(entry.activity_id))
        self.edited()

    def validate(self) -> Errors:
        return validate_follow_up(self.data)

    def show_errors(self, errors: Errors) -> None:
        super().show_errors(errors)
        self._errors = {
            k: v for k, v in errors.items() if k.startswith(("follow_ups.", "activities."))
        }
        self.commitment_editor.show_errors(self._errors)
        self.activity_editor.show_errors(self._errors)
