"""The laptop-screen checks again with the text at 150 %: windows still fit, labels whole.

Run by test_text_size.py in a process whose offscreen screen is 1366×728 (as
layout/laptop_screen.py); it skips on any other screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from alianzas_desktop import settings
from alianzas_desktop.ui import appearance
from tests.ui.layout import laptop_screen
from tests.ui.layout.conftest import demo_ids  # noqa: F401  (a fixture)
from tests.ui.layout.laptop_screen import (  # noqa: F401  (fixtures)
    _laptop_screen,
    founded,
    main_window,
)

TEXT_SIZE = 150


@pytest.fixture(autouse=True)
def _large_text(qapp):
    settings.set_text_size(TEXT_SIZE)
    appearance.apply_saved(qapp)
    yield
    appearance.apply_text_size(qapp, 100)


def clipped_labels(window: QWidget) -> list[str]:
    """Visible one-line labels narrower than their text (cut off at the right)."""
    cut = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.window() is not window or label.wordWrap():
            continue
        if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
            continue
        needed = label.minimumSizeHint()
        if label.width() < needed.width() or label.height() < needed.height():
            cut.append(
                f"«{label.text()[:40]}» {label.width()}×{label.height()} < {needed.toTuple()}"
            )
    return cut


def assert_fits_and_whole(qtbot, window: QWidget, label: str) -> None:
    assert QApplication.font().pointSizeF() == pytest.approx(
        appearance.system_font().pointSizeF() * TEXT_SIZE / 100
    )
    _fits(qtbot, window, f"{label} al {TEXT_SIZE} %")
    cut = clipped_labels(window)
    assert not cut, f"{label}: etiquetas recortadas\n" + "\n".join(cut)


_fits = laptop_screen.assert_fits


@pytest.fixture(autouse=True)
def _also_check_labels(monkeypatch):
    """The laptop-screen walks below check every window they visit this way too."""
    monkeypatch.setattr(laptop_screen, "assert_fits", assert_fits_and_whole)


def test_main_window_and_every_tab_of_an_alliance(qtbot, main_window, demo_ids):  # noqa: F811
    laptop_screen.test_main_window_and_every_tab_of_an_alliance(qtbot, main_window, demo_ids)


def test_nacimiento_wizard_every_page(db, qtbot, main_window):  # noqa: F811
    laptop_screen.test_nacimiento_wizard_every_page(db, qtbot, main_window)
