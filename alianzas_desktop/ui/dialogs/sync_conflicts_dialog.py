"""Archivo ▸ Conflictos de sincronización…: records changed on both sides, chosen field by field.

A record deleted on one side and changed on the other is one choice for the whole record:
keep it or delete it (``bundles.RECORD``).

(Not the alliance's own conflicts — those are ``ui/conflicts_tab.py``.)
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain import history_text
from alianzas_desktop.domain.formatting import local_date_time, local_moment, short_date
from alianzas_desktop.services import bundles
from alianzas_desktop.services.bundles import RECORD, ConflictInfo, ConflictSide, RecordFate
from alianzas_desktop.services.errors import ServiceError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.dialogs.bundle_import_dialog import kind_label
from alianzas_desktop.ui.models.base import RowTableModel
from alianzas_desktop.ui.widgets.field_error import FieldMessage
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

VALUE_LENGTH = 400


def field_text(table: str, field: str) -> str:
    """The field as the history names it («nombre» → «Nombre»), or its code when unnamed."""
    label = history_text.field_label(table, field) or field.replace("_", " ")
    return label[:1].upper() + label[1:]


def value_text(table: str, field: str, value: Any) -> str:
    if isinstance(value, dict) and "attachment" in value:
        return QCoreApplication.translate("SyncConflictsDialog", "Archivo adjunto ({code})").format(
            code=str(value["attachment"])[:8]
        )
    if isinstance(value, list | dict):
        return history_text.shorten(str(value), VALUE_LENGTH)
    text = history_text.value_text(table, field, value)
    if isinstance(value, str) and text == history_text.shorten(value):
        return history_text.shorten(value, VALUE_LENGTH)  # room to read more than a line
    return text


def fate_text(conflict: ConflictInfo, side: str, fate: str) -> str:
    """What one side did with a record deleted on one side and changed on the other."""
    if fate == RecordFate.KEPT.value:
        if side == ConflictSide.LOCAL.value:
            return QCoreApplication.translate(
                "SyncConflictsDialog", "Lo conserva, con los cambios hechos aquí"
            )
        return QCoreApplication.translate(
            "SyncConflictsDialog", "Lo conserva, con los cambios hechos allá"
        )
    if side == ConflictSide.REMOTE.value and conflict.deleted_at:
        try:
            when = short_date(local_moment(datetime.fromisoformat(conflict.deleted_at)).date())
        except ValueError:
            when = ""
        if when:
            return QCoreApplication.translate("SyncConflictsDialog", "Lo eliminó el {date}").format(
                date=when
            )
    return QCoreApplication.translate("SyncConflictsDialog", "Lo eliminó")


def received_text(iso: str) -> str:
    try:
        return local_date_time(datetime.fromisoformat(iso))
    except ValueError:
        return iso


class SyncConflictModel(RowTableModel[ConflictInfo]):
    """One pending conflict per row."""

    CONTEXT = "SyncConflictModel"
    RECORD, FIELDS, WHO, RECEIVED = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("SyncConflictModel", "Registro"),
        QT_TRANSLATE_NOOP("SyncConflictModel", "Campos"),
        QT_TRANSLATE_NOOP("SyncConflictModel", "Del equipo de"),
        QT_TRANSLATE_NOOP("SyncConflictModel", "Recibido"),
    )
    RIGHT_ALIGNED = frozenset({FIELDS})

    def display(self, item: ConflictInfo, column: int) -> str:
        if column == self.RECORD:
            if item.record_name and item.table in history_text.TABLES:
                return item.record_name
            return kind_label(item.table)
        if column == self.FIELDS:
            return str(len(item.fields))
        if column == self.WHO:
            return item.facilitator or item.device_id[:8]
        if column == self.RECEIVED:
            return received_text(item.created_at)
        return ""

    def sort_value(self, item: ConflictInfo, column: int):
        if column == self.RECEIVED:
            return item.created_at
        if column == self.FIELDS:
            return len(item.fields)
        return super().sort_value(item, column)


class FieldChoices(QWidget):
    """Each differing field: its name, then this side's and the other side's value, each with
    the radio button that keeps it. Values wrap, so long texts are read whole-ish, not cut."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(1, 1)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._grid.setVerticalSpacing(4)
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[str, dict[str, QRadioButton]] = {}
        self.values: dict[str, dict[str, QLabel]] = {}
        self.messages: dict[str, FieldMessage] = {}

    def show_conflict(self, conflict: ConflictInfo | None) -> None:
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # until deleted, it would still be drawn where it was
                widget.deleteLater()
        for group in self.groups.values():
            group.deleteLater()
        self.groups, self.buttons, self.values, self.messages = {}, {}, {}, {}
        if conflict is None:
            return
        other = conflict.facilitator or conflict.device_id[:8]
        sides = (
            (ConflictSide.LOCAL, self.tr("Este equipo")),
            (ConflictSide.REMOTE, self.tr("El otro equipo ({who})").format(who=other)),
        )
        row = 0
        for name, values in sorted(
            conflict.fields.items(), key=lambda item: field_text(conflict.table, item[0])
        ):
            if conflict.deleted_by:
                title = QLabel(self.tr("El registro entero: ¿se conserva o se elimina?"))
            else:
                title = QLabel(field_text(conflict.table, name))
            title.setTextFormat(Qt.TextFormat.PlainText)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            if row:
                self._grid.setRowMinimumHeight(row, 8)
                row += 1
            self._grid.addWidget(title, row, 0, 1, 2)
            row += 1
            group = QButtonGroup(self)
            group.setExclusive(True)
            self.groups[name] = group
            self.buttons[name] = {}
            self.values[name] = {}
            for side, side_text in sides:
                value = values.get(side.value)
                button = QRadioButton(side_text)
                button.setObjectName(f"{name}:{side.value}")
                group.addButton(button)
                if conflict.deleted_by and name == RECORD:
                    shown = QLabel(fate_text(conflict, side.value, value))
                else:
                    shown = QLabel(value_text(conflict.table, name, value))
                shown.setTextFormat(Qt.TextFormat.PlainText)
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if value is not None and not conflict.deleted_by:
                    shown.setToolTip(history_text.shorten(str(value), 1000))
                self.buttons[name][side.value] = button
                self.values[name][side.value] = shown
                self._grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
                self._grid.addWidget(shown, row, 1)
                row += 1
            message = FieldMessage()
            self.messages[name] = message
            group.buttonToggled.connect(lambda *_a, m=message: self._chosen(m))
            self._grid.addWidget(message, row, 0, 1, 2)
            row += 1

    def _chosen(self, message: FieldMessage) -> None:
        message.clear_message()
        self.changed.emit()

    def choose_all(self, side: ConflictSide) -> None:
        for buttons in self.buttons.values():
            buttons[side.value].setChecked(True)

    @property
    def choices(self) -> dict[str, str]:
        chosen = {}
        for name, buttons in self.buttons.items():
            for side, button in buttons.items():
                if button.isChecked():
                    chosen[name] = side
        return chosen

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, text in errors.items():
            if name in self.messages:
                self.messages[name].show_message(text)


class SyncConflictsDialog(QDialog):
    """Pending conflicts on the left; the chosen one's fields on the right."""

    resolved = Signal(str)  # the conflict's id

    def __init__(self, db: Database, parent: QWidget | None = None):
        from alianzas_desktop.ui.widgets.table_view import make_table_view

        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Conflictos de sincronización"))

        self.intro_label = QLabel(
            self.tr(
                "Estos registros cambiaron en este equipo y en otro desde el último "
                "intercambio. Cada equipo conserva su valor hasta que usted elija, campo por "
                "campo, cuál queda. Un registro eliminado en un equipo y cambiado en el otro se "
                "conserva o se elimina entero. La elección viaja al otro equipo con el próximo "
                "paquete."
            )
        )
        self.intro_label.setWordWrap(True)
        self.model = SyncConflictModel(self)
        self.view = make_table_view(self.model, stretch=SyncConflictModel.RECORD, parent=self)
        self.empty_label = QLabel(self.tr("No hay conflictos esperando una decisión."))
        self.record_label = QLabel()
        self.record_label.setWordWrap(True)
        self.record_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.record_label.font()
        font.setBold(True)
        self.record_label.setFont(font)
        self.choices = FieldChoices()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.choices)
        self.local_button = QPushButton(self.tr("Todo de &este equipo"))
        self.remote_button = QPushButton(self.tr("Todo del &otro equipo"))
        self.apply_button = QPushButton(self.tr("&Aplicar elección"))
        self.message = FieldMessage()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))

        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.local_button.clicked.connect(lambda: self.choices.choose_all(ConflictSide.LOCAL))
        self.remote_button.clicked.connect(lambda: self.choices.choose_all(ConflictSide.REMOTE))
        self.apply_button.clicked.connect(lambda: self.apply())
        self.choices.changed.connect(self.message.clear_message)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.record_label)
        right_layout.addWidget(self.scroll, 1)
        right_layout.addWidget(self.message)
        action_row = QHBoxLayout()
        action_row.addWidget(self.local_button)
        action_row.addWidget(self.remote_button)
        action_row.addStretch(1)
        action_row.addWidget(self.apply_button)
        right_layout.addLayout(action_row)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 620])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.intro_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1100, 600)
        self.refresh()

    def refresh(self) -> None:
        rows = bundles.list_conflicts(self._db)
        self.model.set_rows(rows)
        self.view.sortByColumn(SyncConflictModel.RECEIVED, Qt.SortOrder.AscendingOrder)
        self.empty_label.setVisible(not rows)
        if rows:
            self.view.selectRow(0)
        self._show_selected()

    def selected_conflict(self) -> ConflictInfo | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.view.model().mapToSource(rows[0]).row())

    def _show_selected(self) -> None:
        conflict = self.selected_conflict()
        self.choices.show_conflict(conflict)
        self.message.clear_message()
        if conflict is None:
            self.record_label.setText("")
        elif conflict.deleted_by:
            self.record_label.setText(
                self.tr(
                    "{record}: se eliminó en un equipo y se cambió en el otro. Elija si se "
                    "conserva o se elimina (con lo que depende de él)."
                ).format(record=self.model.display(conflict, SyncConflictModel.RECORD))
            )
        else:
            self.record_label.setText(
                self.tr("{record}: elija qué valor queda en cada campo.").format(
                    record=self.model.display(conflict, SyncConflictModel.RECORD)
                )
            )
        for widget in (self.local_button, self.remote_button, self.apply_button):
            widget.setEnabled(conflict is not None)

    def apply(self) -> bool:
        conflict = self.selected_conflict()
        if conflict is None:
            return False
        try:
            bundles.resolve_conflict(self._db, conflict.id, self.choices.choices)
        except ValidationFailed as exc:
            self.choices.show_errors(exc.errors)
            self.message.show_message(self.tr("Elija un valor en cada campo marcado."))
            return False
        except ServiceError as exc:
            self.message.show_message(worded(exc))
            return False
        self.refresh()
        self.resolved.emit(conflict.id)
        return True


def open_conflicts_dialog(window) -> SyncConflictsDialog:
    dialog = SyncConflictsDialog(window.db, window)
    dialog.resolved.connect(lambda _id: window.refresh())
    dialog.exec()
    dialog.deleteLater()
    return dialog
