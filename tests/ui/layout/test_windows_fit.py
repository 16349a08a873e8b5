"""Every window fits a 1366×768 laptop: the helper, and every window checked on such a screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

from alianzas_desktop.ui.widgets.window_fit import FRAME_ALLOWANCE, fit_to_screen, usable_size
from tests.ui.layout.conftest import run_on_laptop_screen

CHECKS = Path(__file__).with_name("laptop_screen.py")


def test_a_window_larger_than_the_screen_is_cut_to_it_and_centred(qtbot):
    dialog = QDialog()
    QVBoxLayout(dialog).addWidget(QPushButton("Cerrar"))
    qtbot.addWidget(dialog)
    area = dialog.screen().availableGeometry()

    size = fit_to_screen(dialog, area.width() + 500, area.height() + 500)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert size == usable_size(dialog)
    assert dialog.width() + FRAME_ALLOWANCE.left() + FRAME_ALLOWANCE.right() <= area.width()
    assert dialog.height() + FRAME_ALLOWANCE.top() + FRAME_ALLOWANCE.bottom() <= area.height()
    assert area.contains(dialog.frameGeometry())


def test_a_window_that_fits_keeps_its_size_in_the_middle_of_the_screen(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    area = dialog.screen().availableGeometry()

    assert fit_to_screen(dialog, 400, 300).toTuple() == (400, 300)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.size().toTuple() == (400, 300)
    centre = dialog.frameGeometry().center()
    assert abs(centre.x() - area.center().x()) <= FRAME_ALLOWANCE.left() + 2
    assert abs(centre.y() - area.center().y()) <= FRAME_ALLOWANCE.top() + 2


def test_every_window_and_dialog_fits_a_1366_by_728_screen(tmp_path):
    """The checks need their own process: its offscreen screen is set before Qt starts."""
    result, report = run_on_laptop_screen(CHECKS, tmp_path)
    assert result.returncode == 0, report
    assert "skipped" not in result.stdout, report
    assert " passed" in result.stdout, report
