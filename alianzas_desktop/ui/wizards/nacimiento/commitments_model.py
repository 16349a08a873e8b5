"""Tables of page 4: the commitments (filtered by partner) and each partner's share."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
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
from alianzas_desktop.ui.models.base import HeaderedTableModel, label_of
from alianzas_desktop.ui.models.entry_list import EntryListModel, _Index
from alianzas_desktop.ui.models.roles import PARTNER_KEY_ROLE

logger = logging.getLogger(__name__)


class CommitmentTableModel(EntryListModel):
    """Every commitment in ``data.commitments``; a proxy shows one partner's."""

    CONTEXT = "CommitmentTableModel"
    COL_DESCRIPTION, COL_KIND, COL_VALUE, COL_DEADLINE, COL_LOGIC = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Compromiso"),
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Tipo"),
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Valor"),
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Fecha límite"),
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Lógica"),
    )

    def __init__(self, data: NacimientoData, parent=None):
        super().__init__(lambda: data.commitments, parent)
        self._data = data

    def display(self, item: CommitmentDraft, column: int) -> str:
        if column == self.COL_DESCRIPTION:
            text = clean_text(item.description).replace("\n", " ")
            return text or QCoreApplication.translate("CommitmentTableModel", "(sin describir)")
        if column == self.COL_KIND:
            return label_of(ContributionKind, item.kind)
        if column == self.COL_VALUE:
            return formatting.pesos(item.estimated_value)
        if column == self.COL_DEADLINE:
            return formatting.short_date(item.deadline)
        if column == self.COL_LOGIC:
            return label_of(Logic, item.logic)
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.entry_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == PARTNER_KEY_ROLE:
            return item.partner_key
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def commitment_at(self, row: int) -> CommitmentDraft | None:
        return self.entry_at(row)


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


class SharesTableModel(HeaderedTableModel):
    """Each partner's number of commitments, estimated value and share of the whole."""

    CONTEXT = "SharesTableModel"
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
