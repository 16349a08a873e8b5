"""The alliance page's «Sesiones» tab: its meetings, their actas, signatures and addenda."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.formatting import long_date, short_date
from alianzas_desktop.domain.vocabulary import MeetingStatus
from alianzas_desktop.profile import paper_size
from alianzas_desktop.services import drafts, meetings
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.services.meetings import MeetingSummary
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import palette, workers
from alianzas_desktop.ui.language import current_language
from alianzas_desktop.ui.models.base import RowTableModel, vocabulary
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


class MeetingTableModel(RowTableModel[MeetingSummary]):
    CONTEXT = "MeetingTableModel"
    NUMBER, DATE, KIND, STATUS, PLACE, SIGNED = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("MeetingTableModel", "Acta No."),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Fecha"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Tipo"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Estado"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Lugar"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Firmada"),
    )
    RIGHT_ALIGNED = frozenset({NUMBER})

    def display(self, item: MeetingSummary, column: int) -> str:
        if column == self.NUMBER:
            return str(item.number) if item.number else ""
        if column == self.DATE:
            return short_date(item.date)
        if column == self.KIND:
            return vocabulary(item.kind_label)
        if column == self.STATUS:
            return vocabulary(item.status_label)
        if column == self.PLACE:
            return item.place
        if column == self.SIGNED:
            if item.status != MeetingStatus.CLOSED.value:
                return ""
            return (
                QCoreApplication.translate("MeetingTableModel", "Sí")
                if item.signed
                else QCoreApplication.translate("MeetingTableModel", "No")
            )
        return ""

    def sort_value(self, item: MeetingSummary, column: int):
        if column == self.NUMBER:
            return item.number or 0
        if column == self.DATE:
            return item.date.isoformat()
        return super().sort_value(item, column)


class MeetingsTab(QWidget):
    """Lists an alliance's meetings and opens the wizard, the acta and its after-life."""

    meetings_changed = Signal(str)  # alliance id, after any change to its meetings
    wizard_opened = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        from alianzas_desktop.ui.widgets.table_view import make_table_view

        self._db = db
        self._alliance_id: str | None = None
        self._alliance_name = ""
        self.wizard = None
        self.last_preview = None

        self.model = MeetingTableModel(self)
        self.view = make_table_view(self.model, stretch=MeetingTableModel.PLACE, parent=self)
        self.new_button = QPushButton(self.tr("Nueva se&sión…"))
        self.continue_button = QPushButton(self.tr("Contin&uar"))
        self.acta_button = QPushButton(self.tr("V&er acta…"))
        self.sheet_button = QPushButton(self.tr("&Planilla de asistencia…"))
        self.sign_button = QPushButton(self.tr("Firmar en pan&talla…"))
        self.signed_button = QPushButton(self.tr("Registrar acta fir&mada…"))
        self.addendum_button = QPushButton(self.tr("Agregar fe &de erratas…"))
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(palette.text_style(palette.muted()))

        self.new_button.clicked.connect(lambda: self.open_wizard())
        self.continue_button.clicked.connect(lambda: self.continue_meeting())
        self.acta_button.clicked.connect(lambda: self.show_acta())
        self.sheet_button.clicked.connect(lambda: self.show_attendance_sheet())
        self.sign_button.clicked.connect(lambda: self.sign_on_screen())
        self.signed_button.clicked.connect(lambda: self.register_signed())
        self.addendum_button.clicked.connect(lambda: self.add_addendum())
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.view.doubleClicked.connect(lambda _index: self._open_selected())

        # Assemble
        meeting_row = QHBoxLayout()
        for button in (self.new_button, self.continue_button, self.sheet_button):
            meeting_row.addWidget(button)
        meeting_row.addStretch(1)
        acta_row = QHBoxLayout()
        acta_row.addWidget(QLabel(self.tr("Acta cerrada:")))
        for button in (
            self.acta_button,
            self.sign_button,
            self.signed_button,
            self.addendum_button,
        ):
            acta_row.addWidget(button)
        acta_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(meeting_row)
        layout.addLayout(acta_row)
        layout.addWidget(self.hint_label)
        self._update_actions()

    # -- loading ----------------------------------------------------------------------

    @property
    def alliance_id(self) -> str | None:
        return self._alliance_id

    def set_database(self, db: Database) -> None:
        self._db = db
        self._alliance_id = None
        self.model.set_rows([])

    def set_alliance(self, alliance_id: str, alliance_name: str = "") -> None:
        """The alliance whose meetings the tab is for; they are read by ``reload``."""
        if alliance_id != self._alliance_id:
            self.model.set_rows([])  # never another alliance's meetings, even for a moment
        self._alliance_id = alliance_id
        self._alliance_name = alliance_name
        self._update_actions()

    def load(self, alliance_id: str, alliance_name: str = "") -> None:
        self.set_alliance(alliance_id, alliance_name)
        self.reload()

    def reload(self) -> None:
        if self._alliance_id is None:
            return
        selected = self.selected_meeting()
        self.model.set_rows(meetings.list_meetings(self._db, self._alliance_id))
        if selected is not None:
            self.select_meeting(selected.id)
        elif self.model.rowCount():
            self.view.selectRow(0)
        self._update_actions()

    def select_meeting(self, meeting_id: str) -> None:
        row = self.model.row_of_id(meeting_id)
        if row >= 0:
            proxy = self.view.model()
            self.view.selectRow(proxy.mapFromSource(self.model.index(row, 0)).row())

    def selected_meeting(self) -> MeetingSummary | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            return None
        return self.model.row_at(self.view.model().mapToSource(rows[0]).row())

    def _meeting(self, meeting_id: str | None) -> MeetingSummary | None:
        if meeting_id is None:
            return self.selected_meeting()
        row = self.model.row_of_id(meeting_id)
        return self.model.row_at(row) if row >= 0 else None

    def _update_actions(self, *_args) -> None:
        meeting = self.selected_meeting()
        closed = meeting is not None and meeting.status == MeetingStatus.CLOSED.value
        self.new_button.setEnabled(self._alliance_id is not None)
        self.continue_button.setEnabled(meeting is not None and not closed)
        self.acta_button.setEnabled(closed)
        self.sheet_button.setEnabled(meeting is not None)
        self.sign_button.setEnabled(closed)
        self.signed_button.setEnabled(closed and not meeting.signed)
        self.addendum_button.setEnabled(closed)
        if self._alliance_id is not None and not self.model.rowCount():
            hint = self.tr("Esta alianza aún no tiene sesiones. Use «Nueva sesión» para convocar.")
        elif meeting is None:
            hint = ""
        elif closed:
            hint = self.tr(
                "Acta No. {number} del {date}: cerrada, su contenido ya no cambia. "
                "Las correcciones se agregan como fe de erratas."
            ).format(number=meeting.number, date=long_date(meeting.date, current_language()))
        else:
            hint = self.tr(
                "Sesión del {date}, {status}: use «Continuar» para tomar la asistencia y "
                "terminar el acta."
            ).format(
                date=long_date(meeting.date, current_language()),
                status=vocabulary(meeting.status_label).lower(),
            )
        self.hint_label.setText(hint)

    def _warn(self, title: str, error: Exception | str) -> None:
        QMessageBox.warning(self, title, worded(error))

    def _open_selected(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            return
        if meeting.status == MeetingStatus.CLOSED.value:
            self.show_acta(meeting.id)
        else:
            self.continue_meeting(meeting.id)

    # -- the wizard ---------------------------------------------------------------------

    def open_wizard(self, meeting_id: str | None = None, draft_id: str | None = None):
        """Open the meeting wizard: a new meeting, a convened one, or a saved draft."""
        from alianzas_desktop.ui.wizards.meeting.wizard import MeetingWizard

        if self._alliance_id is None:
            return None
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        wizard = MeetingWizard(
            self._db, self._alliance_id, meeting_id=meeting_id, draft_id=draft_id, parent=self
        )
        wizard.meeting_saved.connect(lambda _id: self._changed())
        wizard.meeting_closed.connect(lambda _id: QTimer.singleShot(0, self._changed))
        wizard.finished.connect(self._wizard_closed)
        self.wizard = wizard
        wizard.open()
        self.wizard_opened.emit(wizard)
        return wizard

    def _wizard_closed(self, _result: int) -> None:
        # The wizard stays a hidden child of the tab until the next one replaces it:
        # deleting a wizard full of data has crashed PySide6 6.12 at exit.
        self.wizard = None
        self._changed()

    def continue_meeting(self, meeting_id: str | None = None):
        meeting = self._meeting(meeting_id)
        if meeting is None or meeting.status == MeetingStatus.CLOSED.value:
            return None
        draft = drafts.draft_about(self._db, meetings.DRAFT_KIND, meeting.id)
        return self.open_wizard(meeting_id=meeting.id, draft_id=draft.id if draft else None)

    def _changed(self) -> None:
        self.reload()
        if self._alliance_id:
            self.meetings_changed.emit(self._alliance_id)

    # -- documents ----------------------------------------------------------------------

    def show_acta(self, meeting_id: str | None = None):
        """Preview the closed acta (with its signatures and addenda) to print or save it."""
        from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes
        from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog
        from alianzas_desktop.ui.wizards.meeting.wizard import acta_filename

        meeting = self._meeting(meeting_id)
        if meeting is None or meeting.status != MeetingStatus.CLOSED.value:
            return None
        try:
            acta = meetings.acta_document(self._db, meeting.id)
            paper = paper_size()
            pdf = workers.run(
                lambda: acta_pdf_bytes(acta, page_size=paper), busy=(self,), name="acta en PDF"
            )
        except ServiceError as exc:
            self._warn(self.tr("Acta"), exc)
            return None
        dialog = DocumentPreviewDialog(
            pdf,
            self.tr("Acta No. {0}").format(acta.number),
            acta_filename(self._alliance_name or meeting.alliance_name, acta.number),
            self,
        )
        self.last_preview = dialog
        dialog.exec()
        return dialog

    def show_attendance_sheet(self, meeting_id: str | None = None):
        from alianzas_desktop.documents.attendance_sheet_pdf import attendance_sheet_pdf_bytes
        from alianzas_desktop.ui.widgets.document_preview import (
            DocumentPreviewDialog,
            safe_filename,
        )

        meeting = self._meeting(meeting_id)
        if meeting is None:
            return None
        paper = paper_size()
        pdf = workers.run(
            lambda: attendance_sheet_pdf_bytes(
                meetings.attendance_sheet(self._db, meeting.id), page_size=paper
            ),
            busy=(self,),
            name="planilla en PDF",
        )
        name = safe_filename(
            f"Planilla de asistencia - {meeting.alliance_name} - {short_date(meeting.date)}"
        )
        dialog = DocumentPreviewDialog(pdf, self.tr("Planilla de asistencia"), name + ".pdf", self)
        self.last_preview = dialog
        dialog.exec()
        return dialog

    # -- after closing -------------------------------------------------------------------

    def sign_on_screen(self, meeting_id: str | None = None):
        from alianzas_desktop.ui.dialogs.signature_dialog import SignatureDialog

        meeting = self._meeting(meeting_id)
        if meeting is None or meeting.status != MeetingStatus.CLOSED.value:
            return None
        dialog = SignatureDialog(self._db, meeting.id, self)
        dialog.signature_saved.connect(lambda _id: self._changed())
        dialog.exec()
        return dialog

    def register_signed(self, meeting_id: str | None = None) -> bool:
        from alianzas_desktop.ui.dialogs.sign_acta_dialog import SignActaDialog

        meeting = self._meeting(meeting_id)
        if meeting is None or meeting.status != MeetingStatus.CLOSED.value:
            return False
        value, accepted = SignActaDialog.get_signed(meeting.number, meeting.date, self)
        if not accepted:
            return False
        scan, scan_name = None, ""
        if value.scan_path is not None:
            try:
                scan = value.scan_path.read_bytes()
            except OSError as exc:
                self._warn(self.tr("Registrar acta firmada"), exc.strerror or exc)
                return False
            scan_name = value.scan_path.name
        try:
            meetings.mark_signed(self._db, meeting.id, value.signed_on, scan, scan_name)
        except ServiceError as exc:
            self._warn(self.tr("No se pudo registrar la firma"), exc)
            return False
        self._changed()
        return True

    def add_addendum(self, meeting_id: str | None = None) -> int | None:
        from alianzas_desktop.ui.dialogs.addendum_dialog import AddendumDialog

        meeting = self._meeting(meeting_id)
        if meeting is None or meeting.status != MeetingStatus.CLOSED.value:
            return None
        text, accepted = AddendumDialog.get_text(meeting.number, self)
        if not accepted:
            return None
        try:
            number = meetings.add_addendum(self._db, meeting.id, text)
        except ServiceError as exc:
            self._warn(self.tr("No se pudo agregar la fe de erratas"), exc)
            return None
        self._changed()
        return number
