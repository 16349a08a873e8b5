"""Table models over the wizard's own lists: agenda, people, decisions, commitments."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt

from alianzas_desktop.domain import formatting
from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.domain.meeting import (
    AgendaEntry,
    AttendeeEntry,
    DecisionEntry,
    FollowUpEntry,
    MeetingData,
    NewCommitmentEntry,
)
from alianzas_desktop.domain.vocabulary import AttendanceStatus, CommitmentStatus, Sector
from alianzas_desktop.services.meetings import PendingCommitment
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.models.base import label_of
from alianzas_desktop.ui.models.entry_list import EntryListModel, _Index

logger = logging.getLogger(__name__)


class AgendaModel(EntryListModel):
    CONTEXT = "AgendaModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AgendaModel", "No."),
        QT_TRANSLATE_NOOP("AgendaModel", "Punto del orden del día"),
    )

    def __init__(self, data: MeetingData, parent=None):
        super().__init__(lambda: data.agenda, parent)
        self._data = data

    def display(self, entry: AgendaEntry, column: int) -> str:
        if column == 0:
            return str(self._data.agenda.index(entry) + 1)
        return clean_text(entry.title)


class AttendeeModel(EntryListModel):
    """Invited and present people; the guest flag is a check box."""

    CONTEXT = "AttendeeModel"
    NAME, ORGANIZATION, SECTOR, CARGO, STATUS, GUEST = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("AttendeeModel", "Nombre"),
        QT_TRANSLATE_NOOP("AttendeeModel", "Organización"),
        QT_TRANSLATE_NOOP("AttendeeModel", "Sector"),
        QT_TRANSLATE_NOOP("AttendeeModel", "Cargo"),
        QT_TRANSLATE_NOOP("AttendeeModel", "Asistencia"),
        QT_TRANSLATE_NOOP("AttendeeModel", "Invitado"),
    )

    def __init__(self, data: MeetingData, parent=None):
        super().__init__(lambda: data.attendees, parent)

    def display(self, entry: AttendeeEntry, column: int) -> str:
        if column == self.NAME:
            return clean_text(entry.name)
        if column == self.ORGANIZATION:
            return clean_text(entry.organization)
        if column == self.SECTOR:
            return label_of(Sector, entry.sector)
        if column == self.CARGO:
            return clean_text(entry.cargo)
        if column == self.STATUS:
            if entry.status == AttendanceStatus.INVITED.value:
                return QCoreApplication.translate("AttendeeModel", "Sin marcar")
            return label_of(AttendanceStatus, entry.status)
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.GUEST:
            entry = self.entry_at(index.row())
            if entry is not None and role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if entry.is_guest else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "AttendeeModel",
                    "Marque si asiste como invitado y no como delegado de un socio.",
                )
        if (
            index.isValid()
            and index.column() == self.STATUS
            and role == Qt.ItemDataRole.ForegroundRole
        ):
            entry = self.entry_at(index.row())
            if entry is not None and entry.status == AttendanceStatus.PRESENT.value:
                return palette.success()
        return super().data(index, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.GUEST:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.GUEST:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        entry = self.entry_at(index.row())
        if entry is None:
            return False
        entry.is_guest = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_status(self, rows: list[int], status: str) -> None:
        for row in rows:
            entry = self.entry_at(row)
            if entry is not None:
                entry.status = status
                if status != AttendanceStatus.PRESENT.value:
                    entry.signs = False
                self.refresh_row(row)


class DecisionModel(EntryListModel):
    CONTEXT = "DecisionModel"
    TEXT, HOW = range(2)
    HEADERS = (
        QT_TRANSLATE_NOOP("DecisionModel", "Decisión"),
        QT_TRANSLATE_NOOP("DecisionModel", "Cómo se tomó"),
    )

    def __init__(self, data: MeetingData, parent=None):
        super().__init__(lambda: data.decisions, parent)

    def display(self, entry: DecisionEntry, column: int) -> str:
        if column == self.TEXT:
            return clean_text(entry.text) or QCoreApplication.translate(
                "DecisionModel", "(sin texto)"
            )
        if entry.by_consensus:
            return QCoreApplication.translate("DecisionModel", "Por consenso")
        return QCoreApplication.translate(
            "DecisionModel", "{0} a favor, {1} en contra, {2} abst."
        ).format(entry.votes_for, entry.votes_against, entry.abstentions)


class AgendaItemProxy(QSortFilterProxyModel):
    """Only the decisions of one agenda item."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._agenda_key = ""

    def set_agenda_key(self, key: str) -> None:
        self.beginFilterChange()
        self._agenda_key = key
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        entry = self.sourceModel().entry_at(source_row)
        return entry is not None and entry.agenda_key == self._agenda_key


class NewCommitmentModel(EntryListModel):
    CONTEXT = "NewCommitmentModel"
    DESCRIPTION, ORGANIZATION, RESPONSIBLE, DEADLINE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("NewCommitmentModel", "Compromiso"),
        QT_TRANSLATE_NOOP("NewCommitmentModel", "Organización"),
        QT_TRANSLATE_NOOP("NewCommitmentModel", "Responsable"),
        QT_TRANSLATE_NOOP("NewCommitmentModel", "Fecha límite"),
    )

    def __init__(self, data: MeetingData, parent=None):
        super().__init__(lambda: data.new_commitments, parent)
        self._data = data
        self.organizations: dict[str, str] = {}  # membership id -> name

    def display(self, entry: NewCommitmentEntry, column: int) -> str:
        if column == self.DESCRIPTION:
            return clean_text(entry.description) or QCoreApplication.translate(
                "NewCommitmentModel", "(sin descripción)"
            )
        if column == self.ORGANIZATION:
            return self.organizations.get(entry.membership_id, "")
        if column == self.RESPONSIBLE:
            person = next((a for a in self._data.attendees if a.key == entry.responsible_key), None)
            return clean_text(person.name) if person else ""
        if column == self.DEADLINE:
            return formatting.short_date(entry.deadline)
        return ""


class FollowUpModel(EntryListModel):
    """The alliance's open commitments and the status each gets at this meeting."""

    CONTEXT = "FollowUpModel"
    DESCRIPTION, ORGANIZATION, DEADLINE, STATUS, NOTE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("FollowUpModel", "Compromiso"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Organización"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Fecha límite"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Estado"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Nota"),
    )

    def __init__(self, data: MeetingData, parent=None):
        super().__init__(lambda: data.follow_ups, parent)
        self.pending: dict[str, PendingCommitment] = {}

    def key_of(self, entry: FollowUpEntry) -> str:
        return entry.commitment_id

    def display(self, entry: FollowUpEntry, column: int) -> str:
        known = self.pending.get(entry.commitment_id)
        if column == self.DESCRIPTION:
            return known.description if known else ""
        if column == self.ORGANIZATION:
            return known.organization if known else ""
        if column == self.DEADLINE:
            return formatting.short_date(known.deadline) if known else ""
        if column == self.STATUS:
            return label_of(CommitmentStatus, entry.status)
        if column == self.NOTE:
            return clean_text(entry.note)
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == self.STATUS:
            entry = self.entry_at(index.row())
            known = self.pending.get(entry.commitment_id) if entry else None
            if known is not None and known.status != entry.status:
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)  # changed at this meeting
                return font
        return super().data(index, role)


class SignerModel(EntryListModel):
    """Present attendees, checkable: who signs the acta."""

    CONTEXT = "SignerModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SignerModel", "Firma"),
        QT_TRANSLATE_NOOP("SignerModel", "Organización"),
    )

    def __init__(self, data: MeetingData, parent=None):
        super().__init__(data.present, parent)

    def display(self, entry: AttendeeEntry, column: int) -> str:
        return clean_text(entry.name) if column == 0 else clean_text(entry.organization)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            entry = self.entry_at(index.row())
            if entry is not None:
                return Qt.CheckState.Checked if entry.signs else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        entry = self.entry_at(index.row())
        if entry is None:
            return False
        entry.signs = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
