"""Fixtures for correcting a founded alliance: an issued agreement and modal dialogs driven."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from alianzas_desktop.profile import Profile, save_profile
from alianzas_desktop.services import agreements, alliances, nacimiento
from tests.factories import nacimiento_data


@pytest.fixture
def issued_alliance(db) -> str:
    """The factory alliance, founded by a known facilitator, its version 1 issued."""
    save_profile(Profile(name="Ana Milena Zapata", organization="Programa Nacional de Alianzas"))
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    [version] = alliances.alliance_detail(db, alliance_id).versions
    agreements.issue_version(db, version.id)
    return alliance_id


@pytest.fixture
def page(db, qtbot, issued_alliance):
    from alianzas_desktop.ui.alliance_page import AlliancePage

    widget = AlliancePage(db)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(issued_alliance)
    return widget


@pytest.fixture
def drive(monkeypatch):
    """Make ``cls.exec`` run ``steps(dialog)`` on the shown dialog instead of blocking.

    The steps use key and mouse events on the real widgets; exec returns the
    dialog's result as the real one would. The dialogs seen are collected.
    """
    seen: list[QDialog] = []

    def install(cls: type[QDialog], steps: Callable[[QDialog], None]) -> list[QDialog]:
        def fake_exec(self):
            seen.append(self)
            self.show()
            QApplication.processEvents()
            steps(self)
            return self.result()

        monkeypatch.setattr(cls, "exec", fake_exec)
        return seen

    return install


def type_text(qtbot, widget: QWidget, text: str, *, replace: bool = False) -> None:
    """Type into a field as a person would, optionally over its text.

    QTest.keyClicks only knows ASCII, so accented letters go as the key events a
    Spanish keyboard produces.
    """
    widget.setFocus()
    if replace:
        qtbot.keySequence(widget, QKeySequence.StandardKey.SelectAll)
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    for char in text:
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            continue
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def click(qtbot, button: QWidget) -> None:
    """A left click; a hidden widget would drop it without a word, so it must be shown."""
    assert button.isVisible(), getattr(button, "text", lambda: button)()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
