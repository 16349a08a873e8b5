"""A form that edits one entry of a wizard's list in place, shared by the wizards' editors."""

from __future__ import annotations

import logging
from enum import Enum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from alianzas_desktop.ui.models.base import vocabulary_label
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message

logger = logging.getLogger(__name__)


def vocabulary_combo(enum_cls: type[Enum]) -> QComboBox:
    """A combo box of a vocabulary: translated labels, the codes as item data."""
    combo = QComboBox()
    for member in enum_cls:
        combo.addItem(vocabulary_label(member), member.value)
    return combo


def list_beside_editor(
    title: str,
    table: QWidget,
    buttons: list[QWidget],
    message: QWidget,
    editor: QWidget,
    stretch: tuple[int, int] = (3, 3),
) -> QGroupBox:
    """A box with a list of entries, its add/remove buttons and message on the left and
    the form that edits the chosen entry on the right (a wizard's list pages)."""
    row_buttons = QHBoxLayout()
    for button in buttons:
        row_buttons.addWidget(button)
    row_buttons.addStretch(1)
    left = QVBoxLayout()
    left.addWidget(table, 1)
    left.addLayout(row_buttons)
    left.addWidget(message)
    editor_column = QVBoxLayout()
    editor_column.addWidget(editor)
    editor_column.addStretch(1)
    row = QHBoxLayout()
    row.addLayout(left, stretch[0])
    row.addLayout(editor_column, stretch[1])
    box = QGroupBox(title)
    box.setLayout(row)
    return box


class EntryForm(QWidget):
    """Edits one entry in place and says which field changed; each field has its message."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry: Any = None
        self.messages: dict[str, FieldMessage] = {}
        self._loading = False

    def message(self, key: str) -> FieldMessage:
        if key not in self.messages:
            self.messages[key] = FieldMessage()
        return self.messages[key]

    def _field(self, key: str, widget: QWidget) -> QWidget:
        return with_message(widget, self.message(key))

    def _deadline_edit(self, key: str = "deadline") -> DateField:
        """A date field that stays empty until a date is typed or chosen; says its errors."""
        edit = DateField(self.tr("Elija una fecha: dd/mm/aaaa"))
        edit.set_message(self.message(key))
        return edit

    def _set(self, attr: str, value) -> None:
        if self._loading or self.entry is None:
            return
        setattr(self.entry, attr, value)
        self.message(attr).clear_message()
        self.edited.emit(attr)

    def show_entry_errors(self, prefix: str, errors: dict[str, str]) -> None:
        """Show each field's message from ``errors``, whose keys are ``prefix`` + field."""
        for key, message in self.messages.items():
            message.show_message(errors.get(prefix + key, ""))
