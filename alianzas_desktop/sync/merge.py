"""Merging a bundle into a database by UUID, with version vectors so that «changed since we
last exchanged» is exact.

Each record carries a version vector {device id: edits}. A database keeps, per record, the
content hash and vector it had at its last exchange (``sync_records``); a record whose hash
now differs was edited here since, so its vector counts one more edit of this device. Then,
for each record of the bundle:

* new here: added, unless it was deleted here and the other side did not change it since
  (then it stays deleted), or deleted here while the other side changed it (a conflict:
  keep it deleted or take it back);
* same content: nothing but the vectors joined;
* the other side's vector is behind ours: ours is newer, nothing to do;
* ours is behind theirs: theirs is taken;
* neither is behind (both edited): a **conflict**, kept field by field for the user.

Frozen documents (an issued agreement version, a closed acta and its agenda, attendance and
decisions) are never overwritten; a different frozen document under the same id is reported.
A person erased here stays erased; a person erased there is erased here too. Records
deleted there arrive as tombstones (``sync.deletions``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import UniqueConstraint, select
from sqlalchemy.orm import Session

from alianzas_desktop.domain.vocabulary import MeetingStatus, VersionStatus
from alianzas_desktop.storage.models import Base, utcnow
from alianzas_desktop.storage.sync_models import ConflictSide
from alianzas_desktop.sync.bulk import close_meetings, insert_added
from alianzas_desktop.sync.bundle import Bundle, BundleError, IncomingRecord
from alianzas_desktop.sync.records import (
    UNHASHED,
    Snapshot,
    b64,
    column_readers,
    content_hash,
    is_file_column,
    key_columns,
    references,
    table_named,
    travelling_tables,
)
from alianzas_desktop.sync.tombstones import Tombstone, deleted_versions

logger = logging.getLogger(__name__)

Versions = dict[str, int]
State = dict[tuple[str, str], tuple[str, Versions]]

_CLOSED = MeetingStatus.CLOSED.value
# Meetings closed per query and flush when a bundle brings closed actas.
_CHUNK = 500
_DRAFT = VersionStatus.DRAFT.value
_VERSION_RANK = {VersionStatus.DRAFT.value: 0, VersionStatus.ISSUED.value: 1}
_VERSION_RANK[VersionStatus.SIGNED.value] = 2
_MEETING_RANK = {MeetingStatus.CONVENED.value: 0, MeetingStatus.IN_PROGRESS.value: 1}
_MEETING_RANK[_CLOSED] = 2

# What a frozen document never changes (the database's triggers say the same).
FROZEN_VERSION_FIELDS = ("agreement_id", "number", "content", "verification_code", "issued_at")
FROZEN_MEETING_FIELDS = (
    "alliance_id",
    "number",
    "kind",
    "date",
    "start_time",
    "end_time",
    "place",
    "objective",
    "next_date",
    "next_place",
    "content",
    "verification_code",
    "closed_at",
    "status",
)
ACTA_PARTS = ("agenda_items", "attendances", "decisions")
ACTA_ANNEXES = ("meeting_signatures", "addenda")
PERSONAL_TABLES = ("data_authorizations", "data_requests")


def joined(a: Versions, b: Versions) -> Versions:
    return {k: max(a.get(k, 0), b.get(k, 0)) for k in sorted(set(a) | set(b))}


def covers(a: Versions, b: Versions) -> bool:
    """Whether ``a`` has seen every edit ``b`` has."""
    return all(a.get(k, 0) >= v for k, v in b.items())


def bumped(versions: Versions, device: str) -> Versions:
    result = dict(versions)
    result[device] = result.get(device, 0) + 1
    return result


def current_state(snapshot: Snapshot, stored: State, device: str) -> State:
    """Each record's hash and vector now: one edit more where it changed since the last exchange."""
    state: State = {}
    for table_name, rows in snapshot.rows.items():
        for key, fields in rows.items():
            digest = content_hash(table_name, fields)
            known = stored.get((table_name, key))
            if known is not None and known[0] == digest:
                state[(table_name, key)] = known
            else:
                state[(table_name, key)] = (digest, bumped(known[1] if known else {}, device))
    return state


@dataclass
class Change:
    table: str
    key: str
    record: IncomingRecord
    added: bool


@dataclass
class ConflictItem:
    table: str
    key: str
    record: IncomingRecord
    local: dict[str, Any]
    fields: list[str]


@dataclass
class FrozenMismatch:
    table: str
    key: str


@dataclass
class Deletion:
    """A tombstone this database takes: the record (and what cascades from it) goes."""

    table: str
    key: str
    tombstone: Tombstone


@dataclass
class DeletionConflict:
    """A record deleted on one side and changed on the other since they last exchanged.

    ``deleted_by`` is the side that deleted it (a ConflictSide value): «remoto» when the
    bundle's tombstone meets a record changed here (``local`` holds it), «local» when the
    bundle brings a record changed there that was deleted here (``record``).
    """

    table: str
    key: str
    deleted_by: str
    local: dict[str, Any] | None = None
    tombstone: Tombstone | None = None
    record: IncomingRecord | None = None


@dataclass
class Plan:
    """What importing a bundle would do; nothing is written to compute it."""

    changes: list[Change] = field(default_factory=list)
    conflicts: list[ConflictItem] = field(default_factory=list)
    already_pending: list[tuple[str, str]] = field(default_factory=list)
    frozen: list[FrozenMismatch] = field(default_factory=list)
    erasures: list[str] = field(default_factory=list)
    kept_erased: list[str] = field(default_factory=list)
    kept_deleted: list[tuple[str, str]] = field(default_factory=list)
    deletions: list[Deletion] = field(default_factory=list)
    deletion_conflicts: list[DeletionConflict] = field(default_factory=list)
    refused_deletions: list[tuple[str, str]] = field(default_factory=list)
    orphaned: list[tuple[str, str]] = field(default_factory=list)
    state: State = field(default_factory=dict)

    @property
    def added(self) -> int:
        return sum(1 for c in self.changes if c.added)

    @property
    def updated(self) -> int:
        return sum(1 for c in self.changes if not c.added)

    @property
    def has_work(self) -> bool:
        """Whether importing writes anything: records, conflicts, or versions learnt (the same
        content reached on both sides is remembered, or the next edit would look concurrent)."""
        return bool(
            self.changes
            or self.conflicts
            or self.erasures
            or self.deletions
            or self.deletion_conflicts
            or self.state
        )


def frozen_fields(table: str, local: dict[str, Any], snapshot: Snapshot) -> tuple[str, ...]:
    """The fields of a local record that no bundle may change (none when it is not frozen)."""
    if table == "agreement_versions" and local["status"] != _DRAFT:
        return FROZEN_VERSION_FIELDS
    if table == "meetings" and local["status"] == _CLOSED:
        return FROZEN_MEETING_FIELDS
    if table in ACTA_PARTS + ACTA_ANNEXES:
        meeting = snapshot.get("meetings", local["meeting_id"])
        if meeting is not None and meeting["status"] == _CLOSED:
            return tuple(k for k in local if k not in UNHASHED)
    return ()


def _breaks_frozen(table: str, local: dict, remote: dict, snapshot: Snapshot) -> bool:
    frozen = frozen_fields(table, local, snapshot)
    if any(local.get(name) != remote.get(name) for name in frozen):
        return True
    if table == "agreement_versions" and frozen:
        return _VERSION_RANK.get(remote["status"], -1) < _VERSION_RANK.get(local["status"], 0)
    return False


def _into_closed_acta(table: str, remote: dict, snapshot: Snapshot) -> bool:
    """A new agenda item, attendee or decision for an acta closed here: not the same acta."""
    if table not in ACTA_PARTS:
        return False
    meeting = snapshot.get("meetings", remote["meeting_id"])
    return meeting is not None and meeting["status"] == _CLOSED


def _frozen_incoming(table: str, remote: dict, bundle: Bundle) -> bool:
    """An issued agreement version or a closed acta (with its parts and annexes) arriving:
    a deletion here does not hold against a document frozen there (it comes back whole)."""
    if table == "agreement_versions":
        return remote["status"] != _DRAFT
    if table == "meetings":
        return remote["status"] == _CLOSED
    if table in ACTA_PARTS + ACTA_ANNEXES:
        meeting = bundle.records.get("meetings", {}).get(remote["meeting_id"])
        return meeting is not None and meeting.fields["status"] == _CLOSED
    return False


def _person_of(table: str, fields: dict) -> str | None:
    if table == "people":
        return fields["id"]
    if table in PERSONAL_TABLES:
        return fields["person_id"]
    return None


def plan_import(
    bundle: Bundle,
    snapshot: Snapshot,
    stored: State,
    device: str,
    pending: set[tuple[str, str, str]],
) -> Plan:
    """Compare every record of the bundle with this database's; raise BundleError when the
    bundle cannot be applied as a whole (a record pointing nowhere, a duplicate)."""
    check_references(bundle, snapshot)
    state = current_state(snapshot, stored, device)
    plan = Plan()
    erased_here = {k for k, f in snapshot.rows.get("people", {}).items() if f["erased_at"]}
    for table in travelling_tables():
        for key, record in sorted(bundle.records.get(table.name, {}).items()):
            _plan_record(
                plan,
                (table.name, key, record),
                snapshot,
                stored,
                state,
                pending,
                erased_here,
                bundle,
                device,
            )
    from alianzas_desktop.sync.deletions import plan_deletions  # it builds on this module

    plan_deletions(plan, bundle, snapshot, stored, state, device, pending)
    check_unique(plan, snapshot)
    return plan


def _plan_record(
    plan: Plan,
    incoming: tuple[str, str, IncomingRecord],
    snapshot: Snapshot,
    stored: State,
    state: State,
    pending: set[tuple[str, str, str]],
    erased_here: set[str],
    bundle: Bundle,
    device: str,
) -> None:
    table, key, record = incoming
    local = snapshot.get(table, key)
    remote = record.fields
    person = _person_of(table, remote)
    if person in erased_here:
        if local is None or content_hash(table, local) != record.hash:
            plan.kept_erased.append(key)
        return
    if table == "people" and remote["erased_at"] and local is not None:
        plan.erasures.append(key)
        plan.changes.append(Change(table, key, record, added=False))
        plan.state[(table, key)] = (record.hash, joined(state[(table, key)][1], record.versions))
        return
    if local is None:
        known = stored.get((table, key))
        if known is not None and not _frozen_incoming(table, remote, bundle):
            here = deleted_versions(known, device)
            if covers(here, record.versions):
                plan.kept_deleted.append((table, key))
                return
            if not covers(record.versions, here):
                if (table, key, record.hash) in pending:
                    plan.already_pending.append((table, key))
                    return
                plan.deletion_conflicts.append(
                    DeletionConflict(table, key, ConflictSide.LOCAL.value, record=record)
                )
                return
        if _into_closed_acta(table, remote, snapshot):
            plan.frozen.append(FrozenMismatch(table, key))
            return
        plan.changes.append(Change(table, key, record, added=True))
        plan.state[(table, key)] = (record.hash, dict(record.versions))
        return
    local_hash, local_versions = state[(table, key)]
    if local_hash == record.hash:
        together = joined(local_versions, record.versions)
        if together != stored.get((table, key), (None, None))[1]:
            plan.state[(table, key)] = (local_hash, together)
        return
    if covers(local_versions, record.versions):
        return  # ours is newer
    if _breaks_frozen(table, local, remote, snapshot):
        plan.frozen.append(FrozenMismatch(table, key))
        return
    if covers(record.versions, local_versions):
        plan.changes.append(Change(table, key, record, added=False))
        plan.state[(table, key)] = (record.hash, dict(record.versions))
        return
    if (table, key, record.hash) in pending:
        plan.already_pending.append((table, key))
        return
    differing = [
        name for name in remote if name not in UNHASHED and remote[name] != local.get(name)
    ]
    plan.conflicts.append(ConflictItem(table, key, record, dict(local), differing))


def check_references(bundle: Bundle, snapshot: Snapshot) -> None:
    """Every record of the bundle points at records the bundle or this database holds."""
    for table in travelling_tables():
        incoming = bundle.records.get(table.name, {})
        if not incoming:
            continue
        for column, parent in references(table):
            there = bundle.records.get(parent, {})
            here = snapshot.rows.get(parent, {})
            for record in incoming.values():
                value = record.fields[column]
                if value is not None and value not in there and value not in here:
                    raise BundleError(
                        f"El paquete trae un registro de «{table.name}» que apunta a uno de "
                        f"«{parent}» que no existe ni en el paquete ni en esta base de datos."
                    )


def _unique_sets(table) -> list[tuple[str, ...]]:
    sets = [
        tuple(c.name for c in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    sets += [(c.name,) for c in table.columns if c.unique]
    return sets


def check_unique(plan: Plan, snapshot: Snapshot) -> None:
    """After the merge no two records may share what the schema says is unique (two actas
    numbered 3 in one alliance): refused before anything is written."""
    by_table: dict[str, list[Change]] = {}
    for change in plan.changes:
        by_table.setdefault(change.table, []).append(change)
    for name, changes in by_table.items():
        table = table_named(name)
        sets = _unique_sets(table)
        if not sets:
            continue
        rows = dict(snapshot.rows.get(name, {}))
        for deletion in plan.deletions:
            if deletion.table == name:
                rows.pop(deletion.key, None)
        for change in changes:
            rows[change.key] = change.record.fields
        for columns in sets:
            seen: dict[tuple, str] = {}
            for key, fields in rows.items():
                value = tuple(fields[c] for c in columns)
                if any(v is None for v in value):
                    continue
                if value in seen and seen[value] != key:
                    raise BundleError(
                        f"El paquete no se puede aplicar: dejaría dos registros de «{name}» "
                        f"con el mismo {', '.join(columns)} (creados por separado en cada "
                        "equipo). No se cambió nada."
                    )
                seen[value] = key


# -- applying ------------------------------------------------------------------------------


def mapped_classes() -> dict[str, type]:
    return {mapper.local_table.name: mapper.class_ for mapper in Base.registry.mappers}


def python_values(table_name: str, fields: dict, attachments: dict[str, bytes]) -> dict:
    """A record's column values as the database takes them (``from_json`` of each field)."""
    names, readers = column_readers(table_name)
    values = {name: fields[name] for name in names}
    for name, read in readers:
        value = values[name]
        if value is not None:
            values[name] = attachments[value["attachment"]] if read is None else read(value)
    return values


def apply_plan(
    session: Session,
    plan: Plan,
    bundle: Bundle,
    snapshot: Snapshot,
    *,
    actor: str,
    bulk: bool = True,
    meanwhile: Iterator[None] | None = None,
) -> None:
    """Write the plan in the caller's transaction, in an order the database's guards accept.

    Added records go in with Core INSERTs and their audit entries under ``actor``
    (``sync.bulk``); updated ones through the ORM and its audit pass. ``bulk=False`` adds
    them as ORM objects too (the tests compare both). Steps of ``meanwhile`` are taken
    while the server writes (``sync.bulk.insert_added``).

    The erasures in ``plan.erasures`` must have been carried out first (the services own
    that procedure); the erased person's record then takes the other side's values.

    A meeting that arrives closed is written open, its agenda, attendance, decisions and
    signatures after it, and closed last; the addenda of a closed acta are added after
    that, dated now (the database only accepts annexes dated when they are added).
    """
    classes = mapped_classes()
    to_close: dict[str, dict[str, Any]] = {}
    addenda: list[Change] = []
    by_table: dict[str, list[Change]] = {}
    for change in plan.changes:
        by_table.setdefault(change.table, []).append(change)
    for table in travelling_tables():
        changes = by_table.get(table.name, [])
        if table.name == "addenda":
            addenda = changes
            continue
        cls = classes.get(table.name)
        added: list[dict[str, Any]] = []
        for change in changes:
            values = python_values(table.name, change.record.fields, bundle.attachments)
            if table.name == "meetings" and values["status"] == _CLOSED:
                local = snapshot.get("meetings", change.key)
                if local is None or local["status"] != _CLOSED:
                    to_close[change.key] = {
                        "status": values["status"],
                        "closed_at": values["closed_at"],
                        "alliance_id": values["alliance_id"],
                    }
                    values["status"] = MeetingStatus.IN_PROGRESS.value
                    values["closed_at"] = None
            if table.name == "meeting_signatures" and change.added:
                meeting = snapshot.get("meetings", values["meeting_id"])
                if meeting is not None and meeting["status"] == _CLOSED:
                    values["created_at"] = utcnow()
            if bulk and change.added:
                added.append(values)
            else:
                _write(session, classes, table, change, values)
        session.flush()
        insert_added(session, cls, table, added, actor, meanwhile)
    if bulk:
        close_meetings(session, to_close, actor)
    else:
        _close_meetings(session, classes["meetings"], to_close)
    for change in sorted(
        addenda, key=lambda c: (c.record.fields["meeting_id"], c.record.fields["number"])
    ):
        values = python_values("addenda", change.record.fields, bundle.attachments)
        values["created_at"] = utcnow()
        _write(session, classes, table_named("addenda"), change, values)
        session.flush()


def _close_meetings(session: Session, meeting_class: type, to_close: dict[str, dict]) -> None:
    """Close the meetings that arrived closed, read a few hundred at a time and flushed once.

    One ``session.get`` per meeting would read each again (the session holds its new rows
    weakly) and, autoflushing the one closed before it, flush once per meeting.
    """
    ids = list(to_close)
    with session.no_autoflush:
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for meeting in session.scalars(
                select(meeting_class).where(meeting_class.id.in_(chunk))
            ):
                closing = to_close[meeting.id]
                meeting.status = closing["status"]
                meeting.closed_at = closing["closed_at"]
            session.flush()


def _write(session: Session, classes: dict[str, type], table, change: Change, values: dict):
    cls = classes.get(table.name)
    if cls is None:  # a link table without a class of its own
        if change.added:
            session.execute(table.insert().values(**values))
        return
    if change.added:
        session.add(cls(**values))
        return
    instance = session.get(cls, change.key)
    keys = set(key_columns(table))
    for name, value in values.items():
        if name in keys or name == "created_at":
            continue
        if getattr(instance, name) != value:
            setattr(instance, name, value)


def conflict_payload(item: ConflictItem, attachments: dict[str, bytes]) -> tuple[str, str]:
    """(local, remote) fields as JSON text for ``sync_conflicts``; the other side's files
    are kept inline, so a choice made later still has their bytes."""
    table = table_named(item.table)
    remote = dict(item.record.fields)
    for column in table.columns:
        value = remote.get(column.name)
        if is_file_column(column) and value is not None:
            remote[column.name] = {
                "attachment": value["attachment"],
                "data": b64(attachments[value["attachment"]]),
            }
    return (
        json.dumps(item.local, ensure_ascii=False, sort_keys=True),
        json.dumps(remote, ensure_ascii=False, sort_keys=True),
    )
