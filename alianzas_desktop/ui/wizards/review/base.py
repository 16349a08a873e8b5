"""What every review page shares: the ReviewData it edits, page numbers, compact tables."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from alianzas_desktop.domain.evaluation import ReviewData
from alianzas_desktop.ui.widgets.keyboard import tab_leaves
from alianzas_desktop.ui.wizards.page import WizardPage

logger = logging.getLogger(__name__)

PAGE_FOLLOW_UP, PAGE_SCORES, PAGE_REFLECTION = range(3)
_PAGE_OF_FIELD = {
    "held_on": PAGE_FOLLOW_UP,
    "follow_ups": PAGE_FOLLOW_UP,
    "activities": PAGE_FOLLOW_UP,
    "scores": PAGE_SCORES,
}


def page_for_error(key: str) -> int:
    """The page holding the field an error key names ("scores.valor:respeto.score" → 2)."""
    return _PAGE_OF_FIELD.get(key.split(".", 1)[0], PAGE_REFLECTION)


def compact_table(model, stretch: int, view: QTableView | None = None) -> QTableView:
    """A small table over a wizard list: whole rows selected, no vertical header; Tab leaves."""
    view = tab_leaves(view if view is not None else QTableView())
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def select_row(view: QTableView, row: int, column: int = 0) -> None:
    model = view.model()
    if 0 <= row < model.rowCount():
        view.selectionModel().setCurrentIndex(
            model.index(row, column),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


def current_row(view: QTableView) -> int:
    index = view.currentIndex()
    return index.row() if index.isValid() else -1


class ReviewPage(WizardPage):
    """A wizard page over the shared ReviewData; guidance comes from review.json."""

    GUIDANCE_SOURCE = "review"
    data: ReviewData
