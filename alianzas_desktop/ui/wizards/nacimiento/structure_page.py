"""Page 5: how the alliance is organised: formal or not, simple or complex, who decides."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.nacimiento import Errors, validate_structure
from alianzas_desktop.domain.vocabulary import Complexity, Formality
from alianzas_desktop.ui.models.base import vocabulary_label
from alianzas_desktop.ui.widgets.field_error import with_message
from alianzas_desktop.ui.widgets.keyboard import labelled_row, with_mnemonic
from alianzas_desktop.ui.widgets.sizing import lines_tall
from alianzas_desktop.ui.wizards.nacimiento.base import NacimientoPage

logger = logging.getLogger(__name__)

# The Alt+letter of each choice, unique on the page.
_LETTERS = {
    Formality.FORMAL.value: "f",
    Formality.INFORMAL.value: "i",
    Complexity.SIMPLE.value: "s",
    Complexity.COMPLEX.value: "m",
}


def _radio_row(buttons: list[QRadioButton]) -> QWidget:
    """The choices one under another: side by side, their long names widen the page past a
    laptop's screen when the text is large."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for button in buttons:
        layout.addWidget(button)
    return box


class StructurePage(NacimientoPage):
    topic = "structure"

    def __init__(self, data, parent=None):
        super().__init__(data, parent)
        self.setTitle(self.tr("5. Estructura"))
        self.setSubTitle(self.tr("Cómo se organiza la alianza y cómo toma sus decisiones."))

        self.formality_group = QButtonGroup(self)
        self.formality_radios: dict[str, QRadioButton] = {}
        for member in Formality:
            radio = QRadioButton(with_mnemonic(vocabulary_label(member), _LETTERS[member.value]))
            self.formality_radios[member.value] = radio
            self.formality_group.addButton(radio)
        self.legal_figure_edit = QLineEdit()
        self.legal_figure_edit.setPlaceholderText(self.tr("Convenio de asociación"))
        self.complexity_group = QButtonGroup(self)
        self.complexity_radios: dict[str, QRadioButton] = {}
        for member in Complexity:
            radio = QRadioButton(with_mnemonic(vocabulary_label(member), _LETTERS[member.value]))
            self.complexity_radios[member.value] = radio
            self.complexity_group.addButton(radio)
        self.complexity_radios[Complexity.SIMPLE.value].setToolTip(
            self.tr("Por ejemplo, un comité con un delegado por socio.")
        )
        self.complexity_radios[Complexity.COMPLEX.value].setToolTip(
            self.tr("Varias instancias: comité directivo, comité técnico, mesas de trabajo.")
        )
        self.coordination_body_edit = QLineEdit()
        self.coordination_body_edit.setPlaceholderText(self.tr("Por ejemplo: Comité de la alianza"))
        self.coordination_members_edit = QPlainTextEdit()
        self.coordination_members_edit.setPlaceholderText(
            self.tr("Por ejemplo: un delegado por cada socio")
        )
        self.decision_rules_edit = QPlainTextEdit()
        self.decision_rules_edit.setPlaceholderText(
            self.tr("Por ejemplo: por consenso; si no lo hay, por mayoría de socios")
        )
        for edit in (self.coordination_members_edit, self.decision_rules_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(lines_tall(edit, 3.6))
        self.meeting_rhythm_edit = QLineEdit()
        self.meeting_rhythm_edit.setPlaceholderText(self.tr("Por ejemplo: una vez al mes"))
        self.duration_edit = QLineEdit()
        self.duration_edit.setPlaceholderText(self.tr("Por ejemplo: dos años"))

        for code, radio in self.formality_radios.items():
            radio.toggled.connect(lambda on, code=code: self._formality_toggled(code, on))
        for code, radio in self.complexity_radios.items():
            radio.toggled.connect(lambda on, code=code: self._complexity_toggled(code, on))
        self.legal_figure_edit.textChanged.connect(lambda t: self.set_value("legal_figure", t))
        self.coordination_body_edit.textChanged.connect(
            lambda t: self.set_value("coordination_body", t)
        )
        self.coordination_members_edit.textChanged.connect(
            lambda: self.set_value(
                "coordination_members", self.coordination_members_edit.toPlainText()
            )
        )
        self.decision_rules_edit.textChanged.connect(
            lambda: self.set_value("decision_rules", self.decision_rules_edit.toPlainText())
        )
        self.meeting_rhythm_edit.textChanged.connect(lambda t: self.set_value("meeting_rhythm", t))
        self.duration_edit.textChanged.connect(lambda t: self.set_value("duration", t))

        # Assemble
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self.tr("Tipo de alianza:"),
            with_message(
                _radio_row(list(self.formality_radios.values())), self.message_for("formality")
            ),
        )
        labelled_row(
            form,
            self.tr("Figura &jurídica:"),
            with_message(self.legal_figure_edit, self.message_for("legal_figure")),
            self.legal_figure_edit,
        )
        form.addRow(
            self.tr("Organización:"),
            with_message(
                _radio_row(list(self.complexity_radios.values())), self.message_for("complexity")
            ),
        )
        for text, key, widget in (
            (
                self.tr("Instancia de &coordinación:"),
                "coordination_body",
                self.coordination_body_edit,
            ),
            (
                self.tr("&Quiénes la integran:"),
                "coordination_members",
                self.coordination_members_edit,
            ),
            (self.tr("Cómo se &decide:"), "decision_rules", self.decision_rules_edit),
            (self.tr("Cada cuánto se &reúnen:"), "meeting_rhythm", self.meeting_rhythm_edit),
            (self.tr("D&uración:"), "duration", self.duration_edit),
        ):
            labelled_row(form, text, with_message(widget, self.message_for(key)), widget)
        content = QVBoxLayout()
        content.addLayout(form)
        content.addStretch(1)
        self.assemble_with_guidance(content)

    def load_widgets(self) -> None:
        data = self.data
        radio = self.formality_radios.get(data.formality)
        if radio is not None:
            radio.setChecked(True)
        radio = self.complexity_radios.get(data.complexity)
        if radio is not None:
            radio.setChecked(True)
        self.legal_figure_edit.setText(data.legal_figure)
        self.coordination_body_edit.setText(data.coordination_body)
        self.coordination_members_edit.setPlainText(data.coordination_members)
        self.decision_rules_edit.setPlainText(data.decision_rules)
        self.meeting_rhythm_edit.setText(data.meeting_rhythm)
        self.duration_edit.setText(data.duration)
        self._update_legal_figure()

    def _formality_toggled(self, code: str, on: bool) -> None:
        if on:
            self.set_value("formality", code)
            self._update_legal_figure()

    def _complexity_toggled(self, code: str, on: bool) -> None:
        if on:
            self.set_value("complexity", code)

    def _update_legal_figure(self) -> None:
        formal = self.data.formality == Formality.FORMAL.value
        self.legal_figure_edit.setEnabled(formal)
        if not formal:
            self.messages["legal_figure"].clear_message()

    def validate(self) -> Errors:
        return validate_structure(self.data)
