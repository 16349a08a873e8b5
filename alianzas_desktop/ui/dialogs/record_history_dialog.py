"""One record's history: every logged change to it, in sentences, and a commitment's follow-up."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.services import audit, meetings
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import language
from alianzas_desktop.ui.audit_view import AuditTableModel, EntryDetails
from alianzas_desktop.ui.models.base import RowTableModel, vocabulary
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen

logger = logging.getLogger(__name__)


class FollowUpHistoryModel(RowTableModel[dict]):
    """A commitment's status changes, each with its date and acta."""

    CONTEXT = "FollowUpHistoryModel"
    WHEN, ACTA, CHANGE, NOTE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("FollowUpHistoryModel", "Fecha"),
        QT_TRANSLATE_NOOP("FollowUpHistoryModel", "Acta"),
        QT_TRANSLATE_NOOP("FollowUpHistoryModel", "Estado"),
        QT_TRANSLATE_NOOP("FollowUpHistoryModel", "Nota"),
    )

    def row_id(self, item: dict) -> str:
        return f"{item['on'].isoformat()}-{item['acta']}-{item['to']}"

    def display(self, item: dict, column: int) -> str:
        if column == self.WHEN:
            return short_date(item["on"], language.current_language())
        if column == self.ACTA:
            return f"No. {item['acta']}" if item["acta"] else "—"
        if column == self.CHANGE:
            return f"{vocabulary(item['from'])} → {vocabulary(item['to'])}"
        if column == self.NOTE:
            return item["note"]
        return ""

    def sort_value(self, item: dict, column: int):
        if column == self.WHEN:
            return item["on"].isoformat()
        return super().sort_value(item, column)


def _table(model) -> QTableView:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setTabKeyNavigation(False)
    view.setModel(proxy)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    view.resizeColumnsToContents()
    return view


class RecordHistoryDialog(QDialog):
    """Read-only: who changed the record and how; a commitment also shows its follow-up."""

    def __init__(
        self,
        db: Database,
        record_id: str,
        title: str,
        *,
        is_commitment: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Historial: {title}").format(title=title))
        fit_to_screen(self, 900, 520)

        # Widgets
        self.changes_model = AuditTableModel(self)
        self.changes_model.set_rows(audit.history_of_record(db, record_id))
        self.changes_view = _table(self.changes_model)
        self.changes_view.setColumnHidden(AuditTableModel.RECORD, True)
        self.details = EntryDetails(self)
        self.follow_model = FollowUpHistoryModel(self)
        if is_commitment:
            self.follow_model.set_rows(meetings.commitment_history(db, record_id))
        self.follow_view = _table(self.follow_model)
        heading = QLabel(title)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))

        # Signals
        buttons.rejected.connect(self.reject)
        self.details.follow(self.changes_view, self.changes_model)
        if self.changes_model.rowCount():
            # The newest change, in full, before anyone clicks.
            self.changes_view.setCurrentIndex(
                self.changes_view.model().index(self.changes_model.rowCount() - 1, 0)
            )

        # Assemble
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if is_commitment:
            layout.addWidget(QLabel(self.tr("Seguimiento en las sesiones:")))
            layout.addWidget(self.follow_view, 1)
        layout.addWidget(QLabel(self.tr("Cambios registrados:")))
        layout.addWidget(self.changes_view, 2)
        layout.addWidget(self.details)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
