"""Damage a database the way a failing disk does: a table's b-tree page overwritten, header intact.

SQLite then opens the file and answers everything that does not read that page; the
first statement that does fails with «database disk image is malformed».
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def root_page(path: Path, table: str) -> tuple[int, int]:
    """(page number of ``table``'s b-tree root, page size), read without writing."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        [(page,)] = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchall()
        [(size,)] = connection.execute("PRAGMA page_size").fetchall()
    finally:
        connection.close()
    return page, size


def overwrite_table_page(path: Path, table: str, *, fold_wal: bool = True) -> None:
    """Garbage over the root page of ``table`` (never page 1, the file's header), in place.

    What was committed is first folded from the WAL into the file (a WAL copy of the
    page would hide the damage), unless ``fold_wal`` is False. Written through the open
    file, not by replacing it, so a process that has the database open keeps seeing the
    same file.
    """
    if fold_wal:
        connection = sqlite3.connect(path)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            connection.close()
    page, size = root_page(path, table)
    start = (page - 1) * size
    assert page > 1, "the file's header stays intact: SQLite must still open the file"
    garbage = bytes((i * 131 + 7) % 256 for i in range(size))
    with open(path, "r+b") as file:
        file.seek(start)
        file.write(garbage)
