"""The alliance list of the main window, and the accent-insensitive filter over it."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from alianzas_desktop.domain.vocabulary import Health
from alianzas_desktop.services.alliances import AllianceSummary
from alianzas_desktop.services.health import HealthInfo
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.models.base import (
    DECORATION_ROLE,
    FOREGROUND_ROLE,
    ID_ROLE,
    SORT_ROLE,
    RowTableModel,
    deadline_text,
    vocabulary,
)
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

__all__ = ["ID_ROLE", "SORT_ROLE", "AllianceTableModel"]

# Alliances without open commitments sort after every real deadline.
_NO_DEADLINE = "9999-12-31"
_HEALTH_ORDER = {Health.GREEN.value: 0, Health.YELLOW.value: 1, Health.RED.value: 2}


_ICONS: dict[str, QIcon] = {}


def health_icon(code: str) -> QIcon:
    """A filled dot of the reading's colour; the word always goes beside it (drawn once)."""
    icon = _ICONS.get(code)
    if icon is None:
        icon = _ICONS[code] = _draw_health_icon(code)
    return icon


def _draw_health_icon(code: str) -> QIcon:
    # Drawn at twice its size and marked so: sharp on a high-density screen too.
    pixmap = QPixmap(28, 28)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(palette.outline())
    painter.setBrush(palette.health_mark(code))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


def health_text(health: HealthInfo | None) -> str:
    """«Rojo · 1 incidente crítico» (open ones only), «Amarillo», or "" when not read."""
    if health is None:
        return ""
    text = vocabulary(health.health_label)
    critical = health.open_critical_incidents
    if critical == 1:
        text += QCoreApplication.translate("AllianceTableModel", " · 1 incidente crítico")
    elif critical > 1:
        text += QCoreApplication.translate(
            "AllianceTableModel", " · {count} incidentes críticos"
        ).format(count=critical)
    return text


class AllianceTableModel(RowTableModel[AllianceSummary]):
    """One row per alliance, from ``services.alliances.list_alliances``."""

    CONTEXT = "AllianceTableModel"
    NAME, TERRITORY, AREA, PHASE, PARTNERS, NEAREST_DEADLINE, HEALTH = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("AllianceTableModel", "Alianza"),
        QT_TRANSLATE_NOOP("AllianceTableModel", "Territorio"),
        QT_TRANSLATE_NOOP("AllianceTableModel", "Área de aplicación"),
        QT_TRANSLATE_NOOP("AllianceTableModel", "Fase"),
        QT_TRANSLATE_NOOP("AllianceTableModel", "Socios"),
        QT_TRANSLATE_NOOP("AllianceTableModel", "Próximo vencimiento"),
        QT_TRANSLATE_NOOP("AllianceTableModel", "Salud"),
    )
    RIGHT_ALIGNED = frozenset({PARTNERS, NEAREST_DEADLINE})
    CACHE_DISPLAY = True

    def __init__(self, parent=None):
        self._colours: dict[tuple, QColor] = {}
        self._today = date.today()
        super().__init__(parent)

    @property
    def today(self) -> date:
        """The day deadlines are past from; setting it says the rows' texts anew."""
        return self._today

    @today.setter
    def today(self, value: date) -> None:
        self._today = value
        self._shown = {}

    def is_overdue(self, item: AllianceSummary) -> bool:
        """Its nearest open commitment's deadline is already past."""
        return item.nearest_deadline is not None and item.nearest_deadline < self.today

    def _rows_changed(self) -> None:
        self.today = date.today()

    def display(self, item: AllianceSummary, column: int) -> str:
        if column == self.NAME:
            if item.archived:
                return QCoreApplication.translate(
                    "AllianceTableModel", "{name} (archivada)"
                ).format(name=item.name)
            return item.name
        if column == self.TERRITORY:
            return item.territory
        if column == self.AREA:
            return vocabulary(item.area_label)
        if column == self.PHASE:
            return vocabulary(item.phase_label)
        if column == self.PARTNERS:
            return str(item.partner_count)
        if column == self.NEAREST_DEADLINE:
            return deadline_text(item.nearest_deadline, self.today)
        if column == self.HEALTH:
            return health_text(item.health)
        return ""

    def tooltip(self, item: AllianceSummary, column: int) -> str | None:
        if column == self.HEALTH and item.health is not None:
            return "\n".join(worded(reason) for reason in item.health.reasons)
        return super().tooltip(item, column)

    def sort_value(self, item: AllianceSummary, column: int) -> Any:
        if column == self.PARTNERS:
            return item.partner_count
        if column == self.NEAREST_DEADLINE:
            return item.nearest_deadline.isoformat() if item.nearest_deadline else _NO_DEADLINE
        if column == self.PHASE:
            return item.phase
        if column == self.HEALTH:
            # Worst first when sorted descending: rojo 2, amarillo 1, verde 0.
            code = item.health.health if item.health else ""
            return _HEALTH_ORDER.get(code, -1) * 100 + (
                item.health.open_critical_incidents if item.health else 0
            )
        return super().sort_value(item, column)

    def role_answers(self):
        answers = super().role_answers()
        answers[FOREGROUND_ROLE] = self._foreground_at
        answers[DECORATION_ROLE] = self._decoration_at
        return answers

    def _foreground_at(self, row: int, column: int):
        item = self._rows[row]
        if item.archived:
            return self._colour(palette.muted)
        if column == self.NEAREST_DEADLINE and self.is_overdue(item):
            return self._colour(palette.overdue)
        return None

    def _colour(self, pick) -> QColor:
        """``pick()`` (a palette colour made readable: dear), once per application palette."""
        key = (pick, QApplication.palette().cacheKey())
        colour = self._colours.get(key)
        if colour is None:
            colour = self._colours[key] = pick()
        return colour

    def _decoration_at(self, row: int, column: int):
        if column != self.HEALTH:
            return None
        item = self._rows[row]
        return health_icon(item.health.health) if item.health else None
