"""Fixtures for the layout checks: a demo database and the laptop screen they run on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from alianzas_desktop.services import demo

LAPTOP_WIDTH, LAPTOP_HEIGHT = 1366, 728  # a 1366×768 screen less a 40 px taskbar


def laptop_screen_config(folder: Path) -> Path:
    """An offscreen-platform configuration with one 1366×728 screen (Qt ≥ 6.1 reads it)."""
    config = folder / "pantalla-portatil.json"
    screen = {
        "name": "Portatil",
        "x": 0,
        "y": 0,
        "width": LAPTOP_WIDTH,
        "height": LAPTOP_HEIGHT,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    config.write_text(json.dumps({"screens": [screen]}), "utf-8")
    return config


ROOT = Path(__file__).resolve().parents[3]


def run_on_laptop_screen(checks: Path, folder: Path) -> tuple[subprocess.CompletedProcess, str]:
    """Run the pytest checks in ``checks`` in a child process whose offscreen screen is the
    laptop's (it must be set before Qt starts); the result and the end of its output."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={laptop_screen_config(folder)}"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(checks)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result, result.stdout[-6000:] + result.stderr[-2000:]


@pytest.fixture
def demo_ids(db) -> list[str]:
    """The demo alliances (long lists, real texts), newest first."""
    return demo.build_demo(db)
