"""Tamaño del texto: chosen in Preferencias, stored, the whole UI scaled; at 150 % it still fits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from alianzas_desktop import settings
from alianzas_desktop.ui import appearance
from tests.ui.keyboard.conftest import show_active
from tests.ui.layout.conftest import run_on_laptop_screen
from tests.ui.user_events import click_button

CHECKS = Path(__file__).with_name("text_size_screen.py")


@pytest.fixture
def back_to_normal(qapp):
    yield
    appearance.apply_text_size(qapp, 100)
    appearance.apply_theme(qapp, settings.THEME_SYSTEM)


def test_choosing_150_in_preferences_scales_every_window_and_is_remembered(
    qtbot, qapp, back_to_normal
):
    from alianzas_desktop.ui.dialogs.preferences_dialog import PreferencesDialog

    normal = appearance.system_font().pointSizeF()
    label = QLabel("Compromisos vencidos")
    qtbot.addWidget(label)
    label.show()
    width_before = label.sizeHint().width()
    dialog = show_active(qtbot, PreferencesDialog())
    assert dialog.text_size_combo.currentData() == 100

    qtbot.keyClick(
        dialog.focusWidget(), Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier
    )  # Tamaño del te&xto
    assert dialog.text_size_combo.hasFocus()
    qtbot.keyClick(dialog.text_size_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.text_size_combo, Qt.Key.Key_Down)
    assert dialog.text_size_combo.currentData() == 150
    click_button(qtbot, dialog.ok_button)
    QApplication.processEvents()  # the new font reaches open windows by posted events

    assert settings.text_size() == 150
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.5)
    assert label.font().pointSizeF() == pytest.approx(normal * 1.5)  # an open window too
    assert label.sizeHint().width() > width_before * 1.3
    # The next start applies what was stored.
    appearance.apply_text_size(qapp, 100)
    appearance.apply_saved(qapp)
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.5)


def test_choosing_the_dark_theme_in_preferences_darkens_the_palette(qtbot, qapp, back_to_normal):
    from alianzas_desktop.ui import palette
    from alianzas_desktop.ui.dialogs.preferences_dialog import PreferencesDialog

    dialog = show_active(qtbot, PreferencesDialog())
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Tema
    assert dialog.theme_combo.hasFocus()
    qtbot.keyClick(dialog.theme_combo, Qt.Key.Key_End)  # Oscuro
    click_button(qtbot, dialog.ok_button)

    assert settings.theme() == settings.THEME_DARK
    assert palette.is_dark()


def test_at_150_the_main_window_and_the_nacimiento_wizard_fit_a_laptop(tmp_path):
    """In its own process: the offscreen screen is set before Qt starts (as test_windows_fit)."""
    result, report = run_on_laptop_screen(CHECKS, tmp_path)
    assert result.returncode == 0, report
    assert "skipped" not in result.stdout, report
    assert "2 passed" in result.stdout, report
