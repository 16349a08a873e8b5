"""The Nacimiento wizard: six pages, a draft saved as the facilitator types, and Finish."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from alianzas_desktop.domain.nacimiento import NacimientoData, clean_text
from alianzas_desktop.profile import load_profile
from alianzas_desktop.services import drafts, nacimiento
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.wizards.drafting import CANCEL as CANCEL
from alianzas_desktop.ui.wizards.drafting import DISCARD as DISCARD
from alianzas_desktop.ui.wizards.drafting import KEEP as KEEP
from alianzas_desktop.ui.wizards.drafting import DraftingWizard
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


class NacimientoWizard(DraftingWizard):
    """Gathers a new alliance step by step; nothing typed is lost on the way."""

    alliance_founded = Signal(str)  # alliance id, once Finish has saved it
    # draft_saved(str), the draft id each time the draft is written, comes from DraftingWizard.

    DRAFT_KIND = drafts.NACIMIENTO
    FIRST_PAGE = PAGE_BASICS
    LAST_PAGE = PAGE_SUMMARY

    def __init__(self, db: Database, draft_id: str | None = None, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.founded_id: str | None = None
        self.data = NacimientoData()
        # A new alliance is usually facilitated by whoever uses this laptop, where they work.
        profile = load_profile()
        self.data.facilitator = profile.name.strip()
        self.data.departamento = profile.departamento.strip()
        start_page = PAGE_BASICS
        stored = self._load_draft(draft_id)
        if stored is not None:
            self.data = NacimientoData.from_dict(stored.payload)
            start_page = self._draft_start_page(stored)

        self.pages: dict[int, NacimientoPage]
        self._open_pages(
            self.tr("Nueva alianza — Nacimiento"),
            self.tr("&Fundar la alianza"),
            {
                PAGE_BASICS: BasicsPage(self.data),
                PAGE_PARTNERS: PartnersPage(self.data, db),
                PAGE_PURPOSE: PurposePage(self.data),
                PAGE_COMMITMENTS: CommitmentsPage(self.data),
                PAGE_STRUCTURE: StructurePage(self.data),
                PAGE_SUMMARY: SummaryPage(self.data),
            },
            start_page,
            size=(1100, 720),
            cancel_text=self.tr("Cerrar"),
        )

    # -- public --------------------------------------------------------------------

    # -- drafts -----------------------------------------------------------------------

    def draft_title(self) -> str:
        return clean_text(self.data.name) or self.tr("Alianza sin nombre")

    def _keep_draft_texts(self) -> tuple[str, str]:
        return (
            self.tr("Cerrar el asistente"),
            self.tr("¿Guardar el borrador para continuar después?"),
        )

    # -- finishing -------------------------------------------------------------------

    page_for_error = staticmethod(page_for_error)

    def _store(self) -> bool:
        alliance_id = self._finish(lambda: nacimiento.found_alliance(self._db, self.data))
        if alliance_id is None:
            return False
        self.founded_id = alliance_id
        logger.info("Alianza fundada desde el asistente: %s", alliance_id)
        self.alliance_founded.emit(alliance_id)
        return True
