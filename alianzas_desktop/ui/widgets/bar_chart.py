"""Horizontal bars painted with QPainter: one bar per label, its value written beside it.

Takes plain (label, value) pairs and a function that writes a value (a count, pesos, an
average); a chart with nothing to show says so in words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from alianzas_desktop.ui import palette

logger = logging.getLogger(__name__)

BAR_HEIGHT = 20
GAP = 6


class BarChart(QWidget):
    """Bars proportional to the largest value; negative or missing values draw no bar."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.rows: list[tuple[str, float | None]] = []
        self.write: Callable[[float | None], str] = lambda v: "" if v is None else str(v)
        self.maximum: float | None = None
        self.empty_text = self.tr("No hay datos para estos filtros.")

    def set_data(
        self,
        rows: Sequence[tuple[str, float | None]],
        write: Callable[[float | None], str] | None = None,
        maximum: float | None = None,
    ) -> None:
        """``maximum`` fixes the full bar (5 for averages); by default the largest value."""
        self.rows = list(rows)
        if write is not None:
            self.write = write
        self.maximum = maximum
        self.updateGeometry()
        self.update()

    def _bar_height(self) -> int:
        """A row's height: 20 px at the normal text size, enough for its label when larger."""
        return max(BAR_HEIGHT, self.fontMetrics().height() + 4)

    def sizeHint(self) -> QSize:
        return QSize(480, max(60, 8 + len(self.rows) * (self._bar_height() + GAP)))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        bar_height = self._bar_height()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        values = [v for _label, v in self.rows if v is not None and v > 0]
        if not self.rows:
            painter.setPen(palette.text())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        top = self.maximum or (max(values) if values else 1)
        metrics = QFontMetrics(self.font())
        label_w = min(
            self.width() * 0.4, max(metrics.horizontalAdvance(t) for t, _ in self.rows) + 12
        )
        value_w = max(metrics.horizontalAdvance(self.write(v)) for _t, v in self.rows) + 12
        bar_w = max(10.0, self.width() - label_w - value_w - 8)
        for n, (label, value) in enumerate(self.rows):
            y = 4 + n * (bar_height + GAP)
            painter.setPen(QPen(palette.text()))
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            painter.drawText(
                QRectF(0, y, label_w - 8, bar_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(palette.track()))
            painter.drawRect(QRectF(label_w, y, bar_w, bar_height))
            if value is not None and value > 0 and top > 0:
                painter.setBrush(QBrush(palette.series(0)))
                painter.drawRect(QRectF(label_w, y, bar_w * min(value / top, 1.0), bar_height))
            painter.setPen(QPen(palette.text()))
            painter.drawText(
                QRectF(label_w + bar_w + 6, y, value_w, bar_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.write(value),
            )
