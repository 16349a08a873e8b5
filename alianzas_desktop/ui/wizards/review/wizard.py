"""The revisión periódica wizard: three pages, a draft saved as typed, stored in one go."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QWidget

from alianzas_desktop.domain.evaluation import ReviewData
from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.domain.vocabulary import DraftKind
from alianzas_desktop.services import evaluations
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.wizards.drafting import DraftingWizard
from alianzas_desktop.ui.wizards.review.base import (
    PAGE_FOLLOW_UP,
    PAGE_REFLECTION,
    PAGE_SCORES,
    ReviewPage,
    page_for_error,
)
from alianzas_desktop.ui.wizards.review.follow_up_page import FollowUpPage
from alianzas_desktop.ui.wizards.review.reflection_page import ReflectionPage
from alianzas_desktop.ui.wizards.review.scores_page import ScoresPage

logger = logging.getLogger(__name__)


def report_filename(alliance_name: str, held_on: date) -> str:
    from alianzas_desktop.ui.widgets.document_preview import safe_filename

    return (
        safe_filename(f"Informe de evaluación - {alliance_name} - {held_on.isoformat()}") + ".pdf"
    )


def show_evaluation_report(
    db: Database, evaluation_id: str, parent: QWidget | None, note: str = ""
):
    """Build the informe de evaluación in a worker and open its preview to print or save."""
    from alianzas_desktop.documents.evaluation_pdf import evaluation_pdf_bytes
    from alianzas_desktop.ui.widgets.document_preview import open_built_pdf

    document = evaluations.evaluation_document(db, evaluation_id)
    return open_built_pdf(
        lambda paper: evaluation_pdf_bytes(document, page_size=paper),
        QCoreApplication.translate("ReviewWizard", "Informe de evaluación"),
        report_filename(document.alliance_name, document.held_on),
        parent,
        name="informe de evaluación en PDF",
        note=note,
    )


class ReviewWizard(DraftingWizard):
    """One periodic review of an alliance with its partners; nothing typed is lost."""

    evaluation_saved = Signal(str)  # evaluation id, once the review is stored

    DRAFT_KIND = DraftKind.REVIEW.value
    FIRST_PAGE = PAGE_FOLLOW_UP
    LAST_PAGE = PAGE_REFLECTION
    DATA_TYPE = ReviewData

    def __init__(
        self,
        db: Database,
        alliance_id: str,
        draft_id: str | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ):
        super().__init__(db, parent)
        self.saved_id: str | None = None
        self.last_preview = None
        data, alliance_id, start_page = self._resume(draft_id, alliance_id)
        context = evaluations.review_context(db, alliance_id)
        if data is None:
            data = evaluations.new_review_data(context, today or date.today())
        else:
            evaluations.sync_review_data(data, context)
        data.alliance_id = alliance_id
        self.data = data
        self.alliance_name = context.alliance_name

        self.pages: dict[int, ReviewPage]
        self._open_pages(
            self.tr("Revisión periódica — {0}").format(self.alliance_name),
            self.tr("&Finalizar revisión"),
            {
                PAGE_FOLLOW_UP: FollowUpPage(self.data, context),
                PAGE_SCORES: ScoresPage(self.data, context),
                PAGE_REFLECTION: ReflectionPage(self.data, context),
            },
            start_page,
        )

    # -- finishing ----------------------------------------------------------------------------

    def _store(self) -> bool:
        evaluation_id = self._finish(lambda: evaluations.record_review(self._db, self.data))
        if evaluation_id is None:
            return False
        self.saved_id = evaluation_id
        logger.info("Revisión periódica guardada desde el asistente: %s", evaluation_id)
        self.evaluation_saved.emit(evaluation_id)
        QTimer.singleShot(0, self.offer_report)
        return True

    def offer_report(self):
        """After storing: the informe de evaluación's preview, to print it for the partners."""
        if self.saved_id is None:
            return None
        self.last_preview = show_evaluation_report(
            self._db,
            self.saved_id,
            self.parentWidget(),
            note=self.tr(
                "La revisión del {date} quedó guardada. Imprima el informe para compartirlo "
                "con los socios."
            ).format(date=short_date(self.data.held_on)),
        )
        return self.last_preview

    page_for_error = staticmethod(page_for_error)

    # -- drafts -------------------------------------------------------------------------------

    def draft_title(self) -> str:
        when = short_date(self.data.held_on) or self.tr("sin fecha")
        return self.tr("Revisión del {0} — {1}").format(when, self.alliance_name)

    def _draft_subject_id(self) -> str | None:
        return self.data.alliance_id

    def _keep_draft_texts(self) -> tuple[str, str]:
        return (
            self.tr("Salir del asistente"),
            self.tr("¿Guardar lo escrito de esta revisión para continuar después?"),
        )
