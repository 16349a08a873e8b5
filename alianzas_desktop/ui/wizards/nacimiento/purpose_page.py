"""Page 3: the common purpose, the objectives and the four conditions of an alliance."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from alianzas_desktop.domain.nacimiento import Errors, validate_purpose
from alianzas_desktop.domain.vocabulary import Condition
from alianzas_desktop.ui.models.base import vocabulary_description, vocabulary_label
from alianzas_desktop.ui.widgets.field_error import FieldMessage, hint_label, with_message
from alianzas_desktop.ui.widgets.keyboard import labelled_row, with_mnemonic
from alianzas_desktop.ui.widgets.sizing import lines_tall
from alianzas_desktop.ui.wizards.nacimiento.base import NacimientoPage

logger = logging.getLogger(__name__)

# The Alt+letter of each condition's check box, unique on the page (P and O are the texts').
_CONDITION_LETTERS = {
    Condition.OPEN_RELATIONS.value: "r",
    Condition.ACTIVE_PARTNERS.value: "s",
    Condition.COMPLEMENTARY_CONTRIBUTIONS.value: "c",
    Condition.COMMON_PURPOSE.value: "m",
}


class PurposePage(NacimientoPage):
    topic = "purpose"

    def __init__(self, data, parent=None):
        super().__init__(data, parent)
        self.setTitle(self.tr("3. Propósito común"))
        self.setSubTitle(
            self.tr("Qué quieren lograr juntos, y si ya se dan las condiciones de una alianza.")
        )

        self.purpose_edit = QPlainTextEdit()
        self.purpose_edit.setPlaceholderText(
            self.tr("Por ejemplo: mejorar los ingresos de 60 familias productoras de frijol.")
        )
        self.purpose_edit.setTabChangesFocus(True)
        self.purpose_edit.setFixedHeight(lines_tall(self.purpose_edit, 5))
        self.objectives_edit = QPlainTextEdit()
        self.objectives_edit.setPlaceholderText(self.tr("Opcional: un objetivo por línea."))
        self.objectives_edit.setTabChangesFocus(True)
        self.objectives_edit.setFixedHeight(lines_tall(self.objectives_edit, 5))
        self.condition_checks: dict[str, QCheckBox] = {}
        self.condition_notes: dict[str, QLineEdit] = {}
        self._condition_hints = {}
        for condition in Condition:
            check = QCheckBox(
                with_mnemonic(vocabulary_label(condition), _CONDITION_LETTERS[condition.value])
            )
            check.setToolTip(vocabulary_description(condition))
            note = QLineEdit()
            note.setPlaceholderText(self.tr("Nota: qué se ve, o qué falta"))
            self.condition_checks[condition.value] = check
            self.condition_notes[condition.value] = note
            self._condition_hints[condition.value] = hint_label(vocabulary_description(condition))
            self.message_for(f"conditions.{condition.value}")

        self.purpose_edit.textChanged.connect(
            lambda: self.set_value("purpose", self.purpose_edit.toPlainText())
        )
        self.objectives_edit.textChanged.connect(
            lambda: self.set_value("objectives", self.objectives_edit.toPlainText())
        )
        for code, check in self.condition_checks.items():
            check.toggled.connect(lambda on, code=code: self._set_condition(code, met=on))
            self.condition_notes[code].textChanged.connect(
                lambda text, code=code: self._set_condition(code, note=text)
            )

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            form,
            self.tr("&Propósito común:"),
            with_message(self.purpose_edit, self.message_for("purpose")),
            self.purpose_edit,
        )
        labelled_row(
            form,
            self.tr("&Objetivos:"),
            with_message(self.objectives_edit, self.message_for("objectives")),
            self.objectives_edit,
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        for row, condition in enumerate(Condition):
            code = condition.value
            grid.addWidget(self.condition_checks[code], row * 3, 0)
            grid.addWidget(self.condition_notes[code], row * 3, 1)
            grid.addWidget(self._condition_hints[code], row * 3 + 1, 0, 1, 2)
            message: FieldMessage = self.messages[f"conditions.{code}"]
            grid.addWidget(message, row * 3 + 2, 0, 1, 2)
        conditions_box = QGroupBox(self.tr("¿Se dan las cuatro condiciones de una alianza?"))
        conditions_box.setLayout(grid)
        content = QVBoxLayout()
        content.addLayout(form)
        content.addWidget(conditions_box)
        content.addStretch(1)
        self.assemble_with_guidance(content)

    def load_widgets(self) -> None:
        self.purpose_edit.setPlainText(self.data.purpose)
        self.objectives_edit.setPlainText(self.data.objectives)
        for code, check in self.condition_checks.items():
            state = self.data.condition(code)
            check.setChecked(state.met)
            self.condition_notes[code].setText(state.note)

    def _set_condition(self, code: str, *, met: bool | None = None, note: str | None = None):
        state = self.data.condition(code)
        if met is not None:
            state.met = met
        if note is not None:
            state.note = note
        self.edited(f"conditions.{code}")

    def validate(self) -> Errors:
        return validate_purpose(self.data)
