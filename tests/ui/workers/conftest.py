"""Fixtures for the worker tests: a large database file and a ticking clock on the window's loop."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from alianzas_desktop.storage.database import Database
from tests.ui.app.conftest import ALLIANCES, found

FILLER_ROWS = 400_000


@pytest.fixture(scope="module")
def big_database(tmp_path_factory) -> Path:
    """A closed Alianzas database of about 50 MB: three alliances and a large indexed table.

    The bulk makes a backup copy, the integrity check and VACUUM take long enough to see
    the window's loop turn meanwhile; the file stays a valid Alianzas database.
    """
    path = tmp_path_factory.mktemp("grande") / "alianzas.sqlite"
    database = Database.open(path)
    for name, municipio, departamento in ALLIANCES:
        found(database, name, municipio, departamento)
    database.close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE relleno (id INTEGER PRIMARY KEY, texto TEXT)")
        connection.execute("CREATE INDEX ix_relleno_texto ON relleno (texto)")
        connection.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO relleno (texto) SELECT hex(randomblob(24)) FROM n",
            (FILLER_ROWS,),
        )
    connection.close()
    return path


class Clock:
    """A 5 ms timer on the window's loop: it ticks while work runs only if the loop turns."""

    def __init__(self):
        self.ticks = 0
        self.ticks_while_busy = 0
        self._busy: Callable[[], bool] = lambda: False
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def watch(self, busy: Callable[[], bool]) -> None:
        """Count from now the ticks that come while ``busy()`` is true."""
        self._busy = busy
        self.ticks_while_busy = 0

    def _tick(self) -> None:
        self.ticks += 1
        if self._busy():
            self.ticks_while_busy += 1


@pytest.fixture
def clock(qapp):
    ticking = Clock()
    ticking.timer.start()
    yield ticking
    ticking.timer.stop()
