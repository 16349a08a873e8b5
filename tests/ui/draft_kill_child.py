"""Child process for the draft kill test: types into the real wizard and reports each saved draft.

Run as: python -m tests.ui.draft_kill_child DB_PATH
Prints "saved <draft id> <name so far>" each time the wizard's draft reaches the database.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from alianzas_desktop.storage.database import Database  # noqa: E402
from alianzas_desktop.ui.wizards.nacimiento.base import PAGE_BASICS  # noqa: E402
from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard  # noqa: E402


def main() -> None:
    app = QApplication([])
    db = Database.open(sys.argv[1])
    wizard = NacimientoWizard(db)
    wizard.show()
    field = wizard.page_widget(PAGE_BASICS).name_edit
    wizard.draft_saved.connect(
        lambda draft_id: print(f"saved {draft_id} {wizard.data.name}", flush=True)
    )
    typed = 0
    while True:
        QTest.keyClicks(field, "abcdefghij"[typed % 10])
        typed += 1
        QTest.qWait(120 if typed % 4 else 500)  # a pause now and then lets the draft save
        app.processEvents()


if __name__ == "__main__":
    main()
