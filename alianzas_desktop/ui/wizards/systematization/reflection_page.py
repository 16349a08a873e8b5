"""Page 4, Reflexión de fondo: why did what happened happen — a guided question for each
condition, value and success factor, with the evaluation history and the conflicts beside it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.evaluation import dimension_of
from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.domain.systematization import (
    GuidedQuestion,
    guided_questions,
    validate_reflection,
)
from alianzas_desktop.services.systematization import (
    ConflictMark,
    EvaluationMark,
    SystematizationContext,
)
from alianzas_desktop.ui.models.base import RowTableModel, vocabulary
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message
from alianzas_desktop.ui.widgets.keyboard import buddy_label
from alianzas_desktop.ui.wizards.review.base import compact_table, current_row, select_row
from alianzas_desktop.ui.wizards.systematization.base import SystematizationPage

logger = logging.getLogger(__name__)


def dimension_name(code: str) -> str:
    dimension = dimension_of(code)
    return vocabulary(dimension.label) if dimension else code


class QuestionModel(RowTableModel[GuidedQuestion]):
    CONTEXT = "QuestionModel"
    DIMENSION, QUESTION, ANSWERED = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("QuestionModel", "Dimensión"),
        QT_TRANSLATE_NOOP("QuestionModel", "Pregunta"),
        QT_TRANSLATE_NOOP("QuestionModel", "Respondida"),
    )

    def __init__(self, answers: dict[str, str], parent=None):
        super().__init__(parent)
        self.answers = answers

    def row_id(self, item: GuidedQuestion) -> str:
        return item.code

    def display(self, item: GuidedQuestion, column: int) -> str:
        if column == self.DIMENSION:
            return dimension_name(item.code)
        if column == self.QUESTION:
            return QCoreApplication.translate("GuidedQuestion", item.text)
        if column == self.ANSWERED:
            answered = bool(self.answers.get(item.code, "").strip())
            return QCoreApplication.translate("QuestionModel", "Sí") if answered else ""
        return ""


class EvaluationHistoryModel(RowTableModel[EvaluationMark]):
    CONTEXT = "EvaluationHistoryModel"
    DATE, SCORE, COMMENT = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("EvaluationHistoryModel", "Evaluación"),
        QT_TRANSLATE_NOOP("EvaluationHistoryModel", "Puntaje"),
        QT_TRANSLATE_NOOP("EvaluationHistoryModel", "Comentario"),
    )
    RIGHT_ALIGNED = frozenset({SCORE})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.code = ""

    def row_id(self, item: EvaluationMark) -> str:
        return item.held_on.isoformat()

    def display(self, item: EvaluationMark, column: int) -> str:
        if column == self.DATE:
            return short_date(item.held_on)
        if column == self.SCORE:
            score = item.scores.get(self.code)
            return f"{score}/5" if score else "—"
        if column == self.COMMENT:
            return item.comments.get(self.code, "")
        return ""


class ConflictMarkModel(RowTableModel[ConflictMark]):
    CONTEXT = "ConflictMarkModel"
    DATE, LEVEL, STATUS, DESCRIPTION = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictMarkModel", "Fecha"),
        QT_TRANSLATE_NOOP("ConflictMarkModel", "Nivel"),
        QT_TRANSLATE_NOOP("ConflictMarkModel", "Estado"),
        QT_TRANSLATE_NOOP("ConflictMarkModel", "Qué pasó"),
    )

    def row_id(self, item: ConflictMark) -> str:
        return f"{item.occurred_on.isoformat()}:{item.description[:20]}"

    def display(self, item: ConflictMark, column: int) -> str:
        if column == self.DATE:
            return short_date(item.occurred_on)
        if column == self.LEVEL:
            return vocabulary(item.level)
        if column == self.STATUS:
            return vocabulary(item.status)
        if column == self.DESCRIPTION:
            text = item.description
            return f"{text} — {item.learned}" if item.learned else text
        return ""


class ReflectionPage(SystematizationPage):
    topic = "reflection"

    def __init__(self, data, context: SystematizationContext, parent=None):
        super().__init__(data, parent)
        self._errors: dict[str, str] = {}
        self.setTitle(self.tr("4. Reflexión de fondo"))
        self.setSubTitle(
            self.tr(
                "¿Por qué pasó lo que pasó? Una pregunta por cada condición, valor y factor de "
                "éxito; al lado, lo que dijeron las evaluaciones y los conflictos."
            )
        )
        self.questions = guided_questions()
        self.model = QuestionModel(data.reflection, self)
        self.model.set_rows(self.questions)
        self.table = compact_table(self.model, QuestionModel.QUESTION)
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setPlaceholderText(self.tr("Lo que los socios reflexionaron"))
        self.answer_message = FieldMessage()
        self.evaluations_model = EvaluationHistoryModel(self)
        self.evaluations_model.set_rows(context.evaluations)
        self.evaluations_table = compact_table(
            self.evaluations_model, EvaluationHistoryModel.COMMENT
        )
        self.conflicts_model = ConflictMarkModel(self)
        self.conflicts_model.set_rows(context.conflicts)
        self.conflicts_table = compact_table(self.conflicts_model, ConflictMarkModel.DESCRIPTION)
        self.no_evaluations = QLabel(
            self.tr("La alianza no tiene evaluaciones registradas.")
            if not context.evaluations
            else ""
        )
        self.no_evaluations.setVisible(not context.evaluations)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_question())
        self.answer_edit.textChanged.connect(self._answer_typed)

        # Assemble
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 2)
        left_layout.addWidget(self.question_label)
        left_layout.addWidget(buddy_label(self.tr("&Respuesta:"), self.answer_edit))
        left_layout.addWidget(with_message(self.answer_edit, self.answer_message), 1)
        left_layout.addWidget(self.message_for("reflection"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        evaluations_box = QGroupBox(self.tr("Lo que dijeron las evaluaciones"))
        box_layout = QVBoxLayout(evaluations_box)
        box_layout.addWidget(self.evaluations_table)
        box_layout.addWidget(self.no_evaluations)
        conflicts_box = QGroupBox(self.tr("Conflictos registrados"))
        QVBoxLayout(conflicts_box).addWidget(self.conflicts_table)
        side_layout.addWidget(evaluations_box, 1)
        side_layout.addWidget(conflicts_box, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setSizes([520, 380])
        content = QHBoxLayout()
        content.addWidget(splitter)
        self.assemble_with_guidance(content)

    def load_widgets(self) -> None:
        self.model.answers = self.data.reflection
        self.model.reset()
        select_row(self.table, 0)
        self._show_question()

    def selected(self) -> GuidedQuestion | None:
        row = current_row(self.table)
        return self.questions[row] if 0 <= row < len(self.questions) else None

    def _show_question(self) -> None:
        question = self.selected()
        with self.loading():
            self.answer_edit.setPlainText(
                self.data.reflection.get(question.code, "") if question else ""
            )
        if question is None:
            return
        self.question_label.setText(
            f"<b>{dimension_name(question.code)}</b> — "
            + QCoreApplication.translate("GuidedQuestion", question.text)
        )
        self.evaluations_model.code = question.code
        self.evaluations_model.reset()
        self.answer_message.show_message(self._errors.get(f"reflection.{question.code}", ""))

    def _answer_typed(self) -> None:
        question = self.selected()
        if self._loading or question is None:
            return
        self.data.reflection[question.code] = self.answer_edit.toPlainText()
        row = current_row(self.table)
        self.model.dataChanged.emit(
            self.model.index(row, QuestionModel.ANSWERED),
            self.model.index(row, QuestionModel.ANSWERED),
        )
        self.answer_message.clear_message()
        self.edited("reflection")

    def validate(self) -> dict[str, str]:
        return validate_reflection(self.data)

    def show_errors(self, errors: dict[str, str]) -> None:
        super().show_errors(errors)
        self._errors = {k: v for k, v in errors.items() if k.startswith("reflection.")}
        for row, question in enumerate(self.questions):
            if f"reflection.{question.code}" in errors:
                select_row(self.table, row)
                break
        self._show_question()
