"""A keyboard that types only into the focused widget, and the wizards shown and active."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from alianzas_desktop.ui.wizards.meeting.wizard import MeetingWizard
from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard
from tests.ui.meeting import conftest as meeting_fixtures
from tests.ui.nacimiento import conftest as nacimiento_fixtures

# The fixtures the wizards' own tests use: questions answered, previews not blocking.
keep_draft_question = nacimiento_fixtures.keep_draft_question
answers = meeting_fixtures.answers
previews = meeting_fixtures.previews
alliance_id = meeting_fixtures.alliance_id


def show_active(qtbot, window: QWidget) -> QWidget:
    """Shown and active: offscreen, keyboard focus and Alt+letter need an active window."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


class Keyboard:
    """Key events sent to whichever widget has the focus, as a real keyboard would."""

    def __init__(self, qtbot):
        self.qtbot = qtbot

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def receiver(self) -> QWidget:
        """Where a key goes: an open popup (suggestions, calendar) first, as Qt routes it."""
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return popup.focusWidget() or popup
        return self.focused()

    def press(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.receiver(), key, modifiers)
        QApplication.processEvents()

    def alt(self, letter: str) -> None:
        """Alt+letter; a button's mnemonic clicks it after a short animation."""
        self.press(Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
        self.qtbot.wait(160)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(Qt.Key.Key_Tab)

    def type(self, text: str) -> None:
        """Typed characters; accents arrive as key events carrying text (QTest knows ASCII)."""
        chunk = ""
        for char in text:
            if char.isascii():
                chunk += char
                continue
            if chunk:
                QTest.keyClicks(self.receiver(), chunk)
                chunk = ""
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    self.receiver(),
                    QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char),
                )
        if chunk:
            QTest.keyClicks(self.receiver(), chunk)
        QApplication.processEvents()

    def replace(self, text: str) -> None:
        """Select what the focused field shows and type over it."""
        self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.type(text)

    def choose(self, code: str) -> None:
        """In the focused combo box, ↓ and ↑ until the item whose data is ``code``."""
        combo = self.focused()
        assert isinstance(combo, QComboBox), combo
        target = combo.findData(code)
        assert target >= 0, code
        for _ in range(combo.count() + 1):
            if combo.currentIndex() == target:
                return
            self.press(Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
        assert combo.currentIndex() == target, code


@pytest.fixture
def keys(qtbot) -> Keyboard:
    return Keyboard(qtbot)


@pytest.fixture
def nacimiento_wizard(qtbot, db, keep_draft_question) -> NacimientoWizard:
    return show_active(qtbot, NacimientoWizard(db))


@pytest.fixture
def meeting_wizard(qtbot, db, alliance_id, answers, previews) -> MeetingWizard:
    return show_active(qtbot, MeetingWizard(db, alliance_id))
