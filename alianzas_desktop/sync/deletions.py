"""What a bundle's tombstones do here, and how a deletion is carried out.

For each tombstone (see ``sync.tombstones``):

* the record is not here: nothing to delete; its marker is remembered (joined vectors),
  so an older copy from a third laptop does not bring it back;
* a frozen document (an issued agreement version, a closed acta or its parts), or a record
  whose deletion would take one with it: **refused**, reported, never deleted;
* unchanged here since the last exchange (the tombstone's vector covers ours): deleted,
  with what cascades from it, as the services delete it;
* ours is newer than that deletion (it came back here): nothing;
* changed here since: a **conflict** the user decides (keep or delete).

A deletion that would take with it a record the bundle does not delete too (a child added
or changed here), or that a record kept here still needs, becomes a conflict as well:
nothing is dropped without someone choosing it.

Records arriving under a parent deleted here (a child the other side added before it
learnt of the deletion) wait: they are not added, and the other side decides about the
parent when this side's tombstone reaches it.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import delete
from sqlalchemy.orm import Session

from alianzas_desktop.storage.sync_models import ConflictSide
from alianzas_desktop.sync.bundle import Bundle, BundleError
from alianzas_desktop.sync.merge import (
    Deletion,
    DeletionConflict,
    Plan,
    State,
    covers,
    frozen_fields,
    joined,
    mapped_classes,
)
from alianzas_desktop.sync.records import (
    KEY_SEPARATOR,
    Snapshot,
    key_columns,
    references,
    table_named,
    travelling_tables,
)
from alianzas_desktop.sync.tombstones import Tombstone, deleted_versions, is_marker

logger = logging.getLogger(__name__)

Where = tuple[str, str]


class Dependents:
    """Who depends on whom in a snapshot: children deleted with their parent (ON DELETE
    CASCADE) and records that forbid their parent's deletion (a plain foreign key)."""

    def __init__(self, snapshot: Snapshot):
        self.children: dict[Where, list[Where]] = defaultdict(list)
        self.holders: dict[Where, list[Where]] = defaultdict(list)
        for table in travelling_tables():
            rows = snapshot.rows.get(table.name, {})
            for fk in table.foreign_keys:
                if fk.ondelete == "SET NULL":
                    continue
                index = self.children if fk.ondelete == "CASCADE" else self.holders
                parent = fk.column.table.name
                for key, fields in rows.items():
                    value = fields.get(fk.parent.name)
                    if value is not None:
                        index[(parent, value)].append((table.name, key))

    def cascade(self, where: Where) -> set[Where]:
        """The record and everything deleted with it."""
        found = {where}
        stack = [where]
        while stack:
            for child in self.children.get(stack.pop(), ()):
                if child not in found:
                    found.add(child)
                    stack.append(child)
        return found

    def held(self, doomed: set[Where], allowed: set[Where]) -> bool:
        """Whether a record outside ``allowed`` still points at one of ``doomed``."""
        return any(
            holder not in allowed and holder not in doomed
            for where in doomed
            for holder in self.holders.get(where, ())
        )


def plan_deletions(
    plan: Plan,
    bundle: Bundle,
    snapshot: Snapshot,
    stored: State,
    state: State,
    device: str,
    pending: set[tuple[str, str, str]],
) -> None:
    """Add the bundle's tombstones to ``plan`` (see the module's docstring)."""
    _hold_orphans(plan, snapshot, bundle)
    if not bundle.tombstones:
        return
    _check_nothing_points_at_tombstones(bundle)
    graph = Dependents(snapshot)
    candidates: dict[Where, Tombstone] = {}
    conflicted: dict[Where, Tombstone] = {}
    for where, tombstone in sorted(bundle.tombstones.items()):
        table, key = where
        local = snapshot.get(table, key)
        if local is None:
            _remember(plan, where, tombstone, stored, device)
            continue
        if any(frozen_fields(t, snapshot.get(t, k), snapshot) for t, k in graph.cascade(where)):
            plan.refused_deletions.append(where)
            continue
        local_versions = state[where][1]
        if covers(tombstone.versions, local_versions):
            candidates[where] = tombstone
        elif not covers(local_versions, tombstone.versions):
            conflicted[where] = tombstone
    changed = True
    while changed:
        changed = False
        for where in sorted(candidates):
            doomed = graph.cascade(where)
            if any(d not in candidates for d in doomed) or graph.held(doomed, set(candidates)):
                conflicted[where] = candidates.pop(where)
                changed = True
    for where, tombstone in sorted(candidates.items()):
        plan.deletions.append(Deletion(where[0], where[1], tombstone))
        plan.state[where] = (tombstone.marker, joined(state[where][1], tombstone.versions))
    for where, tombstone in sorted(conflicted.items()):
        if (where[0], where[1], tombstone.marker) in pending:
            plan.already_pending.append(where)
            continue
        plan.deletion_conflicts.append(
            DeletionConflict(
                where[0],
                where[1],
                ConflictSide.REMOTE.value,
                local=dict(snapshot.get(*where)),
                tombstone=tombstone,
            )
        )


def _remember(plan: Plan, where: Where, tombstone: Tombstone, stored: State, device: str) -> None:
    """A tombstone for a record not here: keep its marker, vectors joined."""
    known = stored.get(where)
    here = deleted_versions(known, device) if known else {}
    together = joined(here, tombstone.versions)
    kept = known[0] if known and is_marker(known[0]) else tombstone.marker
    if known is None or known != (kept, together):
        plan.state[where] = (kept, together)


def _check_nothing_points_at_tombstones(bundle: Bundle) -> None:
    """A bundle whose live records point at records it deletes contradicts itself."""
    for table in travelling_tables():
        incoming = bundle.records.get(table.name, {})
        if not incoming:
            continue
        for column, parent in references(table):
            for record in incoming.values():
                value = record.fields[column]
                if value is not None and (parent, value) in bundle.tombstones:
                    raise BundleError(
                        f"El paquete trae un registro de «{table.name}» que apunta a uno de "
                        f"«{parent}» que el mismo paquete elimina."
                    )


def _hold_orphans(plan: Plan, snapshot: Snapshot, bundle: Bundle) -> None:
    """Records that would arrive under a parent deleted here wait (``plan.orphaned``)."""
    arriving = {(c.table, c.key) for c in plan.changes if c.added}
    if len(arriving) == sum(len(rows) for rows in bundle.records.values()):
        # Every record of the bundle arrives, and each points at records the bundle or
        # this database holds (``merge.check_references``): none can miss its parent.
        return
    # Each table's references looked up once, not once per arriving record; the records
    # held back leave ``plan.changes`` together at the end, not by a search each.
    refs = {name: references(table_named(name)) for name in {c.table for c in plan.changes}}
    held: set[Where] = set()
    changed = True
    while changed:
        changed = False
        for change in plan.changes:
            where = (change.table, change.key)
            if not change.added or where in held:
                continue
            if _missing(refs[change.table], change.record.fields, snapshot, arriving):
                held.add(where)
                plan.state.pop(where, None)
                arriving.discard(where)
                plan.orphaned.append(where)
                changed = True
    if held:
        plan.changes[:] = [c for c in plan.changes if not (c.added and (c.table, c.key) in held)]
    for item in [c for c in plan.deletion_conflicts if c.record is not None]:
        if _parent_missing(item.table, item.record.fields, snapshot, arriving):
            plan.deletion_conflicts.remove(item)
            plan.orphaned.append((item.table, item.key))


def _parent_missing(table: str, fields: dict, snapshot: Snapshot, arriving: set[Where]) -> bool:
    return _missing(references(table_named(table)), fields, snapshot, arriving)


def _missing(
    refs: tuple[tuple[str, str], ...], fields: dict, snapshot: Snapshot, arriving: set[Where]
) -> bool:
    rows = snapshot.rows
    for column, parent in refs:
        value = fields[column]
        if value is not None and value not in rows.get(parent, ()):
            if (parent, value) not in arriving:
                return True
    return False


# -- carrying a deletion out ---------------------------------------------------------------


def delete_records(session: Session, doomed: Iterable[Where]) -> None:
    """Delete these records in the caller's transaction, children before parents, through
    the mapped classes (so the audit trail records each one, as when a service deletes)."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, key in doomed:
        by_table[table].append(key)
    classes = mapped_classes()
    for table in reversed(travelling_tables()):
        keys = sorted(by_table.get(table.name, ()))
        if not keys:
            continue
        cls = classes.get(table.name)
        composite = len(key_columns(table)) > 1
        for key in keys:
            if cls is not None:
                identity = tuple(key.split(KEY_SEPARATOR)) if composite else key
                instance = session.get(cls, identity)
                if instance is not None:
                    session.delete(instance)
                continue
            condition = [
                table.c[name] == part
                for name, part in zip(key_columns(table), key.split(KEY_SEPARATOR), strict=True)
            ]
            session.execute(delete(table).where(*condition))
        session.flush()
    session.expire_all()


def apply_deletions(session: Session, plan: Plan, snapshot: Snapshot) -> set[Where]:
    """Carry out ``plan.deletions`` with what cascades from each; what was deleted."""
    if not plan.deletions:
        return set()
    graph = Dependents(snapshot)
    doomed: set[Where] = set()
    for deletion in plan.deletions:
        doomed |= graph.cascade((deletion.table, deletion.key))
    delete_records(session, doomed)
    return doomed
