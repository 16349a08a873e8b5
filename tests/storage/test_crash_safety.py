"""Acknowledged writes survive a process kill: SIGKILL a writer at random moments.

A SIGKILL ends the process, not the machine: what SQLite handed to the OS stays, so this
cannot show durability across a power cut (tests/storage/test_durability.py checks what
makes that hold). It shows that no acknowledged commit is lost, the file stays whole and a
founded alliance is never half-written.
"""

from __future__ import annotations

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

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 50


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_acknowledged_writes_survive_a_process_kill_at_random_moments(tmp_path):
    db_path = tmp_path / "choque.sqlite"
    rng = random.Random(1581)
    env = dict(os.environ, ALIANZAS_DATA_DIR=str(tmp_path / "datos"), PYTHONPATH=str(ROOT))
    committed: dict[str, set[str]] = {"draft": set(), "alliance": set()}
    for _ in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.crash_child", str(db_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        try:
            first = read_line(child, timeout=30)  # wait until it is really writing
            time.sleep(rng.uniform(0.0, 0.25))
        finally:
            os.kill(child.pid, signal.SIGKILL)
            out, _ = child.communicate(timeout=30)
        lines = [first]
        lines += out.splitlines()
        for line in lines:
            parts = line.split()
            if len(parts) == 2 and parts[0] in committed:
                committed[parts[0]].add(parts[1])

        with sqlite3.connect(db_path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            drafts = {r[0] for r in connection.execute("SELECT id FROM drafts")}
            alliances = {r[0] for r in connection.execute("SELECT id FROM alliances")}
            versions = connection.execute(
                "SELECT count(*) FROM agreement_versions v JOIN agreements a "
                "ON a.id = v.agreement_id"
            ).fetchone()[0]
        assert committed["draft"] <= drafts
        assert committed["alliance"] <= alliances
        # A founded alliance is whole: never without its agreement version.
        assert versions == len(alliances)
    assert len(committed["draft"]) > ROUNDS
