"""Records changed on both sides since they last exchanged, and what the user chose.

A field conflict keeps both versions field by field. A deletion conflict is a record
deleted on one side and changed on the other: the whole record is kept or deleted, its
one choice named ``RECORD`` («registro»), valued like a field's (this side's fate or the
other side's). Whatever is chosen counts as an edit here and travels with the next bundle.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError, NoResultFound
from sqlalchemy.orm import Session

from alianzas_desktop.domain.history_text import record_name
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.services.bundle_state import save_state as _save_state
from alianzas_desktop.services.bundle_state import stored_state as _stored_state
from alianzas_desktop.services.errors import NotFoundError, ServiceError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import utcnow
from alianzas_desktop.storage.sync_models import ConflictSide, ConflictState, SyncConflict
from alianzas_desktop.sync import devices, merge, records, tombstones

logger = logging.getLogger(__name__)

RECORD = "registro"


class RecordFate(StrEnum):
    """What each side did with a record in a deletion conflict."""

    KEPT = "conservado"
    DELETED = "eliminado"


@dataclass(frozen=True)
class ConflictInfo:
    id: str
    table: str
    record_id: str
    device_id: str
    facilitator: str
    created_at: str
    fields: dict[str, dict[str, Any]]  # field -> {"local": value, "remoto": value}
    record_name: str = ""  # as the history names it: 'Organización «Alcaldía de Sonsón»'
    deleted_by: str = ""  # a ConflictSide when the record was deleted on that side
    deleted_at: str = ""  # when the other side deleted it (ISO, UTC), for «remoto»


def _facilitators(session: Session) -> dict[str, str]:
    from alianzas_desktop.storage.sync_models import SyncPeer

    return {peer.id: peer.facilitator for peer in session.scalars(select(SyncPeer))}


def list_conflicts(db: Database, *, pending_only: bool = True) -> list[ConflictInfo]:
    with db.reading() as session:
        names = _facilitators(session)
        query = select(SyncConflict).order_by(SyncConflict.created_at, SyncConflict.id)
        if pending_only:
            query = query.where(SyncConflict.status == ConflictState.PENDING.value)
        result = []
        for row in session.scalars(query):
            local = json.loads(row.local_fields)
            remote = json.loads(row.remote_fields)
            if local is None or remote is None:
                result.append(_deletion_info(row, local, remote, names))
                continue
            fields = {
                name: {ConflictSide.LOCAL.value: local.get(name), ConflictSide.REMOTE.value: value}
                for name, value in remote.items()
                if name not in records.UNHASHED and _shown(value) != local.get(name)
            }
            result.append(
                ConflictInfo(
                    id=row.id,
                    table=row.table_name,
                    record_id=row.record_id,
                    device_id=row.device_id,
                    facilitator=names.get(row.device_id, ""),
                    created_at=row.created_at.isoformat(timespec="seconds"),
                    fields={
                        k: {s: _shown(v) for s, v in sides.items()} for k, sides in fields.items()
                    },
                    record_name=record_name(row.table_name, local),
                )
            )
        return result


def _deletion_info(row: SyncConflict, local, remote, names: dict[str, str]) -> ConflictInfo:
    deleted_by = ConflictSide.REMOTE if remote is None else ConflictSide.LOCAL
    fates = {
        ConflictSide.LOCAL.value: (RecordFate.KEPT if local else RecordFate.DELETED).value,
        ConflictSide.REMOTE.value: (RecordFate.KEPT if remote else RecordFate.DELETED).value,
    }
    deleted_at = ""
    if tombstones.is_marker(row.remote_hash):
        deleted_at = tombstones.parse_marker(row.remote_hash)[0]
    return ConflictInfo(
        id=row.id,
        table=row.table_name,
        record_id=row.record_id,
        device_id=row.device_id,
        facilitator=names.get(row.device_id, ""),
        created_at=row.created_at.isoformat(timespec="seconds"),
        fields={RECORD: fates},
        record_name=record_name(row.table_name, local or remote),
        deleted_by=deleted_by.value,
        deleted_at=deleted_at,
    )


def _shown(value: Any) -> Any:
    """A file field as its reference only: the conflict view compares, it does not carry bytes."""
    if isinstance(value, dict) and "data" in value:
        return {"attachment": value["attachment"]}
    return value


def resolve_conflict(db: Database, conflict_id: str, choices: dict[str, str]) -> None:
    """Keep, field by field, this side's value («local») or the other's («remoto»).

    Every differing field must be chosen. The record then counts as edited here, so the
    choice travels to the other side with the next bundle.
    """
    valid = {side.value for side in ConflictSide}
    with db.transaction() as session:
        row = session.get(SyncConflict, conflict_id)
        if row is None or row.status != ConflictState.PENDING.value:
            raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe ese conflicto pendiente."))
        local = json.loads(row.local_fields)
        remote = json.loads(row.remote_fields)
        if local is None or remote is None:
            _resolve_deletion(session, row, local, remote, choices)
            return
        differing = [
            n for n in remote if n not in records.UNHASHED and _shown(remote[n]) != local.get(n)
        ]
        errors = {
            n: "Elija qué valor se conserva." for n in differing if choices.get(n) not in valid
        }
        errors.update(
            {n: "Este campo no está en conflicto." for n in choices if n not in differing}
        )
        if errors:
            raise ValidationFailed(errors)
        table = records.table_named(row.table_name)
        cls = merge.mapped_classes().get(row.table_name)
        instance = session.get(cls, row.record_id) if cls is not None else None
        if instance is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "errores",
                    "El registro de ese conflicto ya no existe en esta base de datos.",
                )
            )
        device = devices.ensure_device_id(session)
        columns = {c.name: c for c in table.columns}
        for name in differing:
            if choices[name] != ConflictSide.REMOTE.value:
                continue
            value = remote[name]
            files = {value["attachment"]: _bytes(value["data"])} if _is_file(value) else {}
            setattr(instance, name, records.from_json(columns[name], value, files))
        try:
            session.flush()
        except IntegrityError as exc:
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "errores",
                    "La base de datos no acepta esa elección (el documento ya está "
                    "congelado aquí).",
                )
            ) from exc
        fields = records.read_table_row(session.connection(), table, row.record_id)
        stored = _stored_state(session).get((row.table_name, row.record_id), ("", {}))
        versions = merge.bumped(merge.joined(stored[1], json.loads(row.remote_versions)), device)
        _save_state(
            session,
            {
                (row.table_name, row.record_id): (
                    records.content_hash(row.table_name, fields),
                    versions,
                )
            },
        )
        _mark_resolved(session, [row.id])


def settle_conflicts_of(session: Session, gone: set[tuple[str, str]]) -> None:
    """Conflicts still waiting on records deleted now have nothing left to decide."""
    if not gone:
        return
    waiting = session.scalars(
        select(SyncConflict).where(SyncConflict.status == ConflictState.PENDING.value)
    )
    _mark_resolved(session, [c.id for c in waiting if (c.table_name, c.record_id) in gone])


def _mark_resolved(session: Session, ids: list[str]) -> None:
    if not ids:
        return
    table = SyncConflict.__table__
    session.execute(
        update(table)
        .where(table.c.id.in_(ids))
        .values(status=ConflictState.RESOLVED.value, resolved_at=utcnow())
    )


def _is_file(value: Any) -> bool:
    return isinstance(value, dict) and "data" in value


def _bytes(text: str) -> bytes:
    import base64

    return base64.b64decode(text)


# -- deletion conflicts --------------------------------------------------------------------


def _resolve_deletion(
    session: Session, row: SyncConflict, local, remote, choices: dict[str, str]
) -> None:
    """Keep or delete a record deleted on one side and changed on the other."""
    valid = {side.value for side in ConflictSide}
    errors = {}
    if choices.get(RECORD) not in valid:
        errors[RECORD] = QT_TRANSLATE_NOOP(
            "errores", "Elija si el registro se conserva o se elimina."
        )
    errors.update({n: "Este campo no está en conflicto." for n in choices if n != RECORD})
    if errors:
        raise ValidationFailed(errors)
    device = devices.ensure_device_id(session)
    where = (row.table_name, row.record_id)
    stored = _stored_state(session).get(where)
    remote_versions = json.loads(row.remote_versions)
    keep_local = choices[RECORD] == ConflictSide.LOCAL.value
    deleted_here = local is None
    if deleted_here == keep_local:
        # The record stays deleted here.
        if not deleted_here:
            _delete_with_dependents(session, row)
        known = tombstones.deleted_versions(stored, device) if stored else {}
        versions = merge.bumped(merge.joined(known, remote_versions), device)
        gone = tombstones.marker(tombstones.now_text(), device)
        _save_state(session, {where: (gone, versions)})
    else:
        if deleted_here:
            _restore(session, row, remote)
        elif _current(session, row) is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "errores",
                    "El registro de ese conflicto ya no existe en esta base de datos.",
                )
            )
        fields = _current(session, row)
        known = stored[1] if stored else {}
        versions = merge.bumped(merge.joined(known, remote_versions), device)
        _save_state(session, {where: (records.content_hash(row.table_name, fields), versions)})
    _mark_resolved(session, [row.id])


def _current(session: Session, row: SyncConflict) -> dict[str, Any] | None:
    table = records.table_named(row.table_name)
    try:
        return records.read_table_row(session.connection(), table, row.record_id)
    except NoResultFound:
        return None


def _delete_with_dependents(session: Session, row: SyncConflict) -> None:
    """Delete the record and what cascades from it, as a tombstone would have; conflicts
    waiting on those dependents are settled with it."""
    from alianzas_desktop.sync.deletions import Dependents, delete_records

    snapshot = records.read_snapshot(session.connection(), with_files=False)
    if snapshot.get(row.table_name, row.record_id) is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "errores", "El registro de ese conflicto ya no existe en esta base de datos."
            )
        )
    doomed = Dependents(snapshot).cascade((row.table_name, row.record_id))
    if any(merge.frozen_fields(t, snapshot.get(t, k), snapshot) for t, k in doomed):
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "errores",
                "Ese registro es (o contiene) un documento congelado: no se puede eliminar.",
            )
        )
    try:
        delete_records(session, doomed)
    except IntegrityError as exc:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "errores",
                "No se puede eliminar: otros registros de esta base de datos todavía lo usan.",
            )
        ) from exc
    settle_conflicts_of(session, doomed)


def _restore(session: Session, row: SyncConflict, remote: dict[str, Any]) -> None:
    """Take back the other side's version of a record deleted here."""
    table = records.table_named(row.table_name)
    files = {
        value["attachment"]: _bytes(value["data"]) for value in remote.values() if _is_file(value)
    }
    shown = {name: _shown(value) for name, value in remote.items()}
    values = merge.python_values(row.table_name, shown, files)
    cls = merge.mapped_classes().get(row.table_name)
    try:
        if cls is None:
            session.execute(insert(table).values(**values))
        else:
            session.add(cls(**values))
        session.flush()
    except IntegrityError as exc:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "errores",
                "No se puede recuperar: el registro al que pertenece ya no existe en esta "
                "base de datos.",
            )
        ) from exc
