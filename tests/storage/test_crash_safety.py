"""Power cuts, simulated: SIGKILL a writer at random moments and check nothing committed is lost."""

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

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 50


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_at_random_moments_loses_no_committed_record(tmp_path):
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
        first = child.stdout.readline()  # wait until it is really writing
        assert first, child.stderr.read()
        lines = [first]
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
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
