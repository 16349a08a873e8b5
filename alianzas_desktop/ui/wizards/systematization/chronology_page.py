"""Page 3, Recuperación del proceso vivido: the automatic chronology, annotated, hidden or
completed with milestones of one's own (hidden events stay, marked, and can be shown again)."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.domain.systematization import (
    ChronologyEvent,
    NoteEntry,
    kind_label,
    merge_chronology,
    validate_chronology,
)
from alianzas_desktop.services.systematization import SystematizationContext
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.models.base import RowTableModel, vocabulary
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.widgets.sizing import lines_tall
from alianzas_desktop.ui.wizards.review.base import compact_table, current_row, select_row
from alianzas_desktop.ui.wizards.systematization.base import SystematizationPage

logger = logging.getLogger(__name__)


class ChronologyModel(RowTableModel[ChronologyEvent]):
    CONTEXT = "ChronologyModel"
    DATE, KIND, TITLE, NOTE, SHOWN = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ChronologyModel", "Fecha"),
        QT_TRANSLATE_NOOP("ChronologyModel", "Momento"),
        QT_TRANSLATE_NOOP("ChronologyModel", "Qué pasó"),
        QT_TRANSLATE_NOOP("ChronologyModel", "Nota"),
        QT_TRANSLATE_NOOP("ChronologyModel", "En el informe"),
    )

    def row_id(self, item: ChronologyEvent) -> str:
        return item.key

    def display(self, item: ChronologyEvent, column: int) -> str:
        if column == self.DATE:
            return short_date(item.date)
        if column == self.KIND:
            return vocabulary(kind_label(item.kind))
        if column == self.TITLE:
            return item.title
        if column == self.NOTE:
            return item.note.replace("\n", " ")
        if column == self.SHOWN:
            if item.hidden:
                return QCoreApplication.translate("ChronologyModel", "Oculto")
            return QCoreApplication.translate("ChronologyModel", "Sí")
        return ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and self.row_at(index.row()).hidden
        ):
            return palette.muted()
        return super().data(index, role)


class ChronologyPage(SystematizationPage):
    topic = "chronology"

    def __init__(self, data, context: SystematizationContext, parent=None):
        super().__init__(data, parent)
        self.context = context
        self._errors: dict[str, str] = {}
        self.setTitle(self.tr("3. Recuperación del proceso vivido"))
        self.setSubTitle(
            self.tr(
                "La cronología se armó con lo que la aplicación guarda. Anote, oculte lo que no "
                "va en el informe (no se borra) o agregue hitos propios."
            )
        )
        self.model = ChronologyModel(self)
        self.table = compact_table(self.model, ChronologyModel.TITLE)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(lines_tall(self.note_edit, 3.6))
        self.note_edit.setPlaceholderText(self.tr("Lo que recuerdan de este momento"))
        self.hidden_check = QCheckBox(self.tr("&Ocultar en el informe"))
        self.milestone_date = DateField(self.tr("dd/mm/aaaa"))
        self.milestone_title = QLineEdit()
        self.milestone_title.setMaxLength(400)
        self.milestone_title.setPlaceholderText(self.tr("Nombre del hito"))
        self.add_button = QPushButton(self.tr("Agregar &hito"))
        self.remove_button = QPushButton(self.tr("&Quitar hito"))
        self.notes_message = FieldMessage()
        self.note_message = FieldMessage()
        self.milestone_message = FieldMessage()
        self.milestone_date.set_message(self.milestone_message)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.note_edit.textChanged.connect(self._note_typed)
        self.hidden_check.toggled.connect(self._hidden_toggled)
        self.milestone_date.value_changed.connect(lambda day: self._milestone_edited("on", day))
        self.milestone_title.textChanged.connect(lambda text: self._milestone_edited("title", text))
        self.add_button.clicked.connect(self.add_milestone)
        self.remove_button.clicked.connect(self.remove_milestone)

        # Assemble
        editor = QFormLayout()
        editor.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        editor.addRow(self.detail_label)
        labelled_row(
            editor,
            self.tr("&Nota:"),
            with_message(self.note_edit, self.note_message),
            self.note_edit,
        )
        editor.addRow("", self.hidden_check)
        labelled_row(editor, self.tr("&Fecha del hito:"), self.milestone_date, self.milestone_date)
        labelled_row(
            editor,
            self.tr("Nom&bre del hito:"),
            with_message(self.milestone_title, self.milestone_message),
            self.milestone_title,
        )
        box = QGroupBox(self.tr("Momento elegido"))
        box.setLayout(editor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        content = QVBoxLayout()
        content.addWidget(self.table, 1)
        content.addLayout(buttons)
        content.addWidget(self.notes_message)
        content.addWidget(box)
        self.assemble_with_guidance(content)

    # -- rows ----------------------------------------------------------------------------

    def events(self) -> list[ChronologyEvent]:
        return merge_chronology(self.context.events, self.data.notes)

    def _refresh(self, keep_key: str | None = None, *, reload_editor: bool = True) -> None:
        """Rows again (an edit may move one in date order), the same event still chosen."""
        key = keep_key if keep_key is not None else self.selected_key()
        if not reload_editor:
            # The field being typed in keeps its text and cursor.
            blocker = QSignalBlocker(self.table.selectionModel())
            self.model.set_rows(self.events())
            row = self.model.row_of_id(key) if key else -1
            select_row(self.table, row if row >= 0 else 0)
            del blocker
            self.table.viewport().update()
            return
        self.model.set_rows(self.events())
        row = self.model.row_of_id(key) if key else -1
        select_row(self.table, row if row >= 0 else 0)
        self._show_selected()

    def load_widgets(self) -> None:
        self._refresh()

    def selected(self) -> ChronologyEvent | None:
        row = current_row(self.table)
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def selected_key(self) -> str:
        event = self.selected()
        return event.key if event else ""

    def _show_selected(self) -> None:
        event = self.selected()
        with self.loading():
            self.note_edit.setPlainText(event.note if event else "")
            self.hidden_check.setChecked(bool(event and event.hidden))
            note = self.data.note_for(event.key) if event and event.added else None
            self.milestone_date.set_value(note.milestone_on if note else None)
            self.milestone_title.setText(note.milestone_title if note else "")
        self.detail_label.setText(event.detail if event else "")
        for widget in (self.note_edit, self.hidden_check):
            widget.setEnabled(event is not None)
        own = bool(event and event.added)
        for widget in (self.milestone_date, self.milestone_title, self.remove_button):
            widget.setEnabled(own)
        self.note_message.show_message(
            self._errors.get(f"notes.{note.key}.note", "") if event and note else ""
        )

    # -- edits ---------------------------------------------------------------------------

    def _note_typed(self) -> None:
        event = self.selected()
        if self._loading or event is None:
            return
        self.data.touch(event.key).note = self.note_edit.toPlainText()
        self._refresh(event.key, reload_editor=False)
        self.edited("notes")

    def _hidden_toggled(self, hidden: bool) -> None:
        event = self.selected()
        if self._loading or event is None:
            return
        self.data.touch(event.key).hidden = hidden
        self._refresh(event.key)
        self.edited("notes")

    def _milestone_edited(self, what: str, value) -> None:
        event = self.selected()
        if self._loading or event is None or not event.added:
            return
        note = self.data.note_for(event.key)
        if note is None:
            return
        if what == "on":
            if value is None:
                return  # an unreadable date stays in its field with its message
            note.milestone_on = value
        else:
            note.milestone_title = value
        self.milestone_message.clear_message()
        self._refresh(event.key, reload_editor=False)
        self.edited("notes")

    def add_milestone(self) -> None:
        """A milestone of one's own, dated at the end of the period, to name and date."""
        day = self.data.period_to or (self.context.events[-1].date if self.context.events else None)
        note = NoteEntry(milestone_on=day or date.today(), milestone_title=self.tr("Nuevo hito"))
        self.data.notes.append(note)
        self._refresh(note.milestone_key)
        self.edited("notes")
        self.milestone_title.setFocus()
        self.milestone_title.selectAll()

    def remove_milestone(self) -> None:
        event = self.selected()
        if event is None or not event.added:
            return
        note = self.data.note_for(event.key)
        self.data.notes = [n for n in self.data.notes if n is not note]
        row = current_row(self.table)
        self.model.set_rows(self.events())
        select_row(self.table, min(row, self.model.rowCount() - 1))
        self._show_selected()
        self.edited("notes")

    # -- checking ------------------------------------------------------------------------

    def validate(self) -> dict[str, str]:
        return validate_chronology(self.data)

    def show_errors(self, errors: dict[str, str]) -> None:
        super().show_errors(errors)
        self._errors = {k: v for k, v in errors.items() if k.startswith("notes.")}
        bad = [n for n in self.data.notes if any(k.startswith(f"notes.{n.key}.") for k in errors)]
        if bad:
            key = bad[0].milestone_key if bad[0].is_milestone else bad[0].event_key
            row = self.model.row_of_id(key)
            if row >= 0:
                select_row(self.table, row)
                self._show_selected()
            prefix = f"notes.{bad[0].key}."
            self.milestone_message.show_message(
                errors.get(prefix + "milestone_on") or errors.get(prefix + "milestone_title", "")
            )
        self.notes_message.show_message(
            errors.get("notes")
            or (
                self.tr("Revise los hitos marcados: les falta la fecha o el nombre.") if bad else ""
            )
        )
