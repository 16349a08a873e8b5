"""A pad to sign on screen with the mouse, a pen or a finger; gives the signature as PNG."""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from alianzas_desktop.ui import palette

logger = logging.getLogger(__name__)

INK_WIDTH = 2.5
MARGIN = 8  # pixels of white kept around the trimmed ink


class SignatureCanvas(QWidget):
    """The white drawing area: strokes become QPainterPaths."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._strokes: list[QPainterPath] = []
        self._current: QPainterPath | None = None
        self.setMinimumSize(QSize(420, 160))
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Espacio para firmar"))

    # -- drawing ---------------------------------------------------------------------

    def begin_stroke(self, point: QPointF) -> None:
        self._current = QPainterPath(point)
        self._strokes.append(self._current)
        self.update()

    def extend_stroke(self, point: QPointF) -> None:
        if self._current is None:
            return
        self._current.lineTo(point)
        self.update()

    def end_stroke(self, point: QPointF) -> None:
        if self._current is None:
            return
        if self._current.elementCount() == 1:
            self._current.lineTo(point + QPointF(0.5, 0.5))  # a dot is ink too
        self._current = None
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.extend_stroke(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.end_stroke(event.position())

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self.begin_stroke(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self.extend_stroke(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self.end_stroke(event.position())
        event.accept()

    def clear(self) -> None:
        self._strokes = []
        self._current = None
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not self._strokes

    def paint_strokes(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(palette.ink(), INK_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            painter.drawPath(stroke)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), palette.paper())
        painter.setPen(QPen(palette.paper_line(), 1, Qt.PenStyle.DashLine))
        baseline = int(self.height() * 0.75)
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        painter.setPen(palette.paper_hint())
        painter.drawText(QRect(16, baseline + 4, 200, 20), 0, self.tr("Firme aquí"))
        self.paint_strokes(painter)
        painter.end()

    def to_image(self) -> QImage:
        """The ink on white, trimmed to the strokes with a small margin."""
        image = QImage(self.size(), QImage.Format.Format_RGB32)
        image.fill(palette.paper())
        painter = QPainter(image)
        self.paint_strokes(painter)
        painter.end()
        if self.is_empty():
            return image
        bounds = QRect()
        for stroke in self._strokes:
            bounds = bounds.united(stroke.boundingRect().toAlignedRect())
        bounds = bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN).intersected(image.rect())
        return image.copy(bounds)


class SignaturePad(QWidget):
    """The canvas and its «Borrar» button."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = SignatureCanvas()
        self.clear_button = QPushButton(self.tr("Borrar"))
        self.clear_button.setEnabled(False)

        self.clear_button.clicked.connect(self.clear)
        self.canvas.changed.connect(self._changed)

        # Assemble
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignRight)

    def _changed(self) -> None:
        self.clear_button.setEnabled(not self.canvas.is_empty())
        self.changed.emit()

    def clear(self) -> None:
        self.canvas.clear()

    def is_empty(self) -> bool:
        return self.canvas.is_empty()

    def to_png(self) -> bytes:
        """The signature as PNG bytes (white background, black ink, trimmed)."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.canvas.to_image().save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())
