"""Killing the app while typing in the wizard: every draft it acknowledged survives.

A SIGKILL ends the process, not the machine: what SQLite handed to the OS stays. So this
shows that acknowledged writes survive a process kill and the file stays whole; it says
nothing about a power cut (see tests/storage/test_durability.py for what makes that hold).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.lock_probe import read_line
from tests.ui.draft_kill_child import PLAN, typed_after

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 3
TYPING_SECONDS = 3.5  # the whole PLAN, with its pauses


def _acknowledged(lines: list[str]) -> list[tuple[str, int]]:
    """The ``saved <id> <keystrokes>`` lines; a line cut by the kill is ignored."""
    saves = []
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and parts[0] == "saved" and parts[2].isdigit():
            saves.append((parts[1], int(parts[2])))
    return saves


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killing_the_app_while_typing_keeps_every_acknowledged_draft(tmp_path):
    db_path = tmp_path / "corte.sqlite"
    env = dict(
        os.environ,
        ALIANZAS_DATA_DIR=str(tmp_path / "datos"),
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
    )
    total = sum(len(text) for _field, text in PLAN)
    states = [typed_after(n) for n in range(total + 1)]
    rng = random.Random(1377)
    for round_number in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.draft_kill_child", str(db_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
            env=env,
        )
        try:
            first = read_line(child, timeout=30)  # fails, not hangs, if nothing is saved
            # The last round waits until the whole plan is typed and saved.
            wait = TYPING_SECONDS + 1 if round_number == ROUNDS - 1 else rng.uniform(0, 3)
            time.sleep(wait)
        finally:
            os.kill(child.pid, signal.SIGKILL)
            out, _ = child.communicate(timeout=30)
        saves = _acknowledged([first, *out.splitlines()])
        assert saves, f"el hijo no informó ningún borrador guardado: {first!r}"
        draft_id, keystrokes = saves[-1]

        with sqlite3.connect(db_path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            row = connection.execute(
                "SELECT payload FROM drafts WHERE id = ?", (draft_id,)
            ).fetchone()
            connection.execute("DELETE FROM drafts")  # the next round starts afresh
        assert row is not None, "un borrador guardado y confirmado desapareció"
        payload = json.loads(row[0])
        stored = {field: payload[field] for field, _text in PLAN}
        # What is stored is exactly what had been typed at some moment, no earlier
        # than the last save the app acknowledged.
        assert stored in states, stored
        assert states.index(stored) >= keystrokes
    assert stored == typed_after(total)  # the last round saw the whole plan saved
