"""The few colours the app adds to the system theme, chosen to read on light and dark themes."""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

logger = logging.getLogger(__name__)


def _dark_theme() -> bool:
    palette = QApplication.palette() if QApplication.instance() else QPalette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def overdue() -> QColor:
    """Text of a date already past: red that keeps its contrast on either theme."""
    return QColor("#ff8a80") if _dark_theme() else QColor("#b3261e")


def muted() -> QColor:
    """Text of what is kept only for the record (an archived alliance, a retired partner)."""
    palette = QApplication.palette() if QApplication.instance() else QPalette()
    return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
