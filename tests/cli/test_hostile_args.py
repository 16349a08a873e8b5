"""Hostile values in real processes: one Spanish line, a failure code, no traceback (issue 8 §3).

And nothing is written anywhere but where the user named (a backup once turned
/dev/null into a regular file when run as root). test_argument_matrix.py runs
every argument of every command in-process; this file keeps a sample as a user
meets it: the real exit code and stderr, a closed pipe, damaged files, two
commands at once.
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
    "dos\nlíneas",
    "copia?v2",
    "x" * 5000,
    "/dev/null",
    "",
]
SIDECARS = ("-wal", "-shm", "-journal", ".bloqueo")
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


def one_line_sample(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr[:600]
    assert not any(word in lines[0] for word in ENGLISH), lines[0]
    return lines[0]


def test_two_demos_at_once(tmp_path):
    """Both end on their own: one builds the demo, the other says why it did not."""
    target = tmp_path / "doble.sqlite"
    env = dict(os.environ, ALIANZAS_DATA_DIR=str(tmp_path / "datos"))
    command = [sys.executable, "-m", "alianzas_desktop", "--db", str(target), "demo"]
    started = [
        subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        for _ in range(2)
    ]
    results = []
    for process in started:
        stdout, stderr = process.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(command, process.returncode, stdout, stderr))
    assert sum(r.returncode == 0 for r in results) >= 1
    for result in results:
        if result.returncode != 0:
            one_line_sample(result)
        else:
            assert result.stderr == ""
    left = {p.name for p in tmp_path.iterdir()}
    assert {"datos", "doble.sqlite"} <= left
    assert left <= {"datos", "doble.sqlite", *(f"doble.sqlite{s}" for s in SIDECARS)}


def _damaged(demo: Path, folder: Path, sql: str) -> Path:
    import sqlite3

    path = folder / "dañada.sqlite"
    shutil.copyfile(demo, path)
    with sqlite3.connect(path) as raw:
        raw.execute(sql)
    raw.close()
    return path


@pytest.mark.parametrize(
    "sql",
    ["UPDATE alembic_version SET version_num = '9999'", "DROP TABLE alembic_version"],
    ids=["revision-desconocida", "sin-revision"],
)
def test_a_database_of_unknown_shape(demo, tmp_path, sql):
    path = _damaged(demo, tmp_path, sql)
    for args in (["list", "alliances"], ["demo"], ["person", "erase", "--person", "x"]):
        result = run_in(tmp_path, *args, "--db", str(path))
        assert result.returncode != 0, args
        one_line_sample(result)


def test_a_half_created_schema(tmp_path):
    import sqlite3

    path = tmp_path / "a-medias.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE alliances (id TEXT PRIMARY KEY)")
    raw.close()
    for args in (["list", "people"], ["demo"], ["check"]):
        result = run_in(tmp_path, *args, "--db", str(path))
        assert result.returncode != 0, args
        one_line_sample(result)
