"""A power cut while typing in the wizard: the saved draft survives, whole and current."""

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

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 8


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killing_the_app_while_typing_keeps_the_last_saved_draft(tmp_path):
    db_path = tmp_path / "corte.sqlite"
    env = dict(
        os.environ,
        ALIANZAS_DATA_DIR=str(tmp_path / "datos"),
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
    )
    rng = random.Random(1377)
    for _ in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.draft_kill_child", str(db_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        first = child.stdout.readline()
        assert first.startswith("saved"), child.stderr.read()
        time.sleep(rng.uniform(0.0, 1.5))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        reports = [line.split(" ", 2) for line in [first, *out.splitlines()] if line.strip()]
        _, draft_id, last_name = reports[-1]
        last_name = last_name.strip()

        with sqlite3.connect(db_path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            row = connection.execute(
                "SELECT payload FROM drafts WHERE id = ?", (draft_id,)
            ).fetchone()
        assert row is not None, "a draft reported saved is missing"
        stored = json.loads(row[0])["name"]
        # The stored draft is at least as recent as the last one reported saved;
        # at most the keystrokes since the last save are lost.
        assert stored.startswith(last_name)
        assert len(stored) - len(last_name) <= 4
