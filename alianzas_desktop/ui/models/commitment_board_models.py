"""Table models of the commitments board: commitments, fulfilment per partner, history."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from alianzas_desktop.domain.formatting import percent, pesos, short_date
from alianzas_desktop.services.commitment_board import BoardRow, HistoryEntry, PartnerFulfilment
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.models.base import RowTableModel, deadline_text, vocabulary

logger = logging.getLogger(__name__)

_NO_DATE = "9999-12-31"


class BoardModel(RowTableModel[BoardRow]):
    """One row per commitment on the board."""

    CONTEXT = "BoardModel"
    ALLIANCE, PARTNER, DESCRIPTION, KIND, LOGIC, VALUE, DEADLINE, STATUS, EVIDENCE = range(9)
    HEADERS = (
        QT_TRANSLATE_NOOP("BoardModel", "Alianza"),
        QT_TRANSLATE_NOOP("BoardModel", "Socio"),
        QT_TRANSLATE_NOOP("BoardModel", "Compromiso"),
        QT_TRANSLATE_NOOP("BoardModel", "Tipo de aporte"),
        QT_TRANSLATE_NOOP("BoardModel", "Lógica"),
        QT_TRANSLATE_NOOP("BoardModel", "Valor"),
        QT_TRANSLATE_NOOP("BoardModel", "Fecha límite"),
        QT_TRANSLATE_NOOP("BoardModel", "Estado"),
        QT_TRANSLATE_NOOP("BoardModel", "Evidencias"),
    )
    RIGHT_ALIGNED = frozenset({VALUE, DEADLINE, EVIDENCE})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = date.today()
        self._next_page: Callable[[BoardRow], list[BoardRow]] | None = None

    def show_rows(
        self, rows: list[BoardRow], next_page: Callable[[BoardRow], list[BoardRow]] | None = None
    ) -> None:
        """The board's first rows; ``next_page(last row)`` reads those after it, as the view
        asks for them (None: every row is here)."""
        self._next_page = next_page
        self.set_rows(rows)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next_page is not None and bool(self._rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = self._next_page(self._rows[-1])
        if not more:
            self._next_page = None
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def display(self, item: BoardRow, column: int) -> str:
        if column == self.ALLIANCE:
            return item.alliance_name
        if column == self.PARTNER:
            return item.organization
        if column == self.DESCRIPTION:
            return item.description
        if column == self.KIND:
            return vocabulary(item.kind_label)
        if column == self.LOGIC:
            return vocabulary(item.logic_label)
        if column == self.VALUE:
            return pesos(item.estimated_value) if item.estimated_value else ""
        if column == self.DEADLINE:
            return (
                deadline_text(item.deadline, self.today)
                if item.overdue
                else short_date(item.deadline)
            )
        if column == self.STATUS:
            return vocabulary(item.status_label)
        if column == self.EVIDENCE:
            return str(item.evidence_count) if item.evidence_count else ""
        return ""

    def sort_value(self, item: BoardRow, column: int) -> Any:
        if column == self.DEADLINE:
            return item.deadline.isoformat() if item.deadline else _NO_DATE
        if column == self.VALUE:
            return item.estimated_value or 0
        if column == self.EVIDENCE:
            return item.evidence_count
        return super().sort_value(item, column)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.DEADLINE
            and self._rows[index.row()].overdue
        ):
            return palette.overdue()
        return super().data(index, role)


class FulfilmentModel(RowTableModel[PartnerFulfilment]):
    """Each partner: cumplidos of total, and pesos delivered against committed."""

    CONTEXT = "FulfilmentModel"
    PARTNER, SECTOR, FULFILLED, DELIVERED = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("FulfilmentModel", "Socio"),
        QT_TRANSLATE_NOOP("FulfilmentModel", "Sector"),
        QT_TRANSLATE_NOOP("FulfilmentModel", "Cumplidos / total"),
        QT_TRANSLATE_NOOP("FulfilmentModel", "Entregado / comprometido"),
    )
    RIGHT_ALIGNED = frozenset({FULFILLED, DELIVERED})

    def row_id(self, item: PartnerFulfilment) -> str:
        return item.organization_id

    def display(self, item: PartnerFulfilment, column: int) -> str:
        if column == self.PARTNER:
            return item.organization
        if column == self.SECTOR:
            return vocabulary(item.sector_label)
        if column == self.FULFILLED:
            return QCoreApplication.translate(
                "FulfilmentModel", "{done} / {total} ({share})"
            ).format(done=item.fulfilled, total=item.total, share=percent(item.share))
        if column == self.DELIVERED:
            if not item.committed_pesos:
                return QCoreApplication.translate("FulfilmentModel", "sin valor en pesos")
            return f"{pesos(item.delivered_pesos)} / {pesos(item.committed_pesos)}"
        return ""

    def sort_value(self, item: PartnerFulfilment, column: int) -> Any:
        if column == self.FULFILLED:
            return item.share
        if column == self.DELIVERED:
            return item.delivered_pesos
        return super().sort_value(item, column)


class HistoryModel(RowTableModel[HistoryEntry]):
    """A commitment's follow-up, oldest first, with the evidence of each step."""

    CONTEXT = "HistoryModel"
    ON, CHANGE, NOTE, EVIDENCE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryModel", "Fecha"),
        QT_TRANSLATE_NOOP("HistoryModel", "Cambio"),
        QT_TRANSLATE_NOOP("HistoryModel", "Nota"),
        QT_TRANSLATE_NOOP("HistoryModel", "Evidencias"),
    )

    def row_id(self, item: HistoryEntry) -> str:
        return f"{item.on.isoformat()}:{self._rows.index(item)}"

    def display(self, item: HistoryEntry, column: int) -> str:
        if column == self.ON:
            text = short_date(item.on)
            if item.acta:
                text += QCoreApplication.translate("HistoryModel", " (acta No. {number})").format(
                    number=item.acta
                )
            return text
        if column == self.CHANGE:
            if not item.to_label:
                return QCoreApplication.translate("HistoryModel", "Evidencia")
            if item.from_status == item.to_status:
                return QCoreApplication.translate("HistoryModel", "Avance: sigue {status}").format(
                    status=vocabulary(item.to_label).lower()
                )
            return f"{vocabulary(item.from_label)} → {vocabulary(item.to_label)}"
        if column == self.NOTE:
            return item.note
        if column == self.EVIDENCE:
            return ", ".join(e.file_name for e in item.evidence)
        return ""
