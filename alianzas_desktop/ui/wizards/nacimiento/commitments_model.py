"""Tables of page 4: the commitments (filtered by partner) and each partner's share."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from alianzas_desktop.domain import formatting
from alianzas_desktop.domain.nacimiento import (
    CommitmentDraft,
    NacimientoData,
    clean_text,
    contribution_shares,
)
from alianzas_desktop.domain.vocabulary import ContributionKind, Logic
from alianzas_desktop.ui.wizards.nacimiento.base import vocabulary_label

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
PARTNER_KEY_ROLE = Qt.ItemDataRole.UserRole + 2


def _label(enum_cls, code: str) -> str:
    try:
        return vocabulary_label(enum_cls(code))
    except ValueError:
        return ""


class CommitmentTableModel(QAbstractTableModel):
    """Every commitment in ``data.commitments``; a proxy shows one partner's."""

    COL_DESCRIPTION, COL_KIND, COL_VALUE, COL_DEADLINE, COL_LOGIC = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Compromiso"),
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Tipo"),
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Valor"),
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Fecha límite"),
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Lógica"),
    )

    def __init__(self, data: NacimientoData, parent=None):
        super().__init__(parent)
        self._data = data

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._data.commitments)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("CommitmentTableModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._data.commitments):
            return None
        item = self._data.commitments[index.row()]
        if role == KEY_ROLE:
            return item.key
        if role == PARTNER_KEY_ROLE:
            return item.partner_key
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.COL_DESCRIPTION:
            text = clean_text(item.description).replace("\n", " ")
            return text or QCoreApplication.translate("CommitmentTableModel", "(sin describir)")
        if column == self.COL_KIND:
            return _label(ContributionKind, item.kind)
        if column == self.COL_VALUE:
            return formatting.pesos(item.estimated_value)
        if column == self.COL_DEADLINE:
            return formatting.short_date(item.deadline)
        if column == self.COL_LOGIC:
            return _label(Logic, item.logic)
        return None

    def commitment_at(self, row: int) -> CommitmentDraft | None:
        return self._data.commitments[row] if 0 <= row < len(self._data.commitments) else None

    def row_of(self, key: str) -> int:
        return next((i for i, c in enumerate(self._data.commitments) if c.key == key), -1)

    def append(self, item: CommitmentDraft) -> int:
        row = len(self._data.commitments)
        self.beginInsertRows(QModelIndex(), row, row)
        self._data.commitments.append(item)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._data.commitments):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._data.commitments[row]
            self.endRemoveRows()

    def refresh_row(self, row: int) -> None:
        if 0 <= row < len(self._data.commitments):
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class PartnerCommitmentsProxy(QSortFilterProxyModel):
    """Shows only the commitments of one partner."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._partner_key = ""

    @property
    def partner_key(self) -> str:
        return self._partner_key

    def set_partner_key(self, key: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._partner_key = key
            self.endFilterChange()
        else:
            self._partner_key = key
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(PARTNER_KEY_ROLE) == self._partner_key


class SharesTableModel(QAbstractTableModel):
    """Each partner's number of commitments, estimated value and share of the whole."""

    COL_PARTNER, COL_COUNT, COL_VALUE, COL_SHARE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("SharesTableModel", "Socio"),
        QT_TRANSLATE_NOOP("SharesTableModel", "Compromisos"),
        QT_TRANSLATE_NOOP("SharesTableModel", "Valor estimado"),
        QT_TRANSLATE_NOOP("SharesTableModel", "Participación"),
    )

    def __init__(self, data: NacimientoData, parent=None):
        super().__init__(parent)
        self._data = data
        self._rows: list[tuple[str, int, int, float]] = []
        self.recompute()

    def recompute(self) -> None:
        self.beginResetModel()
        shares = contribution_shares(self._data)
        self._rows = []
        for partner in self._data.partners:
            own = self._data.commitments_of(partner.key)
            value = sum(c.estimated_value or 0 for c in own)
            self._rows.append(
                (clean_text(partner.name), len(own), value, shares.get(partner.key, 0.0))
            )
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("SharesTableModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, count, value, share = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_PARTNER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return (name, count, value, share)[column]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_PARTNER:
            return name
        if column == self.COL_COUNT:
            return str(count)
        if column == self.COL_VALUE:
            return formatting.pesos(value) if value else "—"
        if column == self.COL_SHARE:
            return formatting.percent(share)
        return None
