"""An alliance's change history: who changed which record, and each field before → after."""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from alianzas_desktop.domain.formatting import date_time, short_date
from alianzas_desktop.domain.vocabulary import (
    ApplicationArea,
    AttendanceStatus,
    AuthorizationMethod,
    CommitmentStatus,
    Complexity,
    Condition,
    ContributionKind,
    Formality,
    Influence,
    Logic,
    MeetingKind,
    MeetingStatus,
    Phase,
    RequestKind,
    Sector,
    VersionStatus,
)
from alianzas_desktop.services import audit
from alianzas_desktop.services.audit import AuditRecord, FieldChange
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.models.base import RowTableModel, vocabulary
from alianzas_desktop.ui.people.models import SearchProxy

logger = logging.getLogger(__name__)

ARROW = "→"
EMPTY = "(vacío)"


def local_time(moment: datetime) -> datetime:
    """The log stores UTC without a zone; show it in the laptop's time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def _value(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("AuditTableModel", EMPTY)
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditTableModel", "sí" if value else "no")
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


# Coded fields shown with their vocabulary label, as the rest of the app shows them.
# "status" and "kind" mean different things in different tables.
CODED_FIELDS = {
    "phase": Phase,
    "sector": Sector,
    "logic": Logic,
    "condition": Condition,
    "area": ApplicationArea,
    "influence": Influence,
    "formality": Formality,
    "complexity": Complexity,
    "method": AuthorizationMethod,
}
CODED_BY_TABLE = {
    ("commitments", "status"): CommitmentStatus,
    ("commitments", "kind"): ContributionKind,
    ("commitment_updates", "status"): CommitmentStatus,
    ("commitment_updates", "previous_status"): CommitmentStatus,
    ("agreement_versions", "status"): VersionStatus,
    ("meetings", "status"): MeetingStatus,
    ("meetings", "kind"): MeetingKind,
    ("attendances", "status"): AttendanceStatus,
    ("data_requests", "kind"): RequestKind,
}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _label(table: str, field: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if _ISO_DATE.match(value):
        try:
            return short_date(date.fromisoformat(value))
        except ValueError:
            return value
    vocabulary_class = CODED_BY_TABLE.get((table, field)) or CODED_FIELDS.get(field)
    if vocabulary_class is None:
        return value
    try:
        return vocabulary(vocabulary_class(value).label)
    except ValueError:
        return value


def describe_change(change: FieldChange, table: str = "") -> str:
    """'fase: Nacimiento → Puesta en marcha'."""
    before = _value(_label(table, change.field, change.before))
    after = _value(_label(table, change.field, change.after))
    return f"{change.label}: {before} {ARROW} {after}"


def describe_record(record: AuditRecord) -> list[str]:
    """What changed; a new record lists its values (links to other records are left out)."""
    if record.action != "crear":
        return [describe_change(c, record.table) for c in record.changes]
    return [
        f"{c.label}: {_value(_label(record.table, c.field, c.after))}"
        for c in record.changes
        if not c.field.endswith("_id") and c.after not in (None, "")
    ]


class AuditTableModel(RowTableModel[AuditRecord]):
    """One logged change per row, newest first; nothing here can be edited."""

    CONTEXT = "AuditTableModel"
    WHEN, WHO, ACTION, RECORD, CHANGES = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "Fecha y hora"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Quién"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Acción"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Registro"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Cambios"),
    )

    def row_id(self, item: AuditRecord) -> str:
        return f"{item.record_id}@{item.at.isoformat()}"

    def display(self, item: AuditRecord, column: int) -> str:
        if column == self.WHEN:
            return date_time(local_time(item.at))
        if column == self.WHO:
            return item.actor
        if column == self.ACTION:
            return QCoreApplication.translate(self.CONTEXT, item.action_label)
        if column == self.RECORD:
            return QCoreApplication.translate(self.CONTEXT, item.table_label)
        if column == self.CHANGES:
            return "; ".join(describe_record(item))
        return ""

    def sort_value(self, item: AuditRecord, column: int):
        if column == self.WHEN:
            return item.at.isoformat()
        return super().sort_value(item, column)

    def tooltip(self, item: AuditRecord, column: int) -> str | None:
        if column == self.CHANGES and item.changes:
            return "\n".join(describe_record(item)) or None
        return super().tooltip(item, column)


class AuditView(QWidget):
    """The «Historial de cambios» of one alliance, with a filter box; read-only."""

    history_loaded = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None):
        from alianzas_desktop.ui.alliance_page import make_table_view

        super().__init__(parent)
        self._db = db
        self._alliance_id: str | None = None

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(
            self.tr("Filtrar por persona, acción, registro o dato…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #56616d;")
        self.model = AuditTableModel(self)
        self.view = make_table_view(self.model, stretch=AuditTableModel.CHANGES, parent=self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view.setModel(self.proxy)
        self.view.sortByColumn(AuditTableModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.note_label = QLabel(
            self.tr(
                "Cada cambio queda registrado con la fecha, quién lo hizo (según el perfil) y "
                "los valores antes y después. Este historial no se puede modificar."
            )
        )
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #56616d;")

        self.filter_edit.textChanged.connect(self._filter)

        # Assemble
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note_label)

    def set_database(self, db: Database) -> None:
        self._db = db
        self._alliance_id = None
        self.model.set_rows([])

    def load(self, alliance_id: str) -> None:
        self._alliance_id = alliance_id
        self.reload()

    def reload(self) -> None:
        if self._alliance_id is None:
            return
        rows = audit.history_of_alliance(self._db, self._alliance_id)
        self.model.set_rows(rows)
        self._update_count()
        self.history_loaded.emit(len(rows))

    def _filter(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        text = (
            self.tr("{total} cambios").format(total=total)
            if shown == total
            else self.tr("{shown} de {total} cambios").format(shown=shown, total=total)
        )
        self.count_label.setText(text)
