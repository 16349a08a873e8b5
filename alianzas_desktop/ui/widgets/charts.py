"""The evaluations' pictures on screen, painted with QPainter: radar, trend lines, bars.

Each chart takes plain values (labels, scores 1–5, dates) and repaints itself; a
chart with nothing to show says so in words.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from alianzas_desktop.domain.evaluation import MAX_SCORE, MIN_SCORE
from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.ui import palette

logger = logging.getLogger(__name__)


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.empty_text = ""

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 160)

    def _painter(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        return painter

    def _say_empty(self, painter: QPainter) -> None:
        painter.setPen(palette.grid().darker(140))
        painter.drawText(
            self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text
        )


class RadarChart(_Chart):
    """One spoke per dimension; the latest scores filled, the previous ones dashed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.labels: list[str] = []
        self.latest: list[int | None] = []
        self.previous: list[int | None] | None = None
        self.legend = ("", "")
        self.empty_text = self.tr("Aún no hay evaluaciones.")

    def set_data(
        self,
        labels: Sequence[str],
        latest: Sequence[int | None],
        previous: Sequence[int | None] | None,
        legend: tuple[str, str],
    ) -> None:
        self.labels, self.latest = list(labels), list(latest)
        self.previous = list(previous) if previous and any(previous) else None
        self.legend = legend
        self.update()

    def paintEvent(self, _event) -> None:
        painter = self._painter()
        if not self.labels or not any(self.latest):
            self._say_empty(painter)
            return
        metrics = QFontMetrics(self.font())
        count = max(len(self.labels), 3)
        legend_h = metrics.height() + 6
        centre = QPointF(self.width() / 2, legend_h + (self.height() - legend_h) / 2)
        radius = max(20.0, min(self.width() / 2 - 110, (self.height() - legend_h) / 2 - 34))

        def point(i: int, value: float) -> QPointF:
            angle = math.pi / 2 - 2 * math.pi * i / count
            r = radius * value / MAX_SCORE
            return QPointF(centre.x() + r * math.cos(angle), centre.y() - r * math.sin(angle))

        painter.setPen(QPen(palette.grid(), 0.8))
        for ring in range(MIN_SCORE, MAX_SCORE + 1):
            painter.drawPolygon(QPolygonF([point(i, ring) for i in range(count)]))
        painter.setPen(QPen(palette.text()))
        for i, text in enumerate(self.labels):
            painter.setPen(QPen(palette.grid(), 0.8))
            painter.drawLine(centre, point(i, MAX_SCORE))
            anchor = point(i, MAX_SCORE + 0.5)
            if abs(anchor.x() - centre.x()) <= 8:
                room = 2 * (self.width() / 2 - 10)
            elif anchor.x() > centre.x():
                room = self.width() - anchor.x() - 2
            else:
                room = anchor.x() - 2
            room = max(40.0, min(170.0, room))
            box = QRectF(
                anchor.x() - room / 2,
                anchor.y() - 1.5 * metrics.height(),
                room,
                3 * metrics.height(),
            )
            if anchor.x() > centre.x() + 8:
                box.moveLeft(anchor.x() - 4)
                flags = Qt.AlignmentFlag.AlignLeft
            elif anchor.x() < centre.x() - 8:
                box.moveRight(anchor.x() + 4)
                flags = Qt.AlignmentFlag.AlignRight
            else:
                flags = Qt.AlignmentFlag.AlignHCenter
            painter.setPen(QPen(palette.text()))
            painter.drawText(
                box, flags | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, text
            )

        def shape(values, colour: QColor, fill: bool, dashed: bool) -> None:
            polygon = QPolygonF([point(i, v or 0) for i, v in enumerate(values)])
            pen = QPen(colour, 2)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            fill_colour = QColor(colour)
            fill_colour.setAlpha(60)
            painter.setBrush(QBrush(fill_colour) if fill else Qt.BrushStyle.NoBrush)
            painter.drawPolygon(polygon)
            painter.setBrush(QBrush(colour))
            for i, value in enumerate(values):
                if value:
                    painter.drawEllipse(point(i, value), 2.5, 2.5)

        if self.previous:
            shape(self.previous, palette.series(1), False, True)
        shape(self.latest, palette.series(0), True, False)
        x = 6
        entries = [(self.legend[0], palette.series(0), False)]
        if self.previous:
            entries.append((self.legend[1], palette.series(1), True))
        for text, colour, dashed in entries:
            pen = QPen(colour, 2)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = metrics.height() / 2 + 3
            painter.drawLine(QPointF(x, y), QPointF(x + 20, y))
            painter.setPen(QPen(palette.text()))
            painter.drawText(QPointF(x + 24, y + metrics.ascent() / 2 - 1), text)
            x += 40 + metrics.horizontalAdvance(text)


class TrendChart(_Chart):
    """One line per dimension across the evaluations' dates."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.dates: list[date] = []
        self.series: list[tuple[str, list[int | None]]] = []
        self.empty_text = self.tr("La evolución se ve desde la segunda evaluación.")

    def set_data(
        self, dates: Sequence[date], series: Sequence[tuple[str, Sequence[int | None]]]
    ) -> None:
        self.dates = list(dates)
        self.series = [(name, list(values)) for name, values in series]
        self.update()

    def paintEvent(self, _event) -> None:
        painter = self._painter()
        if len(self.dates) < 2:
            self._say_empty(painter)
            return
        metrics = QFontMetrics(self.font())
        line_h = metrics.height() + 2
        legend_rows = math.ceil(len(self.series) / 2)
        left, right, top = 26, 16, 8
        bottom = self.height() - legend_rows * line_h - metrics.height() - 10
        width = self.width() - left - right
        count = len(self.dates)

        def xy(i: int, value: float) -> QPointF:
            return QPointF(
                left + width * i / (count - 1),
                bottom - (bottom - top) * (value - MIN_SCORE) / (MAX_SCORE - MIN_SCORE),
            )

        for value in range(MIN_SCORE, MAX_SCORE + 1):
            y = xy(0, value).y()
            painter.setPen(QPen(palette.grid(), 0.6))
            painter.drawLine(QPointF(left, y), QPointF(left + width, y))
            painter.setPen(QPen(palette.text()))
            painter.drawText(
                QRectF(0, y - line_h / 2, left - 6, line_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        for i, day in enumerate(self.dates):
            x = xy(i, MIN_SCORE).x()
            text = short_date(day)
            advance = metrics.horizontalAdvance(text)
            x = min(max(x - advance / 2, 0), self.width() - advance)
            painter.drawText(QPointF(x, bottom + metrics.ascent() + 4), text)
        for n, (name, values) in enumerate(self.series):
            colour = palette.series(n)
            points = [xy(i, v) for i, v in enumerate(values) if v]
            painter.setPen(QPen(colour, 2))
            path = QPainterPath()
            for k, p in enumerate(points):
                path.moveTo(p) if k == 0 else path.lineTo(p)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(QBrush(colour))
            for p in points:
                painter.drawEllipse(p, 2.5, 2.5)
            column, row = n % 2, n // 2
            lx = left + column * width / 2
            ly = bottom + metrics.height() + 8 + row * line_h + line_h / 2
            painter.drawLine(QPointF(lx, ly), QPointF(lx + 16, ly))
            painter.setPen(QPen(palette.text()))
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(width / 2 - 24))
            painter.drawText(QPointF(lx + 20, ly + metrics.ascent() / 2 - 1), text)


class FulfilmentBars(_Chart):
    """One bar per partner: commitments fulfilled out of its total."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, int, int]] = []
        self.empty_text = self.tr("La alianza no tiene compromisos registrados.")

    def set_data(self, rows: Sequence[tuple[str, int, int]]) -> None:
        self.rows = list(rows)
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 40 + 26 * len(self.rows))

    def paintEvent(self, _event) -> None:
        painter = self._painter()
        if not self.rows:
            self._say_empty(painter)
            return
        metrics = QFontMetrics(self.font())
        label_w = self.width() * 0.38
        count_w = (
            metrics.horizontalAdvance(
                self.tr("{done} de {total} ({percent} %)").format(done=88, total=88, percent=100)
            )
            + 10
        )
        bar_w = max(10.0, self.width() - label_w - count_w - 8)
        bar_h = min(22.0, (self.height() - 8) / len(self.rows) - 6)
        for n, (organization, fulfilled, total) in enumerate(self.rows):
            y = 4 + n * (bar_h + 6)
            painter.setPen(QPen(palette.text()))
            name = metrics.elidedText(organization, Qt.TextElideMode.ElideRight, int(label_w - 10))
            painter.drawText(
                QRectF(0, y, label_w - 8, bar_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            painter.setPen(QPen(palette.grid(), 0.6))
            painter.setBrush(QBrush(palette.track()))
            painter.drawRect(QRectF(label_w, y, bar_w, bar_h))
            share = fulfilled / total if total else 0
            if share:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(palette.series(2)))
                painter.drawRect(QRectF(label_w, y, bar_w * share, bar_h))
            painter.setPen(QPen(palette.text()))
            painter.drawText(
                QRectF(label_w + bar_w + 6, y, count_w, bar_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("{done} de {total} ({percent} %)").format(
                    done=fulfilled, total=total, percent=round(share * 100)
                ),
            )
