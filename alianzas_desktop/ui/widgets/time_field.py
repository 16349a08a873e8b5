"""A time of day as people write it (09:00 a. m.), where Tab leaves instead of walking the parts."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QTimeEdit, QWidget

logger = logging.getLogger(__name__)


class TimeField(QTimeEdit):
    """Hours, minutes and a. m./p. m.; typing fills them in turn, ← → move between them.

    Qt's own time field spends one Tab per part; in a form Tab must go to the next field.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("hh:mm AP")

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        return QWidget.focusNextPrevChild(self, next)
