"""Fixtures for the layout checks: a demo database and the laptop screen they run on."""

from __future__ import annotations

import json
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


@pytest.fixture
def demo_ids(db) -> list[str]:
    """The demo alliances (long lists, real texts), newest first."""
    return demo.build_demo(db)
