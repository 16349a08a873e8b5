"""A date typed the Colombian way (día/mes/año) or picked from a calendar; it may stay empty."""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta

from PySide6.QtCore import QDate, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.ui import palette
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message

logger = logging.getLogger(__name__)

DISPLAY_FORMAT = "%d/%m/%Y"

# 15/06/2027, 15-6-27, 15.06.2027, 15 6 2027: day, month, year with any of / - . or space.
_SEPARATED = re.compile(r"^(\d{1,2})\s*[/\-.\s]\s*(\d{1,2})\s*[/\-.\s]\s*(\d{4}|\d{2})$")
# 15062027 or 150627: two digits for the day, two for the month, then the year.
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4}|\d{2})$")

# Why a typed text is refused: not shaped like a date, no such day, or outside the range.
FORMAT, IMPOSSIBLE, TOO_EARLY, TOO_LATE = "format", "impossible", "too_early", "too_late"


class DateTextError(ValueError):
    """Typed text that is not a date: ``kind`` says whether the shape or the date is wrong."""

    def __init__(self, kind: str, text: str):
        super().__init__(text)
        self.kind = kind
        self.text = text


def parse_typed_date(text: str) -> date | None:
    """'15/06/2027', '15062027', '15-6-27' → 15 June 2027; '' → None; DateTextError otherwise.

    Day first, as dates are written in Colombia; a two-digit year is in this century.
    """
    text = text.strip()
    if not text:
        return None
    match = _SEPARATED.match(text) or _COMPACT.match(text)
    if match is None:
        raise DateTextError(FORMAT, text)
    day, month, year = (int(part) for part in match.groups())
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        raise DateTextError(IMPOSSIBLE, text) from None


def format_date(value: date | None) -> str:
    return value.strftime(DISPLAY_FORMAT) if value else ""


def _calendar_icon() -> QIcon:
    """A small drawn calendar: no icon theme is guaranteed on the facilitators' laptops."""
    # Drawn at twice its size and marked so: sharp on a high-density screen too.
    pixmap = QPixmap(32, 32)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    ink = palette.muted()  # readable on a light or a dark field
    painter = QPainter(pixmap)
    painter.setPen(ink)
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(2, 3, 12, 3), ink)
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRect(3 + column * 4, 8 + row * 3, 2, 2), ink)
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """The calendar under a date field: arrows move, Enter or a click picks, Escape closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

        self.calendar.activated.connect(self.picked)  # Enter, or a double click
        self.calendar.clicked.connect(self.picked)

        # Assemble
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)


class DateField(QLineEdit):
    """A date field: type 15/06/2027, 15062027 or 15-6-27, or press F4 / Alt+↓ for a calendar.

    Empty means "no date yet". A date that cannot be read is said next to the field, in the
    FieldMessage given with ``set_message``, when the facilitator leaves the field.
    """

    value_changed = Signal(object)  # the date, or None when the field is empty or unreadable

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._value: date | None = None
        self._error = ""
        self._message: FieldMessage | None = None
        self._minimum: date | None = None
        self._maximum: date | None = None
        self._popup: CalendarPopup | None = None
        # The month the calendar opens on while the field is empty (None: this month).
        self.calendar_month: date | None = None

        self.setObjectName("date_field")
        self.setPlaceholderText(placeholder or self.tr("dd/mm/aaaa"))
        self.setToolTip(
            self.tr(
                "Escriba la fecha como día/mes/año, por ejemplo 15/06/2027, "
                "o pulse F4 para elegirla en el calendario."
            )
        )
        self.setMaxLength(20)
        self._calendar_action = self.addAction(
            _calendar_icon(), QLineEdit.ActionPosition.TrailingPosition
        )
        self._calendar_action.setToolTip(self.tr("Elegir en el calendario (F4)"))
        # Room for the placeholder (or "00/00/0000") and the calendar button.
        longest = max(
            self.placeholderText(), "00/00/00000", key=self.fontMetrics().horizontalAdvance
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(longest) + 48)

        self._calendar_action.triggered.connect(self.open_calendar)
        self.textEdited.connect(self._text_edited)
        self.editingFinished.connect(self.check_text)

    # -- value ------------------------------------------------------------------------

    def value(self) -> date | None:
        """The date shown, or None when the field is empty or what was typed is not a date."""
        return self._value

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (None empties the field); says value_changed when it changes."""
        self.setText(format_date(value))
        self._set_error("")
        self._store(value)

    def set_range(self, minimum: date | None = None, maximum: date | None = None) -> None:
        self._minimum = minimum
        self._maximum = maximum

    def set_message(self, message: FieldMessage) -> None:
        """Where to say that the typed text is not a date (the field's own message)."""
        self._message = message

    @property
    def error(self) -> str:
        """Why the typed text is not an acceptable date, or "" when it is (or is empty)."""
        return self._error

    def show_error(self) -> None:
        """Say the current error again (after a page's checks replaced the messages)."""
        if self._error and self._message is not None:
            self._message.show_message(self._error)

    # -- typing -----------------------------------------------------------------------

    def _text_edited(self, text: str) -> None:
        if self._error:
            self._set_error("")
        try:
            value = self._checked(parse_typed_date(text))
        except DateTextError:
            value = None  # half typed, or wrong: said when the facilitator leaves the field
        self._store(value)

    def check_text(self) -> bool:
        """Read what was typed: a date is written the standard way, anything else is said."""
        try:
            value = self._checked(parse_typed_date(self.text()))
        except DateTextError as problem:
            self._store(None)  # first: whoever listens clears the field's old message
            self._set_error(self._explain(problem))
            return False
        self._set_error("")
        if value is not None and self.text() != format_date(value):
            self.setText(format_date(value))
        self._store(value)
        return True

    def _checked(self, value: date | None) -> date | None:
        if value is None:
            return None
        if self._minimum is not None and value < self._minimum:
            raise DateTextError(TOO_EARLY, self.text())
        if self._maximum is not None and value > self._maximum:
            raise DateTextError(TOO_LATE, self.text())
        return value

    def _explain(self, problem: DateTextError) -> str:
        if problem.kind == IMPOSSIBLE:
            return self.tr(
                "«{0}» no es una fecha: revise el día y el mes (día/mes/año, "
                "por ejemplo 15/06/2027)."
            ).format(problem.text.strip())
        if problem.kind == TOO_EARLY:
            return self.tr("La fecha no puede ser anterior al {0}.").format(
                format_date(self._minimum)
            )
        if problem.kind == TOO_LATE:
            return self.tr("La fecha no puede ser posterior al {0}.").format(
                format_date(self._maximum)
            )
        return self.tr("Escriba la fecha como día/mes/año, por ejemplo 15/06/2027.")

    def _set_error(self, text: str) -> None:
        had_error = bool(self._error)
        self._error = text
        if self._message is not None and (text or had_error):
            self._message.show_message(text)

    def _store(self, value: date | None) -> None:
        if value == self._value:
            return
        self._value = value
        self.value_changed.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key in (Qt.Key.Key_Down, Qt.Key.Key_Up)):
            self.open_calendar()
            event.accept()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            self._step(1 if key == Qt.Key.Key_Up else -1)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.check_text():
            event.accept()  # an unreadable date must not press the window's default button
            return
        super().keyPressEvent(event)

    def _step(self, days: int) -> None:
        """↑ and ↓ move the date one day, as in Qt's own date fields."""
        if not self.check_text():
            return
        moved = (self._value or date.today()) + timedelta(days=days if self._value else 0)
        try:
            self.set_value(self._checked(moved))
        except DateTextError:
            return

    # -- calendar ---------------------------------------------------------------------

    def open_calendar(self) -> CalendarPopup:
        """Show the calendar on the field's date, or on ``calendar_month`` while empty."""
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        calendar = self._popup.calendar
        calendar.setMinimumDate(_qdate(self._minimum) if self._minimum else QDate(1900, 1, 1))
        calendar.setMaximumDate(_qdate(self._maximum) if self._maximum else QDate(7999, 12, 31))
        shown = self._value or self.calendar_month or date.today()
        calendar.setSelectedDate(_qdate(shown))
        calendar.setCurrentPage(shown.year, shown.month)
        self._popup.adjustSize()
        self._popup.move(self._popup_position())
        self._popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return self._popup

    @property
    def calendar_popup(self) -> CalendarPopup | None:
        return self._popup

    def _popup_position(self) -> QPoint:
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            return below
        size = self._popup.sizeHint()
        x = min(max(below.x(), screen.left()), screen.right() - size.width())
        y = below.y()
        if y + size.height() > screen.bottom():
            y = self.mapToGlobal(QPoint(0, 0)).y() - size.height()
        return QPoint(x, max(y, screen.top()))

    def _picked(self, qdate: QDate) -> None:
        self._popup.close()
        self.set_value(qdate.toPython())
        self.setFocus(Qt.FocusReason.PopupFocusReason)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_with_message(field: DateField) -> QWidget:
    """The field over its own message, for a form row of a dialog without page messages."""
    message = FieldMessage()
    field.set_message(message)
    return with_message(field, message)
