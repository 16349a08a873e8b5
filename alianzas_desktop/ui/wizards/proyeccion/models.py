"""Table models over the Proyección wizard's lists: sustainability items, replications,
partners moving on and organisations joining."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP

from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.domain.projection import (
    JoiningEntry,
    ReplicationEntry,
    RetirementEntry,
    SustainabilityEntry,
)
from alianzas_desktop.domain.vocabulary import PolicyPath, ReplicationKind, Sector
from alianzas_desktop.services.projection import ProjectionPartner
from alianzas_desktop.ui.models.base import label_of
from alianzas_desktop.ui.models.entry_list import EntryListModel

logger = logging.getLogger(__name__)


def partner_names(partners: Sequence[ProjectionPartner]) -> dict[str, str]:
    return {p.membership_id: p.organization for p in partners}


class SustainabilityListModel(EntryListModel):
    CONTEXT = "SustainabilityListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SustainabilityListModel", "Qué continúa"),
        QT_TRANSLATE_NOOP("SustainabilityListModel", "Dónde se inscribe"),
        QT_TRANSLATE_NOOP("SustainabilityListModel", "Responsable"),
        QT_TRANSLATE_NOOP("SustainabilityListModel", "Fecha"),
        QT_TRANSLATE_NOOP("SustainabilityListModel", "Compromiso"),
    )

    def __init__(
        self, entries: Callable[[], list], partners: Sequence[ProjectionPartner], parent=None
    ):
        super().__init__(entries, parent)
        self._partners = partner_names(partners)

    def set_partners(self, partners: Sequence[ProjectionPartner]) -> None:
        self._partners = partner_names(partners)

    def display(self, entry: SustainabilityEntry, column: int) -> str:
        if column == 0:
            return clean_text(entry.what) or self.tr("(sin describir)")
        if column == 1:
            return label_of(PolicyPath, entry.policy_path)
        if column == 2:
            return self._partners.get(entry.responsible_membership_id, "")
        if column == 3:
            return short_date(entry.due_on) if entry.due_on else ""
        return self.tr("Sí") if entry.becomes_commitment else ""


class ReplicationListModel(EntryListModel):
    CONTEXT = "ReplicationListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ReplicationListModel", "Dónde"),
        QT_TRANSLATE_NOOP("ReplicationListModel", "Tipo"),
        QT_TRANSLATE_NOOP("ReplicationListModel", "Con quién"),
    )

    def display(self, entry: ReplicationEntry, column: int) -> str:
        if column == 0:
            return clean_text(entry.place) or self.tr("(sin lugar)")
        if column == 1:
            return label_of(ReplicationKind, entry.kind)
        return clean_text(entry.with_whom)


class RetirementListModel(EntryListModel):
    CONTEXT = "RetirementListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RetirementListModel", "Socio que se retira"),
        QT_TRANSLATE_NOOP("RetirementListModel", "Desde"),
    )

    def __init__(
        self, entries: Callable[[], list], partners: Sequence[ProjectionPartner], parent=None
    ):
        super().__init__(entries, parent)
        self._partners = partner_names(partners)

    def display(self, entry: RetirementEntry, column: int) -> str:
        if column == 0:
            return self._partners.get(entry.membership_id, "") or self.tr("(elija el socio)")
        return short_date(entry.on) if entry.on else ""


class JoiningListModel(EntryListModel):
    CONTEXT = "JoiningListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("JoiningListModel", "Organización que se une"),
        QT_TRANSLATE_NOOP("JoiningListModel", "Sector"),
    )

    def display(self, entry: JoiningEntry, column: int) -> str:
        if column == 0:
            return clean_text(entry.name) or self.tr("(sin nombre)")
        return label_of(Sector, entry.sector)
