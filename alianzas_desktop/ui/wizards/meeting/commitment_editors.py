"""The forms of page 4: one new commitment, and the follow-up of one pending commitment."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.domain.meeting import (
    AttendeeEntry,
    Errors,
    FollowUpEntry,
    NewCommitmentEntry,
)
from alianzas_desktop.domain.vocabulary import CommitmentStatus, ContributionKind, Logic
from alianzas_desktop.services.meetings import MeetingPartner
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.widgets.sizing import lines_tall
from alianzas_desktop.ui.wizards.entry_form import EntryForm, vocabulary_combo

logger = logging.getLogger(__name__)


class NewCommitmentEditor(EntryForm):
    """Organisation, person, what, deadline, kind and logic of a new commitment."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._partners: list[MeetingPartner] = []
        self._present: list[AttendeeEntry] = []
        self.organization_combo = QComboBox()
        self.organization_combo.setPlaceholderText(self.tr("Elija el socio responsable…"))
        self.responsible_combo = QComboBox()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setPlaceholderText(self.tr("¿Qué se compromete a hacer?"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(lines_tall(self.description_edit, 3))
        self.deadline_edit = self._deadline_edit()
        self.kind_combo = vocabulary_combo(ContributionKind)
        self.logic_combo = vocabulary_combo(Logic)

        self.organization_combo.currentIndexChanged.connect(self._organization_chosen)
        self.responsible_combo.currentIndexChanged.connect(
            lambda i: self._set("responsible_key", self.responsible_combo.itemData(i) or "")
        )
        self.description_edit.textChanged.connect(
            lambda: self._set("description", self.description_edit.toPlainText())
        )
        self.deadline_edit.value_changed.connect(lambda day: self._set("deadline", day))
        self.kind_combo.currentIndexChanged.connect(
            lambda i: self._set("kind", self.kind_combo.itemData(i))
        )
        self.logic_combo.currentIndexChanged.connect(
            lambda i: self._set("logic", self.logic_combo.itemData(i))
        )

        # Assemble
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, key, widget in (
            (self.tr("&Compromiso:"), "description", self.description_edit),
            (self.tr("&Organización:"), "membership_id", self.organization_combo),
            (self.tr("&Responsable:"), "responsible_key", self.responsible_combo),
            (self.tr("Fecha &límite:"), "deadline", self.deadline_edit),
            (self.tr("Tipo de a&porte:"), "kind", self.kind_combo),
            (self.tr("Lóg&ica:"), "logic", self.logic_combo),
        ):
            labelled_row(form, text, self._field(key, widget), widget)
        # Tab goes down the form as it reads (the widgets were made in another order).
        chain = (
            self.description_edit,
            self.organization_combo,
            self.responsible_combo,
            self.deadline_edit,
            self.kind_combo,
            self.logic_combo,
        )
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.set_entry(None)

    def set_choices(self, partners: list[MeetingPartner], present: list[AttendeeEntry]) -> None:
        self._partners = list(partners)
        self._present = list(present)
        self._loading = True
        try:
            self.organization_combo.clear()
            for partner in partners:
                self.organization_combo.addItem(partner.organization, partner.membership_id)
            self._fill_responsible("")
        finally:
            self._loading = False
        self.set_entry(self.entry)

    def _fill_responsible(self, membership_id: str) -> None:
        """The people present, those of the chosen organisation first."""
        partner = next((p for p in self._partners if p.membership_id == membership_id), None)
        own = [p for p in self._present if partner and p.organization_id == partner.organization_id]
        others = [p for p in self._present if all(p.key != o.key for o in own)]
        kept = self.responsible_combo.currentData() or ""
        self.responsible_combo.clear()
        self.responsible_combo.addItem(self.tr("(solo la organización)"), "")
        for person in own + others:
            self.responsible_combo.addItem(clean_text(person.name), person.key)
        if own and others:
            self.responsible_combo.insertSeparator(len(own) + 1)
        self.responsible_combo.setCurrentIndex(max(self.responsible_combo.findData(kept), 0))

    def _organization_chosen(self, index: int) -> None:
        membership_id = self.organization_combo.itemData(index) or ""
        loading, self._loading = self._loading, True
        try:
            self._fill_responsible(membership_id)
        finally:
            self._loading = loading
        self._set("membership_id", membership_id)

    def set_entry(self, entry: NewCommitmentEntry | None) -> None:
        self.entry = entry
        self._loading = True
        try:
            shown = entry or NewCommitmentEntry()
            self.organization_combo.setCurrentIndex(
                self.organization_combo.findData(shown.membership_id) if shown.membership_id else -1
            )
            self._fill_responsible(shown.membership_id)
            self.responsible_combo.setCurrentIndex(
                max(self.responsible_combo.findData(shown.responsible_key), 0)
            )
            self.description_edit.setPlainText(shown.description)
            self.deadline_edit.set_value(shown.deadline)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(shown.kind))
            self.logic_combo.setCurrentIndex(self.logic_combo.findData(shown.logic))
        finally:
            self._loading = False
        self.setEnabled(entry is not None)
        self.show_errors({})

    def show_errors(self, errors: Errors) -> None:
        prefix = f"commitments.{self.entry.key}." if self.entry else "\0"
        self.show_entry_errors(prefix, errors)


class FollowUpEditor(EntryForm):
    """The status a pending commitment gets at this meeting, and a note."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.status_combo = vocabulary_combo(CommitmentStatus)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Opcional: cómo va, qué falta, por qué cambió"))

        self.status_combo.currentIndexChanged.connect(
            lambda i: self._set("status", self.status_combo.itemData(i))
        )
        self.note_edit.textChanged.connect(lambda t: self._set("note", t))

        # Assemble
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            form, self.tr("&Estado:"), self._field("status", self.status_combo), self.status_combo
        )
        labelled_row(form, self.tr("&Nota:"), self._field("note", self.note_edit), self.note_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.set_entry(None)

    def set_entry(self, entry: FollowUpEntry | None) -> None:
        self.entry = entry
        self._loading = True
        try:
            shown = entry or FollowUpEntry()
            self.status_combo.setCurrentIndex(self.status_combo.findData(shown.status))
            self.note_edit.setText(shown.note)
        finally:
            self._loading = False
        self.setEnabled(entry is not None)
        self.show_errors({})

    def show_errors(self, errors: Errors) -> None:
        prefix = f"follow_ups.{self.entry.commitment_id}." if self.entry else "\0"
        self.show_entry_errors(prefix, errors)
