"""The table of possible partners on page 2, read straight from the wizard's data."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from alianzas_desktop.domain.nacimiento import NacimientoData, PartnerDraft, clean_text
from alianzas_desktop.domain.vocabulary import Influence, Sector
from alianzas_desktop.ui.wizards.nacimiento.base import vocabulary_label

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

PARTNER_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class PartnerTableModel(QAbstractTableModel):
    """One row per partner in ``data.partners``; the list itself is the storage."""

    COL_NAME, COL_SECTOR, COL_INFLUENCE = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("PartnerTableModel", "Organización"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Sector"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Influencia"),
    )

    def __init__(self, data: NacimientoData, parent=None):
        super().__init__(parent)
        self._data = data

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._data.partners)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("PartnerTableModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._data.partners):
            return None
        partner = self._data.partners[index.row()]
        if role == PARTNER_KEY_ROLE:
            return partner.key
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.COL_NAME:
            return clean_text(partner.name) or QCoreApplication.translate(
                "PartnerTableModel", "(sin nombre)"
            )
        if column == self.COL_SECTOR:
            return _label(Sector, partner.sector)
        if column == self.COL_INFLUENCE:
            return _label(Influence, partner.influence)
        return None

    # -- editing the list ---------------------------------------------------------

    def partner_at(self, row: int) -> PartnerDraft | None:
        return self._data.partners[row] if 0 <= row < len(self._data.partners) else None

    def row_of(self, key: str) -> int:
        return next((i for i, p in enumerate(self._data.partners) if p.key == key), -1)

    def append(self, partner: PartnerDraft) -> int:
        row = len(self._data.partners)
        self.beginInsertRows(QModelIndex(), row, row)
        self._data.partners.append(partner)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> PartnerDraft | None:
        partner = self.partner_at(row)
        if partner is None:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._data.partners[row]
        self.endRemoveRows()
        return partner

    def refresh_row(self, row: int) -> None:
        if 0 <= row < len(self._data.partners):
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()


def _label(enum_cls, code: str) -> str:
    try:
        return vocabulary_label(enum_cls(code))
    except ValueError:
        return ""
