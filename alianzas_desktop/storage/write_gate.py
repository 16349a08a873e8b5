"""Writes held back until the full check of a large file has passed.

A large database opens after a quick look (its header, schema and guards) so the
window shows at once, while ``PRAGMA quick_check``, the foreign keys and the issued
documents are checked in another thread. Until that check has passed nothing is
written: a statement that would write waits for the answer, and if the file turned out
damaged it is refused, as it would have been before the window showed.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import event
from sqlalchemy.engine import Engine

from alianzas_desktop.storage.database import DatabaseDamagedError

logger = logging.getLogger(__name__)

# Statements that only read: everything else waits for the check.
_READING = ("SELECT", "PRAGMA", "WITH", "EXPLAIN", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT",
            "RELEASE")  # fmt: skip


class WriteGate:
    """Closed until ``open_gate`` (the check passed) or ``refuse`` (it found damage)."""

    def __init__(self, engine: Engine):
        self._engine = engine
        self._decided = threading.Event()
        self._refusal: str | None = None
        self.waited = 0  # statements that had to wait: tests and the bench read it
        event.listen(engine, "before_cursor_execute", self._before)

    @property
    def is_open(self) -> bool:
        return self._decided.is_set() and self._refusal is None

    @property
    def decided(self) -> bool:
        return self._decided.is_set()

    def open_gate(self) -> None:
        # The listener stays (removing it while a waiting write iterates the listeners
        # would break that write); once open it returns at its first test.
        self._decided.set()

    def refuse(self, message: str) -> None:
        """The check found damage: every write from now on is refused with ``message``."""
        self._refusal = message
        self._decided.set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._decided.wait(timeout)

    def _before(self, _conn, _cursor, statement: str, _parameters, _context, _executemany):
        if self._decided.is_set() and self._refusal is None:
            return
        if statement.lstrip().upper().startswith(_READING):
            return
        if not self._decided.is_set():
            self.waited += 1
            logger.info("Escritura en espera de la revisión de la base de datos")
            self._decided.wait()
        if self._refusal is not None:
            raise DatabaseDamagedError(self._refusal)
