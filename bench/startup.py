"""Benchmark: how long until the main window is on screen, in a fresh process each time.

Prints figures; asserts nothing. Usage:
    QT_QPA_PLATFORM=offscreen python bench/startup.py [RUNS]
"""

from __future__ import annotations

import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

logger = logging.getLogger(__name__)

CHILD = r"""
import json, sys, time
started = time.perf_counter()
from PySide6.QtWidgets import QApplication
from alianzas_desktop.ui.app import create_application, open_main_window
imported = time.perf_counter()
app = create_application([])
window = open_main_window(sys.argv[1])
app.processEvents()
shown = time.perf_counter()
heavy = [m for m in ("reportlab", "alembic", "pypdfium2", "PIL") if m in sys.modules]
print(json.dumps({"imports": imported - started, "window": shown - imported,
                  "total": shown - started, "heavy_modules": heavy}))
"""


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, ALIANZAS_DATA_DIR=folder)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        database = Path(folder) / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "alianzas_desktop", "demo", "--db", str(database)],
            check=True,
            env=env,
            capture_output=True,
        )
        results = []
        for _ in range(runs):
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(database)],
                check=True,
                env=env,
                capture_output=True,
                text=True,
            ).stdout
            results.append(json.loads(out.strip().splitlines()[-1]))
        for key in ("imports", "window", "total"):
            values = [r[key] for r in results]
            print(
                f"{key:8s}: mediana {statistics.median(values) * 1000:6.0f} ms, "
                f"mejor {min(values) * 1000:6.0f} ms ({runs} arranques)"
            )
        print(f"módulos pesados cargados al arrancar: {results[-1]['heavy_modules'] or 'ninguno'}")


if __name__ == "__main__":
    main()
