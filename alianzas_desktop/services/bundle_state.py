"""The bookkeeping of exchanges in the caller's transaction: what this database knew of each
record at its last exchange (``sync_records``), its pending conflicts, rows of the
``sync_`` tables written with plain statements, and the page cache an import writes with.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from alianzas_desktop.storage.models import utcnow
from alianzas_desktop.storage.sync_models import ConflictState, SyncConflict, SyncRecord
from alianzas_desktop.sync import merge
from alianzas_desktop.sync.bulk import insert_rows

logger = logging.getLogger(__name__)

# The page cache (KiB) an import's transaction may fill on SQLite. A 100,000-record bundle
# writes about 200 MB of pages, most of them index pages reached at random (the keys are
# UUIDs); with SQLite's default 2 MiB each was spilled to the WAL and read back again and
# again, about a fifth of the time spent inserting. Only the pages touched are allocated.
IMPORT_CACHE_KIB = 131_072

# ``json.dumps(versions, sort_keys=True)``, with one encoder for every record.
_VERSIONS = json.JSONEncoder(sort_keys=True).encode


@lru_cache(maxsize=4096)
def _encoded_versions(items: tuple[tuple[str, int], ...]) -> str:
    return _VERSIONS(dict(items))


def _versions_text(versions: dict[str, int]) -> str:
    """A version vector as JSON; most records of a bundle share a few vectors."""
    return _encoded_versions(tuple(sorted(versions.items())))


def stored_state(session: Session) -> merge.State:
    return {
        (row.table_name, row.record_id): (row.content_hash, json.loads(row.versions))
        for row in session.scalars(select(SyncRecord))
    }


def save_state(session: Session, state: merge.State) -> None:
    """Written with plain statements: the audit trail records the facilitator's records, not
    this bookkeeping (and its session hook expects an ``id`` on every row)."""
    if not state:
        return
    table = SyncRecord.__table__
    known = {
        (r.table_name, r.record_id)
        for r in session.execute(select(table.c.table_name, table.c.record_id))
    }
    new_rows, changed_rows = [], []
    for (name, key), (digest, versions) in state.items():
        if (name, key) in known:
            changed_rows.append(
                {"t": str(name), "k": key, "h": digest, "v": _versions_text(versions)}
            )
        else:
            new_rows.append(
                {
                    "table_name": str(name),  # a plain str: sqlite3 asks a subclass how to adapt it
                    "record_id": key,
                    "content_hash": digest,
                    "versions": _versions_text(versions),
                }
            )
    insert_rows(session.connection(), table, new_rows)
    if changed_rows:
        session.execute(
            update(table)
            .where(table.c.table_name == bindparam("t"), table.c.record_id == bindparam("k"))
            .values(content_hash=bindparam("h"), versions=bindparam("v")),
            changed_rows,
        )


def pending_keys(session: Session) -> set[tuple[str, str, str]]:
    rows = session.execute(
        select(SyncConflict.table_name, SyncConflict.record_id, SyncConflict.remote_hash).where(
            SyncConflict.status == ConflictState.PENDING.value
        )
    )
    return {tuple(row) for row in rows}


def pending_count(session: Session) -> int:
    return len(pending_keys(session))


def add_row(session: Session, model: type, **values: Any) -> str:
    """Insert one bookkeeping row with a plain statement (see ``save_state``); its id."""
    values.setdefault("id", str(uuid.uuid4()))
    now = utcnow()
    for column in model.__table__.columns:
        if column.name not in values and column.default is not None and column.name != "id":
            values[column.name] = now if column.name in ("at", "created_at") else column.default.arg
    session.execute(insert(model.__table__).values(**values))
    return values["id"]


@contextmanager
def larger_page_cache(session: Session, kib: int = IMPORT_CACHE_KIB) -> Iterator[None]:
    """SQLite's page cache raised to ``kib`` on the session's connection while the block runs
    in its transaction, and set back as it was after (PostgreSQL: nothing). Durability is
    untouched: every page still reaches the WAL and the disk at commit (``synchronous=FULL``);
    pages beyond the old size are freed as the commit leaves them clean."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    if before < 0 and -before >= kib:  # already as large
        yield
        return
    connection.exec_driver_sql(f"PRAGMA cache_size=-{int(kib)}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={before}")
