"""Choosing English in Herramientas ▸ Preferencias… reopens the main window in English.

The whole app runs (ui/app.run and its event loop): the test clicks the menu, picks
English with the keyboard and presses Aceptar; the main window closes and opens again,
and its menus speak English. A watchdog ends the loop if a step never comes.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication

from alianzas_desktop import settings
from alianzas_desktop.profile import Profile, save_profile
from alianzas_desktop.ui import app as app_module
from alianzas_desktop.ui import language
from alianzas_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from alianzas_desktop.ui.main_window import MainWindow
from tests.ui.modal import when_modal
from tests.ui.user_events import choose, click_button, click_menu_item

WATCHDOG_MS = 60_000
STUCK = 99


@pytest.fixture
def fresh_translators(qapp):
    """The app's translators, locale and quit rule put back as they were after the test."""
    locale = QLocale()
    yield
    language.remove_translators(qapp)
    QLocale.setDefault(locale)
    qapp.setQuitOnLastWindowClosed(True)


def _main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_choosing_english_in_preferences_reopens_the_main_window_in_english(
    tmp_path, qapp, qtbot, fresh_translators
):
    save_profile(Profile(name="Ana Milena Zapata"))  # no first-start dialog
    seen: dict[str, object] = {}

    def pick_english(dialog: PreferencesDialog) -> None:
        seen["dialog_title"] = dialog.windowTitle()
        choose(qtbot, dialog.language_combo, settings.ENGLISH)
        seen["note_shown"] = dialog.language_note.isVisible()
        click_button(qtbot, dialog.ok_button)

    def in_spanish() -> None:
        first = next(w for w in _main_windows() if w.isVisible())
        seen["first"] = first
        seen["before"] = _menu_titles(first)
        when_modal(PreferencesDialog, pick_english)
        click_menu_item(qtbot, first.menuBar(), first.preferences_action)
        QTimer.singleShot(0, in_english)

    def in_english() -> None:
        reopened = [w for w in _main_windows() if w.isVisible() and w is not seen["first"]]
        if not reopened:
            QTimer.singleShot(20, in_english)
            return
        seen["after"] = _menu_titles(reopened[0])
        seen["tools"] = reopened[0].preferences_action.text()
        reopened[0].close()  # the last window: run() returns

    def watchdog() -> None:
        QApplication.closeAllWindows()
        QCoreApplication.exit(STUCK)

    QTimer.singleShot(0, in_spanish)
    QTimer.singleShot(WATCHDOG_MS, watchdog)
    code = app_module.run(str(tmp_path / "alianzas.sqlite"))

    assert code == 0
    assert seen["dialog_title"] == "Preferencias"
    assert seen["note_shown"] is True
    assert seen["before"] == ["&Archivo", "A&lianza", "&Herramientas", "A&yuda"]
    assert seen["after"] == ["&File", "A&lliance", "&Tools", "&Help"]
    assert seen["tools"] == "Pr&eferences…"
    assert settings.language_choice() == settings.ENGLISH
    assert language.current_language() == settings.ENGLISH
    assert QLocale().language() == QLocale.Language.English
