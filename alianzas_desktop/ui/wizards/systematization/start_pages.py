"""Pages 1 and 2: Punto de partida (who takes part, which records) and Preguntas iniciales."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout

from alianzas_desktop.domain.systematization import validate_questions, validate_start
from alianzas_desktop.services.systematization import SystematizationContext
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import hint_label, with_message
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.wizards.systematization.base import SystematizationPage

logger = logging.getLogger(__name__)


def text_area(placeholder: str, height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(height)
    return edit


class StartPage(SystematizationPage):
    topic = "start"

    def __init__(self, data, context: SystematizationContext, parent=None):
        super().__init__(data, parent)
        self.context = context
        self.setTitle(self.tr("1. Punto de partida"))
        self.setSubTitle(
            self.tr("Quiénes vivieron la experiencia y participan, y con qué registros cuentan.")
        )
        self.participants_edit = text_area(
            self.tr("Socios, familias, técnicos… quienes vivieron la experiencia"), 110
        )
        self.records_edit = text_area(self.tr("Actas, fotografías, informes, listas…"), 110)
        self.use_summary_hint = hint_label(
            self.tr(
                "Los registros se proponen con lo que guarda la aplicación; la cronología del "
                "paso 3 se arma sola con ellos."
            )
        )

        self.participants_edit.textChanged.connect(
            lambda: self.set_value("participants", self.participants_edit.toPlainText())
        )
        self.records_edit.textChanged.connect(
            lambda: self.set_value("records_available", self.records_edit.toPlainText())
        )

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            form,
            self.tr("&Quiénes participan:"),
            with_message(self.participants_edit, self.message_for("participants")),
            self.participants_edit,
        )
        labelled_row(
            form,
            self.tr("&Registros disponibles:"),
            with_message(self.records_edit, self.message_for("records_available")),
            self.records_edit,
        )
        content = QVBoxLayout()
        content.addLayout(form)
        content.addWidget(self.use_summary_hint)
        content.addStretch(1)
        self.assemble_with_guidance(content)

    def load_widgets(self) -> None:
        self.participants_edit.setPlainText(self.data.participants)
        if not self.data.records_available:
            self.data.records_available = self.context.records_summary
        self.records_edit.setPlainText(self.data.records_available)

    def validate(self) -> dict[str, str]:
        return validate_start(self.data)


class QuestionsPage(SystematizationPage):
    topic = "questions"

    def __init__(self, data, context: SystematizationContext, parent=None):
        super().__init__(data, parent)
        self.setTitle(self.tr("2. Preguntas iniciales"))
        self.setSubTitle(
            self.tr("Para qué sistematizar, qué experiencia (periodo y lugar) y el eje central.")
        )
        self.purpose_edit = text_area(self.tr("¿Para qué queremos sistematizar esta experiencia?"))
        self.from_edit = DateField(self.tr("dd/mm/aaaa"))
        self.from_edit.set_message(self.message_for("period_from"))
        self.to_edit = DateField(self.tr("dd/mm/aaaa"))
        self.to_edit.set_message(self.message_for("period_to"))
        from_field = with_message(self.from_edit, self.messages["period_from"])
        to_field = with_message(self.to_edit, self.messages["period_to"])
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(400)
        self.axis_edit = text_area(self.tr("El hilo conductor: qué aspecto de la experiencia"))

        self.purpose_edit.textChanged.connect(
            lambda: self.set_value("purpose", self.purpose_edit.toPlainText())
        )
        self.from_edit.value_changed.connect(lambda day: self.set_value("period_from", day))
        self.to_edit.value_changed.connect(lambda day: self.set_value("period_to", day))
        self.place_edit.textChanged.connect(lambda text: self.set_value("place", text))
        self.axis_edit.textChanged.connect(
            lambda: self.set_value("central_axis", self.axis_edit.toPlainText())
        )

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            form,
            self.tr("¿&Para qué?"),
            with_message(self.purpose_edit, self.message_for("purpose")),
            self.purpose_edit,
        )
        labelled_row(form, self.tr("&Desde:"), from_field, self.from_edit)
        labelled_row(form, self.tr("&Hasta:"), to_field, self.to_edit)
        labelled_row(
            form,
            self.tr("&Lugar:"),
            with_message(self.place_edit, self.message_for("place")),
            self.place_edit,
        )
        labelled_row(
            form,
            self.tr("&Eje central:"),
            with_message(self.axis_edit, self.message_for("central_axis")),
            self.axis_edit,
        )
        content = QVBoxLayout()
        content.addLayout(form)
        content.addStretch(1)
        self.assemble_with_guidance(content)

    def load_widgets(self) -> None:
        self.purpose_edit.setPlainText(self.data.purpose)
        self.from_edit.set_value(self.data.period_from)
        self.to_edit.set_value(self.data.period_to)
        self.place_edit.setText(self.data.place)
        self.axis_edit.setPlainText(self.data.central_axis)

    def validate(self) -> dict[str, str]:
        return validate_questions(self.data)
