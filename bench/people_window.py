"""Benchmark: the people window (Herramientas ▸ Personas) on an office-size database.

In a fresh process (offscreen Qt), on a copy of the cached file of ``bench/office_db.py``
(never the file itself): opening the window until it is shown (its first page), a second
later each keystroke of a search typed into it (to its repaint, then to its answer shown:
a worker reads it), a backspace that widens the search again, and Ctrl+End in the list
(the next page read), with the process's memory. The alliance list's target for a
keystroke (30 ms) is the yardstick. Prints figures; asserts nothing. Usage:
    QT_QPA_PLATFORM=offscreen python bench/people_window.py [SCALE] [WORD]
(default scale 1, word «maria»). Set PYTHONPATH to another checkout to measure that code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from office_db import ms as _ms  # noqa: E402
from office_db import window_figures  # noqa: E402

WINDOW = r"""
import json, sys, time
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.app import create_application
app = create_application([])
db = Database.open(sys.argv[1])
from alianzas_desktop.ui.people.people_dialog import PeopleDialog
figures = {}
rss = lambda: int(open("/proc/self/statm").read().split()[1]) * 4096
started = time.perf_counter()
window = PeopleDialog(db)
window.show()
QTest.qWaitForWindowExposed(window)
app.processEvents()
figures["open"] = time.perf_counter() - started
figures["people"] = window.model.total_count()
figures["read"] = window.model.rowCount()
figures["rss"] = rss()

def answered(key):
    # The keystroke itself (to its repaint), then its answer shown (a worker reads it).
    started = time.perf_counter()
    QTest.keyClick(window.search_edit, key)
    window.repaint()
    app.processEvents()
    typed = time.perf_counter() - started
    if window.model.searching:  # the window's loop waits for the worker, as in the app
        loop = QEventLoop()
        window.model.answered.connect(loop.quit)
        loop.exec()
        window.model.answered.disconnect(loop.quit)
    window.repaint()
    app.processEvents()
    return typed, time.perf_counter() - started

# A facilitator looks at the window a moment before typing: its loop waits meanwhile (and
# reads the names a search looks in, behind it).
pause = QEventLoop()
QTimer.singleShot(1000, pause.quit)
pause.exec()
window.search_edit.setFocus()
figures["keys"] = []
for key in sys.argv[2]:
    typed, shown = answered(key)
    figures["keys"].append((key, typed, shown, window.model.matching_count()))
figures["backspace"] = answered(Qt.Key.Key_Backspace)
window.search_edit.clear()
app.processEvents()
started = time.perf_counter()
window.view.setFocus()
# Ctrl+End: to the last row read; the view asks the list for its next page meanwhile.
QTest.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
app.processEvents()
figures["end"] = time.perf_counter() - started
figures["after_end"] = window.model.rowCount()
figures["rss_end"] = rss()
print(json.dumps(figures))
"""


def main() -> None:
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    word = sys.argv[2] if len(sys.argv) > 2 else "maria"
    figures = window_figures(WINDOW, scale, word)
    print(f"people window, {figures['people']:,} people (office_db.py {scale})")
    print(f"{'what':44} {'Alianzas':>10} {'target':>10} {'ratio':>8}")
    print(
        f"{'open (first page: ' + str(figures['read']) + ' rows)':44} "
        f"{_ms(figures['open']):>10} {'—':>10} {'—':>8}"
    )
    for key, typed, shown, found in figures["keys"]:
        what = f"keystroke «{key}»"
        print(f"{what:44} {_ms(typed):>10} {'30 ms':>10} {typed / 0.030:>7.1f}×")
        what = f"  its answer shown ({found:,} found)"
        print(f"{what:44} {_ms(shown):>10} {'—':>10} {'—':>8}")
    typed, shown = figures["backspace"]
    print(f"{'backspace (widens)':44} {_ms(typed):>10} {'30 ms':>10} {typed / 0.030:>7.1f}×")
    print(f"{'  its answer shown':44} {_ms(shown):>10} {'—':>10} {'—':>8}")
    end = f"Ctrl+End in the list (then {figures['after_end']} rows)"
    print(f"{end:44} {_ms(figures['end']):>10} {'—':>10} {'—':>8}")
    print(
        f"memory (RSS) after opening / after End: {figures['rss'] / 2**20:.0f} MiB / "
        f"{figures['rss_end'] / 2**20:.0f} MiB"
    )


if __name__ == "__main__":
    main()
