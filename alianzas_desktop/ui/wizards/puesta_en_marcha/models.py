"""Table models over the wizard's lists (activities, information flows, coordination
members) and the checklist of commitments an activity serves."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.domain.vocabulary import CoordinationRole, InformationChannel
from alianzas_desktop.domain.workplan import ActivityEntry, FlowEntry, RoleEntry
from alianzas_desktop.services.workplan import PlanCommitment, PlanPartner
from alianzas_desktop.ui.models.base import label_of
from alianzas_desktop.ui.models.entry_list import EntryListModel
from alianzas_desktop.ui.models.roles import ID_ROLE

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


def partner_names(partners: Sequence[PlanPartner]) -> dict[str, str]:
    return {p.membership_id: p.organization for p in partners}


def person_names(partners: Sequence[PlanPartner]) -> dict[str, str]:
    return {person.id: person.name for p in partners for person in p.people}


class ActivityListModel(EntryListModel):
    CONTEXT = "ActivityListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ActivityListModel", "Actividad"),
        QT_TRANSLATE_NOOP("ActivityListModel", "Responsable"),
        QT_TRANSLATE_NOOP("ActivityListModel", "Inicio"),
        QT_TRANSLATE_NOOP("ActivityListModel", "Fin"),
        QT_TRANSLATE_NOOP("ActivityListModel", "Hito"),
    )
    COL_TITLE, COL_RESPONSIBLE, COL_START, COL_END, COL_MILESTONE = range(5)

    def __init__(self, entries: Callable[[], list], partners: Sequence[PlanPartner], parent=None):
        super().__init__(entries, parent)
        self._partners = partner_names(partners)

    def display(self, entry: ActivityEntry, column: int) -> str:
        if column == self.COL_TITLE:
            return clean_text(entry.title) or self.tr("(sin título)")
        if column == self.COL_RESPONSIBLE:
            return self._partners.get(entry.responsible_membership_id, "")
        if column == self.COL_START:
            return short_date(entry.start_date)
        if column == self.COL_END:
            return short_date(entry.end_date)
        if column == self.COL_MILESTONE:
            return "◆" if entry.is_milestone else ""
        return ""


class FlowListModel(EntryListModel):
    CONTEXT = "FlowListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("FlowListModel", "Canal"),
        QT_TRANSLATE_NOOP("FlowListModel", "Frecuencia"),
        QT_TRANSLATE_NOOP("FlowListModel", "Quién informa"),
        QT_TRANSLATE_NOOP("FlowListModel", "A quién"),
    )

    def display(self, entry: FlowEntry, column: int) -> str:
        values = (
            label_of(InformationChannel, entry.channel),
            clean_text(entry.frequency),
            clean_text(entry.informs),
            clean_text(entry.informed),
        )
        return values[column] if 0 <= column < len(values) else ""


class RoleListModel(EntryListModel):
    CONTEXT = "RoleListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RoleListModel", "Rol"),
        QT_TRANSLATE_NOOP("RoleListModel", "Socio"),
        QT_TRANSLATE_NOOP("RoleListModel", "Persona"),
        QT_TRANSLATE_NOOP("RoleListModel", "Vocería"),
    )

    def __init__(self, entries: Callable[[], list], partners: Sequence[PlanPartner], parent=None):
        super().__init__(entries, parent)
        self._partners = partner_names(partners)
        self._people = person_names(partners)

    def display(self, entry: RoleEntry, column: int) -> str:
        if column == 0:
            label = label_of(CoordinationRole, entry.role)
            note = clean_text(entry.role_note)
            return f"{label}: {note}" if note else label
        if column == 1:
            return self._partners.get(entry.membership_id, "")
        if column == 2:
            return self._people.get(entry.person_id, "")
        if column == 3:
            return self.tr("Sí") if entry.is_spokesperson else ""
        return ""


class CommitmentChecklist(QAbstractListModel):
    """The alliance's commitments, ticked when the activity shown serves them."""

    toggled = Signal()

    def __init__(self, commitments: Sequence[PlanCommitment], parent=None):
        super().__init__(parent)
        self._commitments = list(commitments)
        self._entry: ActivityEntry | None = None

    def set_entry(self, entry: ActivityEntry | None) -> None:
        self.beginResetModel()
        self._entry = entry
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._commitments)

    def text(self, commitment: PlanCommitment) -> str:
        return self.tr("{organization}: {description} (hasta el {deadline})").format(
            organization=commitment.organization,
            description=commitment.description,
            deadline=short_date(commitment.deadline),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._commitments):
            return None
        commitment = self._commitments[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(commitment)
        if role == ID_ROLE:
            return commitment.id
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = self._entry is not None and commitment.id in self._entry.commitment_ids
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid() or self._entry is None:
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or self._entry is None or not index.isValid():
            return False
        commitment_id = self._commitments[index.row()].id
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        ids = [c for c in self._entry.commitment_ids if c != commitment_id]
        if ticked:
            ids.append(commitment_id)
        self._entry.commitment_ids = ids
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit()
        return True
