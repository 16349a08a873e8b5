"""Benchmark: «Seguimiento de compromisos» (every alliance's commitments) on an office.

In a fresh process (offscreen Qt), on a copy of the cached file of ``bench/office_db.py``
(never the file itself): opening the window until it is shown with its first page, the
count and each partner's fulfilment shown (summed in a worker) with the partners listed,
ticking «Vencidos» to its first page and to its count, Ctrl+End in the list (the next
page read), and part of a partner's name typed into «Socio» key by key, then chosen, with
the process's memory. Prints figures; asserts nothing. Usage:
    QT_QPA_PLATFORM=offscreen python bench/board_window.py [SCALE]
Set PYTHONPATH to another checkout to measure that code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from office_db import ms as _ms  # noqa: E402
from office_db import window_figures  # noqa: E402

# Typed into «Socio»: without its accent, as a facilitator would («Sonsón»).
PARTNER = "sonson 104"

WINDOW = (
    f"PARTNER = {PARTNER!r}\n"
    + r"""
import json, sys, time
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.app import create_application
app = create_application([])
db = Database.open(sys.argv[1])
from alianzas_desktop.ui.commitments_board import BoardWindow
rss = lambda: int(open("/proc/self/statm").read().split()[1]) * 4096
figures = {"rss_before": rss()}

def wait(until):
    while not until():
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()

started = time.perf_counter()
window = BoardWindow(db)
window.show()
QTest.qWaitForWindowExposed(window)
app.processEvents()
board = window.board
figures["open"] = time.perf_counter() - started
figures["rows"] = board.model.rowCount()
wait(lambda: not board.counting)
figures["counted"] = time.perf_counter() - started
wait(lambda: board.partner_combo.count() > 1)
figures["partners"] = time.perf_counter() - started
figures["count"] = board.count_label.text()
figures["partner_count"] = board.partner_combo.count() - 1
figures["rss"] = rss()
started = time.perf_counter()
board.overdue_check.click()
app.processEvents()
figures["overdue"] = time.perf_counter() - started
wait(lambda: not board.counting)
figures["overdue_counted"] = time.perf_counter() - started
figures["overdue_count"] = board.count_label.text()
board.view.setFocus()
QTest.keyClick(board.view, Qt.Key.Key_Down)
started = time.perf_counter()
QTest.keyClick(board.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
app.processEvents()
figures["end"] = time.perf_counter() - started
figures["after_end"] = board.model.rowCount()
# «Socio»: part of a partner's name typed key by key (its suggestions filtered at each),
# then the first suggestion chosen with Down and Enter, to the board's first page.
board.overdue_check.click()  # «Vencidos» off again
wait(lambda: not board.counting)
window.activateWindow()
QTest.qWaitForWindowActive(window)
edit = board.partner_combo.lineEdit()
QTest.mouseClick(edit, Qt.MouseButton.LeftButton)
QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
keys = []
for char in PARTNER:
    started = time.perf_counter()
    QTest.keyClick(edit, char)
    app.processEvents()
    keys.append(time.perf_counter() - started)
figures["partner_keys"] = keys
completer = board.partner_combo.completer()
figures["suggested"] = completer.completionCount()
started = time.perf_counter()
QTest.keyClick(completer.popup(), Qt.Key.Key_Down)
QTest.keyClick(completer.popup(), Qt.Key.Key_Return)
app.processEvents()
figures["partner_chosen"] = time.perf_counter() - started
figures["partner"] = board.partner_combo.currentText()
figures["partner_rows"] = board.model.rowCount()
figures["rss_end"] = rss()
print(json.dumps(figures))
"""
)


def main() -> None:
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    f = window_figures(WINDOW, scale)
    print(f"commitments board of every alliance (office_db.py {scale})")
    print(f"{'open, its first page (' + str(f['rows']) + ' rows)':46} {_ms(f['open']):>10}")
    print(f"{'  its count shown (' + f['count'] + ')':46} {_ms(f['counted']):>10}")
    partners = f"  its {f['partner_count']:,} partners listed"
    print(f"{partners:46} {_ms(f['partners']):>10}")
    print(f"{'«Vencidos» ticked, its first page':46} {_ms(f['overdue']):>10}")
    print(f"{'  its count shown (' + f['overdue_count'] + ')':46} {_ms(f['overdue_counted']):>10}")
    end = f"Ctrl+End in the list (then {f['after_end']} rows)"
    print(f"{end:46} {_ms(f['end']):>10}")
    keys = f"«Socio»: «{PARTNER}» typed, slowest key ({f['suggested']} offered)"
    print(f"{keys:46} {_ms(max(f['partner_keys'])):>10}")
    print("  each key: " + ", ".join(_ms(k) for k in f["partner_keys"]))
    chosen = f"  {f['partner']} chosen, first page ({f['partner_rows']} rows)"
    print(f"{chosen:46} {_ms(f['partner_chosen']):>10}")
    print(
        f"memory (RSS): before {f['rss_before'] / 2**20:.0f} MiB, opened {f['rss'] / 2**20:.0f}"
        f" MiB, at the end {f['rss_end'] / 2**20:.0f} MiB"
    )


if __name__ == "__main__":
    main()
