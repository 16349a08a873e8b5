"""Fixtures shared by the window tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from alianzas_desktop import settings
from alianzas_desktop.ui import language


@pytest.fixture
def english(qapp):
    """English chosen in the settings and the windows speaking it, as after a start."""
    locale = QLocale()
    settings.set_language_choice(settings.ENGLISH)
    language.install_translators(qapp)
    yield
    language.remove_translators(qapp)
    QLocale.setDefault(locale)
