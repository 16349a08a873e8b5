"""Page 3, Reflexión: what changed, what was learned, and the decisions to adapt."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.evaluation import (
    AdaptationDecision,
    DecisionOutcome,
    validate_reflection,
)
from alianzas_desktop.domain.fields import Errors
from alianzas_desktop.domain.vocabulary import ContributionKind, Logic
from alianzas_desktop.services.evaluations import ReviewContext, ReviewPartner
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.widgets.sizing import lines_tall
from alianzas_desktop.ui.wizards.entry_form import EntryForm, list_beside_editor, vocabulary_combo
from alianzas_desktop.ui.wizards.review.base import (
    ReviewPage,
    compact_table,
    current_row,
    select_row,
)
from alianzas_desktop.ui.wizards.review.models import DecisionModel, outcome_label

logger = logging.getLogger(__name__)


class DecisionEditor(EntryForm):
    """A decision's text, what it becomes, and — for a commitment or activity — who and when."""

    def __init__(self, partners: list[ReviewPartner], parent: QWidget | None = None):
        super().__init__(parent)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(lines_tall(self.text_edit, 2.6))
        self.text_edit.setPlaceholderText(self.tr("¿Qué decidieron cambiar?"))
        self.outcome_combo = QComboBox()
        for outcome in DecisionOutcome:
            self.outcome_combo.addItem(outcome_label(outcome.value), outcome.value)
        self.organization_combo = QComboBox()
        self.organization_combo.setPlaceholderText(self.tr("Elija el socio responsable…"))
        for partner in partners:
            self.organization_combo.addItem(partner.organization, partner.membership_id)
        self.deadline_edit = self._deadline_edit()
        self.kind_combo = vocabulary_combo(ContributionKind)
        self.logic_combo = vocabulary_combo(Logic)

        self.text_edit.textChanged.connect(lambda: self._set("text", self.text_edit.toPlainText()))
        self.outcome_combo.currentIndexChanged.connect(self._outcome_chosen)
        self.organization_combo.currentIndexChanged.connect(
            lambda i: self._set("membership_id", self.organization_combo.itemData(i) or "")
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
            (self.tr("&Decisión:"), "text", self.text_edit),
            (self.tr("Se con&vierte en:"), "outcome", self.outcome_combo),
            (self.tr("&Responsable:"), "membership_id", self.organization_combo),
            (self.tr("Fecha &límite:"), "deadline", self.deadline_edit),
            (self.tr("Tipo de a&porte:"), "kind", self.kind_combo),
            (self.tr("Lóg&ica:"), "logic", self.logic_combo),
        ):
            labelled_row(form, text, self._field(key, widget), widget)
        self.set_entry(None)

    def _outcome_chosen(self, index: int) -> None:
        self._set("outcome", self.outcome_combo.itemData(index))
        self._enable_parts()

    def _enable_parts(self) -> None:
        outcome = self.entry.outcome if self.entry else DecisionOutcome.RECORD.value
        assigned = outcome != DecisionOutcome.RECORD.value
        self.organization_combo.setEnabled(assigned)
        self.deadline_edit.setEnabled(assigned)
        self.kind_combo.setEnabled(outcome == DecisionOutcome.COMMITMENT.value)
        self.logic_combo.setEnabled(outcome == DecisionOutcome.COMMITMENT.value)

    def set_entry(self, entry: AdaptationDecision | None) -> None:
        self.entry = entry
        self._loading = True
        try:
            shown = entry or AdaptationDecision()
            self.text_edit.setPlainText(shown.text)
            self.outcome_combo.setCurrentIndex(self.outcome_combo.findData(shown.outcome))
            self.organization_combo.setCurrentIndex(
                self.organization_combo.findData(shown.membership_id) if shown.membership_id else -1
            )
            self.deadline_edit.set_value(shown.deadline)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(shown.kind))
            self.logic_combo.setCurrentIndex(self.logic_combo.findData(shown.logic))
        finally:
            self._loading = False
        self.setEnabled(entry is not None)
        self._enable_parts()
        self.show_errors({})

    def show_errors(self, errors: Errors) -> None:
        prefix = f"decisions.{self.entry.key}." if self.entry else "\0"
        self.show_entry_errors(prefix, errors)


class ReflectionPage(ReviewPage):
    topic = "reflection"

    def __init__(self, data, context: ReviewContext, parent=None):
        super().__init__(data, parent)
        self._errors: Errors = {}
        self.setTitle(self.tr("3. Reflexión"))
        self.setSubTitle(
            self.tr("Qué cambió, qué aprendieron y qué deciden cambiar para adaptarse.")
        )
        self.changes_edit = QPlainTextEdit()
        self.changes_edit.setTabChangesFocus(True)
        self.changes_edit.setPlaceholderText(
            self.tr("Nuevas autoridades, precios, clima, otros actores…")
        )
        self.learnings_edit = QPlainTextEdit()
        self.learnings_edit.setTabChangesFocus(True)
        self.learnings_edit.setPlaceholderText(self.tr("Lo que harían igual, y lo que no"))
        for edit in (self.changes_edit, self.learnings_edit):
            edit.setFixedHeight(lines_tall(edit, 3.4))
        self.model = DecisionModel(data, context.partners, self)
        self.table = compact_table(self.model, DecisionModel.TEXT)
        self.add_button = QPushButton(self.tr("&Agregar decisión"))
        self.remove_button = QPushButton(self.tr("&Quitar"))
        self.editor = DecisionEditor(context.partners)
        self.decisions_message = FieldMessage()
        self.failure_message = FieldMessage()

        self.changes_edit.textChanged.connect(
            lambda: self.set_value("context_changes", self.changes_edit.toPlainText())
        )
        self.learnings_edit.textChanged.connect(
            lambda: self.set_value("learnings", self.learnings_edit.toPlainText())
        )
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.add_button.clicked.connect(self.add_decision)
        self.remove_button.clicked.connect(self.remove_decision)
        self.editor.edited.connect(self._decision_edited)

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            form,
            self.tr("Qué ca&mbió alrededor:"),
            with_message(self.changes_edit, self.message_for("context_changes")),
            self.changes_edit,
        )
        labelled_row(
            form,
            self.tr("Qué apr&endieron:"),
            with_message(self.learnings_edit, self.message_for("learnings")),
            self.learnings_edit,
        )
        box = list_beside_editor(
            self.tr("Decisiones para adaptar"),
            self.table,
            [self.add_button, self.remove_button],
            self.decisions_message,
            self.editor,
        )
        content = QVBoxLayout()
        content.addLayout(form)
        content.addWidget(box, 1)
        content.addWidget(self.failure_message)
        self.assemble_with_guidance(content)

    def load_widgets(self) -> None:
        self.changes_edit.setPlainText(self.data.context_changes)
        self.learnings_edit.setPlainText(self.data.learnings)
        self.model.reset()
        select_row(self.table, 0)
        if self.model.rowCount() == 0:
            self.editor.set_entry(None)
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    # -- decisions ------------------------------------------------------------------------------

    def add_decision(self) -> None:
        row = self.model.append(AdaptationDecision())
        select_row(self.table, row)
        self.remove_button.setEnabled(True)
        self.editor.text_edit.setFocus()
        self.edited("decisions")

    def remove_decision(self) -> None:
        row = current_row(self.table)
        if self.model.remove(row) is None:
            return
        if self.model.rowCount():
            select_row(self.table, min(row, self.model.rowCount() - 1))
        else:
            self.editor.set_entry(None)
        self.remove_button.setEnabled(self.model.rowCount() > 0)
        self.edited("decisions")

    def _row_changed(self, current, _previous) -> None:
        self.editor.set_entry(self.model.entry_at(current.row()) if current.isValid() else None)
        self.editor.show_errors(self._errors)

    def _decision_edited(self, field: str) -> None:
        entry = self.editor.entry
        if entry is not None:
            self._errors.pop(f"decisions.{entry.key}.{field}", None)
            self.model.refresh_row(self.model.row_of(entry.key))
        self.edited()

    # -- checking -------------------------------------------------------------------------------

    def validate(self) -> Errors:
        return validate_reflection(self.data)

    def show_errors(self, errors: Errors) -> None:
        super().show_errors(errors)
        self._errors = {k: v for k, v in errors.items() if k.startswith("decisions.")}
        bad = [
            d
            for d in self.data.decisions
            if any(k.startswith(f"decisions.{d.key}.") for k in errors)
        ]
        if bad and self.editor.entry not in bad:
            select_row(self.table, self.model.row_of(bad[0].key))
        self.editor.show_errors(self._errors)
        self.decisions_message.show_message(
            errors.get("decisions")
            or (self.tr("Faltan datos en algunas decisiones: revise el marcado.") if bad else "")
        )
