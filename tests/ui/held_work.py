"""Work a window hands to a worker, held there until the test lets it go: for the tests
that look at a window before its answer comes, or close it meanwhile.

``HeldCall`` replaces a service function by the real one preceded by a wait;
``deleted_before_answer`` closes nothing itself: it deletes a window already closed, lets
the held call finish and waits until its answer has reached the window's thread (an error
there would fail the test).
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent


class HeldCall:
    """``owner.name`` (a service function) answered only once ``release`` is set."""

    def __init__(self, monkeypatch, owner: Any, name: str):
        self.release = threading.Event()
        self.done = threading.Event()
        real = getattr(owner, name)

        def held(*args, **options):  # the real call, once the test lets it go
            self.release.wait(10)
            try:
                return real(*args, **options)
            finally:
                self.done.set()

        monkeypatch.setattr(owner, name, held)


def deleted_before_answer(qtbot, widget, held: HeldCall) -> None:
    """Delete ``widget`` now, then let ``held`` answer and wait until the answer is handled."""
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    held.release.set()
    qtbot.waitUntil(held.done.is_set, timeout=10_000)
    qtbot.wait(200)  # its report reaches the window's thread
