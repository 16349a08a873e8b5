"""Where the Proyección wizard opens from: the alliance page's «Proyección» tab (the stored
sustainability plan and its button) and Archivo ▸ Borradores; after an alliance closes, the
closing meeting (extraordinaria) is offered in the meeting wizard."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.projection import ProjectionData
from alianzas_desktop.domain.vocabulary import Benefit, MeetingKind
from alianzas_desktop.services import drafts, projection
from alianzas_desktop.services.drafts import DraftInfo
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.services.projection import ProjectionSaved
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.models.base import label_of
from alianzas_desktop.ui.widgets.keyboard import tab_leaves
from alianzas_desktop.ui.wizards.proyeccion.models import SustainabilityListModel
from alianzas_desktop.ui.wizards.proyeccion.wizard import DRAFT_KIND, ProyeccionWizard

logger = logging.getLogger(__name__)


def draft_of(db: Database, alliance_id: str) -> DraftInfo | None:
    """The alliance's unfinished Proyección, if any (the newest)."""
    return drafts.draft_about(db, DRAFT_KIND, alliance_id)


class ProyeccionTab(QWidget):
    """The stored projection of the alliance shown, and the button that opens the wizard
    (start, continue a draft, or correct what was stored)."""

    wizard_opened = Signal(object)
    projection_saved = Signal(object)  # ProjectionSaved
    closing_meeting_opened = Signal(object)  # the meeting wizard

    def __init__(self, db: Database, page, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._page = page
        self._alliance_id: str | None = None
        self._data = ProjectionData()
        self.wizard: ProyeccionWizard | None = None
        self.item_count = 0
        self.open_button = QPushButton(self.tr("Pr&oyección…"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.model = SustainabilityListModel(lambda: self._data.sustainability, (), self)
        self.table = tab_leaves(QTableView())
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.benefits_label = QLabel()
        self.benefits_label.setWordWrap(True)

        self.open_button.clicked.connect(lambda: self.open_wizard())

        # Assemble
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.benefits_label)
        layout.addLayout(buttons)

    def set_database(self, db: Database) -> None:
        self._db = db

    # -- showing ------------------------------------------------------------------------

    def load(self, alliance_id: str | None, partners: int = 0, archived: bool = False) -> None:
        self._alliance_id = alliance_id
        has = False
        if alliance_id:
            setup = projection.load_setup(self._db, alliance_id)
            self._data, has = setup.data, setup.has_projection
            self.model.set_partners(setup.partners)
        else:
            self._data = ProjectionData()
        self.model.reset()
        self.item_count = len(self._data.sustainability)
        replications = len(self._data.replications)
        if has:
            self.status_label.setText(
                self.tr(
                    "Plan de sostenibilidad: {0} acción(es), {1} con compromiso. "
                    "Réplicas o escalamientos: {2}."
                ).format(
                    self.item_count,
                    sum(1 for e in self._data.sustainability if e.commitment_id),
                    replications,
                )
            )
        else:
            self.status_label.setText(
                self.tr(
                    "La proyección lleva la alianza hacia adelante: qué continúa después de los "
                    "recursos iniciales, dónde replicarla, qué socios llegan o se van y qué "
                    "beneficios dejó."
                )
            )
        seen = [label_of(Benefit, b.benefit) for b in self._data.benefits if b.observed]
        self.benefits_label.setText(
            self.tr("Beneficios observados: {0}").format(", ".join(seen)) if seen else ""
        )
        draft = draft_of(self._db, alliance_id) if alliance_id else None
        if draft is not None:
            self.open_button.setText(self.tr("C&ontinuar la proyección…"))
        elif has:
            self.open_button.setText(self.tr("C&orregir la proyección…"))
        else:
            self.open_button.setText(self.tr("Pr&oyección…"))
        self.open_button.setEnabled(bool(alliance_id) and partners > 0 and not archived)

    # -- the wizard ---------------------------------------------------------------------

    def open_wizard(self, draft_id: str | None = None) -> ProyeccionWizard | None:
        if self._alliance_id is None:
            return None
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        if draft_id is None:
            draft = draft_of(self._db, self._alliance_id)
            draft_id = draft.id if draft else None
        try:
            wizard = ProyeccionWizard(
                self._db, self._alliance_id, draft_id=draft_id, parent=self._page
            )
        except ServiceError as error:
            logger.warning("No se pudo abrir la proyección: %s", error)
            return None
        wizard.projection_saved.connect(self._saved)
        wizard.finished.connect(self._wizard_closed)
        self.wizard = wizard
        wizard.open()
        self.wizard_opened.emit(wizard)
        return wizard

    def _saved(self, saved: ProjectionSaved) -> None:
        self.projection_saved.emit(saved)
        if saved.closes:
            QTimer.singleShot(0, self.offer_closing_meeting)

    def _wizard_closed(self, _result: int) -> None:
        # Kept as a hidden child until the next one (see the meetings tab).
        self.wizard = None

    def _ask_closing_meeting(self) -> bool:
        """Ask whether to convene the closing meeting now; tests replace this method."""
        answer = QMessageBox.question(
            self,
            self.tr("Sesión de cierre"),
            self.tr(
                "La alianza se cierra. ¿Convocar ahora la sesión de cierre (extraordinaria) "
                "para dejarlo en un acta?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def offer_closing_meeting(self):
        """The meeting wizard, opened as an extraordinary meeting about the closing."""
        if self._alliance_id is None or not self._ask_closing_meeting():
            return None
        meetings_tab = getattr(self._page, "meetings_tab", None)
        if meetings_tab is None:
            return None
        wizard = meetings_tab.open_wizard()
        if wizard is None:
            return None
        data = wizard.data
        data.kind = MeetingKind.EXTRAORDINARY.value
        if not data.objective:
            data.objective = QCoreApplication.translate(
                "ProyeccionTab", "Cierre de la alianza: reconocer lo logrado y acordar qué sigue."
            )
        wizard.convocation_page.load()
        self.closing_meeting_opened.emit(wizard)
        return wizard


def attach_proyeccion_tab(page) -> ProyeccionTab:
    """Add the «Proyección» tab to an alliance page; it reads the page's alliance when shown."""
    tab = ProyeccionTab(page._db, page, page)
    page.tabs.addTab(tab, QCoreApplication.translate("ProyeccionTab", "Proyección"))

    def loaded() -> None:
        detail = page.detail
        tab.set_database(page._db)
        tab.load(detail.id, len(detail.partners), detail.archived_at is not None)

    page.tab_loader.register(tab, loaded)
    # New commitments and partner changes show across the page: it reloads.
    tab.projection_saved.connect(lambda _saved: QTimer.singleShot(0, page.reload))
    return tab


def resume_from_drafts(window, draft: DraftInfo):
    """Archivo ▸ Borradores: open the draft's alliance and its Proyección where it stopped."""
    alliance_id = draft.payload.get("alliance_id") or draft.subject_id
    try:
        window.open_alliance(alliance_id)
    except ServiceError:
        logger.warning("El borrador %s es de una alianza que ya no existe", draft.id)
        return None
    page = window.alliance_page
    page.tabs.setCurrentWidget(page.proyeccion_tab)
    wizard = page.proyeccion_tab.open_wizard(draft_id=draft.id)
    if wizard is not None and hasattr(window, "wizard_opened"):
        window.wizard_opened.emit(wizard)
    return wizard
