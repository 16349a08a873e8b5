"""The alliance page's «Plan de trabajo» tab: the stored plan's activities, how the partners
exchange information, who coordinates and speaks, and the convenio — read only."""

from __future__ import annotations

import html
import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.formatting import long_date, short_date
from alianzas_desktop.domain.workplan import WorkplanDocument
from alianzas_desktop.services import workplan
from alianzas_desktop.services.workplan import ActivitySummary
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.language import current_language
from alianzas_desktop.ui.models.base import RowTableModel, vocabulary

logger = logging.getLogger(__name__)


class PlanActivityModel(RowTableModel[ActivitySummary]):
    CONTEXT = "PlanActivityModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PlanActivityModel", "Actividad"),
        QT_TRANSLATE_NOOP("PlanActivityModel", "Responsable"),
        QT_TRANSLATE_NOOP("PlanActivityModel", "Inicio"),
        QT_TRANSLATE_NOOP("PlanActivityModel", "Fin"),
        QT_TRANSLATE_NOOP("PlanActivityModel", "Estado"),
        QT_TRANSLATE_NOOP("PlanActivityModel", "Hito"),
    )
    TITLE, RESPONSIBLE, START, END, STATUS, MILESTONE = range(6)

    def display(self, item: ActivitySummary, column: int) -> str:
        if column == self.TITLE:
            return item.title
        if column == self.RESPONSIBLE:
            return " — ".join(p for p in (item.organization, item.person) if p)
        if column == self.START:
            return short_date(item.start_date)
        if column == self.END:
            return short_date(item.end_date)
        if column == self.STATUS:
            return vocabulary(item.status_label)
        if column == self.MILESTONE:
            return "◆" if item.is_milestone else ""
        return ""

    def sort_value(self, item: ActivitySummary, column: int) -> Any:
        if column == self.START:
            return item.start_date.isoformat()
        if column == self.END:
            return item.end_date.isoformat()
        return super().sort_value(item, column)


class PlanTab(QWidget):
    """Read-only view of the stored plan; the page's button corrects and prints it."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self.model = PlanActivityModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PlanActivityModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(
            self.tr(
                "La alianza aún no tiene plan de trabajo. Use «Puesta en marcha…» para "
                "acordar actividades, intercambio de información, roles y formalización."
            )
        )
        self.empty_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Puesta en marcha…"))
        self.print_button = QPushButton(self.tr("Ver e &imprimir el plan…"))
        self.print_button.setToolTip(
            self.tr("El plan de trabajo en PDF, con el cronograma por meses.")
        )
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)

        # Assemble
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details_label)

    def set_database(self, db: Database) -> None:
        self._db = db
        self.model.set_rows([])

    def load(self, alliance_id: str, today: date | None = None) -> int:
        """Show the alliance's plan; returns its number of activities."""
        rows = workplan.list_activities(self._db, alliance_id)
        self.model.set_rows(rows)
        has_plan = bool(rows) or workplan.has_plan(self._db, alliance_id)
        self.view.setVisible(bool(rows))
        self.empty_label.setVisible(not has_plan)
        if has_plan:
            document = workplan.plan_document(self._db, alliance_id)
            self.details_label.setText(self.details_html(document))
        else:
            self.details_label.setText("")
        return len(rows)

    def details_html(self, document: WorkplanDocument) -> str:
        """Information exchange, roles and formalisation as short rich text; all escaped."""
        e = html.escape
        parts = []
        if document.flows:
            flows = "; ".join(
                f"{e(vocabulary(f.channel_label))} ({e(f.frequency)}): "
                f"{e(f.informs)} → {e(f.informed)}"
                for f in document.flows
            )
            parts.append(f"<b>{e(self.tr('Intercambio de información:'))}</b> {flows}")
        if document.roles:
            roles = "; ".join(
                f"{e(vocabulary(r.role_label))}: "
                + e(" — ".join(p for p in (r.organization, r.person) if p))
                for r in document.roles
            )
            parts.append(f"<b>{e(self.tr('Coordinación:'))}</b> {roles}")
        speaker = next((r for r in document.roles if r.is_spokesperson), None)
        if speaker is not None:
            who = " — ".join(p for p in (speaker.person, speaker.organization) if p)
            parts.append(f"<b>{e(self.tr('Vocería:'))}</b> {e(who)}")
        if document.is_formal and document.convenio_number:
            when = (
                long_date(document.convenio_date, current_language())
                if document.convenio_date
                else ""
            )
            parts.append(
                f"<b>{e(self.tr('Convenio:'))}</b> {e(document.legal_figure)} No. "
                f"{e(document.convenio_number)}, {e(when)}"
            )
        return "<br>".join(parts)
