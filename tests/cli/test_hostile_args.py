"""Every command with hostile values: one Spanish line, a failure code, no traceback (issue 8 §3).

And nothing is written anywhere but where the user named (a backup once turned
/dev/null into a regular file when run as root).
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import alianzas


def run_in(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """The command run from ``folder``: relative outputs (a backup named «copia?v2») land there."""
    env = dict(os.environ, ALIANZAS_DATA_DIR=str(folder / "datos"))
    return subprocess.run(
        [sys.executable, "-m", "alianzas_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=folder,
        timeout=120,
    )


HOSTILE = [
    "<b>&amp;</b>",
    "comillas ' y \"",
    "dos\nlíneas",
    "copia?v2",
    "%41%00",
    "x" * 5000,
    "/dev/null",
    "",
    "99999999999999999999",
    "-1",
]
ENGLISH = ("Traceback", "Error:", "No such file", "unable to open", "Could not", "too large")


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostil")
    path = folder / "demo.sqlite"
    assert alianzas("demo", "--db", str(path), data_dir=folder / "datos").returncode == 0
    return path


def commands(demo: Path, value: str, out: Path) -> list[list[str]]:
    db = str(demo)
    return [
        ["list", "alliances", "--db", value],
        ["export", "agreement", "--db", db, "--alliance", value, "-o", str(out / "a.pdf")],
        ["export", "minutes", "--db", db, "--meeting", value, "-o", str(out / "b.pdf")],
        ["export", "agreement", "--db", db, "--alliance", "x", "--version", value, "-o", "c"],
        ["verify", "--db", db, value],
        ["person", "report", "--db", db, "--person", value, "-o", str(out / "r.json")],
        ["backup", "--db", db, "-o", value],
        ["check", "--db", value],
    ]


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_values_get_one_spanish_line(demo, tmp_path, value):
    before = {p for p in demo.parent.rglob("*")}
    null_before = os.stat("/dev/null").st_mode
    for args in commands(demo, value, tmp_path):
        result = run_in(tmp_path, *args)
        where = f"{args[:2]} con {value[:30]!r}"
        if result.returncode == 0:  # a value that happens to be acceptable: fine, if quiet
            assert result.stderr == "", where
            continue
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, f"{where}: {result.stderr[:600]}"
        assert lines[0].startswith("alianzas"), where
        assert not any(word in lines[0] for word in ENGLISH), f"{where}: {lines[0]}"
    null_after = os.stat("/dev/null").st_mode
    assert stat.S_ISCHR(null_after) and null_after == null_before
    created = {p for p in demo.parent.rglob("*")} - before
    assert all(p.name.endswith(("-wal", "-shm", ".bloqueo")) for p in created), created


def test_a_closed_pipe_ends_quietly(demo, tmp_path):
    if shutil.which("head") is None:
        pytest.skip("sin head")
    env = dict(os.environ, ALIANZAS_DATA_DIR=str(tmp_path / "datos"))
    command = f"{sys.executable} -m alianzas_desktop list alliances --db {demo} --json | head -1"
    result = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.stdout.strip() == "["
    assert "Traceback" not in result.stderr and "Broken pipe" not in result.stderr
