"""Bundles between laptops and the office: export, preview, import, conflicts and history.

Every function returns plain dataclasses ready for JSON (``asdict``). An import reads and
checks the whole bundle in memory, and plans it against the database without writing;
only then, after an automatic backup, is it applied in one transaction. Any refusal is a
BundleRefused with one Spanish sentence, and the database is left as it was.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, message
from alianzas_desktop.services.bundle_conflicts import RECORD as RECORD
from alianzas_desktop.services.bundle_conflicts import ConflictInfo as ConflictInfo
from alianzas_desktop.services.bundle_conflicts import RecordFate as RecordFate
from alianzas_desktop.services.bundle_conflicts import list_conflicts as list_conflicts
from alianzas_desktop.services.bundle_conflicts import resolve_conflict as resolve_conflict
from alianzas_desktop.services.bundle_conflicts import settle_conflicts_of
from alianzas_desktop.services.bundle_state import add_row as _add_row
from alianzas_desktop.services.bundle_state import larger_page_cache
from alianzas_desktop.services.bundle_state import pending_count as _pending_count
from alianzas_desktop.services.bundle_state import pending_keys as _pending
from alianzas_desktop.services.bundle_state import save_state as _save_state
from alianzas_desktop.services.bundle_state import stored_state as _stored_state
from alianzas_desktop.services.errors import NotFoundError, ServiceError
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.sync_models import ConflictSide as ConflictSide
from alianzas_desktop.storage.sync_models import (
    ConflictState,
    ExchangeDirection,
    SyncConflict,
    SyncExchange,
    SyncRecord,
)
from alianzas_desktop.sync import bundle as bundle_file
from alianzas_desktop.sync import crypto, deletions, devices, keys, merge, records, tombstones
from alianzas_desktop.sync.bulk import collector_paused, release_freed_memory
from alianzas_desktop.sync.bundle import Bundle, BundleError

logger = logging.getLogger(__name__)


class BundleRefused(ServiceError):
    """A bundle that cannot be exported, read or applied; nothing was changed."""


class PassphraseNeeded(BundleRefused):
    """The bundle is encrypted and no passphrase was given."""


class WrongSecret(BundleRefused):
    """The passphrase (or key) does not open the bundle, or its encrypted bytes were changed."""


class KeyNeeded(BundleRefused):
    """The bundle is encrypted to a public key whose private key is not here."""


class KeyRefused(ServiceError):
    """A key file that cannot be read, written or installed."""


@dataclass(frozen=True)
class ExportSummary:
    path: str
    bundle_id: str
    device_id: str
    facilitator: str
    counts: dict[str, int]
    attachments: int
    encrypted: bool
    recipient: str = ""  # the key id it was encrypted to, when it was
    deleted: int = 0  # tombstones: records deleted here since they were exchanged


class ChangeAction(StrEnum):
    ADDED = "agregado"
    UPDATED = "actualizado"
    CONFLICT = "conflicto"
    FROZEN_DIFFERENT = "documento_congelado_distinto"
    DELETED = "eliminado"
    DELETION_REFUSED = "eliminacion_rechazada"  # a tombstone for a frozen document
    WAITING = "en_espera"  # arrived under a record deleted here


@dataclass(frozen=True)
class ChangeInfo:
    table: str
    id: str
    action: str  # a ChangeAction


@dataclass(frozen=True)
class ImportSummary:
    bundle_id: str
    device_id: str
    facilitator: str
    created_at: str
    applied: bool
    dry_run: bool
    added: int
    updated: int
    conflicts: int
    new_conflicts: int
    pending_conflicts: int
    frozen_different: int
    erasures: int
    kept_erased: int
    kept_deleted: int
    backup: str | None
    deleted: int = 0
    refused_deletions: int = 0
    waiting: int = 0
    changes: list[ChangeInfo] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


@dataclass(frozen=True)
class ExchangeInfo:
    id: str
    at: str
    direction: str
    bundle_id: str
    device_id: str
    facilitator: str
    file_name: str
    added: int
    updated: int
    conflicts: int


# -- export --------------------------------------------------------------------------------


def export_bundle(
    db: Database,
    target: Path,
    alliance_ids: list[str] | None = None,
    passphrase: str | None = None,
    recipient: Path | None = None,
) -> ExportSummary:
    """Write all alliances (or the chosen ones, with everything they point at) to ``target``.

    Encrypted with ``passphrase``, or to the public key in the file ``recipient`` (only its
    private key opens it), or neither.
    """
    target = Path(target)
    if passphrase is not None and recipient is not None:
        raise BundleRefused(
            QT_TRANSLATE_NOOP(
                "errores", "Elija una sola forma de cifrar: contraseña o clave de la oficina."
            )
        )
    public_key = _public_key(recipient) if recipient is not None else None
    bundle_id = str(uuid.uuid4())
    with db.transaction() as session:
        device = devices.ensure_device_id(session)
        snapshot = records.read_snapshot(session.connection())
        stored = _stored_state(session)
        # Deletions from the whole database: a record a selection leaves out is not deleted.
        gone, new_markers = tombstones.local_tombstones(snapshot, stored, device)
        if alliance_ids:
            missing = [a for a in alliance_ids if a not in snapshot.rows.get("alliances", {})]
            if missing:
                raise NotFoundError(
                    message(
                        QT_TRANSLATE_NOOP("errores", "No existe la alianza {alliance}."),
                        alliance=missing[0],
                    )
                )
            snapshot = records.select_alliances(snapshot, alliance_ids)
        state = merge.current_state(snapshot, stored, device)
        changed = {k: v for k, v in state.items() if stored.get(k) != v}
        _save_state(session, {**changed, **new_markers})
        versions = {key: value[1] for key, value in state.items()}
        facilitator = devices.facilitator_name()
        data = bundle_file.build_bundle(
            snapshot,
            versions,
            device_id=device,
            facilitator=facilitator,
            bundle_id=bundle_id,
            alliances=sorted(alliance_ids) if alliance_ids else None,
            signing_key=_own_signing_key(),
            tombstones=gone,
        )
        if passphrase is not None:
            data = crypto.encrypt(data, passphrase)
        elif public_key is not None:
            data = crypto.encrypt_for(data, public_key)
        counts = {name: n for name, n in snapshot.count().items() if n}
        _add_row(
            session,
            SyncExchange,
            direction=ExchangeDirection.EXPORTED.value,
            bundle_id=bundle_id,
            device_id=device,
            facilitator=facilitator,
            file_name=target.name[:255],
            added=sum(counts.values()),
            summary=json.dumps({"counts": counts, "deleted": len(gone)}, ensure_ascii=False),
        )
        try:
            bundle_file.write_bundle(target, data)
        except OSError as exc:
            from alianzas_desktop.storage.os_errors import spanish_os_error

            raise BundleRefused(spanish_os_error(exc, target)) from exc
    return ExportSummary(
        path=str(target),
        bundle_id=bundle_id,
        device_id=device,
        facilitator=facilitator,
        counts=counts,
        attachments=len(snapshot.attachments),
        deleted=len(gone),
        encrypted=passphrase is not None or public_key is not None,
        recipient=crypto.key_id(public_key) if public_key is not None else "",
    )


def _own_signing_key() -> str | None:
    """This installation's document-signing public key, for the manifest (keys travel in
    bundles, so the other side can verify this side's documents offline)."""
    from alianzas_desktop.sync import signing

    try:
        return signing.b64url(signing.public_signing_key())
    except (OSError, ValueError) as exc:
        logger.warning("Sin clave de firma en el paquete: %s", exc)
        return None


def _remember_signing_key(bundle: Bundle) -> None:
    """Keep the exporting device's signing key (a file in the data folder, not a record)."""
    from alianzas_desktop.sync import signing

    if not bundle.signing_key:
        return
    try:
        signing.remember_signing_key(signing.unb64url(bundle.signing_key))
    except (OSError, ValueError) as exc:
        logger.warning("No se guardó la clave de firma del paquete: %s", exc)


def _public_key(path: Path) -> bytes:
    try:
        return keys.read_public_key_file(Path(path))
    except keys.KeyFileError as exc:
        raise KeyRefused(str(exc)) from exc


# -- reading a bundle ----------------------------------------------------------------------


def read_bundle_file(
    path: Path,
    passphrase: str | None = None,
    key: Path | None = None,
    *,
    defer_hashes: bool = False,
) -> Bundle:
    """The bundle at ``path``, checked whole in memory; BundleRefused when it is not fit.

    A bundle encrypted to a public key opens with the private key in the file ``key``, or
    else with this installation's own (the office's, at the office). ``defer_hashes``:
    see ``sync.bundle.read_bundle``.
    """
    path = Path(path)
    try:
        if not path.is_file():
            raise BundleRefused(
                message(
                    QT_TRANSLATE_NOOP("errores", "No existe el paquete: {path}"), path=str(path)
                )
            )
        size = path.stat().st_size
        if size > bundle_file.MAX_FILE_BYTES + crypto.OVERHEAD:
            raise BundleRefused(
                QT_TRANSLATE_NOOP("errores", "El paquete es demasiado grande para Alianzas.")
            )
        data = path.read_bytes()
    except OSError as exc:
        from alianzas_desktop.storage.os_errors import spanish_os_error

        raise BundleRefused(spanish_os_error(exc, path)) from exc
    try:
        if crypto.method(data) == crypto.KEY_ALG and passphrase is not None and key is None:
            raise WrongSecret(
                QT_TRANSLATE_NOOP(
                    "errores",
                    "El paquete está cifrado para la clave de la oficina, no con una "
                    "contraseña: se abre con la clave privada de la oficina.",
                )
            )
        if crypto.method(data) == crypto.KEY_ALG:
            data = _decrypt_with_key(data, key)
        elif crypto.is_encrypted(data):
            if passphrase is None:
                raise PassphraseNeeded(
                    QT_TRANSLATE_NOOP(
                        "errores",
                        "El paquete está cifrado: indique la contraseña con la que se exportó.",
                    )
                )
            try:
                data = crypto.decrypt(data, passphrase)
            except crypto.CryptoError as exc:
                raise WrongSecret(str(exc)) from exc
        return bundle_file.read_bundle(data, defer_hashes=defer_hashes)
    except BundleError as exc:
        raise BundleRefused(str(exc)) from exc


def _decrypt_with_key(data: bytes, key: Path | None) -> bytes:
    try:
        private_key = keys.read_private_key_file(key) if key else keys.existing_private_key()
    except keys.KeyFileError as exc:
        raise KeyRefused(str(exc)) from exc
    if private_key is None:
        raise KeyNeeded(
            message(
                QT_TRANSLATE_NOOP(
                    "errores",
                    "El paquete está cifrado para la clave de la oficina ({key}): "
                    "solo se abre con su clave privada.",
                ),
                key=crypto.recipient_of(data),
            )
        )
    try:
        return crypto.decrypt_with_key(data, private_key)
    except crypto.CryptoError as exc:
        raise WrongSecret(str(exc)) from exc


class Encryption(StrEnum):
    NONE = "ninguno"
    PASSPHRASE = "contraseña"
    KEY = "clave"


def encryption_of(path: Path) -> str:
    """How the file at ``path`` is encrypted (an Encryption); only its header is read."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(len(crypto.MAGIC) + 2 + 1024)
    except OSError:
        return Encryption.NONE.value
    if not crypto.is_encrypted(head):
        return Encryption.NONE.value
    if crypto.method(head) == crypto.KEY_ALG:
        return Encryption.KEY.value
    return Encryption.PASSPHRASE.value


def inspect_bundle(
    path: Path, passphrase: str | None = None, key: Path | None = None
) -> dict[str, Any]:
    """The manifest and counts of a bundle, without a database."""
    return bundle_file.describe(read_bundle_file(path, passphrase, key))


# -- import --------------------------------------------------------------------------------


def _plan(session: Session, bundle: Bundle, device: str) -> tuple[merge.Plan, records.Snapshot]:
    snapshot = records.read_snapshot(session.connection(), with_files=False)
    try:
        plan = merge.plan_import(
            bundle, snapshot, _stored_state(session), device, _pending(session)
        )
    except BundleError as exc:
        raise BundleRefused(str(exc)) from exc
    return plan, snapshot


def _summary(
    bundle: Bundle,
    plan: merge.Plan,
    *,
    applied: bool,
    dry_run: bool,
    pending: int,
    backup: Path | None,
) -> ImportSummary:
    added, updated = ChangeAction.ADDED.value, ChangeAction.UPDATED.value
    changes = [ChangeInfo(c.table, c.key, added if c.added else updated) for c in plan.changes]
    changes += [ChangeInfo(c.table, c.key, ChangeAction.CONFLICT.value) for c in plan.conflicts]
    changes += [ChangeInfo(t, k, ChangeAction.CONFLICT.value) for t, k in plan.already_pending]
    changes += [
        ChangeInfo(f.table, f.key, ChangeAction.FROZEN_DIFFERENT.value) for f in plan.frozen
    ]
    changes += [ChangeInfo(d.table, d.key, ChangeAction.DELETED.value) for d in plan.deletions]
    changes += [
        ChangeInfo(c.table, c.key, ChangeAction.CONFLICT.value) for c in plan.deletion_conflicts
    ]
    changes += [
        ChangeInfo(t, k, ChangeAction.DELETION_REFUSED.value) for t, k in plan.refused_deletions
    ]
    changes += [ChangeInfo(t, k, ChangeAction.WAITING.value) for t, k in plan.orphaned]
    return ImportSummary(
        bundle_id=bundle.bundle_id,
        device_id=bundle.device_id,
        facilitator=bundle.facilitator,
        created_at=bundle.manifest["created_at"],
        applied=applied,
        dry_run=dry_run,
        added=plan.added,
        updated=plan.updated,
        conflicts=len(plan.conflicts) + len(plan.deletion_conflicts) + len(plan.already_pending),
        new_conflicts=len(plan.conflicts) + len(plan.deletion_conflicts),
        pending_conflicts=pending,
        frozen_different=len(plan.frozen),
        erasures=len(plan.erasures),
        kept_erased=len(plan.kept_erased),
        kept_deleted=len(plan.kept_deleted),
        backup=str(backup) if backup else None,
        deleted=len(plan.deletions),
        refused_deletions=len(plan.refused_deletions),
        waiting=len(plan.orphaned),
        changes=changes,
    )


def preview_import(
    db: Database, path: Path, passphrase: str | None = None, key: Path | None = None
) -> ImportSummary:
    """What importing would add, update and leave in conflict; nothing is written."""
    bundle = read_bundle_file(path, passphrase, key)
    with db.reading() as session:
        device = devices.device_id(session) or devices.UNNAMED_DEVICE
        plan, _snapshot = _plan(session, bundle, device)
        pending = _pending_count(session) + len(plan.conflicts) + len(plan.deletion_conflicts)
    return _summary(bundle, plan, applied=False, dry_run=True, pending=pending, backup=None)


def import_bundle(
    db: Database, path: Path, passphrase: str | None = None, key: Path | None = None
) -> ImportSummary:
    """Merge the bundle; conflicts are kept for ``resolve_conflict``.

    Nothing is written when the bundle brings nothing new (importing it twice changes
    nothing); otherwise an automatic backup is taken first.
    """
    try:
        with collector_paused():
            return _import_bundle(db, path, passphrase, key)
    finally:
        release_freed_memory()


def _import_bundle(
    db: Database, path: Path, passphrase: str | None, key: Path | None
) -> ImportSummary:
    # On PostgreSQL the records' hashes are compared while the import waits for the server
    # (about 1.3 s of an office bundle's reading), and before anything is committed.
    defer = not db.read_only and db.engine.dialect.name == "postgresql"
    bundle = read_bundle_file(path, passphrase, key, defer_hashes=defer)
    if db.read_only:  # refused below only when there is something to write, as always
        with db.reading() as session:
            device = devices.device_id(session) or devices.UNNAMED_DEVICE
            plan, _snapshot = _plan(session, bundle, device)
            pending = _pending_count(session)
        if not plan.has_work:
            _remember_signing_key(bundle)
            return _summary(
                bundle, plan, applied=False, dry_run=False, pending=pending, backup=None
            )
    backup = None
    try:
        # Planned once, inside the transaction that applies it and before anything is
        # written there; the backup is taken then, when the plan has work. On SQLite the
        # copy holds what the plan read (a write by another connection since would make
        # this transaction's first write fail, changing nothing); PostgreSQL has no file.
        with db.transaction() as session:
            device = devices.device_id(session) or devices.UNNAMED_DEVICE
            plan, snapshot = _plan(session, bundle, device)
            checks = bundle_file.hash_checks(bundle)
            if plan.has_work:
                backup = _backup_before_import(db)
                named = devices.ensure_device_id(session)
                if named != device and _device_counts(session, snapshot):
                    plan, snapshot = _plan(session, bundle, named)  # its first exchange
                with larger_page_cache(session):
                    _apply(session, bundle, plan, snapshot, Path(path).name, db.actor(), checks)
            for _step in checks:  # what the waits left, before the commit
                pass
            pending = _pending_count(session)
    except BundleError as exc:  # a deferred hash check: the transaction was undone
        raise BundleRefused(str(exc)) from exc
    except IntegrityError as exc:
        logger.exception("La base de datos rechazó el paquete")
        raise BundleRefused(
            QT_TRANSLATE_NOOP(
                "errores",
                "La base de datos rechazó el paquete (un documento congelado o un registro "
                "repetido); no se cambió nada.",
            )
        ) from exc
    _remember_signing_key(bundle)
    if plan.erasures:
        db.purge_free_space()  # the erased values must not stay in freed pages
    applied = plan.has_work
    return _summary(bundle, plan, applied=applied, dry_run=False, pending=pending, backup=backup)


def _device_counts(session: Session, snapshot: records.Snapshot) -> bool:
    """Whether a plan depends on this database's device id: it counts the edits of the
    records here, and the deletions of records exchanged before (none in an empty one)."""
    if any(snapshot.rows.values()):
        return True
    table = SyncRecord.__table__
    return session.execute(select(table.c.record_id).limit(1)).first() is not None


def _apply(
    session: Session,
    bundle: Bundle,
    plan: merge.Plan,
    snapshot: records.Snapshot,
    name: str,
    actor: str,
    meanwhile: Iterator[None],
) -> None:
    """Carry out the plan in the import's transaction, with its exchange and conflicts;
    steps of ``meanwhile`` are taken while the server writes."""
    _erase_arriving(session, plan.erasures)
    gone = deletions.apply_deletions(session, plan, snapshot)
    settle_conflicts_of(session, gone)
    merge.apply_plan(session, plan, bundle, snapshot, actor=actor, meanwhile=meanwhile)
    exchange = _record_import(session, bundle, plan, name)
    for item in plan.conflicts:
        local, remote = merge.conflict_payload(item, bundle.attachments)
        _add_conflict(
            session, exchange, bundle, item, item.record.hash, item.record.versions, local, remote
        )
    for item in plan.deletion_conflicts:
        _add_deletion_conflict(session, exchange, bundle, item)
    _save_state(session, plan.state)
    session.flush()


def _add_deletion_conflict(
    session: Session, exchange: str, bundle: Bundle, item: merge.DeletionConflict
) -> None:
    """Deleted on one side, changed on the other: the side that still has the record keeps
    its fields («null» for the side that deleted it)."""
    if item.tombstone is not None:  # deleted there, changed here
        remote_hash, versions = item.tombstone.marker, item.tombstone.versions
        local, remote = json.dumps(item.local, ensure_ascii=False, sort_keys=True), "null"
    else:  # deleted here, changed there
        conflict = merge.ConflictItem(item.table, item.key, item.record, {}, [])
        _ignored, remote = merge.conflict_payload(conflict, bundle.attachments)
        remote_hash, versions, local = item.record.hash, item.record.versions, "null"
    _add_conflict(session, exchange, bundle, item, remote_hash, versions, local, remote)


def _add_conflict(
    session: Session,
    exchange: str,
    bundle: Bundle,
    item,
    remote_hash: str,
    versions,
    local: str,
    remote: str,
) -> None:
    """A pending conflict over ``item``'s record (its table and key), for the view to settle."""
    _add_row(
        session,
        SyncConflict,
        exchange_id=exchange,
        table_name=item.table,
        record_id=item.key,
        device_id=bundle.device_id,
        remote_hash=remote_hash,
        remote_versions=json.dumps(versions, sort_keys=True),
        local_fields=local,
        remote_fields=remote,
        status=ConflictState.PENDING.value,
    )


def _erase_arriving(session: Session, person_ids: list[str]) -> None:
    """People erased on the other side are erased here the same way as `alianzas person erase`
    (mentions redacted, the audit log cleaned), inside the import's transaction."""
    from alianzas_desktop.services.personal_data import _erase_records, _person_needles
    from alianzas_desktop.storage.models import Person

    for person_id in person_ids:
        person = session.get(Person, person_id)
        if person is not None and person.erased_at is None:
            _erase_records(session, person_id, _person_needles(person), redact=True, live=True)
    session.flush()


def _backup_before_import(db: Database) -> Path | None:
    from alianzas_desktop.storage.backup import BackupError, automatic_backup

    if db.path is None:
        return None
    try:
        return automatic_backup(db.path, "antes-de-importar")
    except (BackupError, OSError) as exc:
        raise BundleRefused(
            QT_TRANSLATE_NOOP(
                "errores",
                "No se pudo hacer el respaldo automático antes de importar; no se cambió nada.",
            )
        ) from exc


def _record_import(session: Session, bundle: Bundle, plan: merge.Plan, name: str) -> str:
    devices.remember_peer(session, bundle.device_id, bundle.facilitator)
    return _add_row(
        session,
        SyncExchange,
        direction=ExchangeDirection.IMPORTED.value,
        bundle_id=bundle.bundle_id,
        device_id=bundle.device_id,
        facilitator=bundle.facilitator,
        bundle_created_at=bundle.manifest["created_at"][:40],
        file_name=name[:255],
        added=plan.added,
        updated=plan.updated,
        conflicts=len(plan.conflicts) + len(plan.deletion_conflicts),
        summary=json.dumps(
            {
                "frozen_different": [[f.table, f.key] for f in plan.frozen],
                "erasures": plan.erasures,
                "kept_erased": plan.kept_erased,
                "deleted": [[d.table, d.key] for d in plan.deletions],
                "refused_deletions": [list(w) for w in plan.refused_deletions],
                "waiting": [list(w) for w in plan.orphaned],
            },
            ensure_ascii=False,
        ),
    )


# -- history ------------------------------------------------------------------------------


def list_exchanges(db: Database) -> list[ExchangeInfo]:
    """Every bundle exported from or imported into this database, newest first."""
    with db.reading() as session:
        rows = session.scalars(select(SyncExchange).order_by(SyncExchange.at.desc()))
        return [
            ExchangeInfo(
                id=r.id,
                at=r.at.isoformat(timespec="seconds"),
                direction=r.direction,
                bundle_id=r.bundle_id,
                device_id=r.device_id,
                facilitator=r.facilitator,
                file_name=r.file_name,
                added=r.added,
                updated=r.updated,
                conflicts=r.conflicts,
            )
            for r in rows
        ]


# -- keys ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyInfo:
    key_id: str
    path: str


def export_public_key(target: Path) -> KeyInfo:
    """Write this installation's public key (made the first time) to ``target``."""
    target = Path(target)
    try:
        info = keys.export_public_key(target)
    except keys.KeyFileError as exc:
        raise KeyRefused(str(exc)) from exc
    except OSError as exc:
        from alianzas_desktop.storage.os_errors import spanish_os_error

        raise KeyRefused(spanish_os_error(exc, target)) from exc
    return KeyInfo(info.key_id, info.path)


def install_office_key(source: Path) -> KeyInfo:
    """Install the office's public key: bundles can then be encrypted «para la oficina»."""
    try:
        info = keys.install_office_key(Path(source))
    except keys.KeyFileError as exc:
        raise KeyRefused(str(exc)) from exc
    except OSError as exc:
        from alianzas_desktop.storage.os_errors import spanish_os_error

        raise KeyRefused(spanish_os_error(exc, Path(source))) from exc
    return KeyInfo(info.key_id, info.path)


def office_key() -> KeyInfo | None:
    """The office's public key installed here, or None."""
    try:
        info = keys.office_key()
    except keys.KeyFileError as exc:
        logger.warning("La clave de la oficina instalada no se puede leer: %s", exc)
        return None
    return KeyInfo(info.key_id, info.path) if info else None
