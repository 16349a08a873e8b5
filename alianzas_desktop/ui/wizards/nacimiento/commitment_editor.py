"""The form for one commitment on page 4: what, kind, value in pesos, deadline, logic."""

from __future__ import annotations

import logging
import re
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from alianzas_desktop.domain import formatting
from alianzas_desktop.domain.nacimiento import CommitmentDraft, Errors
from alianzas_desktop.domain.vocabulary import ContributionKind, Logic
from alianzas_desktop.ui.models.base import vocabulary_description
from alianzas_desktop.ui.widgets.field_error import hint_label, with_message
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.widgets.sizing import lines_tall
from alianzas_desktop.ui.wizards.entry_form import EntryForm, vocabulary_combo

logger = logging.getLogger(__name__)

_MONEY = re.compile(r"^\$?\s*\d{1,3}(\.\d{3})*$|^\$?\s*\d+$")


def parse_pesos(text: str) -> int | None:
    """'1.500.000', '$ 1.500.000' or '1500000' → 1500000; '' → None; ValueError otherwise.

    Colombian style: dots separate thousands; pesos are whole, so a comma is refused.
    """
    text = text.strip()
    if not text:
        return None
    if not _MONEY.match(text):
        raise ValueError(text)
    return int(re.sub(r"[^\d]", "", text))


class CommitmentEditor(EntryForm):
    """Edits the CommitmentDraft it is given in place; says which field changed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bad_value = False

        self.description_edit = QPlainTextEdit()
        self.description_edit.setPlaceholderText(self.tr("¿Qué se compromete a hacer o poner?"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(lines_tall(self.description_edit, 3.1))
        self.kind_combo = vocabulary_combo(ContributionKind)
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("Opcional, en pesos: 1.500.000"))
        self.deadline_edit = self._deadline_edit()
        self.logic_combo = vocabulary_combo(Logic)
        for row, logic in enumerate(Logic):
            self.logic_combo.setItemData(
                row, vocabulary_description(logic), Qt.ItemDataRole.ToolTipRole
            )
        self.logic_hint = hint_label()
        # Room for two lines: the longest description wraps, and the form would overlap it.
        self.logic_hint.setMinimumHeight(self.logic_hint.fontMetrics().lineSpacing() * 2 + 4)

        self.description_edit.textChanged.connect(
            lambda: self._set("description", self.description_edit.toPlainText())
        )
        self.kind_combo.currentIndexChanged.connect(
            lambda i: self._set("kind", self.kind_combo.itemData(i))
        )
        self.value_edit.textChanged.connect(self._value_typed)
        self.value_edit.editingFinished.connect(self._value_finished)
        self.deadline_edit.value_changed.connect(lambda day: self._set("deadline", day))
        self.logic_combo.currentIndexChanged.connect(self._logic_changed)

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            form,
            self.tr("&Compromiso:"),
            self._field("description", self.description_edit),
            self.description_edit,
        )
        labelled_row(
            form, self.tr("Tipo de a&porte:"), self._field("kind", self.kind_combo), self.kind_combo
        )
        labelled_row(
            form,
            self.tr("&Valor estimado ($):"),
            self._field("estimated_value", self.value_edit),
            self.value_edit,
        )
        labelled_row(
            form,
            self.tr("Fecha &límite:"),
            self._field("deadline", self.deadline_edit),
            self.deadline_edit,
        )
        labelled_row(
            form,
            self.tr("Lóg&ica:"),
            with_message(self.logic_combo, self.message("logic"), self.logic_hint),
            self.logic_combo,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_commitment(None)

    @property
    def commitment(self) -> CommitmentDraft | None:
        """The commitment being edited (the form's entry)."""
        return self.entry

    @property
    def calendar_month(self) -> date | None:
        """The month the deadline calendar opens on while no date is chosen yet."""
        return self.deadline_edit.calendar_month

    @calendar_month.setter
    def calendar_month(self, month: date | None) -> None:
        self.deadline_edit.calendar_month = month

    # -- showing ----------------------------------------------------------------------

    def set_commitment(self, item: CommitmentDraft | None) -> None:
        self.entry = item
        self._loading = True
        try:
            shown = item or CommitmentDraft()
            self.description_edit.setPlainText(shown.description)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(shown.kind))
            self.value_edit.setText(
                formatting.number(shown.estimated_value)
                if shown.estimated_value is not None
                else ""
            )
            self.bad_value = False
            self.deadline_edit.set_value(shown.deadline)
            self.logic_combo.setCurrentIndex(self.logic_combo.findData(shown.logic))
            self._show_logic_hint()
        finally:
            self._loading = False
        self.setEnabled(item is not None)
        self.show_errors({})

    def show_errors(self, errors: Errors) -> None:
        prefix = f"commitments.{self.commitment.key}." if self.commitment else "\0"
        self.show_entry_errors(prefix, errors)

    # -- edits --------------------------------------------------------------------------

    def _value_typed(self, text: str) -> None:
        if self._loading or self.commitment is None:
            return
        try:
            value = parse_pesos(text)
        except ValueError:
            # Said when the facilitator leaves the field, not while "1." is half typed.
            self.bad_value = True
            return
        self.bad_value = False
        self._set("estimated_value", value)

    def value_error(self) -> str:
        return self.tr("Escriba el valor solo con números, por ejemplo 1.500.000.")

    def _value_finished(self) -> None:
        """Show the amount the Colombian way once the facilitator leaves the field."""
        if self.commitment is None:
            return
        if self.bad_value:
            self.message("estimated_value").show_message(self.value_error())
            return
        if self.commitment.estimated_value is None:
            return
        formatted = formatting.number(self.commitment.estimated_value)
        if self.value_edit.text() != formatted:
            self._loading = True
            self.value_edit.setText(formatted)
            self._loading = False

    def _logic_changed(self, index: int) -> None:
        self._show_logic_hint()
        self._set("logic", self.logic_combo.itemData(index))

    def _show_logic_hint(self) -> None:
        code = self.logic_combo.currentData()
        self.logic_hint.setText(vocabulary_description(Logic(code)) if code else "")
