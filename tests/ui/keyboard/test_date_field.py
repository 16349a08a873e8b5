"""The date field: typed the Colombian way, a calendar on F4 or Alt+↓, and clear messages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from alianzas_desktop.ui.widgets.date_field import (
    FORMAT,
    IMPOSSIBLE,
    DateField,
    DateTextError,
    parse_typed_date,
)
from alianzas_desktop.ui.widgets.field_error import FieldMessage
from tests.ui.keyboard.conftest import show_active


@pytest.mark.parametrize(
    "text",
    ["15/06/2027", "15062027", "15-6-27", "15.06.2027", " 15 / 6 / 2027 ", "150627"],
)
def test_day_month_year_in_any_usual_writing(text):
    assert parse_typed_date(text) == date(2027, 6, 15)


def test_empty_is_no_date():
    assert parse_typed_date("  ") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [("31/02/2027", IMPOSSIBLE), ("15/13/2027", IMPOSSIBLE), ("mañana", FORMAT), ("1/2", FORMAT)],
)
def test_what_is_not_a_date_says_why(text, kind):
    with pytest.raises(DateTextError) as raised:
        parse_typed_date(text)
    assert raised.value.kind == kind


@pytest.fixture
def form(qtbot):
    """A date field with its message, and a field after it to leave it for."""
    window = QWidget()
    layout = QVBoxLayout(window)
    window.field = DateField()
    window.message = FieldMessage()
    window.field.set_message(window.message)
    window.after = QLineEdit()
    for widget in (window.field, window.message, window.after):
        layout.addWidget(widget)
    show_active(qtbot, window)
    window.field.setFocus()
    qtbot.waitUntil(window.field.hasFocus)
    return window


def test_typed_date_is_kept_and_written_the_standard_way(keys, form):
    changes = []
    form.field.value_changed.connect(changes.append)
    keys.type("15-6-27")
    keys.tab()
    assert form.field.value() == date(2027, 6, 15)
    assert form.field.text() == "15/06/2027"
    assert changes[-1] == date(2027, 6, 15)
    assert form.message.message == ""


def test_an_impossible_date_is_said_next_to_the_field(keys, form):
    keys.type("31/02/2027")
    keys.tab()
    assert form.field.value() is None
    assert "31/02/2027" in form.message.message
    assert "día y el mes" in form.message.message
    # Correcting it takes the message away.
    form.field.setFocus()
    keys.replace("28/02/2027")
    assert form.message.message == ""
    assert form.field.value() == date(2027, 2, 28)


def test_enter_on_an_unreadable_date_stays_in_the_field(keys, form):
    keys.type("99")
    keys.press(Qt.Key.Key_Return)
    assert keys.focused() is form.field
    assert form.message.message


def test_an_empty_optional_date_stays_empty(keys, form):
    keys.tab()
    assert form.field.value() is None
    assert form.field.text() == ""
    assert form.message.message == ""


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
    ],
)
def test_the_calendar_opens_from_the_keyboard_on_this_month(keys, form, key, modifiers):
    keys.press(key, modifiers)
    popup = form.field.calendar_popup
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    assert keys.receiver() is calendar.focusWidget() or keys.receiver() is calendar
    keys.press(Qt.Key.Key_Right)  # tomorrow
    keys.press(Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert form.field.value() == today + timedelta(days=1)
    assert keys.focused() is form.field


def test_escape_closes_the_calendar_and_keeps_the_date(keys, form):
    keys.type("15/06/2027")
    keys.press(Qt.Key.Key_F4)
    calendar = form.field.calendar_popup.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 6)
    keys.press(Qt.Key.Key_Escape)
    assert not form.field.calendar_popup.isVisible()
    assert form.field.value() == date(2027, 6, 15)


def test_arrows_move_the_date_a_day(keys, form):
    keys.type("28/02/2027")
    keys.press(Qt.Key.Key_Up)
    assert form.field.value() == date(2027, 3, 1)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    assert form.field.text() == "27/02/2027"


def test_a_date_outside_the_range_is_refused(keys, form):
    form.field.set_range(maximum=date(2026, 11, 30))
    keys.type("1/12/2026")
    keys.tab()
    assert form.field.value() is None
    assert "posterior al 30/11/2026" in form.message.message
