"""Errors and messages from the services and the domain, worded in the windows' language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from alianzas_desktop.domain import i18n
from alianzas_desktop.ui import language

logger = logging.getLogger(__name__)


def worded(text: object) -> str:
    """``text`` in the current language: a domain Message (or an error raised with one)
    through the installed translators, with its arguments worded too; anything else as
    its own text."""
    return i18n.worded(text, language.current_language(), QCoreApplication.translate)
