"""The one table-model ground: translated headers, rows of dataclasses, vocabulary text."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from alianzas_desktop.domain.folding import fold
from alianzas_desktop.ui.models.roles import ID_ROLE, SEARCH_ROLE, SORT_ROLE

logger = logging.getLogger(__name__)

__all__ = ["ID_ROLE", "SEARCH_ROLE", "SORT_ROLE", "HeaderedTableModel", "RowTableModel"]

Row = TypeVar("Row")

_ANY_INDEX = QModelIndex | QPersistentModelIndex

# Roles as plain ints: a view asks for seven roles per cell at every repaint, and a dict of
# ints answers faster than comparing with Qt's enum members one after the other.
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole.value
TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole.value
ALIGNMENT_ROLE = Qt.ItemDataRole.TextAlignmentRole.value
FOREGROUND_ROLE = Qt.ItemDataRole.ForegroundRole.value
DECORATION_ROLE = Qt.ItemDataRole.DecorationRole.value
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# What answers a role for a row and a column of the model's rows.
RoleAnswer = Callable[[int, int], Any]


def vocabulary(label: str) -> str:
    """A vocabulary label through Qt translation (context ``vocabulary``)."""
    return QCoreApplication.translate("vocabulary", label) if label else ""


def vocabulary_label(member) -> str:
    """A vocabulary member's label (a phase, a sector, a status…), through Qt translation."""
    return vocabulary(member.label)


def vocabulary_description(member) -> str:
    return vocabulary(member.description) if member.description else ""


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
    RIGHT_ALIGNED: frozenset[int] = frozenset()

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def reset(self) -> None:
        """The rows changed wholesale (a draft restored): views read everything again."""
        self.beginResetModel()
        self.endResetModel()


class RowTableModel(HeaderedTableModel, Generic[Row]):
    """Rows are dataclasses; subclasses say what each column shows and sorts by."""

    CONTEXT = "RowTableModel"
    # Each row's texts computed once (until the rows change) instead of at every repaint:
    # for models whose display() costs (translations, dates) and whose rows change only
    # through set_rows or with the signals views hear.
    CACHE_DISPLAY = False

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Row] = []
        # column -> each row's sort value, computed once per column after the rows change.
        # A proxy asks for a row's sort value at every comparison of every sort: folding the
        # displayed text each time cost a widened search on thousands of rows a third of a
        # second. Any change the views hear about drops the cache.
        self._sort_keys: dict[int, list[Any]] = {}
        # row -> its columns' texts, when CACHE_DISPLAY: dropped with the sort keys.
        self._shown: dict[int, tuple[str, ...]] = {}
        # Each row's columns folded into one text, for a search proxy: made on its first
        # search and dropped with the sort keys.
        self._search_texts: list[str] | None = None
        # (column, order) the rows were last put in with sort_rows; set_rows keeps it.
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        for changed in (
            self.modelReset,
            self.layoutChanged,
            self.rowsInserted,
            self.rowsRemoved,
            self.rowsMoved,
            self.dataChanged,
        ):
            changed.connect(self._forget_sort_keys)
        self._answers: dict[int, RoleAnswer] = self.role_answers()
        # A subclass that answers roles in its own data() gets Qt's multiData (data() per role).
        self._answers_all = type(self).data is RowTableModel.data

    # -- contents ---------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_keys = {}
        self._shown = {}
        self._search_texts = None
        if self._sorted_by is not None:
            self._rows = [self._rows[i] for i in self._sorted_order(*self._sorted_by)]
            self._sort_keys = {}
        self._rows_changed()
        self.endResetModel()

    def _forget_sort_keys(self, *_args) -> None:
        self._sort_keys = {}
        self._shown = {}
        self._search_texts = None

    def sort_rows(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Put the rows in the order of ``column`` here, in Python, each row's sort key
        computed once. A sorting proxy in front compares rows through ``data()``, a call
        into Python at every comparison: 100,000 people took about 20 s to sort.
        Selections and other persistent indexes follow their rows; later ``set_rows``
        keep this order."""
        if not 0 <= column < self.columnCount():
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        order_of = self._sorted_order(column, order)
        place = {old: new for new, old in enumerate(order_of)}
        kept = self.persistentIndexList()
        self._rows = [self._rows[old] for old in order_of]
        self.changePersistentIndexList(
            kept, [self.index(place[index.row()], index.column()) for index in kept]
        )
        self.layoutChanged.emit()  # drops the keys, which followed the old order

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = [self.sort_key(row, column) for row in range(len(self._rows))]
        # Stable both ways, as a proxy's sort: equal rows keep their order.
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)

    def search_text(self, row: int) -> str:
        """The row's shown texts, folded and joined by spaces (what a search looks in);
        computed for every row on first use, until the rows change."""
        texts = self._search_texts
        if texts is None or len(texts) != len(self._rows):
            columns = range(self.columnCount())
            texts = self._search_texts = [
                fold(" ".join(self._display_at(row, column) or "" for column in columns))
                for row in range(len(self._rows))
            ]
        return texts[row]

    def sort_key(self, row: int, column: int) -> Any:
        """``sort_value`` of a row and column, computed for the whole column on first use."""
        keys = self._sort_keys.get(column)
        if keys is None or len(keys) != len(self._rows):
            keys = [self.sort_value(item, column) for item in self._rows]
            self._sort_keys[column] = keys
        return keys[row]

    def _rows_changed(self) -> None:
        """Hook for subclasses that precompute per-row values."""

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_of_id(self, row_id: str) -> int:
        for position, item in enumerate(self._rows):
            if self.row_id(item) == row_id:
                return position
        return -1

    # -- what subclasses provide ------------------------------------------------------

    def row_id(self, item: Row) -> str:
        return str(getattr(item, "id", ""))

    def display(self, item: Row, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, item: Row, column: int) -> Any:
        return fold(self.display(item, column))

    def tooltip(self, item: Row, column: int) -> str | None:
        text = self.display(item, column)
        return text if len(text) > 40 else None

    # -- Qt interface -----------------------------------------------------------------

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def role_answers(self) -> dict[int, RoleAnswer]:
        """Role → what answers it for a row and column; a subclass adds its roles to
        ``super().role_answers()``. Roles not here answer None. Called once, on creation."""
        answers: dict[int, RoleAnswer] = {
            DISPLAY_ROLE: self._display_at,
            ID_ROLE: self._id_at,
            SORT_ROLE: self.sort_key,
            TOOLTIP_ROLE: self._tooltip_at,
        }
        if self.RIGHT_ALIGNED:
            answers[ALIGNMENT_ROLE] = self._alignment_at
        return answers

    def _display_at(self, row: int, column: int) -> str:
        if not self.CACHE_DISPLAY:
            return self.display(self._rows[row], column)
        shown = self._shown.get(row)
        if shown is None:
            item = self._rows[row]
            shown = self._shown[row] = tuple(
                self.display(item, each) for each in range(len(self.HEADERS))
            )
        return shown[column] if column < len(shown) else self.display(self._rows[row], column)

    def _id_at(self, row: int, _column: int) -> str:
        return self.row_id(self._rows[row])

    def _tooltip_at(self, row: int, column: int) -> str | None:
        return self.tooltip(self._rows[row], column)

    def _alignment_at(self, _row: int, column: int) -> int | None:
        return _RIGHT if column in self.RIGHT_ALIGNED else None

    def data(self, index: _ANY_INDEX, role: int = DISPLAY_ROLE):
        answer = self._answers.get(role)
        if answer is None:
            return None
        row = index.row()  # -1 for an invalid index
        if 0 <= row < len(self._rows):
            return answer(row, index.column())
        return None

    def multiData(self, index: _ANY_INDEX, roleDataSpan) -> None:  # noqa: N803 (Qt's name)
        """Every role a view asks of a cell in one call (Qt's default asks data() for each)."""
        if not self._answers_all:
            super().multiData(index, roleDataSpan)
            return
        row = index.row()
        if not 0 <= row < len(self._rows):
            return
        column = index.column()
        answers = self._answers
        # Every role is answered, None included: a view's delegate keeps its span from one
        # cell to the next, so a role left alone would paint the last cell's icon or colour.
        for role_data in roleDataSpan:
            answer = answers.get(role_data.role())
            value = None if answer is None else answer(row, column)
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    # flags() is Qt's own (enabled and selectable, never with children): a view asks it of
    # every cell it paints, and a Python flags() cost a call into Python each time.

    def index(self, row: int, column: int, parent: _ANY_INDEX = QModelIndex()) -> QModelIndex:  # noqa: B008
        """As Qt's, in one call into Python instead of two (rowCount and columnCount): a
        proxy in front asks for every cell it paints."""
        if 0 <= row < self.rowCount(parent) and 0 <= column < self.columnCount(parent):
            return self.createIndex(row, column)
        return QModelIndex()


def deadline_text(deadline, today) -> str:
    """«15/03/2026», or «15/03/2026 (vencido)» once past: said in words, not only in red."""
    from alianzas_desktop.domain.formatting import short_date

    text = short_date(deadline)
    if deadline is not None and deadline < today:
        return QCoreApplication.translate("RowTableModel", "{date} (vencido)").format(date=text)
    return text
