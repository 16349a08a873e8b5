"""The correction dialogs fit a 1366×768 laptop (checked in a process with such a screen)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.ui.layout.conftest import laptop_screen_config

ROOT = Path(__file__).resolve().parents[3]
CHECKS = Path(__file__).with_name("laptop_checks.py")


def test_correction_dialogs_fit_a_1366_by_728_screen(tmp_path):
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={laptop_screen_config(tmp_path)}"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(CHECKS)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = result.stdout[-6000:] + result.stderr[-2000:]
    assert result.returncode == 0, report
    assert "skipped" not in result.stdout, report
    assert "2 passed" in result.stdout, report
