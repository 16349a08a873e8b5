"""Child process for the draft kill test: types PLAN into the real wizard, reports each save.

Run as: python -m tests.ui.draft_kill_child DB_PATH
Prints "saved <draft id> <keystrokes typed>" each time the wizard's draft reaches the
database (``draft_saved``: the write was acknowledged). After the plan it types nothing
more and waits to be killed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

# What is typed, field after field (accents in several), one keystroke per character.
PLAN = (
    ("name", "Café Ñame"),
    ("municipio", "Sonsón"),
    ("vereda", "Peñuela"),
    ("facilitator", "Ana Ortíz"),
)


def typed_after(keystrokes: int) -> dict[str, str]:
    """What each field holds once ``keystrokes`` characters of PLAN have been typed."""
    state = {}
    left = keystrokes
    for field, text in PLAN:
        state[field] = text[: max(0, left)]
        left -= len(text)
    return state


def press(widget, char: str) -> None:
    """One key, as a keyboard sends it (QTest.keyClicks aborts on accents)."""
    if char.isascii():
        QTest.keyClicks(widget, char)
        return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        )


def main() -> None:
    from alianzas_desktop.storage.database import Database
    from alianzas_desktop.ui.wizards.nacimiento.base import PAGE_BASICS
    from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard

    app = QApplication([])
    db = Database.open(sys.argv[1])
    wizard = NacimientoWizard(db)
    wizard.show()
    page = wizard.page_widget(PAGE_BASICS)
    typed = 0
    wizard.draft_saved.connect(lambda draft_id: print(f"saved {draft_id} {typed}", flush=True))
    for field, text in PLAN:
        widget = getattr(page, f"{field}_edit")
        widget.setFocus()
        for char in text:
            press(widget, char)
            typed += 1
            # A pause longer than the wizard's save delay (400 ms) now and then lets it save.
            QTest.qWait(30 if typed % 6 else 500)
            app.processEvents()
    while True:
        QTest.qWait(100)


if __name__ == "__main__":
    main()
