"""Benchmark: the floor under issue 13's start and memory targets.

What the libraries the app is built on cost before any of its own work: a bare PySide6
window, then the same window after importing SQLAlchemy, after declaring the app's ORM
models, and after importing every module of the main window — each in a fresh process,
best of several runs, with its time to the window on screen and its peak memory (VmHWM).
No database is opened. Compare the last lines with `office_speed.py --only=start` and
`office_more.py --only=memory`, which measure the app itself.

Prints figures; asserts nothing. Usage:
    QT_QPA_PLATFORM=offscreen python bench/floor.py [RUNS]
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile

logger = logging.getLogger(__name__)

CHILD = r"""
import json, sys, time
started = time.perf_counter()
before = sys.argv[1]
if before:
    exec(before)
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.show()
app.processEvents()
total = time.perf_counter() - started
peak = 0
with open("/proc/self/status") as status:
    for line in status:
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1]) * 1024
print(json.dumps({"total": total, "peak": peak}))
"""

STEPS = (
    ("a bare PySide6 window", ""),
    ("the same, after `import sqlalchemy`", "import sqlalchemy"),
    (
        "… and the app's ORM models declared and configured",
        "import alianzas_desktop.storage.models\n"
        "from sqlalchemy.orm import configure_mappers\n"
        "configure_mappers()",
    ),
    (
        "… and every module of the main window imported",
        "import alianzas_desktop.storage.models\n"
        "from sqlalchemy.orm import configure_mappers\n"
        "configure_mappers()\n"
        "import alianzas_desktop.ui.app, alianzas_desktop.ui.main_window",
    ),
)


def _child(before: str, env: dict[str, str]) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, before],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, ALIANZAS_DATA_DIR=folder)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        _child("", env)  # bytecode and fonts cached, as for every measured run
        # Alternate the steps run by run, so a change in the machine's load touches all.
        best: dict[str, dict[str, float]] = {}
        for _ in range(runs):
            for label, before in STEPS:
                figures = _child(before, env)
                kept = best.setdefault(label, dict(figures))
                kept["total"] = min(kept["total"], figures["total"])
                kept["peak"] = min(kept["peak"], figures["peak"])
        bare = best[STEPS[0][0]]
        print(
            f"{'what (best of ' + str(runs) + ')':58s} {'to window':>10s} {'ratio':>6s}"
            f" {'VmHWM':>9s} {'ratio':>6s}"
        )
        for label, _before in STEPS:
            seconds, peak = best[label]["total"], best[label]["peak"]
            print(
                f"{label:58s} {seconds * 1000:7.0f} ms {seconds / bare['total']:5.1f}×"
                f" {peak / 2**20:5.0f} MiB {peak / bare['peak']:5.1f}×"
            )


if __name__ == "__main__":
    main()
