"""The alliance page's «Evaluaciones» tab: periodic reviews, their charts and informes."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.evaluation import dimensions, group_average
from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.domain.vocabulary import DimensionGroup, DraftKind
from alianzas_desktop.services import drafts, evaluations
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.services.evaluations import EvaluationInfo
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.models.base import RowTableModel, vocabulary_label
from alianzas_desktop.ui.widgets.charts import FulfilmentBars, RadarChart, TrendChart
from alianzas_desktop.ui.widgets.keyboard import buddy_label, tab_leaves
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


class EvaluationTableModel(RowTableModel[EvaluationInfo]):
    CONTEXT = "EvaluationTableModel"
    DATE, CONDITIONS, VALUES, FACTORS, DECISIONS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("EvaluationTableModel", "Fecha"),
        QT_TRANSLATE_NOOP("EvaluationTableModel", "Condiciones"),
        QT_TRANSLATE_NOOP("EvaluationTableModel", "Valores"),
        QT_TRANSLATE_NOOP("EvaluationTableModel", "Factores"),
        QT_TRANSLATE_NOOP("EvaluationTableModel", "Decisiones"),
    )
    RIGHT_ALIGNED = frozenset({CONDITIONS, VALUES, FACTORS, DECISIONS})
    _GROUPS = {
        CONDITIONS: DimensionGroup.CONDITION,
        VALUES: DimensionGroup.VALUE,
        FACTORS: DimensionGroup.SUCCESS_FACTOR,
    }

    def display(self, item: EvaluationInfo, column: int) -> str:
        if column == self.DATE:
            return short_date(item.held_on)
        if column in self._GROUPS:
            average = group_average(item.scores, self._GROUPS[column])
            return f"{average:.1f}".replace(".", ",") if average is not None else ""
        if column == self.DECISIONS:
            return str(item.decisions)
        return ""

    def sort_value(self, item: EvaluationInfo, column: int):
        return item.held_on.isoformat() if column == self.DATE else self.display(item, column)


class EvaluationsTab(QWidget):
    """Past evaluations with «Ver informe…», the button for a new review, and the charts."""

    evaluations_changed = Signal(str)  # evaluation id stored

    def __init__(self, db: Callable[[], Database], parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self.alliance_id: str | None = None
        self.last_wizard = None
        self.last_preview = None
        self.model = EvaluationTableModel(self)
        self.view = tab_leaves(QTableView())
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(header.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.review_button = QPushButton(self.tr("Revisión perió&dica…"))
        self.review_button.setToolTip(
            self.tr("Seguimiento, evaluación y reflexión con los socios (Consolidación).")
        )
        self.report_button = QPushButton(self.tr("V&er informe…"))
        self.group_combo = QComboBox()
        for group in DimensionGroup:
            self.group_combo.addItem(vocabulary_label(group), group.value)
        self.radar = RadarChart()
        self.trend = TrendChart()
        self.bars = FulfilmentBars()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(palette.text_style(palette.muted()))

        self.review_button.clicked.connect(lambda: self.open_wizard())
        self.report_button.clicked.connect(lambda: self.show_report())
        self.view.doubleClicked.connect(lambda _i: self.show_report())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_charts())
        self.group_combo.currentIndexChanged.connect(lambda _i: self._show_charts())

        # Assemble
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.hint)
        bars_box = QGroupBox(self.tr("Cumplimiento de compromisos por socio"))
        QVBoxLayout(bars_box).addWidget(self.bars)
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        chooser = QHBoxLayout()
        chooser.addWidget(buddy_label(self.tr("Dimensiones:"), self.group_combo))
        chooser.addWidget(self.group_combo)
        chooser.addStretch(1)
        grid.addLayout(chooser, 0, 0, 1, 2)
        grid.addWidget(self.radar, 1, 0)
        grid.addWidget(self.trend, 1, 1)
        grid.addWidget(bars_box, 2, 0, 1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 1)
        # In a scroll area, so a narrow window (half a laptop screen) still fits the page: the
        # charts keep their readable size and scroll instead of widening the whole window.
        charts_scroll = QScrollArea()
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        charts_scroll.setWidget(charts)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(charts_scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([380, 920])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_actions()

    # -- loading ---------------------------------------------------------------------------

    def load(self, alliance_id: str) -> None:
        self.alliance_id = alliance_id
        self.model.set_rows(evaluations.list_evaluations(self._db(), alliance_id))
        self._fulfilment = evaluations.partner_fulfilment(self._db(), alliance_id)
        if self.model.rowCount():
            self.view.selectRow(0)
        self.hint.setText(
            self.tr("Aún no hay evaluaciones: haga la primera revisión periódica con los socios.")
            if not self.model.rowCount()
            else self.tr("Doble clic en una evaluación para ver su informe.")
        )
        self._show_charts()
        self._update_actions()

    def _selected(self) -> EvaluationInfo | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_actions(self) -> None:
        self.report_button.setEnabled(self._selected() is not None)
        self.review_button.setEnabled(self.alliance_id is not None)

    def _show_charts(self) -> None:
        self._update_actions()
        group = DimensionGroup(self.group_combo.currentData())
        group_dimensions = dimensions(group)
        labels = [vocabulary_label(d.member) for d in group_dimensions]
        rows = self.model.rows  # newest first
        chosen = self._selected()
        position = rows.index(chosen) if chosen in rows else 0
        latest = rows[position] if rows else None
        previous = rows[position + 1] if position + 1 < len(rows) else None
        self.radar.set_data(
            labels,
            [latest.scores.get(d.key) for d in group_dimensions] if latest else [],
            [previous.scores.get(d.key) for d in group_dimensions] if previous else None,
            (
                self.tr("Evaluación del {date}").format(date=short_date(latest.held_on))
                if latest
                else "",
                self.tr("Anterior ({date})").format(date=short_date(previous.held_on))
                if previous
                else "",
            ),
        )
        history = list(reversed(rows))
        self.trend.set_data(
            [e.held_on for e in history],
            [
                (label, [e.scores.get(d.key) for e in history])
                for label, d in zip(labels, group_dimensions, strict=True)
            ],
        )
        self.bars.set_data(
            [(f.organization, f.fulfilled, f.total) for f in self._fulfilment]
            if self.alliance_id
            else []
        )

    # -- actions ---------------------------------------------------------------------------

    def _review_draft(self) -> str | None:
        draft = drafts.draft_about(self._db(), DraftKind.REVIEW.value, self.alliance_id)
        return draft.id if draft else None

    def open_wizard(self, draft_id: str | None = None):
        """Start a periodic review, or continue ``draft_id`` or the one left for this alliance."""
        if self.alliance_id is None:
            return None
        from alianzas_desktop.ui.wizards.review.wizard import ReviewWizard

        try:
            wizard = ReviewWizard(
                self._db(), self.alliance_id, draft_id=draft_id or self._review_draft(), parent=self
            )
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Revisión periódica"), worded(error))
            return None
        self.last_wizard = wizard
        wizard.evaluation_saved.connect(self._stored)
        wizard.open()
        return wizard

    def _stored(self, evaluation_id: str) -> None:
        if self.alliance_id:
            self.load(self.alliance_id)
        self.evaluations_changed.emit(evaluation_id)

    def show_report(self):
        chosen = self._selected()
        if chosen is None:
            return None
        from alianzas_desktop.ui.wizards.review.wizard import show_evaluation_report

        try:
            self.last_preview = show_evaluation_report(self._db(), chosen.id, self)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Informe de evaluación"), worded(error))
            return None
        return self.last_preview


def attach_evaluations_tab(page) -> EvaluationsTab:
    """Add the «Evaluaciones» tab to an alliance page; it reads the page's alliance when shown."""
    tab = EvaluationsTab(lambda: page._db, page)
    page.tabs.addTab(tab, QCoreApplication.translate("EvaluationsTab", "Evaluaciones"))

    def loaded() -> None:
        tab.load(page.alliance_id)
        page.tabs.setTabText(
            page.tabs.indexOf(tab),
            QCoreApplication.translate("EvaluationsTab", "Evaluaciones ({count})").format(
                count=tab.model.rowCount()
            ),
        )

    page.tab_loader.register(tab, loaded)
    # A review changes commitments' statuses and adds commitments: the whole page reloads.
    tab.evaluations_changed.connect(lambda _id: page.reload())
    return tab


def resume_from_drafts(window, draft):
    """Archivo ▸ Borradores: open the draft's alliance and its review where it stopped."""
    alliance_id = draft.payload.get("alliance_id") or draft.subject_id
    try:
        window.open_alliance(alliance_id)
    except ServiceError:
        logger.warning("El borrador %s es de una alianza que ya no existe", draft.id)
        return None
    page = window.alliance_page
    page.tabs.setCurrentWidget(page.evaluations_tab)
    wizard = page.evaluations_tab.open_wizard(draft_id=draft.id)
    if wizard is not None and hasattr(window, "wizard_opened"):
        window.wizard_opened.emit(wizard)
    return wizard
