"""Archivo ▸ Borradores…: every unfinished wizard, to continue it or throw it away.

The wizards save as the facilitator types; a draft stays until its alliance is
founded, its meeting closed, or the facilitator discards it here.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.vocabulary import DraftKind
from alianzas_desktop.services import drafts
from alianzas_desktop.services.drafts import DraftInfo
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.models.base import SORT_ROLE
from alianzas_desktop.ui.models.draft_table_model import DraftTableModel
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen

logger = logging.getLogger(__name__)


class DraftsDialog(QDialog):
    """The drafts, newest first; «Continuar» closes the dialog with the chosen one."""

    discarded = Signal(str)  # the draft's id

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Borradores"))

        self.intro_label = QLabel(
            self.tr(
                "Lo que quedó a medias en un asistente se guarda solo, mientras escribe. "
                "Elija un borrador para continuarlo donde quedó, o descártelo si ya no "
                "lo necesita."
            )
        )
        self.intro_label.setWordWrap(True)
        self.model = DraftTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.empty_label = QLabel(self.tr("No hay borradores: todo lo empezado quedó terminado."))
        self.continue_button = QPushButton(self.tr("&Continuar"))
        self.continue_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("&Descartar…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._style_table()

        self.table.activated.connect(lambda _index: self.accept())
        self.continue_button.clicked.connect(self.accept)
        self.discard_button.clicked.connect(lambda: self.discard_selected())
        self.buttons.rejected.connect(self.reject)

        # Assemble
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 760, 380)
        self.refresh()

    def _style_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setSortingEnabled(True)
        table.sortByColumn(DraftTableModel.SAVED, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(DraftTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (DraftTableModel.WIZARD, DraftTableModel.SAVED, DraftTableModel.STEP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def refresh(self) -> None:
        rows = [
            d
            for d in drafts.list_drafts(self._db)
            if d.kind
            in (
                drafts.NACIMIENTO,
                drafts.MEETING,
                DraftKind.PUESTA_EN_MARCHA,
                DraftKind.REVIEW,
                DraftKind.PROYECCION,
            )
        ]
        self.model.set_rows(rows)
        has_rows = bool(rows)
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        self.continue_button.setEnabled(has_rows)
        self.discard_button.setEnabled(has_rows)
        if has_rows:
            self.table.selectRow(0)
            self.table.setFocus()

    @property
    def selected(self) -> DraftInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def discard_selected(self) -> bool:
        draft = self.selected
        if draft is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Descartar borrador"),
            self.tr("Se borrará lo que llevaba escrito en «{title}». ¿Descartarlo?").format(
                title=draft.title or self.tr("(sin título)")
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        drafts.discard_draft(self._db, draft.id)
        self.discarded.emit(draft.id)
        self.refresh()
        return True

    def accept(self) -> None:
        if self.selected is None:
            return
        super().accept()

    @classmethod
    def choose(cls, db: Database, parent: QWidget | None = None) -> tuple[DraftInfo | None, bool]:
        """Open the list; the draft to continue, and whether «Continuar» was chosen."""
        dialog = cls(db, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.selected if accepted else None
        dialog.deleteLater()
        return chosen, accepted
