"""Table models over a wizard's own lists (the list is the storage), shared by all wizards."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from alianzas_desktop.ui.wizards.nacimiento.base import vocabulary_label

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def label_of(enum_cls, code: str) -> str:
    """The translated label of a vocabulary code, or "" for an unknown code."""
    try:
        return vocabulary_label(enum_cls(code))
    except ValueError:
        return ""


class HeaderedTableModel(QAbstractTableModel):
    """A flat table whose columns are ``HEADERS``, translated in the context ``CONTEXT``."""

    CONTEXT = "HeaderedTableModel"
    HEADERS: Sequence[str] = ()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()


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
        if role == KEY_ROLE:
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
