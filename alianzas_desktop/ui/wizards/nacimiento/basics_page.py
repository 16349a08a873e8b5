"""Page 1: the alliance's name, territory, application area, start date and facilitator."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from alianzas_desktop.domain.nacimiento import Errors, validate_basics
from alianzas_desktop.domain.territory import DEPARTAMENTOS
from alianzas_desktop.domain.vocabulary import ApplicationArea
from alianzas_desktop.ui.models.base import vocabulary_description, vocabulary_label
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import hint_label, with_message
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.wizards.nacimiento.base import NacimientoPage

logger = logging.getLogger(__name__)


class BasicsPage(NacimientoPage):
    topic = "basics"

    def __init__(self, data, parent=None):
        super().__init__(data, parent)
        self.setTitle(self.tr("1. Datos básicos"))
        self.setSubTitle(self.tr("Cómo se llama la alianza, dónde trabaja y en qué área."))

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Por ejemplo: Alianza Frijol del Páramo"))
        self.departamento_edit = QLineEdit()
        self.departamento_edit.setPlaceholderText(self.tr("Escriba y elija de la lista"))
        completer = QCompleter(list(DEPARTAMENTOS), self.departamento_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.departamento_edit.setCompleter(completer)
        self.municipio_edit = QLineEdit()
        self.vereda_edit = QLineEdit()
        self.vereda_edit.setPlaceholderText(self.tr("Opcional"))
        self.area_combo = QComboBox()
        self.area_combo.setPlaceholderText(self.tr("Elija el área de aplicación…"))
        for area in ApplicationArea:
            self.area_combo.addItem(vocabulary_label(area), area.value)
        self.area_description = hint_label()
        self.start_date_edit = DateField()
        self.start_date_edit.set_message(self.message_for("start_date"))
        self.facilitator_edit = QLineEdit()
        self.facilitator_edit.setPlaceholderText(self.tr("Nombre de quien acompaña la alianza"))

        self.name_edit.textChanged.connect(lambda text: self.set_value("name", text))
        self.departamento_edit.textChanged.connect(
            lambda text: self.set_value("departamento", text)
        )
        self.municipio_edit.textChanged.connect(lambda text: self.set_value("municipio", text))
        self.vereda_edit.textChanged.connect(lambda text: self.set_value("vereda", text))
        self.area_combo.currentIndexChanged.connect(self._area_changed)
        self.start_date_edit.value_changed.connect(lambda day: self.set_value("start_date", day))
        self.facilitator_edit.textChanged.connect(lambda text: self.set_value("facilitator", text))

        # Assemble
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            form,
            self.tr("&Nombre de la alianza:"),
            with_message(self.name_edit, self.message_for("name")),
            self.name_edit,
        )
        labelled_row(
            form,
            self.tr("&Departamento:"),
            with_message(self.departamento_edit, self.message_for("departamento")),
            self.departamento_edit,
        )
        labelled_row(
            form,
            self.tr("&Municipio:"),
            with_message(self.municipio_edit, self.message_for("municipio")),
            self.municipio_edit,
        )
        labelled_row(
            form,
            self.tr("&Vereda o corregimiento:"),
            with_message(self.vereda_edit, self.message_for("vereda")),
            self.vereda_edit,
        )
        labelled_row(
            form,
            self.tr("Área de a&plicación:"),
            with_message(self.area_combo, self.message_for("area"), self.area_description),
            self.area_combo,
        )
        labelled_row(
            form,
            self.tr("Fecha de &inicio:"),
            with_message(self.start_date_edit, self.messages["start_date"]),
            self.start_date_edit,
        )
        labelled_row(
            form,
            self.tr("F&acilitador(a):"),
            with_message(self.facilitator_edit, self.message_for("facilitator")),
            self.facilitator_edit,
        )
        # The lessons library, filtered by the chosen area: what others learned before starting.
        self.lessons_button = QPushButton(self.tr("Lo que otros ap&rendieron en esta área…"))
        self.lessons_button.setToolTip(
            self.tr("Lecciones de las alianzas que ya sistematizaron su experiencia.")
        )
        self.lessons_button.clicked.connect(lambda: self.show_lessons())
        content = QVBoxLayout()
        content.addLayout(form)
        content.addWidget(self.lessons_button, 0, Qt.AlignmentFlag.AlignLeft)
        content.addStretch(1)
        self.assemble_with_guidance(content)

    def show_lessons(self):
        """The lessons library for the area chosen (all areas while none is)."""
        from alianzas_desktop.ui.lessons_dialog import LessonsDialog

        self.last_lessons = LessonsDialog.show_lessons(
            self.wizard()._db, self, self.area_combo.currentData() or ""
        )
        return self.last_lessons

    def load_widgets(self) -> None:
        data = self.data
        if data.start_date is None:
            data.start_date = date.today()
        self.name_edit.setText(data.name)
        self.departamento_edit.setText(data.departamento)
        self.municipio_edit.setText(data.municipio)
        self.vereda_edit.setText(data.vereda)
        self.area_combo.setCurrentIndex(self.area_combo.findData(data.area))
        self._show_area_description()
        self.start_date_edit.set_value(data.start_date)
        self.facilitator_edit.setText(data.facilitator)

    def _area_changed(self, index: int) -> None:
        self._show_area_description()
        self.set_value("area", self.area_combo.itemData(index) if index >= 0 else "")

    def _show_area_description(self) -> None:
        code = self.area_combo.currentData()
        self.area_description.setText(vocabulary_description(ApplicationArea(code)) if code else "")
        self.area_description.setVisible(bool(code))

    def validate(self) -> Errors:
        return validate_basics(self.data)
