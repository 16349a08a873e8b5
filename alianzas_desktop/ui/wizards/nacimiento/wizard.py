"""The Nacimiento wizard: six pages, a draft saved as the facilitator types, and Finish."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from alianzas_desktop.domain.nacimiento import NacimientoData, clean_text
from alianzas_desktop.profile import load_profile
from alianzas_desktop.services import drafts, nacimiento
from alianzas_desktop.services.errors import ServiceError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.wizards.nacimiento.base import (
    PAGE_BASICS,
    PAGE_COMMITMENTS,
    PAGE_PARTNERS,
    PAGE_PURPOSE,
    PAGE_STRUCTURE,
    PAGE_SUMMARY,
    NacimientoPage,
    page_for_error,
)
from alianzas_desktop.ui.wizards.nacimiento.basics_page import BasicsPage
from alianzas_desktop.ui.wizards.nacimiento.commitments_page import CommitmentsPage
from alianzas_desktop.ui.wizards.nacimiento.partners_page import PartnersPage
from alianzas_desktop.ui.wizards.nacimiento.purpose_page import PurposePage
from alianzas_desktop.ui.wizards.nacimiento.structure_page import StructurePage
from alianzas_desktop.ui.wizards.nacimiento.summary_page import SummaryPage

logger = logging.getLogger(__name__)

SAVE_DELAY_MS = 400
KEEP, DISCARD, CANCEL = "keep", "discard", "cancel"


class NacimientoWizard(QWizard):
    """Gathers a new alliance step by step; nothing typed is lost on the way."""

    alliance_founded = Signal(str)  # alliance id, once Finish has saved it
    draft_saved = Signal(str)  # draft id, each time the draft is written

    def __init__(self, db: Database, draft_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._draft_id: str | None = None
        self._dirty = False
        self._closed = False
        self.restoring = False
        self.founded_id: str | None = None
        self.data = NacimientoData()
        # A new alliance is usually facilitated by whoever uses this laptop.
        self.data.facilitator = load_profile().name.strip()
        start_page = PAGE_BASICS
        if draft_id:
            stored = drafts.load_draft(db, draft_id)
            if stored is None:
                logger.warning("Borrador %s no encontrado; se empieza de cero", draft_id)
            else:
                self._draft_id = stored.id
                self.data = NacimientoData.from_dict(stored.payload)
                start_page = max(PAGE_BASICS, min(stored.page, PAGE_SUMMARY))

        self.setWindowTitle(self.tr("Nueva alianza — Nacimiento"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Atrás"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Siguiente >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Fundar la alianza"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cerrar"))
        self.pages: dict[int, NacimientoPage] = {
            PAGE_BASICS: BasicsPage(self.data),
            PAGE_PARTNERS: PartnersPage(self.data, db),
            PAGE_PURPOSE: PurposePage(self.data),
            PAGE_COMMITMENTS: CommitmentsPage(self.data),
            PAGE_STRUCTURE: StructurePage(self.data),
            PAGE_SUMMARY: SummaryPage(self.data),
        }
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)

        self._save_timer.timeout.connect(self.save_draft_now)
        for page in self.pages.values():
            page.changed.connect(self._data_changed)
        self.currentIdChanged.connect(self._page_changed)

        # Assemble
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.resize(1100, 720)
        for page in self.pages.values():
            page.load()
            # QWizard decides whether a page may grow when it switches to it: the page's
            # layout must already be computed, or the guidance panel stays short.
            page.layout().activate()
        self._go_to(start_page)

    # -- public --------------------------------------------------------------------

    @property
    def draft_id(self) -> str | None:
        return self._draft_id

    def page_widget(self, page_id: int) -> NacimientoPage:
        return self.pages[page_id]

    # -- navigation ------------------------------------------------------------------

    def _go_to(self, page_id: int) -> None:
        """Open at ``page_id`` with a real history, so Back works after a restore."""
        self.restoring = True
        try:
            self.restart()
            while self.currentId() < page_id and self.currentId() != -1:
                self.next()
        finally:
            self.restoring = False

    def _back_to(self, page_id: int) -> None:
        while self.currentId() > page_id:
            self.back()

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.currentId() == PAGE_SUMMARY and not self.restoring:
            return self._found()
        return True

    # -- drafts -----------------------------------------------------------------------

    def _data_changed(self) -> None:
        if self._closed:
            return
        self._dirty = True
        self._save_timer.start()

    def _page_changed(self, _page_id: int) -> None:
        if self.restoring or self._closed:
            return
        if self._draft_id is not None:
            self._dirty = True  # the page is part of the draft
        self.save_draft_now()

    def draft_title(self) -> str:
        return clean_text(self.data.name) or self.tr("Alianza sin nombre")

    def save_draft_now(self) -> None:
        """Write the draft at once if something changed since the last write."""
        self._save_timer.stop()
        if not self._dirty or self._closed:
            return
        page = max(self.currentId(), PAGE_BASICS)
        try:
            self._draft_id = drafts.save_draft(
                self._db,
                drafts.NACIMIENTO,
                self.data.to_dict(),
                page=page,
                title=self.draft_title(),
                draft_id=self._draft_id,
            )
        except Exception:  # the facilitator keeps typing; the next change retries
            logger.exception("No se pudo guardar el borrador")
            return
        self._dirty = False
        self.draft_saved.emit(self._draft_id)

    def _discard_draft(self) -> None:
        self._save_timer.stop()
        self._dirty = False
        if self._draft_id is not None:
            drafts.discard_draft(self._db, self._draft_id)
            self._draft_id = None

    # -- finishing -------------------------------------------------------------------

    def _found(self) -> bool:
        self.save_draft_now()
        try:
            alliance_id = nacimiento.found_alliance(self._db, self.data)
        except ValidationFailed as failed:
            self._show_failure(failed.errors)
            return False
        except ServiceError as error:
            self.pages[PAGE_SUMMARY].failure_message.show_message(str(error))
            return False
        self._discard_draft()
        self._closed = True
        self.founded_id = alliance_id
        logger.info("Alianza fundada desde el asistente: %s", alliance_id)
        self.alliance_founded.emit(alliance_id)
        return True

    def _show_failure(self, errors: dict[str, str]) -> None:
        """Go back to the page of the first bad field and show every message there."""
        first = next(iter(errors))
        target = min(page_for_error(key) for key in errors) if first else PAGE_BASICS
        self._back_to(target)
        self.pages[target].show_errors(errors)

    # -- closing mid-way ----------------------------------------------------------------

    def _ask_keep_draft(self) -> str:
        """Ask whether to keep the draft; tests replace this method."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cerrar el asistente"))
        box.setText(self.tr("¿Guardar el borrador para continuar después?"))
        keep = box.addButton(self.tr("Guardar borrador"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Descartar"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return KEEP
        if clicked is discard:
            return DISCARD
        return CANCEL

    def reject(self) -> None:
        """Cancel, Escape and the window's close button all come here."""
        if self._closed:
            super().reject()
            return
        self.save_draft_now()
        if self._draft_id is not None:
            answer = self._ask_keep_draft()
            if answer == CANCEL:
                return
            if answer == DISCARD:
                self._discard_draft()
        self._closed = True
        super().reject()
