"""Every way to start a new alliance opens the wizard: the buttons, Ctrl+N and the menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.app.conftest import found


@pytest.fixture
def shown(window, qtbot):
    window.refresh()
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    if window.wizard is not None:  # nothing typed: it closes without asking
        window.wizard.reject()


def opens_the_wizard(qtbot, window, act) -> None:
    assert window.wizard is None
    with qtbot.waitSignal(window.wizard_opened, timeout=3000) as opened:
        act()
    wizard = opened.args[0]
    assert wizard is window.wizard
    qtbot.waitUntil(wizard.isVisible, timeout=3000)
    assert wizard.draft_id is None


def test_the_empty_state_button_opens_the_wizard(db, shown, qtbot):
    assert shown.stack.currentIndex() == shown.EMPTY
    assert shown.empty_button.isVisible()
    opens_the_wizard(
        qtbot, shown, lambda: qtbot.mouseClick(shown.empty_button, Qt.MouseButton.LeftButton)
    )


def test_the_toolbar_button_opens_the_wizard(db, window, qtbot):
    found(db, "Alianza Frijol del Páramo", "Sonsón", "Antioquia")
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    assert window.new_button.isVisible()
    opens_the_wizard(
        qtbot, window, lambda: qtbot.mouseClick(window.new_button, Qt.MouseButton.LeftButton)
    )
    window.wizard.reject()


def test_ctrl_n_opens_the_wizard(shown, qtbot):
    opens_the_wizard(
        qtbot,
        shown,
        lambda: qtbot.keyClick(shown, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
    )


def test_archivo_nueva_alianza_with_the_keys_opens_the_wizard(shown, qtbot):
    def through_the_menu() -> None:
        qtbot.keyClick(shown, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Archivo
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=3000)
        menu = QApplication.activePopupWidget()
        assert menu.title().replace("&", "") == "Archivo"
        qtbot.keyClick(menu, Qt.Key.Key_N)  # &Nueva alianza…

    opens_the_wizard(qtbot, shown, through_the_menu)
