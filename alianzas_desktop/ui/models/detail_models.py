"""Table models of one alliance's page: partners, commitments and agreement versions."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from alianzas_desktop.domain.formatting import local_moment, pesos, short_date
from alianzas_desktop.domain.vocabulary import OPEN_COMMITMENT_STATUSES
from alianzas_desktop.services.agreements import VersionInfo
from alianzas_desktop.services.alliances import CommitmentInfo, PartnerInfo
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.models.base import RowTableModel, deadline_text, vocabulary

logger = logging.getLogger(__name__)


class PartnerTableModel(RowTableModel[PartnerInfo]):
    """Active partners first, then the retired ones, shown as retired and greyed."""

    CONTEXT = "PartnerTableModel"
    ORGANIZATION, SECTOR, REPRESENTATIVE, CARGO, STATUS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("PartnerTableModel", "Organización"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Sector"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Representante"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Cargo"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Estado"),
    )

    def row_id(self, item: PartnerInfo) -> str:
        return item.membership_id

    def display(self, item: PartnerInfo, column: int) -> str:
        if column == self.ORGANIZATION:
            return item.organization
        if column == self.SECTOR:
            return vocabulary(item.sector_label)
        if column == self.REPRESENTATIVE:
            return item.representative
        if column == self.CARGO:
            return item.cargo
        if column == self.STATUS:
            if item.retired_on is None:
                return QCoreApplication.translate("PartnerTableModel", "Activo")
            return QCoreApplication.translate("PartnerTableModel", "Retirado el {date}").format(
                date=short_date(item.retired_on)
            )
        return ""

    def sort_value(self, item: PartnerInfo, column: int) -> Any:
        if column == self.STATUS:
            return item.retired_on.isoformat() if item.retired_on else ""
        return super().sort_value(item, column)

    def tooltip(self, item: PartnerInfo, column: int) -> str | None:
        if item.retired_on is not None and item.retired_reason:
            return QCoreApplication.translate(
                "PartnerTableModel", "Motivo del retiro: {reason}"
            ).format(reason=item.retired_reason)
        if column == self.ORGANIZATION and item.contribution:
            return f"{item.organization}\n{item.contribution}"
        return super().tooltip(item, column)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if self.row_at(index.row()).retired_on is not None:
                return palette.muted()
        return super().data(index, role)


class CommitmentTableModel(RowTableModel[CommitmentInfo]):
    CONTEXT = "CommitmentTableModel"
    ORGANIZATION, DESCRIPTION, KIND, VALUE, DEADLINE, LOGIC, STATUS = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Organización"),
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Compromiso"),
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Tipo de aporte"),
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Valor estimado"),
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Fecha límite"),
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Lógica"),
        QT_TRANSLATE_NOOP("CommitmentTableModel", "Estado"),
    )
    RIGHT_ALIGNED = frozenset({VALUE, DEADLINE})

    def display(self, item: CommitmentInfo, column: int) -> str:
        if column == self.ORGANIZATION:
            return item.organization
        if column == self.DESCRIPTION:
            return item.description
        if column == self.KIND:
            return vocabulary(item.kind_label)
        if column == self.VALUE:
            return pesos(item.estimated_value)
        if column == self.DEADLINE:
            if self.is_overdue(item):
                return deadline_text(item.deadline, self.today)
            return short_date(item.deadline)
        if column == self.LOGIC:
            return vocabulary(item.logic_label)
        if column == self.STATUS:
            return vocabulary(item.status_label)
        return ""

    def _rows_changed(self) -> None:
        self.today = date.today()

    def is_overdue(self, item: CommitmentInfo) -> bool:
        """Still owed, and its deadline already past."""
        return (
            item.status in OPEN_COMMITMENT_STATUSES
            and item.deadline is not None
            and item.deadline < self.today
        )

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.DEADLINE
            and self.is_overdue(self._rows[index.row()])
        ):
            return palette.overdue()
        return super().data(index, role)

    def sort_value(self, item: CommitmentInfo, column: int) -> Any:
        if column == self.VALUE:
            return item.estimated_value if item.estimated_value is not None else -1
        if column == self.DEADLINE:
            return item.deadline.isoformat() if item.deadline else ""
        return super().sort_value(item, column)


class VersionTableModel(RowTableModel[VersionInfo]):
    CONTEXT = "VersionTableModel"
    NUMBER, STATUS, CODE, ISSUED, SIGNED = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("VersionTableModel", "Versión"),
        QT_TRANSLATE_NOOP("VersionTableModel", "Estado"),
        QT_TRANSLATE_NOOP("VersionTableModel", "Código de verificación"),
        QT_TRANSLATE_NOOP("VersionTableModel", "Emitido"),
        QT_TRANSLATE_NOOP("VersionTableModel", "Firmado"),
    )
    RIGHT_ALIGNED = frozenset({NUMBER})

    def display(self, item: VersionInfo, column: int) -> str:
        if column == self.NUMBER:
            return str(item.number)
        if column == self.STATUS:
            label = vocabulary(item.status_label)
            if item.has_scan:
                return label + " " + self.tr("(con escaneo)")
            return label
        if column == self.CODE:
            return item.verification_code or "—"
        if column == self.ISSUED:
            issued = local_moment(item.issued_at)
            return short_date(issued.date()) if issued else "—"
        if column == self.SIGNED:
            return short_date(item.signed_on) if item.signed_on else "—"
        return ""

    def sort_value(self, item: VersionInfo, column: int) -> Any:
        if column == self.NUMBER:
            return item.number
        return super().sort_value(item, column)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == self.CODE:
            from PySide6.QtGui import QFontDatabase

            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return super().data(index, role)
