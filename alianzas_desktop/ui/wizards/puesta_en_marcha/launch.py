"""Where the Puesta en marcha wizard opens from: the alliance page's button (new plan,
draft to continue, or stored plan to correct and print) and Archivo ▸ Borradores."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from alianzas_desktop.services import drafts, workplan
from alianzas_desktop.services.drafts import DraftInfo
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.wizards.puesta_en_marcha.plan_tab import PlanTab
from alianzas_desktop.ui.wizards.puesta_en_marcha.wizard import (
    DRAFT_KIND,
    PuestaEnMarchaWizard,
    show_plan_preview,
)

logger = logging.getLogger(__name__)


def draft_of(db: Database, alliance_id: str) -> DraftInfo | None:
    """The alliance's unfinished Puesta en marcha, if any (the newest)."""
    return drafts.draft_about(db, DRAFT_KIND, alliance_id)


class PuestaEnMarchaLauncher(QObject):
    """The alliance page's «Plan de trabajo» tab, its «Puesta en marcha» button and the
    wizard it opens.

    The page gives its database and, on each load, the alliance shown; the button is
    enabled once the alliance has active partners and is not archived, and says whether it
    starts, continues (a draft) or corrects (a stored plan) the puesta en marcha. A stored
    plan can be seen and printed as the plan de trabajo PDF.
    """

    wizard_opened = Signal(object)
    plan_saved = Signal(str)  # alliance id

    def __init__(self, db: Database, parent: QWidget):
        super().__init__(parent)
        self._db = db
        self._parent = parent
        self._alliance_id: str | None = None
        # The alliance's active partners and whether it is archived, as the page last said.
        self.facts: tuple[int, bool] = (0, False)
        self.activity_count = 0
        self.wizard: PuestaEnMarchaWizard | None = None
        self.last_preview = None
        self.plan_tab = PlanTab(db, parent)
        self.button = self.plan_tab.open_button
        self.print_button = self.plan_tab.print_button

        self.button.clicked.connect(lambda: self.open_wizard())
        self.print_button.clicked.connect(lambda: self.show_plan())
        self.update_for(None)

    def set_database(self, db: Database) -> None:
        self._db = db
        self.plan_tab.set_database(db)
        self.update_for(None)

    def bind(self, db: Database, alliance_id: str, partners: int, archived: bool) -> None:
        """The alliance the page shows, so the wizard opens for it (a draft resumed from
        Archivo ▸ Borradores); its plan is read when its tab is shown (``update_for``)."""
        if db is not self._db:
            self.set_database(db)
        self._alliance_id = alliance_id
        self.facts = (partners, archived)

    def update_for(self, alliance_id: str | None, partners: int = 0, archived: bool = False):
        """Show the alliance's plan and say what the button does for it."""
        self._alliance_id = alliance_id
        if alliance_id:
            self.activity_count = self.plan_tab.load(alliance_id)
        has_plan = bool(alliance_id) and workplan.has_plan(self._db, alliance_id)
        draft = draft_of(self._db, alliance_id) if alliance_id else None
        if draft is not None:
            text = self.tr("Continuar la &puesta en marcha…")
            tip = self.tr("Seguir la puesta en marcha que quedó a medias.")
        elif has_plan:
            text = self.tr("Corregir el &plan de trabajo…")
            tip = self.tr("Puesta en marcha: actividades, información, roles y formalización.")
        else:
            text = self.tr("&Puesta en marcha…")
            tip = self.tr(
                "Convertir el acuerdo firmado en trabajo: actividades, intercambio de "
                "información, roles y formalización."
            )
        self.button.setText(text)
        self.button.setToolTip(tip)
        self.print_button.setEnabled(has_plan)
        self.button.setEnabled(bool(alliance_id) and partners > 0 and not archived)
        if alliance_id and partners == 0:
            self.button.setToolTip(self.tr("La alianza necesita socios para su puesta en marcha."))

    def open_wizard(self, draft_id: str | None = None) -> PuestaEnMarchaWizard | None:
        """Open the wizard for the alliance shown: its draft if one was left, or the plan."""
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
            wizard = PuestaEnMarchaWizard(
                self._db, self._alliance_id, draft_id=draft_id, parent=self._parent
            )
        except ServiceError as error:
            logger.warning("No se pudo abrir la puesta en marcha: %s", error)
            return None
        wizard.plan_saved.connect(self.plan_saved)
        wizard.finished.connect(self._wizard_closed)
        self.wizard = wizard
        wizard.open()
        self.wizard_opened.emit(wizard)
        return wizard

    def _wizard_closed(self, _result: int) -> None:
        # Kept as a hidden child until the next one: deleting a wizard full of data has
        # crashed PySide6 at exit (see the meetings tab).
        if self.wizard is not None:
            self.last_preview = self.wizard.last_preview
        self.wizard = None
        QTimer.singleShot(0, self._refresh)

    def _refresh(self) -> None:
        self.update_for(self._alliance_id, *self.facts)

    def show_plan(self):
        """The stored plan de trabajo's preview, to print or save."""
        if self._alliance_id is None or not workplan.has_plan(self._db, self._alliance_id):
            return None
        dialog = show_plan_preview(self._db, self._alliance_id, self._parent, keep=self)
        return dialog


def attach_to_alliance_page(page) -> QPushButton:
    """Give the alliance page its Puesta en marcha launcher (``page.puesta_launcher``): the
    «Plan de trabajo» tab and its button, kept up to date on each load."""
    launcher = PuestaEnMarchaLauncher(page._db, page)
    page.puesta_launcher = launcher

    def bound(alliance_id: str) -> None:
        detail = page.detail
        launcher.bind(page._db, alliance_id, len(detail.partners), detail.archived_at is not None)

    def loaded() -> None:
        launcher.update_for(page.alliance_id, *launcher.facts)
        index = page.tabs.indexOf(launcher.plan_tab)
        if index >= 0:
            page.tabs.setTabText(
                index,
                QCoreApplication.translate("AlliancePage", "Plan de trabajo ({0})").format(
                    launcher.activity_count
                ),
            )

    page.alliance_loaded.connect(bound)
    page.tab_loader.register(launcher.plan_tab, loaded)
    launcher.plan_saved.connect(lambda _id: QTimer.singleShot(0, page.reload))
    return launcher.button


def resume_from_drafts(window, draft: DraftInfo):
    """Archivo ▸ Borradores: open the draft's alliance and its wizard where it stopped."""
    alliance_id = draft.payload.get("alliance_id") or draft.subject_id
    try:
        window.open_alliance(alliance_id)
    except ServiceError:
        logger.warning("El borrador %s es de una alianza que ya no existe", draft.id)
        return None
    launcher: PuestaEnMarchaLauncher = window.alliance_page.puesta_launcher
    wizard = launcher.open_wizard(draft_id=draft.id)
    if wizard is not None and hasattr(window, "wizard_opened"):
        window.wizard_opened.emit(wizard)
    return wizard
