"""The sesión con socios wizard: five pages, a draft saved as the facilitator types, and close."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.domain.meeting import MeetingData
from alianzas_desktop.profile import paper_size
from alianzas_desktop.services import alliances, meetings
from alianzas_desktop.services.errors import ServiceError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import workers
from alianzas_desktop.ui.wizards.drafting import CANCEL as CANCEL
from alianzas_desktop.ui.wizards.drafting import DISCARD as DISCARD
from alianzas_desktop.ui.wizards.drafting import KEEP as KEEP
from alianzas_desktop.ui.wizards.drafting import DraftingWizard
from alianzas_desktop.ui.wizards.meeting.attendance_page import AttendancePage
from alianzas_desktop.ui.wizards.meeting.base import (
    PAGE_ATTENDANCE,
    PAGE_CLOSING,
    PAGE_COMMITMENTS,
    PAGE_CONVOCATION,
    PAGE_DEVELOPMENT,
    MeetingPage,
    page_for_error,
)
from alianzas_desktop.ui.wizards.meeting.closing_page import ClosingPage
from alianzas_desktop.ui.wizards.meeting.commitments_page import CommitmentsPage
from alianzas_desktop.ui.wizards.meeting.convocation_page import ConvocationPage
from alianzas_desktop.ui.wizards.meeting.development_page import DevelopmentPage
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

DRAFT_KIND = meetings.DRAFT_KIND
MEETING_ID_KEY = "meeting_id"


def acta_filename(alliance_name: str, number: int | None) -> str:
    from alianzas_desktop.ui.widgets.document_preview import safe_filename

    return safe_filename(f"Acta {number or ''} - {alliance_name}") + ".pdf"


class MeetingWizard(DraftingWizard):
    """Prepares, holds and closes one meeting of an alliance; nothing typed is lost."""

    meeting_saved = Signal(str)  # meeting id, once the convocation is stored
    meeting_closed = Signal(str)  # meeting id, once the acta is numbered and frozen
    # draft_saved(str), the draft id each time the draft is written, comes from DraftingWizard.

    DRAFT_KIND = DRAFT_KIND
    FIRST_PAGE = PAGE_CONVOCATION
    LAST_PAGE = PAGE_CLOSING

    def __init__(
        self,
        db: Database,
        alliance_id: str,
        meeting_id: str | None = None,
        draft_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(db, parent)
        self.meeting_id = meeting_id
        self.closed_id: str | None = None
        self.last_preview = None
        start_page = PAGE_CONVOCATION
        data: MeetingData | None = None
        stored = self._load_draft(draft_id)
        if stored is not None:
            data = MeetingData.from_dict(stored.payload)
            self.meeting_id = stored.payload.get(MEETING_ID_KEY) or stored.subject_id
            alliance_id = data.alliance_id or alliance_id
            start_page = self._draft_start_page(stored)
        if data is None:
            data = (
                meetings.meeting_data(db, self.meeting_id)
                if self.meeting_id
                else meetings.new_meeting_data(db, alliance_id)
            )
        data.alliance_id = alliance_id
        self.data = data
        self.alliance_name = alliances.alliance_detail(db, alliance_id).name
        partners = meetings.alliance_partners(db, alliance_id)
        pending = meetings.pending_commitments(db, alliance_id)
        self._sync_follow_ups(pending)

        self._set_up_wizard(
            self.tr("Sesión con socios — {0}").format(self.alliance_name),
            self.tr("C&errar sesión"),
            self.tr("Salir"),
        )
        self.pages: dict[int, MeetingPage] = {
            PAGE_CONVOCATION: ConvocationPage(self.data, partners),
            PAGE_ATTENDANCE: AttendancePage(self.data, partners),
            PAGE_DEVELOPMENT: DevelopmentPage(self.data),
            PAGE_COMMITMENTS: CommitmentsPage(self.data, partners, pending),
            PAGE_CLOSING: ClosingPage(self.data),
        }

        self._connect_drafting()
        self.convocation_page.save_requested.connect(lambda: self.save_convocation())
        self.convocation_page.sheet_requested.connect(lambda: self.show_attendance_sheet())

        # Assemble
        self._assemble_pages(1180, 760)
        self._show_convocation_state()
        self._go_to(start_page)

    # -- public --------------------------------------------------------------------

    @property
    def convocation_page(self) -> ConvocationPage:
        return self.pages[PAGE_CONVOCATION]

    def _sync_follow_ups(self, pending) -> None:
        """Every open commitment is listed once, keeping what a draft already says of it."""
        known = {f.commitment_id: f for f in self.data.follow_ups}
        from alianzas_desktop.domain.meeting import FollowUpEntry

        self.data.follow_ups = [
            known.get(c.id) or FollowUpEntry(commitment_id=c.id, status=c.status) for c in pending
        ]

    # -- navigation ------------------------------------------------------------------

    def _page_entered(self, page_id: int) -> None:
        if page_id == PAGE_ATTENDANCE and self.meeting_id:
            try:
                meetings.mark_in_progress(self._db, self.meeting_id)
            except ServiceError:
                logger.exception("No se pudo marcar la sesión en curso")

    def draft_title(self) -> str:
        when = short_date(self.data.date) or self.tr("sin fecha")
        return self.tr("Sesión del {0} — {1}").format(when, self.alliance_name)

    def _draft_payload(self) -> dict:
        payload = self.data.to_dict()
        payload[MEETING_ID_KEY] = self.meeting_id
        return payload

    def _draft_subject_id(self) -> str | None:
        return self.meeting_id

    # -- convocation --------------------------------------------------------------------

    def save_convocation(self) -> str | None:
        """Store the meeting as convened; the draft goes on for what is not yet stored."""
        page = self.convocation_page
        try:
            meeting_id = meetings.save_convocation(self._db, self.data, self.meeting_id)
        except ValidationFailed as failed:
            self._show_failure(failed.errors)
            return None
        except ServiceError as error:
            page.set_status_text(worded(error))
            return None
        self.meeting_id = meeting_id
        self._dirty = True
        self.save_draft_now()
        self._show_convocation_state()
        logger.info("Sesión convocada: %s", meeting_id)
        self.meeting_saved.emit(meeting_id)
        return meeting_id

    def _show_convocation_state(self) -> None:
        self.convocation_page.set_status_text(
            self.tr("Convocatoria guardada: la sesión figura como convocada.")
            if self.meeting_id
            else self.tr("Aún no se ha guardado la convocatoria.")
        )

    def show_attendance_sheet(self):
        """Save the convocation, then preview the planilla de asistencia to print it."""
        meeting_id = self.save_convocation()
        if meeting_id is None:
            return None
        from alianzas_desktop.documents.attendance_sheet_pdf import attendance_sheet_pdf_bytes
        from alianzas_desktop.ui.widgets.document_preview import (
            DocumentPreviewDialog,
            safe_filename,
        )

        paper = paper_size()
        pdf = workers.run(
            lambda: attendance_sheet_pdf_bytes(
                meetings.attendance_sheet(self._db, meeting_id), page_size=paper
            ),
            busy=(self,),
            name="planilla en PDF",
        )
        name = safe_filename(
            f"Planilla de asistencia - {self.alliance_name} - {short_date(self.data.date)}"
        )
        dialog = DocumentPreviewDialog(
            pdf, self.tr("Planilla de asistencia"), name.replace("/", "-") + ".pdf", self
        )
        self.last_preview = dialog
        dialog.exec()
        return dialog

    # -- closing -----------------------------------------------------------------------

    def _confirm_close(self) -> bool:
        """Ask before freezing the acta; tests replace this method."""
        answer = QMessageBox.question(
            self,
            self.tr("Cerrar la sesión"),
            self.tr(
                "Al cerrar, el acta recibe su número y ya no se puede modificar; las "
                "correcciones posteriores se hacen con una fe de erratas.\n\n¿Cerrar la sesión?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _store(self) -> bool:
        self.save_draft_now()
        if not self._confirm_close():
            return False
        meeting_id = self._finish(
            lambda: meetings.close_meeting(self._db, self.data, self.meeting_id)
        )
        if meeting_id is None:
            return False
        self.meeting_id = meeting_id
        self.closed_id = meeting_id
        logger.info("Sesión cerrada desde el asistente: %s", meeting_id)
        self.meeting_closed.emit(meeting_id)
        QTimer.singleShot(0, self.offer_acta)
        return True

    def offer_acta(self):
        """After closing: the acta's preview, to print it for signatures."""
        if self.closed_id is None:
            return None
        from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes
        from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog

        acta = meetings.acta_document(self._db, self.closed_id)
        paper = paper_size()
        pdf = workers.run(
            lambda: acta_pdf_bytes(acta, page_size=paper), busy=(self,), name="acta en PDF"
        )
        dialog = DocumentPreviewDialog(
            pdf,
            self.tr("Acta No. {0}").format(acta.number),
            acta_filename(self.alliance_name, acta.number),
            self.parentWidget(),
            note=self.tr(
                "La sesión quedó cerrada como Acta No. {0}. Imprímala para que la firmen "
                "los asistentes, o hágalos firmar en pantalla desde la pestaña Sesiones."
            ).format(acta.number),
        )
        self.last_preview = dialog
        dialog.exec()
        return dialog

    page_for_error = staticmethod(page_for_error)

    # -- closing mid-way ----------------------------------------------------------------

    def _keep_draft_texts(self) -> tuple[str, str]:
        return (
            self.tr("Salir del asistente"),
            self.tr("¿Guardar lo escrito de esta sesión para continuar después?"),
        )
