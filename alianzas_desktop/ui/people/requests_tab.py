"""The «Solicitudes» tab: the request log with its legal deadlines."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from alianzas_desktop.services import personal_data
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.services.personal_data import RequestInfo
from alianzas_desktop.storage.database import Database, DatabaseError
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.people.forms import RequestDialog
from alianzas_desktop.ui.people.models import RequestTableModel
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


class RequestsTab(QWidget):
    """Requests newest deadline first; «vencida» in red when unanswered past the deadline."""

    request_recorded = Signal(str)
    request_answered = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None):
        from alianzas_desktop.ui.widgets.table_view import make_table_view

        super().__init__(parent)
        self._db = db
        self.model = RequestTableModel(self)
        self.view = make_table_view(self.model, stretch=RequestTableModel.PERSON, parent=self)
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet(palette.text_style(palette.muted()))
        self.record_button = QPushButton(self.tr("&Registrar solicitud…"))
        self.answer_button = QPushButton(self.tr("Marcar respon&dida"))
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)

        self.record_button.clicked.connect(lambda: self.record_request())
        self.answer_button.clicked.connect(lambda: self.mark_answered())
        self.view.selectionModel().selectionChanged.connect(self._update_actions)

        # Assemble
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notes_label)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        rows = personal_data.list_requests(self._db)
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.is_overdue(self.model.today))
        pending = sum(1 for r in rows if r.answered_on is None)
        if not rows:
            text = self.tr("No hay solicitudes registradas.")
        else:
            text = self.tr("{pending} sin responder, {overdue} vencidas").format(
                pending=pending, overdue=overdue
            )
        self.summary_label.setText(text)
        self._update_actions()

    def selected_request(self) -> RequestInfo | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.view.model().mapToSource(rows[0]).row())

    def select_request(self, request_id: str) -> None:
        row = self.model.row_of_id(request_id)
        if row >= 0:
            self.view.selectRow(self.view.model().mapFromSource(self.model.index(row, 0)).row())

    def _update_actions(self, *_args) -> None:
        chosen = self.selected_request()
        self.answer_button.setEnabled(chosen is not None and chosen.answered_on is None)
        self.notes_label.setText(
            self.tr("Notas: {notes}").format(notes=chosen.notes) if chosen and chosen.notes else ""
        )
        self.notes_label.setVisible(bool(chosen and chosen.notes))

    def record_request(self, person_id: str | None = None) -> str | None:
        value, accepted = RequestDialog.get_request(self._db, person_id, self)
        if not accepted:
            return None
        try:
            request_id = personal_data.record_request(
                self._db, value.person_id, value.kind, value.received_on, value.notes
            )
        except (ServiceError, DatabaseError) as exc:
            QMessageBox.warning(self, self.tr("No se pudo registrar"), worded(exc))
            return None
        self.refresh()
        self.select_request(request_id)
        self.request_recorded.emit(request_id)
        return request_id

    def mark_answered(self, on: date | None = None) -> bool:
        chosen = self.selected_request()
        if chosen is None or chosen.answered_on is not None:
            return False
        try:
            personal_data.answer_request(self._db, chosen.id, on or date.today())
        except (ServiceError, DatabaseError) as exc:
            QMessageBox.warning(self, self.tr("No se pudo marcar"), worded(exc))
            return False
        self.refresh()
        self.select_request(chosen.id)
        self.request_answered.emit(chosen.id)
        return True
