"""PostgreSQL's side of ``sync.bulk``: a batch of rows as one ``INSERT … SELECT * FROM
unnest(array, …)``, its arrays turned into the bytes psycopg sends by whoever makes the batch.

``sync.bulk`` sends a batch from a writer thread while the next is made. The driver turns a
batch's arrays into bytes (a few MB per batch) when it executes the statement, so the writer
used to do that in the server's time: between two batches the server waited for it, about a
second in a 100,000-record bundle. Here the thread that makes the batch dumps its arrays with
psycopg's own adapters (``Transformer.dump_sequence``, as ``cursor.execute`` would), and the
writer hands the bytes on as they are: the same bytes, types and formats reach the server.

Imported only for a PostgreSQL connection (psycopg is the optional ``postgresql`` extra).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from psycopg import ProgrammingError
from psycopg.adapt import Dumper, PyFormat, Transformer
from psycopg.pq import Format
from sqlalchemy import Connection, Table


class Dumped:
    """A parameter psycopg has already dumped: its bytes, type and format."""

    __slots__ = ("data", "format", "oid")

    def __init__(self, data: bytes | None, oid: int, format: Any):
        self.data = data
        self.oid = oid
        self.format = format

    def __repr__(self) -> str:  # SQLAlchemy's error messages list the parameters
        size = 0 if self.data is None else len(self.data)
        return f"<{size} bytes, type {self.oid}>"


class DumpedDumper(Dumper):
    """Hands a ``Dumped`` parameter's bytes to the driver under its own type and format
    (registered for ``%b``; an array of nothing but NULLs was dumped as text of no type)."""

    format = Format.BINARY

    def get_key(self, obj: Dumped, format: PyFormat) -> tuple:
        return (Dumped, obj.oid, obj.format)

    def upgrade(self, obj: Dumped, format: PyFormat) -> Dumper:
        dumper = DumpedDumper(Dumped, self.connection)
        dumper.oid = obj.oid
        dumper.format = obj.format
        return dumper

    def dump(self, obj: Dumped) -> bytes | None:
        return obj.data


def insert_many_values(
    connection: Connection, table: Table, order: list[str], rows: list[tuple], batch: int
) -> Iterator[Callable[[], object]]:
    """A batch of ``batch`` rows in one ``INSERT … SELECT * FROM unnest(array, …)``, one
    array per column cast to its type, instead of one statement per row (the server then
    parses, plans and answers once per batch; every row still goes through the table's
    triggers and constraints, its values coerced to the columns' types as in any INSERT).

    Each statement's arrays are dumped as it is taken from the iterator, in the taker's
    thread; running it only sends them."""
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    arrays = ", ".join(f"%b::{table.c[name].type.compile(dialect=dialect)}[]" for name in order)
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in order)}) "
        f"SELECT * FROM unnest({arrays})"
    )
    driver = connection.connection.driver_connection
    try:
        driver.adapters.get_dumper(Dumped, PyFormat.BINARY)
    except ProgrammingError:  # the first batch on this connection
        driver.adapters.register_dumper(Dumped, DumpedDumper)
    transformer = Transformer(driver)
    formats = [PyFormat.BINARY] * len(order)
    for start in range(0, len(rows), batch):
        columns = [list(column) for column in zip(*rows[start : start + batch], strict=True)]
        data = transformer.dump_sequence(columns, formats)
        parameters = tuple(
            Dumped(None if d is None else bytes(d), oid, format)
            for d, oid, format in zip(data, transformer.types, transformer.formats, strict=True)
        )
        yield partial(connection.exec_driver_sql, statement, parameters)


def update_many_values(
    connection: Connection,
    table: Table,
    names: list[str],
    rows: list[tuple],
    batch: int,
) -> None:
    """UPDATE ``table`` from ``rows`` (its key, then the values of ``names``), a batch of
    ``batch`` rows in one ``UPDATE … FROM unnest(array, …)`` instead of one statement per
    row: the server runs the table's triggers and constraints on every row as for any
    UPDATE. Keys are unique; a key not found changes nothing, as a plain UPDATE's."""
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    (key,) = table.primary_key.columns
    columns = [key.name, *names]
    arrays = ", ".join(f"%b::{table.c[name].type.compile(dialect=dialect)}[]" for name in columns)
    aliases = ", ".join(f"v{index}" for index in range(len(columns)))
    assignments = ", ".join(f"{quote(name)} = u.v{index + 1}" for index, name in enumerate(names))
    statement = (
        f"UPDATE {quote(table.name)} SET {assignments} "
        f"FROM unnest({arrays}) AS u({aliases}) WHERE {quote(table.name)}.{quote(key.name)} = u.v0"
    )
    for start in range(0, len(rows), batch):
        connection.exec_driver_sql(
            statement,
            tuple(list(column) for column in zip(*rows[start : start + batch], strict=True)),
        )
