"""The audit trail: every flush records what changed, field by field, in the same transaction.

Personal data (a person's contact fields) is logged as changed without its
value, and a document's body only as «documento», so that erasing a person on
request leaves nothing of them in the log; what free text said about them is
redacted by the erasure through ``rewrite_entries``, the log's one exception to
append-only (migration 0007 masked the entries written before).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from datetime import date, datetime
from json.encoder import c_make_encoder, encode_basestring
from operator import itemgetter
from typing import Any

from sqlalchemy import Date, DateTime, LargeBinary, bindparam, event, insert, inspect, update
from sqlalchemy.orm import Session, sessionmaker

from alianzas_desktop.domain.history_text import CREATE, DELETE, UPDATE
from alianzas_desktop.storage.models import (
    AgreementVersion,
    Alliance,
    AuditEntry,
    DataAuthorization,
    DataRequest,
    Draft,
    Meeting,
    Person,
    new_id,
    utcnow,
)

logger = logging.getLogger(__name__)

PERSONAL_MASK = "«dato personal»"
_SKIPPED = (AuditEntry, Draft)
_PERSONAL_FIELDS = {
    Person: {"full_name", "document_number", "phone", "email"},
    DataAuthorization: {"witness", "guardian"},
    DataRequest: {"notes"},
}
# A document's snapshot (an agreement version, a closed acta) names its signatories and
# attendees; the record itself keeps it, the log only notes whether there is one.
_SUMMARISED_FIELDS = {
    AgreementVersion: {"content"},
    Meeting: {"content"},
}
DOCUMENT_MARK = "«documento»"
DOCUMENT_UPDATED = "«documento actualizado»"
_IGNORED_FIELDS = {"created_at", "updated_at"}


def _summary(text: str | None) -> str:
    return DOCUMENT_MARK if text and text.strip() not in ("{}", "[]") else ""


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        size = f"{len(value):,}".replace(",", ".")
        return f"«archivo de {size} bytes»"
    return value


def _alliance_of(obj: Any) -> str | None:
    if isinstance(obj, Alliance):
        return obj.id
    alliance_id = getattr(obj, "alliance_id", None)
    if alliance_id:
        return alliance_id
    if isinstance(obj, AgreementVersion) and obj.agreement is not None:
        return obj.agreement.alliance_id
    return None


def _value(obj: Any, key: str) -> Any:
    if key in _PERSONAL_FIELDS.get(type(obj), ()):
        return PERSONAL_MASK if getattr(obj, key) else ""
    if key in _SUMMARISED_FIELDS.get(type(obj), ()):
        return _summary(getattr(obj, key))
    return _plain(getattr(obj, key))


def _columns(obj: Any) -> list[str]:
    return [
        attr.key
        for attr in inspect(obj).mapper.column_attrs
        if attr.key not in _IGNORED_FIELDS and attr.key != "id"
    ]


def _row(obj: Any, action: str, changes: dict[str, list[Any]], actor: str) -> dict[str, Any]:
    return {
        "id": new_id(),
        "at": utcnow(),
        "actor": actor,
        "action": action,
        "table_name": obj.__tablename__,
        "record_id": obj.id,
        "alliance_id": _alliance_of(obj),
        "changes": json.dumps(changes, ensure_ascii=False, default=str),
    }


def _changes_of_update(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    personal = _PERSONAL_FIELDS.get(type(obj), set())
    for key in _columns(obj):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if before == after:
            continue
        if key in _SUMMARISED_FIELDS.get(type(obj), ()) and _summary(before) == _summary(after):
            # A regenerated draft is still a draft with a body: say it changed.
            changes[key] = [DOCUMENT_MARK, DOCUMENT_UPDATED]
            continue
        if key in personal:
            changes[key] = [PERSONAL_MASK if before else "", PERSONAL_MASK if after else ""]
        elif key in _SUMMARISED_FIELDS.get(type(obj), ()):
            changes[key] = [_summary(before), _summary(after)]
        else:
            changes[key] = [_plain(before), _plain(after)]
    return changes


def _deleted(session: Session, context: Any) -> list[Any]:
    """Deleted records, including orphans a cascade removed (an agenda item taken off a
    convocation), which the flush found and ``session.deleted`` does not list."""
    found = {id(obj): obj for obj in session.deleted}
    for state in getattr(context, "states", {}):
        if context.is_deleted(state) and state.obj() is not None:
            found.setdefault(id(state.obj()), state.obj())
    return list(found.values())


def _changes_encoder(item_separator: str) -> Callable[[Any, int], list[str]]:
    """``json.dumps(changes, ensure_ascii=False, default=str)`` as ``_row`` writes it, items
    parted by ``item_separator``: the C encoder those options make (json.encoder), built
    once instead of at every call, and without its check for a value containing itself (a
    change never does)."""
    return c_make_encoder(
        None,  # no check for circular references
        str,  # default=str
        encode_basestring,  # ensure_ascii=False
        None,  # no indent
        ": ",
        item_separator,
        False,  # sort_keys
        False,  # skipkeys
        True,  # allow_nan
    )


_ENCODE_CHANGES = _changes_encoder(", ")  # the same text as json.dumps


def _changes_text(changes: dict[str, Any]) -> str:
    return "".join(_ENCODE_CHANGES(changes, 0))


def added_entries(cls: type, rows: list[dict[str, Any]], actor: str) -> list[dict[str, Any]]:
    """The entries the audit pass writes when records of ``cls`` are added, for records
    written without the ORM: ``rows`` hold each one's column values as inserted (Python
    types). Entry for entry what ``install``'s pass writes for a new object (every column but
    the key and clocks, personal data masked, a document's body summarised, the alliance it
    names), under ``actor`` (the Database's own, ``Database.actor()``).

    The rows are written in one statement, and their entries bear its one moment (the pass
    takes the clock per object of a flush, microseconds apart).

    One difference by construction: an agreement version names its agreement's alliance in
    the pass only when the session holds that agreement as its ``agreement``, never for a
    version added with its ``agreement_id`` alone, as these rows are; they name none.
    """
    changes_of = _creation_changes(cls)
    alliance_of = _alliance_finder(cls)
    name = cls.__tablename__
    now = utcnow()
    ids = _new_ids(len(rows))
    return [
        {
            "id": entry_id,
            "at": now,
            "actor": actor,
            "action": CREATE,
            "table_name": name,
            "record_id": row["id"],
            "alliance_id": alliance_of(row),
            "changes": changes_of(row),
        }
        for entry_id, row in zip(ids, rows, strict=True)
    ]


def updated_entries(
    cls: type,
    updates: list[tuple[str, str | None, dict[str, tuple[Any, Any]]]],
    actor: str,
) -> list[dict[str, Any]]:
    """The entries the audit pass writes for records of ``cls`` updated without the ORM:
    ``updates`` lists (record id, alliance id, {column: (before, after)}); a column whose
    value stays is left out, a record left with no change gets no entry, as in the pass."""
    entries = []
    personal = _PERSONAL_FIELDS.get(cls, set())
    summarised = _SUMMARISED_FIELDS.get(cls, set())
    for record_id, alliance_id, values in updates:
        changes: dict[str, list[Any]] = {}
        for key, (before, after) in values.items():
            if before == after:
                continue
            if key in summarised and _summary(before) == _summary(after):
                changes[key] = [DOCUMENT_MARK, DOCUMENT_UPDATED]
            elif key in personal:
                changes[key] = [PERSONAL_MASK if before else "", PERSONAL_MASK if after else ""]
            elif key in summarised:
                changes[key] = [_summary(before), _summary(after)]
            else:
                changes[key] = [_plain(before), _plain(after)]
        if changes:
            entries.append(
                {
                    "id": new_id(),
                    "at": utcnow(),
                    "actor": actor,
                    "action": UPDATE,
                    "table_name": cls.__tablename__,
                    "record_id": record_id,
                    "alliance_id": alliance_id or None,
                    "changes": _changes_text(changes),
                }
            )
    return entries


def _column_keys(cls: type) -> list[str]:
    return [
        attr.key
        for attr in inspect(cls).column_attrs
        if attr.key not in _IGNORED_FIELDS and attr.key != "id"
    ]


# The values of a new record's entry, encoded as a JSON list whose items are parted by a NUL:
# the encoder writes a NUL inside a value as \\u0000, so the raw one parts them unmistakably.
_ENCODE_PARTED = _changes_encoder("\x00")


def _creation_changes(cls: type) -> Callable[[dict[str, Any]], str]:
    """A function from a new record's values to its entry's changes as text: ``_changes_text``
    of ``{column: [None, shown value]}`` in the columns' order (``_value`` of each). The
    values are encoded in one call, as one list, and put in place in a template of the
    columns (what the encoder writes for each value inside the dict, byte for byte)."""
    keys = _column_keys(cls)
    shown = [(key, _shower(cls, key)) for key in keys]
    pieces = [f"{encode_basestring(key).replace('%', '%%')}: [null, %s]" for key in keys]
    template = "{" + ", ".join(pieces) + "}"
    encode = _ENCODE_PARTED
    join = "".join
    if any(show is not None for _, show in shown):

        def values(row: dict[str, Any]) -> list[Any]:
            return [row[key] if show is None else show(row[key]) for key, show in shown]

    elif len(keys) == 1:
        (only,) = keys

        def values(row: dict[str, Any]) -> list[Any]:
            return [row[only]]

    else:
        values = itemgetter(*keys)  # type: ignore[assignment]

    return lambda row: template % tuple(join(encode(values(row), 0))[1:-1].split("\x00"))


def _shower(cls: type, key: str) -> Callable[[Any], Any] | None:
    """How ``_value`` shows a new record's value of ``key``; None where it shows the value
    as it is (``_plain`` changes only moments and bytes)."""
    if key in _PERSONAL_FIELDS.get(cls, ()):
        return lambda value: PERSONAL_MASK if value else ""
    if key in _SUMMARISED_FIELDS.get(cls, ()):
        return _summary
    if isinstance(cls.__table__.c[key].type, Date | DateTime | LargeBinary):
        return _plain
    return None


def _alliance_finder(cls: type) -> Callable[[dict[str, Any]], str | None]:
    """``_alliance_of`` for a row of values: the alliance itself or its ``alliance_id``."""
    if cls.__tablename__ == "alliances":
        return lambda row: row["id"]
    if "alliance_id" in cls.__table__.c:
        return lambda row: row["alliance_id"] or None
    return lambda row: None


def _new_ids(count: int) -> list[str]:
    """``count`` random UUID4 strings, as ``new_id`` makes them (``uuid.UUID(bytes=…,
    version=4)``: version nibble 4, variant bits 10), from one ``os.urandom`` call."""
    data = os.urandom(16 * count).hex()
    variant = "89ab89ab89ab89ab"  # the variant nibble: 10xx, its two low bits random
    return [
        f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant[int(h[16], 16)]}{h[17:20]}-{h[20:32]}"
        for h in (data[i : i + 32] for i in range(0, 32 * count, 32))
    ]


def install(sessions: sessionmaker, actor: Callable[[], str]) -> None:
    """Hook the audit trail into every session the factory makes.

    ``after_flush`` sees keys, defaults and foreign keys already in place while
    attribute history is still available; the entries go in with a plain INSERT
    on the same connection, so they commit or roll back with the change.
    """

    @event.listens_for(sessions, "after_flush")
    def _record(session: Session, context) -> None:
        who = actor()
        rows = []
        for obj in session.new:
            if not isinstance(obj, _SKIPPED):
                changes = {key: [None, _value(obj, key)] for key in _columns(obj)}
                rows.append(_row(obj, CREATE, changes, who))
        for obj in session.dirty:
            if isinstance(obj, _SKIPPED) or not session.is_modified(obj):
                continue
            changes = _changes_of_update(obj)
            if changes:
                rows.append(_row(obj, UPDATE, changes, who))
        for obj in _deleted(session, context):
            if not isinstance(obj, _SKIPPED):
                changes = {key: [_value(obj, key), None] for key in _columns(obj)}
                rows.append(_row(obj, DELETE, changes, who))
        if rows:
            session.connection().execute(insert(AuditEntry.__table__), rows)


def rewrite_entries(session: Session, entries: list[dict[str, str]]) -> int:
    """Replace the ``changes`` and ``actor`` of entries: the log's one exception to append-only.

    Only erasure (Ley 1581) and a migration masking older entries call this. The
    trigger refusing updates is dropped and created again inside the caller's
    transaction, so no other write ever sees the log unguarded; ``entries`` are
    dicts with ``id``, ``changes`` and ``actor``.
    """
    if not entries:
        return 0
    from alianzas_desktop.storage.guards import TRIGGERS

    connection = session.connection()
    sqlite = connection.dialect.name == "sqlite"
    postgresql = connection.dialect.name == "postgresql"
    if sqlite:
        connection.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
    elif postgresql:
        # ALTER TABLE locks the log until this transaction ends: no other write sees it open.
        connection.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update")
    table = AuditEntry.__table__
    connection.execute(
        update(table)
        .where(table.c.id == bindparam("entry_id"))
        .values(changes=bindparam("new_changes"), actor=bindparam("new_actor")),
        [
            {"entry_id": e["id"], "new_changes": e["changes"], "new_actor": e["actor"]}
            for e in entries
        ],
    )
    if sqlite:
        connection.exec_driver_sql(TRIGGERS["audit_log_no_update"])
    elif postgresql:
        connection.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update")
    logger.info("Reescritas %d entradas del historial", len(entries))
    return len(entries)
