"""The correction dialogs fit a 1366×768 laptop (checked in a process with such a screen)."""

from __future__ import annotations

from pathlib import Path

from tests.ui.layout.conftest import run_on_laptop_screen

CHECKS = Path(__file__).with_name("laptop_checks.py")


def test_correction_dialogs_fit_a_1366_by_728_screen(tmp_path):
    result, report = run_on_laptop_screen(CHECKS, tmp_path)
    assert result.returncode == 0, report
    assert "skipped" not in result.stdout, report
    assert "2 passed" in result.stdout, report
