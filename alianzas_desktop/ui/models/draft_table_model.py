"""The unfinished wizards (drafts) of the open database, for Archivo ▸ Borradores…."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from alianzas_desktop.domain.formatting import local_date_time
from alianzas_desktop.domain.vocabulary import DraftKind
from alianzas_desktop.services.drafts import DraftInfo
from alianzas_desktop.ui.models.base import RowTableModel, label_of

logger = logging.getLogger(__name__)


class DraftTableModel(RowTableModel[DraftInfo]):
    """One row per draft: what it is, which wizard, when it was last saved, at which step."""

    CONTEXT = "DraftTableModel"
    TITLE, WIZARD, SAVED, STEP = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("DraftTableModel", "Borrador"),
        QT_TRANSLATE_NOOP("DraftTableModel", "Asistente"),
        QT_TRANSLATE_NOOP("DraftTableModel", "Guardado"),
        QT_TRANSLATE_NOOP("DraftTableModel", "Paso"),
    )
    RIGHT_ALIGNED = frozenset({STEP})

    def display(self, item: DraftInfo, column: int) -> str:
        if column == self.TITLE:
            return item.title or QCoreApplication.translate("DraftTableModel", "(sin título)")
        if column == self.WIZARD:
            return label_of(DraftKind, item.kind) or item.kind
        if column == self.SAVED:
            return local_date_time(item.updated_at)
        if column == self.STEP:
            return str(item.page + 1)
        return ""

    def sort_value(self, item: DraftInfo, column: int) -> Any:
        if column == self.SAVED:
            return item.updated_at.isoformat() if item.updated_at else ""
        if column == self.STEP:
            return item.page
        return super().sort_value(item, column)
