"""The four phases of an alliance's cycle as a painted timeline, the current one marked, with
the date each phase was entered (from the recorded phase changes)."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.domain.vocabulary import Phase
from alianzas_desktop.ui import palette

logger = logging.getLogger(__name__)

_DOT = 22
_LABEL_LINES = 3  # up to two lines of name, one of date


class PhaseTimeline(QWidget):
    """Nacimiento → Puesta en marcha → Consolidación y sostenibilidad → Proyección."""

    PHASES = tuple(Phase)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._current = 0
        self._history: list = []
        self._entered: dict[str, date] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_accessible()

    # -- state ------------------------------------------------------------------------

    def set_phase(self, phase: str) -> None:
        codes = [p.value for p in self.PHASES]
        self._current = codes.index(phase) if phase in codes else 0
        self._update_accessible()
        self.update()

    def set_history(self, changes, started_on: date | None = None) -> None:
        """The recorded phase changes (``services.phase_changes.PhaseChangeInfo``), oldest first:
        each phase shows the date it was last entered (Nacimiento: the alliance's start), and
        the tooltip lists every change."""
        self._history = list(changes)
        self._entered = {Phase.BIRTH.value: started_on} if started_on else {}
        for change in self._history:
            self._entered[change.to_phase] = change.on
        self._update_accessible()
        self.update()

    def entered_on(self, phase: str) -> date | None:
        return self._entered.get(phase)

    def history_lines(self) -> list[str]:
        lines = []
        for change in self._history:
            line = self.tr("{date}: {before} → {after}").format(
                date=short_date(change.on),
                before=QCoreApplication.translate("vocabulary", change.from_label),
                after=QCoreApplication.translate("vocabulary", change.to_label),
            )
            if change.reason:
                line += self.tr(" ({reason})").format(reason=change.reason)
            lines.append(line)
        return lines

    @property
    def current_phase(self) -> str:
        return self.PHASES[self._current].value

    def labels(self) -> list[str]:
        return [QCoreApplication.translate("vocabulary", p.label) for p in self.PHASES]

    def _update_accessible(self) -> None:
        labels = self.labels()
        text = self.tr("Fase actual: {phase} (paso {step} de {total})").format(
            phase=labels[self._current], step=self._current + 1, total=len(labels)
        )
        self.setAccessibleName(self.tr("Ciclo de la alianza"))
        history = self.history_lines() if hasattr(self, "_history") else []
        if history:
            text += "\n" + "\n".join(history)
        self.setAccessibleDescription(text)
        tooltip = " → ".join(labels)
        if history:
            tooltip += "\n\n" + self.tr("Cambios de fase:") + "\n" + "\n".join(history)
        self.setToolTip(tooltip)

    # -- painting ---------------------------------------------------------------------

    def _label_font(self, current: bool) -> QFont:
        font = QFont(self.font())
        font.setBold(current)
        return font

    def _dot(self) -> int:
        """The dots' diameter: 22 px at the normal text size, larger with larger text."""
        return max(_DOT, round(QFontMetrics(self._label_font(True)).height() * 1.5))

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self._label_font(True))
        widest = max(metrics.horizontalAdvance(label) for label in self.labels())
        height = self._dot() + 10 + metrics.lineSpacing() * _LABEL_LINES + 8
        return QSize(min(widest, 260) * len(self.PHASES), height)

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self._label_font(True))
        height = self._dot() + 10 + metrics.lineSpacing() * _LABEL_LINES + 8
        return QSize(120 * len(self.PHASES), height)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        size = self._dot()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        count = len(self.PHASES)
        slot = self.width() / count
        centre_y = 4 + size / 2
        labels = self.labels()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        # The line between the dots: done stretches green, the rest grey.
        for step in range(count - 1):
            x1 = slot * step + slot / 2 + size / 2 + 4
            x2 = slot * (step + 1) + slot / 2 - size / 2 - 4
            colour = palette.mark_done() if step < self._current else palette.grid()
            painter.setPen(QPen(colour, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(int(x1), int(centre_y), int(x2), int(centre_y))
        for step, label in enumerate(labels):
            centre_x = slot * step + slot / 2
            dot = QRectF(centre_x - size / 2, centre_y - size / 2, size, size)
            number_font = QFont(self.font())
            number_font.setBold(True)
            painter.setFont(number_font)
            if step < self._current:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.mark_done())
                painter.drawEllipse(dot)
                painter.setPen(palette.mark_text())
                painter.drawText(dot, Qt.AlignmentFlag.AlignCenter, "✓")
            elif step == self._current:
                painter.setPen(QPen(palette.mark_current().lighter(160), 4))
                painter.setBrush(palette.mark_current())
                painter.drawEllipse(dot.adjusted(-2, -2, 2, 2))
                painter.setPen(palette.mark_text())
                painter.drawText(dot, Qt.AlignmentFlag.AlignCenter, str(step + 1))
            else:
                painter.setPen(QPen(palette.grid(), 2))
                painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
                painter.drawEllipse(dot)
                painter.setPen(palette.muted())
                painter.drawText(dot, Qt.AlignmentFlag.AlignCenter, str(step + 1))
            current = step == self._current
            painter.setFont(self._label_font(current))
            colour = (
                palette.accent()
                if current
                else (text_colour if step < self._current else palette.muted())
            )
            painter.setPen(colour)
            text_rect = QRectF(slot * step + 4, centre_y + size / 2 + 8, slot - 8, self.height())
            entered = self._entered.get(self.PHASES[step].value)
            if entered is not None and step <= self._current:
                label = self.tr("{phase}\ndesde el {date}").format(
                    phase=label, date=short_date(entered)
                )
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                label,
            )
        painter.end()
