"""Acting on a real modal dialog from a test: wait until it is up, then use it with events.

A modal dialog's exec() does not return until it closes, so the test schedules
what to do before pressing the button that opens it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def when_modal(kind: type, act: Callable) -> list:
    """Once a modal ``kind`` is up, ``act(widget)`` on it.

    Returns what was seen: a message box's text (the box is gone afterwards), or the dialog.
    """
    seen: list = []

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            seen.append(widget.text() if isinstance(widget, QMessageBox) else widget)
            act(widget)
        else:
            QTimer.singleShot(30, poll)

    QTimer.singleShot(0, poll)
    return seen
