"""Page 2, Evaluación: the sixteen dimensions scored 1–5 by typing, the seed's words beside."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.evaluation import MAX_SCORE, MIN_SCORE, validate_scores
from alianzas_desktop.domain.fields import Errors
from alianzas_desktop.services.evaluations import ReviewContext
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.widgets.field_error import FieldMessage, hint_label, with_message
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.widgets.sizing import lines_tall
from alianzas_desktop.ui.wizards.review.base import ReviewPage, compact_table, select_row
from alianzas_desktop.ui.wizards.review.models import ScoreModel, dimension_text, seed_words_text

logger = logging.getLogger(__name__)

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(MIN_SCORE, MAX_SCORE + 1)}
_CLEAR = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0)


class ScoreTable(QTableView):
    """Typing 1–5 in a score cell sets it and goes down a row; Supr or 0 clears it."""

    score_typed = Signal(int, int)  # row, column

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model: ScoreModel = self.model()
        index = self.currentIndex()
        key = Qt.Key(event.key())
        if index.isValid() and model.is_score_column(index.column()):
            value = _DIGITS.get(key)
            if value is not None or key in _CLEAR:
                if model.set_score(index.row(), index.column(), value):
                    self.score_typed.emit(index.row(), index.column())
                    if value is not None and index.row() + 1 < model.rowCount():
                        self.setCurrentIndex(model.index(index.row() + 1, index.column()))
                    return
        super().keyPressEvent(event)


class ScoresPage(ReviewPage):
    topic = "scores"

    def __init__(self, data, context: ReviewContext, parent=None):
        super().__init__(data, parent)
        self._errors: Errors = {}
        self.setTitle(self.tr("2. Evaluación"))
        previous = context.previous_on
        self.setSubTitle(
            self.tr(
                "Califiquen de 1 (muy débil) a 5 (muy fuerte): escriba el número en la fila. "
                "La columna «Anterior» trae la evaluación del {date}."
            ).format(date=previous.strftime("%d/%m/%Y"))
            if previous
            else self.tr(
                "Califiquen de 1 (muy débil) a 5 (muy fuerte): escriba el número en la fila; "
                "el cursor baja a la siguiente."
            )
        )
        self.model = ScoreModel(data, context.partners, context.previous_scores, self)
        self.table = compact_table(self.model, ScoreModel.DIMENSION, ScoreTable())
        # One cell at a time: the arrows reach each partner's column.
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.by_partner_check = QCheckBox(self.tr("Calificar también &por socio"))
        self.by_partner_check.setToolTip(
            self.tr(
                "Una columna por socio: se marca dónde sus puntajes se alejan dos o más puntos."
            )
        )
        self.scores_message = self.message_for("scores")
        self.dimension_label = QLabel()
        self.dimension_label.setStyleSheet(
            f"font-weight: bold; color: {palette.css(palette.accent())};"
        )
        self.seed_label = QLabel()
        self.seed_label.setWordWrap(True)
        seed_text = palette.css(palette.text_on(palette.panel_background()))
        self.seed_label.setStyleSheet(f"font-style: italic; color: {seed_text};")
        self.row_message = FieldMessage()
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(lines_tall(self.comment_edit, 2.7))
        self.comment_edit.setPlaceholderText(
            self.tr("Opcional: por qué este puntaje, qué dijeron los socios")
        )
        self.comment_message = FieldMessage()
        self.keys_hint = hint_label(
            self.tr(
                "Teclado: ↑ ↓ para cambiar de dimensión, ← → para pasar a la columna de un socio, "
                "1 a 5 para calificar, Supr para borrar, Tab para ir al comentario."
            )
        )

        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.score_typed.connect(self._score_typed)
        self.by_partner_check.toggled.connect(self._by_partner_toggled)
        self.comment_edit.textChanged.connect(self._comment_changed)

        # Assemble
        seed_box = QFrame()
        seed_box.setObjectName("seed_box")
        seed_box.setStyleSheet(
            palette.box_style(
                "#seed_box",
                palette.panel_background(),
                palette.panel_border(),
                palette.text_on(palette.panel_background()),
            )
        )
        seed_layout = QVBoxLayout(seed_box)
        seed_layout.setContentsMargins(8, 6, 8, 6)
        seed_layout.addWidget(self.dimension_label)
        seed_layout.addWidget(self.seed_label)
        comment_form = QFormLayout()
        comment_form.setContentsMargins(0, 0, 0, 0)
        labelled_row(
            comment_form,
            self.tr("&Comentario:"),
            with_message(self.comment_edit, self.comment_message),
            self.comment_edit,
        )
        content = QVBoxLayout()
        content.addWidget(self.by_partner_check)
        content.addWidget(self.table, 1)
        content.addWidget(self.scores_message)
        content.addWidget(self.row_message)
        content.addWidget(seed_box)
        content.addLayout(comment_form)
        content.addWidget(self.keys_hint)
        self.assemble_with_guidance(content)
        # Tab from the scores goes to the comment of the dimension being scored.
        QWidget.setTabOrder(self.by_partner_check, self.table)
        QWidget.setTabOrder(self.table, self.comment_edit)

    # -- life cycle ---------------------------------------------------------------------------

    def load_widgets(self) -> None:
        self.by_partner_check.setChecked(self.data.by_partner)
        self._show_partner_columns()
        self.model.reset()
        select_row(self.table, 0, ScoreModel.SCORE)
        self._show_row(0)

    def initializePage(self) -> None:
        self.table.setFocus()

    def _show_partner_columns(self) -> None:
        for n in range(len(self.model.partners)):
            self.table.setColumnHidden(ScoreModel.PREVIOUS + 1 + n, not self.data.by_partner)
        self.table.setColumnHidden(self.model.agreement_column, not self.data.by_partner)
        # With a column per partner the group's name gives way (it is in each row's tooltip).
        self.table.setColumnHidden(ScoreModel.GROUP, self.data.by_partner)

    # -- editing ------------------------------------------------------------------------------

    def current_entry(self):
        index = self.table.currentIndex()
        return self.model.entry_at(index.row()) if index.isValid() else None

    def _current_changed(self, current, _previous) -> None:
        self._show_row(current.row() if current.isValid() else -1)

    def _show_row(self, row: int) -> None:
        entry = self.model.entry_at(row)
        with self.loading():
            self.dimension_label.setText(dimension_text(entry.key) if entry else "")
            self.seed_label.setText(
                self.tr("Lo que dice la ficha: {words}").format(words=seed_words_text(entry.key))
                if entry
                else ""
            )
            self.comment_edit.setPlainText(entry.comment if entry else "")
        self.comment_edit.setEnabled(entry is not None)
        self._show_row_errors(entry)

    def _show_row_errors(self, entry) -> None:
        if entry is None:
            self.row_message.clear_message()
            self.comment_message.clear_message()
            return
        prefix = f"scores.{entry.key}."
        found = [v for k, v in self._errors.items() if k.startswith(prefix) and "comment" not in k]
        self.row_message.show_message(found[0] if found else "")
        self.comment_message.show_message(self._errors.get(prefix + "comment", ""))

    def _score_typed(self, row: int, _column: int) -> None:
        entry = self.model.entry_at(row)
        if entry is not None:
            for key in [k for k in self._errors if k.startswith(f"scores.{entry.key}.")]:
                if not key.endswith(".comment"):
                    self._errors.pop(key)
        self._show_row_errors(self.current_entry())
        self.edited("scores")

    def _by_partner_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        self.data.by_partner = checked
        self._show_partner_columns()
        self.edited("scores")

    def _comment_changed(self) -> None:
        entry = self.current_entry()
        if self._loading or entry is None:
            return
        entry.comment = self.comment_edit.toPlainText()
        self._errors.pop(f"scores.{entry.key}.comment", None)
        self.comment_message.clear_message()
        self.edited()

    # -- checking -----------------------------------------------------------------------------

    def validate(self) -> Errors:
        return validate_scores(self.data)

    def show_errors(self, errors: Errors) -> None:
        super().show_errors(errors)
        self._errors = {k: v for k, v in errors.items() if k.startswith("scores.")}
        bad = [n for n, s in enumerate(self.data.scores) if f"scores.{s.key}.score" in errors]
        if bad:
            select_row(self.table, bad[0], ScoreModel.SCORE)
        self._show_row_errors(self.current_entry())
