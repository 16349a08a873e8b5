"""Marking domain text for translation without Qt: lupdate finds the marks, the UI translates.

The domain keeps Spanish, the source language. A label or question written as
``QT_TRANSLATE_NOOP("vocabulary", "Confianza")`` is still the plain string at run
time; pyside6-lupdate extracts it under that context, and the UI shows it through
``QCoreApplication.translate`` with the same context (ui/models/base.py ``vocabulary``).
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """``text`` unchanged; the name and literal arguments are what lupdate looks for."""
    return text
