"""Sizes that follow the text: a box so many lines tall, whatever the text size or screen."""

from __future__ import annotations

import logging
import math

from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

logger = logging.getLogger(__name__)


def lines_tall(edit: QPlainTextEdit | QTextEdit, lines: float) -> int:
    """The height in pixels that shows ``lines`` lines of ``edit``'s text, frame included.

    Grows with the text size (Preferencias ▸ Tamaño del texto) where a fixed pixel height
    would show fewer lines.
    """
    margins = edit.contentsMargins()
    inner = 2 * edit.document().documentMargin()
    return math.ceil(
        edit.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom() + inner
    )
