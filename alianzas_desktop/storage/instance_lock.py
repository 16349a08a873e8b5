"""The lock beside a database file that says one Alianzas process is working on it.

The window holds it while a database is open, and so does every command that
writes. A second process that would write refuses with a Spanish message;
commands that only read open the file read-only instead and never need it.

It is a kernel lock on a companion file (``flock`` on Unix, ``msvcrt.locking``
on Windows), never the database file itself: the kernel drops it when the
process dies, so a power cut or a kill leaves no stale lock behind, and no
other descriptor the process opens can release it by accident (unlike the
POSIX record locks SQLite uses on the database).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

logger = logging.getLogger(__name__)

SUFFIX = ".bloqueo"


class LockHeldError(Exception):
    """Another process holds the database's lock."""


def lock_path(database: Path) -> Path:
    """``alianzas.sqlite`` -> ``alianzas.sqlite.bloqueo`` in the same folder."""
    return database.with_name(database.name + SUFFIX)


class DatabaseLock:
    """An exclusive, non-blocking lock on ``<database>.bloqueo``."""

    def __init__(self, database: Path):
        self.path = lock_path(database)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise LockHeldError at once; taking it twice is harmless."""
        if self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise LockHeldError(str(self.path)) from exc
        # Who holds it, for a person looking at the folder; nothing reads it back.
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        logger.debug("Bloqueo tomado: %s", self.path)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)
        logger.debug("Bloqueo liberado: %s", self.path)

    def is_held_elsewhere(self) -> bool:
        """Whether another process holds the lock right now (this one does not take it)."""
        if self._fd is not None:
            return False
        if not self.path.exists():
            return False
        try:
            self.acquire()
        except LockHeldError:
            return True
        except OSError:
            return False
        self.release()
        return False


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
