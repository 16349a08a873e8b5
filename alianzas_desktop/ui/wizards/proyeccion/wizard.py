"""The Proyección wizard: sustainability, replication or scaling, partners and benefits
observed; a draft saved as the facilitator types; finishing stores everything in one
transaction and, when the alliance closes, offers its closing meeting."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from alianzas_desktop.domain.projection import ProjectionData
from alianzas_desktop.domain.vocabulary import DraftKind
from alianzas_desktop.services import projection
from alianzas_desktop.services.projection import ProjectionSaved
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.wizards.drafting import DraftingWizard
from alianzas_desktop.ui.wizards.proyeccion.base import (
    PAGE_BENEFITS,
    PAGE_PARTNERS,
    PAGE_REPLICATION,
    PAGE_SUSTAINABILITY,
    ProyeccionPage,
    page_for_error,
)
from alianzas_desktop.ui.wizards.proyeccion.benefits_page import BenefitsPage
from alianzas_desktop.ui.wizards.proyeccion.partners_page import PartnersPage
from alianzas_desktop.ui.wizards.proyeccion.replication_page import ReplicationPage
from alianzas_desktop.ui.wizards.proyeccion.sustainability_page import SustainabilityPage

logger = logging.getLogger(__name__)

DRAFT_KIND = DraftKind.PROYECCION


class ProyeccionWizard(DraftingWizard):
    """Carries the alliance forward; nothing typed is lost."""

    projection_saved = Signal(object)  # ProjectionSaved, once stored
    # draft_saved(str), the draft id each time the draft is written, comes from DraftingWizard.

    DRAFT_KIND = DRAFT_KIND
    FIRST_PAGE = PAGE_SUSTAINABILITY
    LAST_PAGE = PAGE_BENEFITS
    DATA_TYPE = ProjectionData

    def __init__(
        self,
        db: Database,
        alliance_id: str,
        draft_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(db, parent)
        self.saved: ProjectionSaved | None = None
        data, alliance_id, start_page = self._resume(draft_id, alliance_id)
        setup = projection.load_setup(db, alliance_id)
        if data is None:
            data = setup.data
        data.alliance_id = setup.alliance_id
        self.data = data
        self.alliance_id = setup.alliance_id
        self.alliance_name = setup.alliance_name

        self.pages: dict[int, ProyeccionPage]
        self._open_pages(
            self.tr("Proyección — {0}").format(self.alliance_name),
            self.tr("Guardar pro&yección"),
            {
                PAGE_SUSTAINABILITY: SustainabilityPage(self.data, setup.partners),
                PAGE_REPLICATION: ReplicationPage(self.data),
                PAGE_PARTNERS: PartnersPage(self.data, setup.partners, setup.start_date),
                PAGE_BENEFITS: BenefitsPage(self.data),
            },
            start_page,
            size=(1180, 760),
        )

    page_for_error = staticmethod(page_for_error)

    # -- drafts -----------------------------------------------------------------------

    def draft_title(self) -> str:
        return self.tr("Proyección — {0}").format(self.alliance_name)

    def _draft_subject_id(self) -> str | None:
        return self.alliance_id

    def _keep_draft_texts(self) -> tuple[str, str]:
        return (
            self.tr("Salir del asistente"),
            self.tr("¿Guardar lo escrito de la proyección para continuar después?"),
        )

    # -- finishing ----------------------------------------------------------------------

    def _store(self) -> bool:
        saved = self._finish(lambda: projection.save_projection(self._db, self.data))
        if saved is None:
            return False
        self.saved = saved
        logger.info("Proyección guardada desde el asistente: %s", saved.alliance_id)
        self.projection_saved.emit(saved)
        return True
