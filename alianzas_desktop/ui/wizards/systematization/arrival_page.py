"""Page 5, Puntos de llegada: the conclusions and the lessons (what happened, why it matters,
the recommendation for others), tagged by phase, condition, factor, area and free tags."""

from __future__ import annotations

import logging
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.systematization import LessonEntry, validate_arrival
from alianzas_desktop.domain.vocabulary import ApplicationArea, Condition, Phase, SuccessFactor
from alianzas_desktop.services.systematization import SystematizationContext
from alianzas_desktop.ui.models.base import RowTableModel, label_of, vocabulary_label
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.widgets.sizing import lines_tall
from alianzas_desktop.ui.wizards.entry_form import EntryForm, list_beside_editor
from alianzas_desktop.ui.wizards.review.base import compact_table, current_row, select_row
from alianzas_desktop.ui.wizards.systematization.base import SystematizationPage

logger = logging.getLogger(__name__)


def optional_combo(enum_cls: type[Enum], empty: str) -> QComboBox:
    """A vocabulary's labels after an empty choice ("" as data)."""
    combo = QComboBox()
    combo.addItem(empty, "")
    for member in enum_cls:
        combo.addItem(vocabulary_label(member), member.value)
    return combo


class LessonModel(RowTableModel[LessonEntry]):
    CONTEXT = "LessonModel"
    WHAT, PHASE, TAGS = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("LessonModel", "Qué pasó"),
        QT_TRANSLATE_NOOP("LessonModel", "Fase"),
        QT_TRANSLATE_NOOP("LessonModel", "Etiquetas"),
    )

    def row_id(self, item: LessonEntry) -> str:
        return item.key

    def display(self, item: LessonEntry, column: int) -> str:
        if column == self.WHAT:
            return item.what_happened.replace("\n", " ")
        if column == self.PHASE:
            return label_of(Phase, item.phase) if item.phase else ""
        if column == self.TAGS:
            return item.tags
        return ""


class LessonEditor(EntryForm):
    """One lesson's three texts and its tags."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.what_edit = self._text(self.tr("Lo que pasó, en pocas palabras"))
        self.why_edit = self._text(self.tr("Por qué es importante"))
        self.recommendation_edit = self._text(self.tr("Qué recomiendan a otras alianzas"))
        self.phase_combo = optional_combo(Phase, self.tr("(sin fase)"))
        self.condition_combo = optional_combo(Condition, self.tr("(sin condición)"))
        self.factor_combo = optional_combo(SuccessFactor, self.tr("(sin factor)"))
        self.area_combo = optional_combo(ApplicationArea, self.tr("(el área de la alianza)"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setMaxLength(800)
        self.tags_edit.setPlaceholderText(self.tr("Separadas por comas: mujeres, mercados"))

        for attr, edit in (
            ("what_happened", self.what_edit),
            ("why_it_matters", self.why_edit),
            ("recommendation", self.recommendation_edit),
        ):
            edit.textChanged.connect(lambda a=attr, e=edit: self._set(a, e.toPlainText()))
        for attr, combo in (
            ("phase", self.phase_combo),
            ("condition", self.condition_combo),
            ("success_factor", self.factor_combo),
            ("area", self.area_combo),
        ):
            combo.currentIndexChanged.connect(
                lambda i, a=attr, c=combo: self._set(a, c.itemData(i) or "")
            )
        self.tags_edit.textChanged.connect(lambda text: self._set("tags", text))

        # Assemble
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, key, widget in (
            (self.tr("Qué &pasó:"), "what_happened", self.what_edit),
            (self.tr("Por qué &importa:"), "why_it_matters", self.why_edit),
            (self.tr("Recome&ndación:"), "recommendation", self.recommendation_edit),
            (self.tr("Fa&se:"), "phase", self.phase_combo),
            (self.tr("C&ondición:"), "condition", self.condition_combo),
            (self.tr("Factor de é&xito:"), "success_factor", self.factor_combo),
            (self.tr("Á&rea:"), "area", self.area_combo),
            (self.tr("&Etiquetas:"), "tags", self.tags_edit),
        ):
            labelled_row(form, text, self._field(key, widget), widget)
        self.set_entry(None)

    def _text(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(lines_tall(edit, 2.6))
        edit.setPlaceholderText(placeholder)
        return edit

    def set_entry(self, entry: LessonEntry | None) -> None:
        self.entry = entry
        self._loading = True
        try:
            shown = entry or LessonEntry()
            self.what_edit.setPlainText(shown.what_happened)
            self.why_edit.setPlainText(shown.why_it_matters)
            self.recommendation_edit.setPlainText(shown.recommendation)
            for combo, code in (
                (self.phase_combo, shown.phase),
                (self.condition_combo, shown.condition),
                (self.factor_combo, shown.success_factor),
                (self.area_combo, shown.area),
            ):
                combo.setCurrentIndex(max(combo.findData(code), 0))
            self.tags_edit.setText(shown.tags)
        finally:
            self._loading = False
        self.setEnabled(entry is not None)
        self.show_errors({})

    def show_errors(self, errors: dict[str, str]) -> None:
        prefix = f"lessons.{self.entry.key}." if self.entry else "\0"
        self.show_entry_errors(prefix, errors)


class ArrivalPage(SystematizationPage):
    topic = "arrival"

    def __init__(self, data, context: SystematizationContext, parent=None):
        super().__init__(data, parent)
        self.context = context
        self._errors: dict[str, str] = {}
        self.setTitle(self.tr("5. Puntos de llegada"))
        self.setSubTitle(self.tr("Las conclusiones y las lecciones que pueden transmitir a otros."))
        self.conclusions_edit = QPlainTextEdit()
        self.conclusions_edit.setTabChangesFocus(True)
        self.conclusions_edit.setFixedHeight(lines_tall(self.conclusions_edit, 4.3))
        self.conclusions_edit.setPlaceholderText(self.tr("Lo que concluyen de la experiencia"))
        self.model = LessonModel(self)
        self.table = compact_table(self.model, LessonModel.WHAT)
        self.add_button = QPushButton(self.tr("&Agregar lección"))
        self.remove_button = QPushButton(self.tr("&Quitar lección"))
        self.editor = LessonEditor()
        self.lessons_message = FieldMessage()
        self.failure_message = FieldMessage()

        self.conclusions_edit.textChanged.connect(
            lambda: self.set_value("conclusions", self.conclusions_edit.toPlainText())
        )
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.add_button.clicked.connect(self.add_lesson)
        self.remove_button.clicked.connect(self.remove_lesson)
        self.editor.edited.connect(self._lesson_edited)

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            form,
            self.tr("&Conclusiones:"),
            with_message(self.conclusions_edit, self.message_for("conclusions")),
            self.conclusions_edit,
        )
        box = list_beside_editor(
            self.tr("Lecciones aprendidas"),
            self.table,
            [self.add_button, self.remove_button],
            self.lessons_message,
            self.editor,
            stretch=(2, 3),
        )
        content = QVBoxLayout()
        content.addLayout(form)
        content.addWidget(box, 1)
        content.addWidget(self.failure_message)
        self.assemble_with_guidance(content)

    def load_widgets(self) -> None:
        self.conclusions_edit.setPlainText(self.data.conclusions)
        self.model.set_rows(self.data.lessons)
        select_row(self.table, 0)
        if not self.data.lessons:
            self.editor.set_entry(None)
        self.remove_button.setEnabled(bool(self.data.lessons))

    # -- lessons -------------------------------------------------------------------------

    def add_lesson(self) -> None:
        lesson = LessonEntry(area=self.context.area)
        self.data.lessons.append(lesson)
        self.model.set_rows(self.data.lessons)
        select_row(self.table, len(self.data.lessons) - 1)
        self.remove_button.setEnabled(True)
        self.lessons_message.clear_message()
        self.editor.what_edit.setFocus()
        self.edited("lessons")

    def remove_lesson(self) -> None:
        row = current_row(self.table)
        if not 0 <= row < len(self.data.lessons):
            return
        del self.data.lessons[row]
        self.model.set_rows(self.data.lessons)
        if self.data.lessons:
            select_row(self.table, min(row, len(self.data.lessons) - 1))
        else:
            self.editor.set_entry(None)
        self.remove_button.setEnabled(bool(self.data.lessons))
        self.edited("lessons")

    def _row_changed(self, current, _previous) -> None:
        row = current.row() if current.isValid() else -1
        self.editor.set_entry(self.data.lessons[row] if 0 <= row < len(self.data.lessons) else None)
        self.editor.show_errors(self._errors)

    def _lesson_edited(self, field: str) -> None:
        entry = self.editor.entry
        if entry is not None:
            self._errors.pop(f"lessons.{entry.key}.{field}", None)
            row = self.model.row_of_id(entry.key)
            self.model.dataChanged.emit(
                self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1)
            )
        self.lessons_message.clear_message()
        self.edited()

    # -- checking ------------------------------------------------------------------------

    def validate(self) -> dict[str, str]:
        return validate_arrival(self.data)

    def show_errors(self, errors: dict[str, str]) -> None:
        super().show_errors(errors)
        self._errors = {k: v for k, v in errors.items() if k.startswith("lessons.")}
        bad = [
            lesson
            for lesson in self.data.lessons
            if any(k.startswith(f"lessons.{lesson.key}.") for k in errors)
        ]
        if bad and self.editor.entry not in bad:
            select_row(self.table, self.model.row_of_id(bad[0].key))
        self.editor.show_errors(self._errors)
        self.lessons_message.show_message(
            errors.get("lessons")
            or (self.tr("Faltan datos en algunas lecciones: revise el marcado.") if bad else "")
        )
