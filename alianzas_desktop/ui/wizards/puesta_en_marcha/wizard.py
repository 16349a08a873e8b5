"""The Puesta en marcha wizard: plan de trabajo, information exchange, roles, formalisation
and summary; a draft saved as the facilitator types; finishing stores the plan and offers
the plan de trabajo PDF."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QWidget

from alianzas_desktop.domain.vocabulary import DraftKind
from alianzas_desktop.domain.workplan import WorkplanData
from alianzas_desktop.services import workplan
from alianzas_desktop.services.errors import ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.wizards.drafting import DraftingWizard
from alianzas_desktop.ui.wizards.puesta_en_marcha.activities_page import ActivitiesPage
from alianzas_desktop.ui.wizards.puesta_en_marcha.base import (
    PAGE_ACTIVITIES,
    PAGE_FLOWS,
    PAGE_FORMALIZATION,
    PAGE_ROLES,
    PAGE_SUMMARY,
    PuestaPage,
    page_for_error,
)
from alianzas_desktop.ui.wizards.puesta_en_marcha.flows_page import FlowsPage
from alianzas_desktop.ui.wizards.puesta_en_marcha.formalization_page import FormalizationPage
from alianzas_desktop.ui.wizards.puesta_en_marcha.roles_page import RolesPage
from alianzas_desktop.ui.wizards.puesta_en_marcha.summary_page import SummaryPage

logger = logging.getLogger(__name__)

DRAFT_KIND = DraftKind.PUESTA_EN_MARCHA


def plan_filename(alliance_name: str) -> str:
    from alianzas_desktop.ui.widgets.document_preview import safe_filename

    return safe_filename(f"Plan de trabajo - {alliance_name}") + ".pdf"


class PuestaEnMarchaWizard(DraftingWizard):
    """Turns the signed agreement into work; nothing typed is lost."""

    plan_saved = Signal(str)  # alliance id, once the plan is stored
    # draft_saved(str), the draft id each time the draft is written, comes from DraftingWizard.

    DRAFT_KIND = DRAFT_KIND
    FIRST_PAGE = PAGE_ACTIVITIES
    LAST_PAGE = PAGE_SUMMARY
    DATA_TYPE = WorkplanData

    def __init__(
        self,
        db: Database,
        alliance_id: str,
        draft_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(db, parent)
        self.saved_id: str | None = None
        self.last_preview = None
        data, alliance_id, start_page = self._resume(draft_id, alliance_id)
        setup = workplan.load_setup(db, alliance_id)
        if data is None:
            data = setup.data
        data.alliance_id = setup.alliance_id
        data.formality = setup.formality  # the stored structure rules what page 4 asks
        self.data = data
        self.alliance_id = setup.alliance_id
        self.alliance_name = setup.alliance_name
        self.had_plan = setup.has_plan

        self.pages: dict[int, PuestaPage]
        self._open_pages(
            self.tr("Puesta en marcha — {0}").format(self.alliance_name),
            self.tr("Guardar &plan"),
            {
                PAGE_ACTIVITIES: ActivitiesPage(self.data, setup.partners, setup.commitments),
                PAGE_FLOWS: FlowsPage(self.data, setup.partners),
                PAGE_ROLES: RolesPage(self.data, setup.partners),
                PAGE_FORMALIZATION: FormalizationPage(self.data),
                PAGE_SUMMARY: SummaryPage(self.data, setup.partners, setup.commitments),
            },
            start_page,
        )

    page_for_error = staticmethod(page_for_error)

    # -- drafts -----------------------------------------------------------------------

    def draft_title(self) -> str:
        return self.tr("Puesta en marcha — {0}").format(self.alliance_name)

    def _draft_subject_id(self) -> str | None:
        return self.alliance_id

    def _keep_draft_texts(self) -> tuple[str, str]:
        return (
            self.tr("Salir del asistente"),
            self.tr("¿Guardar lo escrito del plan de trabajo para continuar después?"),
        )

    # -- finishing ----------------------------------------------------------------------

    def _scan_bytes(self) -> bytes | None:
        """The newly chosen convenio file, read now; a file gone since is said on page 4."""
        if not self.data.scan_path or not self.data.is_formal:
            return None
        try:
            return Path(self.data.scan_path).read_bytes()
        except OSError:
            logger.warning("No se pudo leer el escaneo del convenio %s", self.data.scan_path)
            raise ValidationFailed(
                {
                    "scan": self.tr("No se puede leer el archivo «{0}»: elíjalo de nuevo.").format(
                        self.data.scan_name
                    )
                }
            ) from None

    def _store(self) -> bool:
        saved = self._finish(
            lambda: workplan.save_plan(self._db, self.data, scan=self._scan_bytes())
        )
        if saved is None:
            return False
        self.saved_id = saved
        logger.info("Plan de trabajo guardado desde el asistente: %s", saved)
        self.plan_saved.emit(saved)
        QTimer.singleShot(0, self.offer_plan)
        return True

    def offer_plan(self):
        """After storing: the plan de trabajo's preview, to print or save it."""
        if self.saved_id is None:
            return None
        return show_plan_preview(
            self._db,
            self.saved_id,
            self.parentWidget(),
            busy=(self,),
            note=self.tr(
                "El plan de trabajo de «{0}» quedó guardado. Imprímalo para compartirlo "
                "con los socios."
            ).format(self.alliance_name),
            keep=self,
        )


def show_plan_preview(db: Database, alliance_id: str, parent, *, busy=(), note="", keep=None):
    """Build the plan de trabajo PDF in a worker and show its preview (print, save)."""
    from alianzas_desktop.documents.workplan_pdf import workplan_pdf_bytes
    from alianzas_desktop.ui.widgets.document_preview import open_built_pdf

    document = workplan.plan_document(db, alliance_id)
    return open_built_pdf(
        lambda paper: workplan_pdf_bytes(document, page_size=paper),
        QCoreApplication.translate("PuestaEnMarchaWizard", "Plan de trabajo"),
        plan_filename(document.alliance_name),
        parent,
        name="plan de trabajo en PDF",
        busy=busy,
        note=note,
        keep=keep,
    )
