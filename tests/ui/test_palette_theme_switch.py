"""Choosing Tema ▸ Oscuro in Herramientas ▸ Preferencias… reopens the main window dark.

The whole app runs (ui/app.run and its event loop), as in test_translation_switch: the
test opens Preferencias from the menu, picks Oscuro, presses Aceptar; the window opens
again with its colours (built when the window is) taken from the dark palette.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from alianzas_desktop import settings
from alianzas_desktop.profile import Profile, save_profile
from alianzas_desktop.ui import app as app_module
from alianzas_desktop.ui import appearance, language, palette
from alianzas_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from alianzas_desktop.ui.main_window import MainWindow
from tests.ui.modal import when_modal
from tests.ui.user_events import choose, click_button, click_menu_item

WATCHDOG_MS = 60_000
STUCK = 99


@pytest.fixture
def back_to_the_system_theme(qapp):
    yield
    appearance.apply_theme(qapp, settings.THEME_SYSTEM)
    appearance.apply_text_size(qapp, 100)
    language.remove_translators(qapp)
    qapp.setQuitOnLastWindowClosed(True)


def _main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_choosing_the_dark_theme_reopens_the_main_window_in_dark_colours(
    tmp_path, qapp, qtbot, back_to_the_system_theme
):
    save_profile(Profile(name="Ana Milena Zapata"))  # no first-start dialog
    seen: dict[str, object] = {}

    def pick_dark(dialog: PreferencesDialog) -> None:
        choose(qtbot, dialog.theme_combo, settings.THEME_DARK)
        click_button(qtbot, dialog.ok_button)

    def in_light() -> None:
        first = next(w for w in _main_windows() if w.isVisible())
        seen["first"] = first
        seen["before"] = first.count_label.styleSheet()
        when_modal(PreferencesDialog, pick_dark)
        click_menu_item(qtbot, first.menuBar(), first.preferences_action)
        QTimer.singleShot(0, in_dark)

    def in_dark() -> None:
        reopened = [w for w in _main_windows() if w.isVisible() and w is not seen["first"]]
        if not reopened:
            QTimer.singleShot(20, in_dark)
            return
        seen["after"] = reopened[0].count_label.styleSheet()
        seen["muted"] = palette.muted().name()
        seen["dark"] = palette.is_dark()
        reopened[0].grab().save(str(tmp_path / "oscuro.png"))
        reopened[0].close()  # the last window: run() returns

    def watchdog() -> None:
        QApplication.closeAllWindows()
        QCoreApplication.exit(STUCK)

    QTimer.singleShot(0, in_light)
    QTimer.singleShot(WATCHDOG_MS, watchdog)
    code = app_module.run(str(tmp_path / "alianzas.sqlite"))

    assert code == 0
    assert settings.theme() == settings.THEME_DARK
    assert seen["dark"] is True
    assert seen["before"] == "color: #56616d;"
    assert seen["after"] == f"color: {seen['muted']};" != seen["before"]
