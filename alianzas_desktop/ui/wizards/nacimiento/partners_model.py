"""The table of possible partners on page 2, read straight from the wizard's data."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from alianzas_desktop.domain.nacimiento import NacimientoData, PartnerDraft, clean_text
from alianzas_desktop.domain.vocabulary import Influence, Sector
from alianzas_desktop.ui.models.base import label_of
from alianzas_desktop.ui.models.entry_list import EntryListModel

logger = logging.getLogger(__name__)


class PartnerDraftModel(EntryListModel):
    """One row per partner in ``data.partners``; the list itself is the storage."""

    CONTEXT = "PartnerDraftModel"
    COL_NAME, COL_SECTOR, COL_INFLUENCE = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("PartnerDraftModel", "Organización"),
        QT_TRANSLATE_NOOP("PartnerDraftModel", "Sector"),
        QT_TRANSLATE_NOOP("PartnerDraftModel", "Influencia"),
    )

    def __init__(self, data: NacimientoData, parent=None):
        super().__init__(lambda: data.partners, parent)

    def display(self, partner: PartnerDraft, column: int) -> str:
        if column == self.COL_NAME:
            return clean_text(partner.name) or QCoreApplication.translate(
                "PartnerDraftModel", "(sin nombre)"
            )
        if column == self.COL_SECTOR:
            return label_of(Sector, partner.sector)
        if column == self.COL_INFLUENCE:
            return label_of(Influence, partner.influence)
        return ""

    def partner_at(self, row: int) -> PartnerDraft | None:
        return self.entry_at(row)
