"""Records a bundle adds, written in bulk: Core INSERTs in large batches, with the audit
entries the session's audit pass (``storage.audit``) would have written for them.

An ORM object per added record costs its construction, its unit-of-work bookkeeping and
the audit pass reading it back attribute by attribute; a 100,000-record bundle spent most
of its import there. Added records need none of it: their values are known whole. The
entries written here are the ones ``storage.audit`` writes for a new object (action,
table, record, alliance, every column but the key and clocks, personal data masked and a
document's body summarised), under the same actor, in the same transaction, so the
history reads the same either way (``tests/sync/test_bulk_import.py`` compares them).
"""

from __future__ import annotations

import ctypes
import datetime
import gc
import logging
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, inspect, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from alianzas_desktop.domain.vocabulary import MeetingStatus
from alianzas_desktop.storage import audit
from alianzas_desktop.storage.models import AuditEntry, Meeting, utcnow

logger = logging.getLogger(__name__)

# Rows per INSERT batch: large enough that the driver's executemany dominates, small
# enough to bound the parameters held at once.
BATCH = 5_000


_collector_lock = threading.Lock()
_collector = {"pauses": 0, "was_enabled": False}


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector held off while a bundle is read, planned and written.

    A 100,000-record bundle keeps hundreds of thousands of dicts alive until it is written,
    and the collector walked them again and again as they grew (about a sixth of the
    import's time). They are freed by their reference counts as ever; only cycles made
    meanwhile wait for the end, when the collector runs again as it was. Pauses from
    several threads nest: the last one out restores it.
    """
    with _collector_lock:
        if _collector["pauses"] == 0:
            _collector["was_enabled"] = gc.isenabled()
            gc.disable()
        _collector["pauses"] += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector["pauses"] -= 1
            if _collector["pauses"] == 0 and _collector["was_enabled"]:
                gc.enable()


def release_freed_memory() -> None:
    """Hand the memory freed after a bundle's import back to the system (glibc only).

    An office bundle's import peaks at about 570 MiB (its records, plan and statements, and
    SQLite's larger page cache); once they are freed, glibc keeps most of those pages in the
    process, and the window stayed at about 520 MiB. ``malloc_trim`` returns them (about
    230 MiB, in a few hundredths of a second). Elsewhere (another C library, Windows) this
    does nothing.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # musl and others have no malloc_trim
        return
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    trim(0)


def insert_added(
    session: Session,
    cls: type | None,
    table: Table,
    rows: list[dict[str, Any]],
    actor: str,
    meanwhile: Iterator[None] | None = None,
) -> None:
    """INSERT ``rows`` (column values, Python types) into ``table`` and their audit entries.

    ``cls`` is the table's mapped class, None for a link table without one (the audit pass
    never sees those). The caller has flushed the session first, so the ORM's pending
    changes reach the database before these rows, as one flush orders them (a table's
    updates before its inserts). ``meanwhile``'s steps (the bundle's hash checks) are
    taken while a batch is with the server, when this thread would only wait.
    """
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        for start in range(0, len(rows), BATCH):
            chunk = rows[start : start + BATCH]
            insert_rows(connection, table, chunk)
            if cls is not None:
                entries = audit.added_entries(cls, chunk, actor)
                insert_rows(connection, AuditEntry.__table__, entries)
        return
    # PostgreSQL: a batch is sent by a writer thread while this one makes the next (its
    # rows' parameters and audit entries), so the server's work (indexes, foreign keys,
    # guards) and ours overlap instead of taking turns. One batch at a time, in order, on
    # the caller's connection, which nothing else uses meanwhile; a refusal is raised here
    # before another batch is sent, and the caller's transaction is undone as ever.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="alianzas-lote") as writer:
        sent: Future[None] | None = None
        for start in range(0, len(rows), BATCH):
            chunk = rows[start : start + BATCH]
            statements = list(_statements(connection, table, chunk))
            if cls is not None:
                entries = audit.added_entries(cls, chunk, actor)
                statements += _statements(connection, AuditEntry.__table__, entries)
            if sent is not None:
                _wait(sent, meanwhile)
            sent = writer.submit(_run, statements)
        if sent is not None:
            _wait(sent, meanwhile)


_NOTHING_LEFT = object()


def _wait(sent: Future[None], meanwhile: Iterator[None] | None) -> None:
    """``sent``'s batch written (or its refusal raised), steps of ``meanwhile`` taken until
    then: about 4 s of an office bundle's PostgreSQL import is spent waiting here."""
    if meanwhile is not None:
        while not sent.done() and next(meanwhile, _NOTHING_LEFT) is not _NOTHING_LEFT:
            pass
    sent.result()


def _run(statements: Iterable[Callable[[], object]]) -> None:
    for statement in statements:
        statement()


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """``connection.execute(insert(table), rows)`` for rows that all name the same columns,
    without Core building each row's parameters: the statement is compiled once, each value
    goes through its column type's bind processor (as Core's would) and the rows reach the
    driver's ``executemany`` as they are (through the engine, so its events still see them).
    """
    _run(_statements(connection, table, rows))


def _statements(
    connection: Connection, table: Table, rows: list[dict[str, Any]]
) -> Iterable[Callable[[], object]]:
    """The statements that insert ``rows`` (``insert_rows``), each with its parameters made
    (as it is taken from the iterable), waiting to be sent on ``connection``."""
    if not rows:
        return []
    dialect = connection.dialect
    names = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    order = list(compiled.positiontup) if compiled.positional else names
    if sorted(order) != sorted(names):  # bound under other names: let Core do it
        return [partial(connection.execute, insert(table), rows)]
    processors = {
        index: process
        for index, name in enumerate(order)
        if (process := _bind_processor(table.c[name].type.dialect_impl(dialect), dialect))
    }
    # Column by column: each row's values taken in the statement's order at once, and only
    # the columns with a processor (moments on SQLite) gone through again.
    if len(order) == 1:
        columns = [[row[order[0]] for row in rows]]
    else:
        columns = [list(column) for column in zip(*map(itemgetter(*order), rows), strict=True)]
    for index, process in processors.items():
        columns[index] = [None if v is None else process(v) for v in columns[index]]
    parameters: list[Any] = list(zip(*columns, strict=True))
    if dialect.name == "postgresql":
        return _insert_many_values(connection, table, order, parameters)
    if not compiled.positional:
        parameters = [dict(zip(order, values, strict=True)) for values in parameters]
    return [partial(connection.exec_driver_sql, compiled.string, parameters)]


def _insert_many_values(
    connection: Connection, table: Table, order: list[str], rows: list[tuple]
) -> Iterator[Callable[[], object]]:
    """PostgreSQL: ``sync.pg_bulk.insert_many_values`` in batches of ``BATCH`` rows, each
    batch's COPY data made by the thread that takes its statement (not by the writer)."""
    from alianzas_desktop.sync import pg_bulk

    return pg_bulk.insert_many_values(connection, table, order, rows, BATCH)


def close_meetings(session: Session, to_close: dict[str, dict[str, Any]], actor: str) -> None:
    """Close the meetings that arrived closed (written open, their acta's parts after them):
    the UPDATE and audit entry the ORM would write for ``meeting.status = closed``.

    ``to_close`` maps each meeting to its ``status``, ``closed_at`` and ``alliance_id``. Each
    was written «en curso» without ``closed_at`` just before; ``updated_at`` takes the
    moment, as the model's ``onupdate`` does.
    """
    if not to_close:
        return
    session.flush()
    table = Meeting.__table__
    statement = (
        update(table)
        .where(table.c.id == bindparam("meeting"))
        .values(
            status=bindparam("new_status"),
            closed_at=bindparam("new_closed_at"),
            updated_at=bindparam("now"),
        )
    )
    order = [a.key for a in inspect(Meeting).column_attrs if a.key in ("status", "closed_at")]
    before = {"status": MeetingStatus.IN_PROGRESS.value, "closed_at": None}
    connection = session.connection()
    ids = list(to_close)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        if connection.dialect.name == "postgresql":  # the batch in one statement
            from alianzas_desktop.sync import pg_bulk

            pg_bulk.update_many_values(
                connection,
                table,
                ["status", "closed_at", "updated_at"],
                [(k, to_close[k]["status"], to_close[k]["closed_at"], utcnow()) for k in chunk],
                BATCH,
            )
        else:
            connection.execute(
                statement,
                [
                    {
                        "meeting": key,
                        "new_status": to_close[key]["status"],
                        "new_closed_at": to_close[key]["closed_at"],
                        "now": utcnow(),
                    }
                    for key in chunk
                ],
            )
        entries = audit.updated_entries(
            Meeting,
            [
                (
                    key,
                    to_close[key]["alliance_id"],
                    {name: (before[name], to_close[key][name]) for name in order},
                )
                for key in chunk
            ],
            actor,
        )
        insert_rows(connection, AuditEntry.__table__, entries)
    # Meetings the session holds (updated before closing) would still read «en curso».
    for key in ids:
        held = session.identity_map.get(identity_key(Meeting, key))
        if held is not None:
            session.expire(held)


def _bind_processor(impl: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The column type's bind processor; for SQLite's moments in their default storage
    format (``2026-12-01 02:25:54.000000``, ``2026-12-01``), ``isoformat`` of a plain naive
    value writes the same text in a fraction of the time; anything else (a zone, a
    subclass, another format) goes through the type's own processor."""
    process = impl.bind_processor(dialect)
    if process is None or dialect.name != "sqlite":
        return process
    if type(impl) is sqlite.DATETIME and impl._storage_format == sqlite.DATETIME._storage_format:
        moment = datetime.datetime
        isoformat = moment.isoformat
        return lambda v: (
            isoformat(v, " ", "microseconds")
            if type(v) is moment and v.tzinfo is None
            else process(v)
        )
    if type(impl) is sqlite.DATE and impl._storage_format == sqlite.DATE._storage_format:
        day = datetime.date
        return lambda v: day.isoformat(v) if type(v) is day else process(v)
    return process
