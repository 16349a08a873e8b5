"""The form for one activity of the plan: what, who answers, when, for which result, which
commitments it serves, and whether it is a milestone."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.fields import SHORT_TEXT_MAX
from alianzas_desktop.domain.workplan import ActivityEntry
from alianzas_desktop.services.workplan import PlanCommitment, PlanPartner
from alianzas_desktop.ui.widgets.field_error import with_message
from alianzas_desktop.ui.widgets.keyboard import buddy_label, labelled_row, tab_leaves
from alianzas_desktop.ui.widgets.sizing import lines_tall
from alianzas_desktop.ui.wizards.entry_form import EntryForm
from alianzas_desktop.ui.wizards.puesta_en_marcha.models import CommitmentChecklist

logger = logging.getLogger(__name__)


def fill_partner_combo(combo: QComboBox, partners: Sequence[PlanPartner], empty: str) -> None:
    combo.clear()
    combo.addItem(empty, "")
    for partner in partners:
        if partner.retired:
            # Kept so an activity or role already given to it still shows its partner.
            text = QCoreApplication.translate("PuestaEnMarcha", "{0} (retirado)")
            combo.addItem(text.format(partner.organization), partner.membership_id)
        else:
            combo.addItem(partner.organization, partner.membership_id)


def fill_person_combo(
    combo: QComboBox, partners: Sequence[PlanPartner], membership_id: str, empty: str
) -> None:
    combo.clear()
    combo.addItem(empty, "")
    partner = next((p for p in partners if p.membership_id == membership_id), None)
    for person in partner.people if partner else ():
        combo.addItem(person.name, person.id)


class ActivityEditor(EntryForm):
    """Edits the ActivityEntry it is given in place; says which field changed."""

    def __init__(
        self,
        partners: Sequence[PlanPartner],
        commitments: Sequence[PlanCommitment],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._partners = list(partners)

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(SHORT_TEXT_MAX * 2)  # over the limit is said, not cut
        self.title_edit.setPlaceholderText(self.tr("¿Qué se va a hacer?"))
        self.partner_combo = QComboBox()
        fill_partner_combo(self.partner_combo, partners, self.tr("(elija el socio)"))
        self.person_combo = QComboBox()
        self.start_edit = self._deadline_edit("start_date")
        self.end_edit = self._deadline_edit("end_date")
        self.result_edit = QPlainTextEdit()
        self.result_edit.setTabChangesFocus(True)
        self.result_edit.setPlaceholderText(self.tr("¿Qué habrá al terminar?"))
        self.result_edit.setFixedHeight(lines_tall(self.result_edit, 2.7))
        self.checklist = CommitmentChecklist(commitments, self)
        self.commitments_view = tab_leaves(QListView())
        self.commitments_view.setModel(self.checklist)
        self.commitments_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.commitments_view.setMinimumHeight(120)
        self.commitments_view.setWordWrap(True)
        self.milestone_check = QCheckBox(self.tr("Es un &hito (un momento clave del plan)"))

        self.title_edit.textChanged.connect(lambda text: self._set("title", text))
        self.partner_combo.currentIndexChanged.connect(self._partner_changed)
        self.person_combo.currentIndexChanged.connect(
            lambda i: self._set("responsible_person_id", self.person_combo.itemData(i) or "")
        )
        self.start_edit.value_changed.connect(self._start_changed)
        self.end_edit.value_changed.connect(lambda day: self._set("end_date", day))
        self.result_edit.textChanged.connect(
            lambda: self._set("expected_result", self.result_edit.toPlainText())
        )
        self.checklist.toggled.connect(lambda: self._set_commitments())
        self.milestone_check.toggled.connect(lambda on: self._set("is_milestone", on))

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            form, self.tr("Acti&vidad:"), self._field("title", self.title_edit), self.title_edit
        )
        labelled_row(
            form,
            self.tr("&Socio responsable:"),
            self._field("responsible_membership_id", self.partner_combo),
            self.partner_combo,
        )
        labelled_row(
            form,
            self.tr("&Persona:"),
            self._field("responsible_person_id", self.person_combo),
            self.person_combo,
        )
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self._field("start_date", self.start_edit), 1)
        dates.addWidget(buddy_label(self.tr("&Fin:"), self.end_edit))
        dates.addWidget(self._field("end_date", self.end_edit), 1)
        dates_box = QWidget()
        dates_box.setLayout(dates)
        labelled_row(form, self.tr("&Inicio:"), dates_box, self.start_edit)
        labelled_row(
            form,
            self.tr("&Resultado esperado:"),
            self._field("expected_result", self.result_edit),
            self.result_edit,
        )
        labelled_row(
            form,
            self.tr("Co&mpromisos que atiende:"),
            with_message(self.commitments_view, self.message("commitment_ids")),
            self.commitments_view,
        )
        form.addRow("", self.milestone_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_activity(None)

    # -- showing ----------------------------------------------------------------------

    def set_activity(self, item: ActivityEntry | None) -> None:
        self.entry = item
        self._loading = True
        try:
            shown = item or ActivityEntry()
            self.title_edit.setText(shown.title)
            self.partner_combo.setCurrentIndex(
                max(self.partner_combo.findData(shown.responsible_membership_id), 0)
            )
            self._fill_people(shown.responsible_membership_id)
            self.person_combo.setCurrentIndex(
                max(self.person_combo.findData(shown.responsible_person_id), 0)
            )
            self.start_edit.set_value(shown.start_date)
            self.end_edit.set_value(shown.end_date)
            self.end_edit.calendar_month = shown.start_date
            self.result_edit.setPlainText(shown.expected_result)
            self.checklist.set_entry(item)
            self.milestone_check.setChecked(shown.is_milestone)
        finally:
            self._loading = False
        self.setEnabled(item is not None)
        self.show_entry_errors("\0", {})

    # -- edits --------------------------------------------------------------------------

    def _fill_people(self, membership_id: str) -> None:
        fill_person_combo(
            self.person_combo, self._partners, membership_id, self.tr("(sin persona)")
        )

    def _partner_changed(self, index: int) -> None:
        membership_id = self.partner_combo.itemData(index) or ""
        if self._loading or self.entry is None:
            return
        self._loading = True
        self._fill_people(membership_id)
        self._loading = False
        self.entry.responsible_person_id = ""
        self._set("responsible_membership_id", membership_id)

    def _start_changed(self, day) -> None:
        if day is not None and self.end_edit.value() is None:
            self.end_edit.calendar_month = day  # the end is chosen after the start
        self._set("start_date", day)

    def _set_commitments(self) -> None:
        if self.entry is not None:
            self._set("commitment_ids", list(self.entry.commitment_ids))
