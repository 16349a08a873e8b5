"""Helpers for the tests on SQLite's locks: ask another process, and read a child's lines.

A process never sees its own POSIX locks, and opening the database file to look
would itself drop them; so every probe runs in a separate process.
"""

from __future__ import annotations

import selectors
import subprocess
import sys
import time
from pathlib import Path

# SQLite's unix VFS: a connection's SHARED lock is a read lock on these bytes of the
# database file (PENDING_BYTE + 2, SHARED_SIZE). In WAL mode it is kept while the
# connection is open; whoever can write-lock them believes it is alone.
SHARED_FIRST = 0x40000000 + 2
SHARED_SIZE = 510

_PROBE = f"""
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR)
try:
    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, {SHARED_SIZE}, {SHARED_FIRST})
except OSError:
    print("held")
else:
    print("free")
"""


def database_is_locked_by_others(path: Path) -> bool:
    """True while some process keeps SQLite's shared lock on ``path``."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return result.stdout.strip() == "held"


def read_line(process: subprocess.Popen, timeout: float = 30.0) -> str:
    """The child's next line; fails the test instead of hanging when none comes."""
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not selector.select(remaining):
                process.kill()
                raise AssertionError(f"el proceso hijo no respondió en {timeout} s")
            line = process.stdout.readline()
            if not line:
                raise AssertionError(f"el proceso hijo terminó: {process.wait(timeout=10)}")
            return line.strip()
