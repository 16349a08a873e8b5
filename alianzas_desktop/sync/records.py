"""Which tables travel in a bundle, in which order, and how a row becomes JSON and back.

Every table of the models travels, parents before children (SQLAlchemy's dependency order),
except three kinds that stay on the laptop that wrote them:

* ``audit_log``: each database keeps its own trail of who changed what there; an import
  is itself recorded in it, change by change, under the importing facilitator's name;
* ``drafts``: a wizard's unfinished typing belongs to the person typing;
* every ``sync_`` table: what this database knows about its exchanges.

A record's content hash covers every column but ``created_at`` and ``updated_at`` (clocks
differ between laptops, and a closed acta's annexes take the moment they arrive here);
a file column (a scan, a signature, a photo) counts by the SHA-256 of its bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cache
from json.encoder import c_make_encoder, encode_basestring
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Connection,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    Time,
    select,
)

from alianzas_desktop.storage import sync_models as sync_models
from alianzas_desktop.storage.models import Base

logger = logging.getLogger(__name__)

LOCAL_TABLES = frozenset({"audit_log", "drafts"})
UNHASHED = frozenset({"created_at", "updated_at"})
KEY_SEPARATOR = "|"


def travelling_tables() -> list[Table]:
    """The tables a bundle carries, parents before children."""
    return [
        table
        for table in Base.metadata.sorted_tables
        if table.name not in LOCAL_TABLES and not table.name.startswith("sync_")
    ]


def table_named(name: str) -> Table:
    return Base.metadata.tables[name]


def key_columns(table: Table) -> list[str]:
    return [column.name for column in table.primary_key.columns]


def key_of(table: Table, row: dict[str, Any]) -> str:
    """A record's key: its UUID, or its columns joined for a link table without one."""
    names = _key_names(table)
    if len(names) == 1:
        return str(row[names[0]])
    return KEY_SEPARATOR.join(str(row[name]) for name in names)


@cache
def _key_names(table: Table) -> tuple[str, ...]:
    return tuple(key_columns(table))


def owning_columns(table: Table) -> list[tuple[str, str]]:
    """(column, parent table) of the foreign keys that make a row belong to its parent.

    A row belongs where it is deleted with its parent (ON DELETE CASCADE), or to the one
    parent a table points at when that link is not loose (SET NULL): a data request
    belongs to its person, a person does not belong to an organization.
    """
    keys = list(table.foreign_keys)
    owning = [fk for fk in keys if fk.ondelete == "CASCADE"]
    if not owning and len(keys) == 1 and keys[0].ondelete != "SET NULL":
        owning = keys
    return [(fk.parent.name, fk.column.table.name) for fk in owning]


@cache
def references(table: Table) -> tuple[tuple[str, str], ...]:
    """(column, parent table) of every foreign key of the table (asked once per record when
    a bundle is planned: kept)."""
    return tuple((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys)


# -- values --------------------------------------------------------------------------------


def is_file_column(column) -> bool:
    return isinstance(column.type, LargeBinary)


def to_json(column, value: Any) -> Any:
    """A column's value as JSON; files become {"attachment": sha256} (bytes travel apart)."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, LargeBinary):
        return {"attachment": sha256_hex(value)}
    if isinstance(kind, DateTime):
        return value.isoformat()
    if isinstance(kind, Date):
        return value.isoformat()
    if isinstance(kind, Time):
        return value.isoformat()
    if isinstance(kind, Boolean):
        return bool(value)
    return value


def from_json(column, value: Any, attachments: dict[str, bytes]) -> Any:
    """The inverse of ``to_json``; the value has already passed the schema."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, LargeBinary):
        return attachments[value["attachment"]]
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Time):
        return time.fromisoformat(value)
    return value


@cache
def column_readers(table_name: str) -> tuple[tuple[str, ...], tuple[tuple[str, Any], ...]]:
    """A table's column names, and (name, reader) of those ``from_json`` changes: a moment,
    a date or a time read from its ISO text, or a file (reader None) taken from the bundle.
    Texts, numbers and flags are taken as they are."""
    table = table_named(table_name)
    readers = []
    for column in table.columns:
        if isinstance(column.type, LargeBinary):
            readers.append((column.name, None))
        elif isinstance(column.type, DateTime):
            readers.append((column.name, datetime.fromisoformat))
        elif isinstance(column.type, Date):
            readers.append((column.name, date.fromisoformat))
        elif isinstance(column.type, Time):
            readers.append((column.name, time.fromisoformat))
    return tuple(c.name for c in table.columns), tuple(readers)


def json_type_of(column) -> dict[str, Any]:
    """The JSON Schema of one column's value (see docs/bundle-format.md)."""
    kind = column.type
    if isinstance(kind, LargeBinary):
        schema: dict[str, Any] = {"$ref": "#/definitions/attachment"}
    elif isinstance(kind, DateTime):
        schema = {"type": "string", "pattern": DATETIME_PATTERN}
    elif isinstance(kind, Date):
        schema = {"type": "string", "pattern": DATE_PATTERN}
    elif isinstance(kind, Time):
        schema = {"type": "string", "pattern": TIME_PATTERN}
    elif isinstance(kind, Boolean):
        schema = {"type": "boolean"}
    elif isinstance(kind, Integer | BigInteger):
        schema = {"type": "integer", "minimum": -(2**63), "maximum": 2**63 - 1}
    elif isinstance(kind, String) and kind.length:
        schema = {"type": "string", "maxLength": kind.length}
    elif isinstance(kind, Text | String):
        schema = {"type": "string", "maxLength": TEXT_MAX}
    else:  # pragma: no cover - a new column type must be given its JSON form here
        raise TypeError(f"Tipo de columna sin forma JSON: {kind!r}")
    if column.nullable and not column.primary_key:
        return {"anyOf": [schema, {"type": "null"}]}
    return schema


DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
TIME_PATTERN = r"^\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$"
DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$"
# A Text column has no length in SQLite; a bundle's text is bounded anyway (a frozen acta's
# JSON is the longest text the app writes).
TEXT_MAX = 4_000_000


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ``json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))``: the
# C encoder those options make (json.encoder), built once instead of at every call, and
# without its check for a value containing itself (JSON fields never do): same text.
_CANONICAL = c_make_encoder(
    None,  # no check for circular references
    json.JSONEncoder().default,  # a value JSON has no form for: TypeError, as dumps
    encode_basestring,  # ensure_ascii=False
    None,  # no indent
    ":",
    ",",
    True,  # sort_keys
    False,  # skipkeys
    True,  # allow_nan
)


def canonical(value: Any) -> bytes:
    return "".join(_CANONICAL(value, 0)).encode("utf-8")


def content_hash(table_name: str, fields: dict[str, Any]) -> str:
    """SHA-256 of a record's JSON fields, clocks left out: equal content, equal hash."""
    hashed = fields.copy()
    for name in UNHASHED:
        hashed.pop(name, None)
    return sha256_hex(canonical([table_name, hashed]))


# -- reading the database -----------------------------------------------------------------


@dataclass
class Snapshot:
    """Every travelling record of a database (or of the chosen alliances), as JSON fields."""

    rows: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    attachments: dict[str, bytes] = field(default_factory=dict)

    def get(self, table: str, key: str) -> dict[str, Any] | None:
        return self.rows.get(table, {}).get(key)

    def count(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}


def read_table(
    connection: Connection, table: Table, attachments: dict[str, bytes] | None
) -> dict[str, dict[str, Any]]:
    """All rows of one table as {key: fields}; file bytes go to ``attachments`` when given."""
    rows: dict[str, dict[str, Any]] = {}
    columns = list(table.columns)
    for row in connection.execute(select(table)).mappings():
        fields = {}
        for column in columns:
            value = row[column.name]
            if attachments is not None and is_file_column(column) and value is not None:
                attachments[sha256_hex(value)] = bytes(value)
            fields[column.name] = to_json(column, value)
        rows[key_of(table, fields)] = fields
    return rows


def read_table_row(connection: Connection, table: Table, key: str) -> dict[str, Any]:
    """One row's JSON fields, by key."""
    condition = [
        table.c[name] == part
        for name, part in zip(key_columns(table), key.split(KEY_SEPARATOR), strict=True)
    ]
    row = connection.execute(select(table).where(*condition)).mappings().one()
    return {column.name: to_json(column, row[column.name]) for column in table.columns}


def read_snapshot(connection: Connection, *, with_files: bool = True) -> Snapshot:
    snapshot = Snapshot()
    files = snapshot.attachments if with_files else None
    for table in travelling_tables():
        snapshot.rows[table.name] = read_table(connection, table, files)
    return snapshot


def select_alliances(snapshot: Snapshot, alliance_ids: Iterable[str]) -> Snapshot:
    """Only what belongs to the chosen alliances, with every record they point at.

    Starting from the alliances, a row is taken when it belongs to a row taken (its
    owning foreign key), and every row a taken row points at is taken too (the people
    and organizations the alliance names), until nothing more is added.
    """
    tables = travelling_tables()
    chosen: dict[str, set[str]] = {t.name: set() for t in tables}
    chosen["alliances"] = {a for a in alliance_ids if a in snapshot.rows.get("alliances", {})}
    changed = True
    while changed:
        changed = False
        for table in tables:
            rows = snapshot.rows.get(table.name, {})
            owning = owning_columns(table)
            pointing = references(table)
            for key, fields in rows.items():
                if key not in chosen[table.name] and any(
                    fields.get(column) in chosen[parent] for column, parent in owning
                ):
                    chosen[table.name].add(key)
                    changed = True
                if key in chosen[table.name]:
                    for column, parent in pointing:
                        value = fields.get(column)
                        if value is not None and value not in chosen[parent]:
                            chosen[parent].add(value)
                            changed = True
    selected = Snapshot()
    for table in tables:
        rows = snapshot.rows.get(table.name, {})
        selected.rows[table.name] = {k: rows[k] for k in sorted(chosen[table.name]) if k in rows}
        for fields in selected.rows[table.name].values():
            for column in table.columns:
                value = fields.get(column.name)
                if is_file_column(column) and value is not None:
                    digest = value["attachment"]
                    selected.attachments[digest] = snapshot.attachments[digest]
    return selected


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
