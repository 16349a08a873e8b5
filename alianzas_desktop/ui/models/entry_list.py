"""A table model over a list that lives in a wizard's data: the list is the storage."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from alianzas_desktop.ui.models.base import HeaderedTableModel
from alianzas_desktop.ui.models.roles import ID_ROLE

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


class EntryListModel(HeaderedTableModel):
    """One row per entry of a list that lives in the wizard's data; the list is the storage."""

    CONTEXT = "EntryListModel"

    def __init__(self, entries: Callable[[], list], parent=None):
        super().__init__(parent)
        self._entries = entries

    # -- subclasses -----------------------------------------------------------------

    def display(self, entry: Any, column: int) -> str:
        raise NotImplementedError

    def key_of(self, entry: Any) -> str:
        return entry.key

    # -- Qt interface ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entries = self._entries()
        if not index.isValid() or not 0 <= index.row() < len(entries):
            return None
        entry = entries[index.row()]
        if role == ID_ROLE:
            return self.key_of(entry)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.display(entry, index.column())
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 40 else None
            return text
        return None

    # -- editing the list ---------------------------------------------------------------

    def entry_at(self, row: int):
        entries = self._entries()
        return entries[row] if 0 <= row < len(entries) else None

    def row_of(self, key: str) -> int:
        return next((i for i, e in enumerate(self._entries()) if self.key_of(e) == key), -1)

    def append(self, entry) -> int:
        entries = self._entries()
        row = len(entries)
        self.beginInsertRows(QModelIndex(), row, row)
        entries.append(entry)
        self.endInsertRows()
        return row

    def remove(self, row: int):
        entry = self.entry_at(row)
        if entry is None:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._entries()[row]
        self.endRemoveRows()
        return entry

    def move(self, row: int, offset: int) -> int:
        """Move a row up (-1) or down (+1); returns its new row."""
        entries = self._entries()
        target = row + offset
        if not (0 <= row < len(entries) and 0 <= target < len(entries)):
            return row
        # Qt's destination is the row *before which* the moved row lands.
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        entries.insert(target, entries.pop(row))
        self.endMoveRows()
        return target

    def refresh_row(self, row: int) -> None:
        if 0 <= row < self.rowCount():
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def refresh_all(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
