"""The sistematización wizard: Óscar Jara's five moments, a draft saved as typed, stored in one
go, then the informe de sistematización offered to print."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QWidget

from alianzas_desktop.domain.systematization import SystematizationData
from alianzas_desktop.domain.vocabulary import DraftKind
from alianzas_desktop.services import systematization
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.wizards.drafting import DraftingWizard
from alianzas_desktop.ui.wizards.systematization.arrival_page import ArrivalPage
from alianzas_desktop.ui.wizards.systematization.base import (
    PAGE_ARRIVAL,
    PAGE_CHRONOLOGY,
    PAGE_QUESTIONS,
    PAGE_REFLECTION,
    PAGE_START,
    SystematizationPage,
    page_for_error,
)
from alianzas_desktop.ui.wizards.systematization.chronology_page import ChronologyPage
from alianzas_desktop.ui.wizards.systematization.reflection_page import ReflectionPage
from alianzas_desktop.ui.wizards.systematization.start_pages import QuestionsPage, StartPage

logger = logging.getLogger(__name__)


def _filename(kind: str, alliance_name: str, day: date) -> str:
    from alianzas_desktop.ui.widgets.document_preview import safe_filename

    return safe_filename(f"{kind} - {alliance_name} - {day.isoformat()}") + ".pdf"


def show_systematization_report(
    db: Database, systematization_id: str, parent: QWidget | None, note: str = ""
):
    """Build the informe de sistematización in a worker and open its preview."""
    from alianzas_desktop.documents.systematization_pdf import systematization_pdf_bytes
    from alianzas_desktop.ui.widgets.document_preview import open_built_pdf

    document = systematization.systematization_document(db, systematization_id)
    return open_built_pdf(
        lambda paper: systematization_pdf_bytes(document, page_size=paper),
        QCoreApplication.translate("SystematizationWizard", "Informe de sistematización"),
        _filename(
            "Informe de sistematización",
            document.alliance_name,
            document.completed_on or date.today(),
        ),
        parent,
        name="informe de sistematización en PDF",
        note=note,
    )


def show_profile(db: Database, alliance_id: str, parent: QWidget | None):
    """Build the one-page ficha de la alianza in a worker and open its preview."""
    from alianzas_desktop.documents.profile_pdf import profile_pdf_bytes
    from alianzas_desktop.ui.widgets.document_preview import open_built_pdf

    document = systematization.profile_document(db, alliance_id)
    return open_built_pdf(
        lambda paper: profile_pdf_bytes(document, page_size=paper),
        QCoreApplication.translate("SystematizationWizard", "Ficha de la alianza"),
        _filename("Ficha de la alianza", document.alliance_name, document.printed_on),
        parent,
        name="ficha de la alianza en PDF",
    )


class SystematizationWizard(DraftingWizard):
    """The systematization of an alliance's experience; nothing typed is lost."""

    systematization_saved = Signal(str)  # systematization id, once stored

    DRAFT_KIND = DraftKind.SYSTEMATIZATION.value
    FIRST_PAGE = PAGE_START
    LAST_PAGE = PAGE_ARRIVAL
    DATA_TYPE = SystematizationData

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
        context = systematization.systematization_context(db, alliance_id)
        if data is None:
            data = systematization.load_systematization(db, alliance_id)
        data.alliance_id = alliance_id
        self.data = data
        self.context = context
        self.alliance_name = context.alliance_name

        self.pages: dict[int, SystematizationPage]
        self._open_pages(
            self.tr("Sistematización de la experiencia — {0}").format(self.alliance_name),
            self.tr("&Finalizar sistematización"),
            {
                PAGE_START: StartPage(self.data, context),
                PAGE_QUESTIONS: QuestionsPage(self.data, context),
                PAGE_CHRONOLOGY: ChronologyPage(self.data, context),
                PAGE_REFLECTION: ReflectionPage(self.data, context),
                PAGE_ARRIVAL: ArrivalPage(self.data, context),
            },
            start_page,
        )

    # -- finishing ----------------------------------------------------------------------------

    def _store(self) -> bool:
        stored_id = self._finish(lambda: systematization.save_systematization(self._db, self.data))
        if stored_id is None:
            return False
        self.saved_id = stored_id
        logger.info("Sistematización guardada desde el asistente: %s", stored_id)
        self.systematization_saved.emit(stored_id)
        QTimer.singleShot(0, self.offer_report)
        return True

    def offer_report(self):
        """After storing: the informe's preview, to print it or save it as PDF."""
        if self.saved_id is None:
            return None
        self.last_preview = show_systematization_report(
            self._db,
            self.saved_id,
            self.parentWidget(),
            note=self.tr(
                "La sistematización quedó guardada con {count} lecciones. Imprima el informe "
                "para compartirlo."
            ).format(count=len(self.data.lessons)),
        )
        return self.last_preview

    page_for_error = staticmethod(page_for_error)

    # -- drafts -------------------------------------------------------------------------------

    def draft_title(self) -> str:
        return self.tr("Sistematización — {0}").format(self.alliance_name)

    def _draft_subject_id(self) -> str | None:
        return self.data.alliance_id

    def _keep_draft_texts(self) -> tuple[str, str]:
        return (
            self.tr("Salir del asistente"),
            self.tr("¿Guardar lo escrito de esta sistematización para continuar después?"),
        )
