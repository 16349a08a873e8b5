"""A window's writes survive other programs reading the same file (issue 7 §1).

SQLite keeps its locks as POSIX record locks, which the kernel drops when the
process closes any descriptor of the file. The sequence below lost every later
write: the window's process opens and closes the database file (a file dialog
guessing its type), another process reads the database and, believing itself
alone, deletes the WAL the window goes on writing into; then the power fails.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from alianzas_desktop.services import drafts
from alianzas_desktop.storage.database import Database
from tests.lock_probe import database_is_locked_by_others, read_line

ROOT = Path(__file__).resolve().parents[2]


def start_window_process(path: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.app_writer_child", str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert read_line(child) == "ready"
    return child


def ask(child: subprocess.Popen, command: str) -> str:
    child.stdin.write(command + "\n")
    child.stdin.flush()
    return read_line(child)


def alianzas_list(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "alianzas_desktop", "list", "alliances", "--db", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def foreign_read(path: Path) -> None:
    """Another program (the sqlite3 shell, a backup tool) reads the file and closes it."""
    code = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute('SELECT count(*) FROM drafts').fetchone(); c.close()"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)


def stored_draft_names(path: Path) -> set[str]:
    database = Database.open(path)
    try:
        return {d.payload["name"] for d in drafts.list_drafts(database)}
    finally:
        database.close()


@pytest.fixture
def path(tmp_path) -> Path:
    database = Database.open(tmp_path / "alianzas.sqlite")
    database.close()
    return tmp_path / "alianzas.sqlite"


@pytest.mark.parametrize("reader", ["alianzas list", "otro programa"])
def test_a_write_after_a_peek_and_a_read_elsewhere_survives_a_kill(path, reader):
    child = start_window_process(path)
    try:
        assert ask(child, "draft antes del diálogo").startswith("saved ")
        assert ask(child, "peek") == "peeked"
        if reader == "alianzas list":
            assert alianzas_list(path).returncode == 0
        else:
            foreign_read(path)
        assert ask(child, "draft firma del acta").startswith("saved ")
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)

    assert stored_draft_names(path) == {"antes del diálogo", "firma del acta"}


def test_the_command_line_reads_without_deleting_the_window_wal(path):
    wal = path.parent / (path.name + "-wal")
    child = start_window_process(path)
    try:
        assert ask(child, "draft uno").startswith("saved ")
        assert database_is_locked_by_others(path)
        assert ask(child, "peek") == "peeked"
        # The kernel dropped the window's locks: the situation the commands must survive.
        assert not database_is_locked_by_others(path)
        before = wal.stat().st_ino

        assert alianzas_list(path).returncode == 0

        assert wal.exists() and wal.stat().st_ino == before
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)


def test_a_writing_command_is_refused_while_the_window_holds_the_database(path):
    child = start_window_process(path)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "alianzas_desktop", "demo", "--db", str(path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert ask(child, "draft después").startswith("saved ")
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)

    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "alianzas: Esta base de datos está abierta en Alianzas (otra ventana o programa). "
        "Ciérrela allí antes de continuar; así no se pierde nada de lo que se guarda."
    ]
    database = Database.open(path)
    try:
        from alianzas_desktop.services.alliances import list_alliances

        assert list_alliances(database) == []
    finally:
        database.close()


def test_the_lock_is_gone_when_the_window_process_dies(path):
    child = start_window_process(path)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)

    database = Database.open(path, exclusive=True)
    database.close()


def test_the_wal_watch_counts_detached_connections_too(path):
    database = Database.open(path)
    try:
        connection = database.engine.connect()
        connection.detach()  # closed outside the pool: the close_detached event
        connection.close()
        drafts.save_draft(database, "nacimiento", {"name": "tras separar"}, page=1)
        assert database.wal_watch.intact()
    finally:
        database.close()
    assert stored_draft_names(path) == {"tras separar"}
