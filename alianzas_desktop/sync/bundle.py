"""The bundle file (``.alianzas``): a zip written whole and sealed, read back only after every
check has passed, in memory.

The zip holds ``manifest.json``, one ``records/<table>.json`` per table, the files
(``attachments/<sha256>``) and, from format 2, ``tombstones.json`` (records deleted on
the exporting side, see ``sync.tombstones``). Its comment ends with the SHA-256 of every
byte before it, so a byte changed anywhere in the file, or a file cut short, is refused
before the zip itself is read. What the zip's directory declares is checked first (names,
count, sizes, compression ratios), and members are then read with a cap, so a zip bomb costs neither
time nor memory.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alianzas_desktop import __version__
from alianzas_desktop.files import write_durably
from alianzas_desktop.sync import fast_check, schema
from alianzas_desktop.sync.records import (
    Snapshot,
    canonical,
    column_readers,
    content_hash,
    is_file_column,
    key_of,
    sha256_hex,
    table_named,
    travelling_tables,
)
from alianzas_desktop.sync.tombstones import MEMBER as TOMBSTONES
from alianzas_desktop.sync.tombstones import Tombstone, tombstone_from_json

logger = logging.getLogger(__name__)

SUFFIX = ".alianzas"
MANIFEST = "manifest.json"
SEAL_PREFIX = b"alianzas-sha256:"
SEAL_LENGTH = len(SEAL_PREFIX) + 64

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_MEMBERS = 20_000
MAX_MEMBER_BYTES = 128 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
# JSON compresses some ten times; a member many hundred times smaller than it claims to be
# is a bomb. Small members are let through whatever their ratio (their size is bounded).
MAX_RATIO = 200
RATIO_FROM_BYTES = 1024 * 1024
_CHUNK = 64 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


class BundleError(ValueError):
    """A bundle refused; ``str(error)`` is one Spanish sentence saying why."""


@dataclass
class IncomingRecord:
    key: str
    hash: str
    versions: dict[str, int]
    fields: dict[str, Any]


@dataclass
class Bundle:
    """A bundle read and checked, whole, in memory."""

    manifest: dict[str, Any]
    records: dict[str, dict[str, IncomingRecord]] = field(default_factory=dict)
    attachments: dict[str, bytes] = field(default_factory=dict)
    tombstones: dict[tuple[str, str], Tombstone] = field(default_factory=dict)
    # Records read with ``defer_hashes`` whose declared hash is still to be compared with
    # their fields, by ``hash_checks``.
    unchecked: list[tuple[str, IncomingRecord]] = field(default_factory=list)

    @property
    def device_id(self) -> str:
        return self.manifest["device"]["id"]

    @property
    def facilitator(self) -> str:
        return self.manifest["device"]["facilitator"]

    @property
    def signing_key(self) -> str | None:
        """The exporting device's document-signing public key (base64url), when it sent one."""
        return self.manifest["device"].get("signing_key")

    @property
    def bundle_id(self) -> str:
        return self.manifest["bundle_id"]

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.records.items() if rows}


# -- writing -------------------------------------------------------------------------------


def build_bundle(
    snapshot: Snapshot,
    versions: dict[tuple[str, str], dict[str, int]],
    *,
    device_id: str,
    facilitator: str,
    bundle_id: str,
    alliances: list[str] | None,
    created_at: datetime | None = None,
    signing_key: str | None = None,
    tombstones: list[Tombstone] | None = None,
) -> bytes:
    """The sealed zip of ``snapshot``; ``versions`` gives each record's version vector.

    With ``tombstones`` the bundle is format 2 (older installations refuse it rather than
    miss the deletions); without, format 1, which every installation reads.
    """
    members: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    for table in travelling_tables():
        rows = snapshot.rows.get(table.name, {})
        if not rows:
            continue
        records = [
            {
                "key": key,
                "hash": content_hash(table.name, fields),
                "versions": versions[(table.name, key)],
                "fields": fields,
            }
            for key, fields in sorted(rows.items())
        ]
        members[f"records/{table.name}.json"] = canonical({"table": table.name, "records": records})
        counts[table.name] = len(records)
    for digest, data in sorted(snapshot.attachments.items()):
        members[f"attachments/{digest}"] = data
    tombstones = sorted(tombstones or [], key=lambda t: (t.table, t.key))
    if tombstones:
        members[TOMBSTONES] = canonical({"tombstones": [t.as_json() for t in tombstones]})
    moment = (created_at or datetime.now(UTC)).astimezone(UTC)
    manifest = {
        "format": schema.FORMAT_NAME,
        "format_version": schema.TOMBSTONES_SINCE if tombstones else 1,
        "app_version": __version__,
        "bundle_id": bundle_id,
        "created_at": moment.isoformat(timespec="seconds"),
        "device": {
            "id": device_id,
            "facilitator": facilitator[:200],
            **({"signing_key": signing_key} if signing_key else {}),
        },
        "alliances": alliances,
        "counts": counts,
        **({"tombstones": len(tombstones)} if tombstones else {}),
        "members": {
            name: {"sha256": sha256_hex(data), "size": len(data)} for name, data in members.items()
        },
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
        )
        for name, data in members.items():
            stored = name.startswith("attachments/")
            archive.writestr(
                name, data, compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            )
        archive.comment = SEAL_PREFIX + b"0" * 64
    return seal(buffer.getvalue())


def seal(data: bytes) -> bytes:
    """Put the SHA-256 of everything before it in the last 64 bytes (the zip's comment)."""
    body = data[:-64]
    return body + hashlib.sha256(body).hexdigest().encode("ascii")


def write_bundle(target: Path, data: bytes) -> None:
    """Written through a temporary file, flushed and renamed: a stick pulled out mid-write
    leaves the old file or none, never one that looks complete."""
    write_durably(target, data)


# -- reading -------------------------------------------------------------------------------

DAMAGED = (
    "El paquete está dañado o incompleto (no coincide su suma de verificación): pida que lo "
    "exporten de nuevo."
)


def check_seal(data: bytes) -> None:
    if len(data) < SEAL_LENGTH + 22 or data[-SEAL_LENGTH:-64] != SEAL_PREFIX:
        raise BundleError("El archivo no es un paquete de Alianzas, o está dañado o incompleto.")
    if hashlib.sha256(data[:-64]).hexdigest().encode("ascii") != data[-64:]:
        raise BundleError(DAMAGED)


def _check_name(name: str) -> None:
    shown = name[:80]
    if ".." in name.replace("\\", "/").split("/") or ".." in name:
        raise BundleError(f"El paquete nombra un archivo fuera de su carpeta («{shown}»).")
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        raise BundleError(f"El paquete nombra un archivo con ruta absoluta («{shown}»).")
    if name != MANIFEST and not re.fullmatch(schema.MEMBER_PATTERN, name):
        raise BundleError(f"El paquete contiene un archivo que no corresponde («{shown}»).")


def check_directory(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """What the zip's directory declares: refused before any member is decompressed."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleError(
            f"El paquete tiene demasiados archivos ({len(infos)}; el máximo es {MAX_MEMBERS})."
        )
    names: set[str] = set()
    total = 0
    for info in infos:
        _check_name(info.filename)
        if info.filename in names:
            raise BundleError(f"El paquete repite el archivo «{info.filename[:80]}».")
        names.add(info.filename)
        if info.flag_bits & 0x1:
            raise BundleError("El paquete tiene archivos cifrados a la manera de zip.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleError("El paquete usa una compresión que Alianzas no lee.")
        if info.file_size > MAX_MEMBER_BYTES:
            raise BundleError(
                f"Un archivo del paquete es demasiado grande («{info.filename[:80]}»)."
            )
        if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise BundleError(
                f"Un archivo del paquete está comprimido de forma sospechosa "
                f"(«{info.filename[:80]}»): se rechaza por seguridad."
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise BundleError("El contenido del paquete es demasiado grande.")
    if MANIFEST not in names:
        raise BundleError("El paquete no tiene manifest.json: no es un paquete de Alianzas.")
    return infos


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, never more than its directory entry declared."""
    parts = []
    read = 0
    try:
        with archive.open(info) as handle:
            while True:
                chunk = handle.read(_CHUNK)
                if not chunk:
                    break
                read += len(chunk)
                if read > info.file_size:
                    raise BundleError(
                        f"Un archivo del paquete es más grande de lo que declara "
                        f"(«{info.filename[:80]}»): se rechaza por seguridad."
                    )
                parts.append(chunk)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        if isinstance(exc, BundleError):
            raise
        raise BundleError(DAMAGED) from exc
    return b"".join(parts)


def _json(name: str, data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleError(f"El paquete tiene un archivo JSON mal formado («{name}»).") from exc


def read_manifest(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> dict[str, Any]:
    info = next(i for i in infos if i.filename == MANIFEST)
    manifest = _json(MANIFEST, read_member(archive, info))
    if not isinstance(manifest, dict) or manifest.get("format") != schema.FORMAT_NAME:
        raise BundleError("El archivo no es un paquete de Alianzas (formato desconocido).")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError("El paquete tiene una versión de formato desconocida.")
    if version > schema.FORMAT_VERSION:
        raise BundleError(
            f"El paquete usa la versión {version} del formato, más reciente que la que esta "
            f"versión de Alianzas lee ({schema.FORMAT_VERSION}): actualice Alianzas."
        )
    try:
        schema.validate(manifest, schema.manifest_schema())
    except schema.SchemaViolation as exc:
        raise BundleError(f"El manifest.json del paquete no es válido: {exc}.") from exc
    if version < schema.TOMBSTONES_SINCE and (
        "tombstones" in manifest or TOMBSTONES in manifest["members"]
    ):
        raise BundleError(
            f"El paquete dice ser de la versión {version} del formato pero trae registros "
            "eliminados, que esa versión no conoce."
        )
    return manifest


def read_bundle(data: bytes, *, defer_hashes: bool = False) -> Bundle:
    """Check everything and return the bundle; BundleError with one Spanish sentence if not.

    With ``defer_hashes`` each record's declared hash is compared with its fields later,
    by ``hash_checks``, which the caller must run to its end before it keeps anything the
    bundle brought (an import does it while it waits for the server, then commits).
    """
    if len(data) > MAX_FILE_BYTES:
        raise BundleError("El paquete es demasiado grande para Alianzas.")
    check_seal(data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BundleError(DAMAGED) from exc
    with archive:
        infos = check_directory(archive)
        manifest = read_manifest(archive, infos)
        declared = manifest["members"]
        present = {i.filename for i in infos} - {MANIFEST}
        if set(declared) != present:
            raise BundleError(
                "El contenido del paquete no coincide con su manifiesto (faltan o sobran archivos)."
            )
        members: dict[str, bytes] = {}
        for info in infos:
            if info.filename == MANIFEST:
                continue
            content = read_member(archive, info)
            entry = declared[info.filename]
            if len(content) != entry["size"] or sha256_hex(content) != entry["sha256"]:
                raise BundleError(
                    f"El archivo «{info.filename[:80]}» del paquete no coincide con su suma "
                    "de verificación: el paquete está dañado o fue modificado."
                )
            members[info.filename] = content
    return parse_members(manifest, members, defer_hashes=defer_hashes)


def parse_members(
    manifest: dict[str, Any], members: dict[str, bytes], *, defer_hashes: bool = False
) -> Bundle:
    bundle = Bundle(manifest=manifest)
    for name, content in members.items():
        if name.startswith("attachments/"):
            bundle.attachments[name.split("/", 1)[1]] = content
    known = {t.name for t in travelling_tables()}
    for name, content in members.items():
        if not name.startswith("records/"):
            continue
        table_name = name[len("records/") : -len(".json")]
        if table_name not in known:
            raise BundleError(f"El paquete trae registros de una tabla desconocida («{name}»).")
        document = _json(name, content)
        try:
            if not fast_check.records_fit(document, table_name):
                schema.validate(document, schema.records_schema(table_name))
        except schema.SchemaViolation as exc:
            raise BundleError(f"Los registros de «{name}» no cumplen el formato ({exc}).") from exc
        bundle.records[table_name] = _records(table_name, document["records"], bundle, defer_hashes)
    for table_name, count in manifest["counts"].items():
        if len(bundle.records.get(table_name, {})) != count:
            raise BundleError(
                f"El paquete declara {count} registros de «{table_name}» pero trae "
                f"{len(bundle.records.get(table_name, {}))}."
            )
    _tombstones(manifest, members, bundle)
    return bundle


def _tombstones(manifest: dict[str, Any], members: dict[str, bytes], bundle: Bundle) -> None:
    declared = manifest.get("tombstones", 0)
    if (declared > 0) != (TOMBSTONES in members):
        raise BundleError(
            "El contenido del paquete no coincide con su manifiesto (registros eliminados)."
        )
    if not declared:
        return
    document = _json(TOMBSTONES, members[TOMBSTONES])
    try:
        schema.validate(document, schema.tombstones_schema())
    except schema.SchemaViolation as exc:
        raise BundleError(f"Los registros eliminados no cumplen el formato ({exc}).") from exc
    items = document["tombstones"]
    if len(items) != declared:
        raise BundleError(
            f"El paquete declara {declared} registros eliminados pero trae {len(items)}."
        )
    for item in items:
        tombstone = tombstone_from_json(item)
        where = (tombstone.table, tombstone.key)
        if where in bundle.tombstones or tombstone.key in bundle.records.get(tombstone.table, {}):
            raise BundleError(
                f"El paquete trae un registro de «{tombstone.table}» a la vez eliminado y "
                "vigente, o eliminado dos veces."
            )
        bundle.tombstones[where] = tombstone


def _records(
    table_name: str, items: list[dict], bundle: Bundle, defer_hashes: bool
) -> dict[str, IncomingRecord]:
    table = table_named(table_name)
    files = [c.name for c in table.columns if is_file_column(c)]
    # Only a date, time or moment can pass the schema and still not be read back (a 31st
    # of February): the other values are taken as they are.
    dated = [(name, read) for name, read in column_readers(table_name)[1] if read is not None]
    records: dict[str, IncomingRecord] = {}
    for item in items:
        fields = item["fields"]
        key = item["key"]
        if key != key_of(table, fields) or key in records:
            raise BundleError(
                f"Un registro de «{table_name}» tiene una clave que no corresponde o repetida."
            )
        if not defer_hashes:
            _check_hash(table_name, fields, item["hash"])
        for name, read in dated:
            if fields[name] is None:
                continue
            try:
                read(fields[name])
            except (TypeError, ValueError) as exc:
                raise BundleError(
                    f"Un registro de «{table_name}» tiene un valor no válido en «{name}»."
                ) from exc
        for name in files:
            value = fields[name]
            if value is not None and value["attachment"] not in bundle.attachments:
                raise BundleError(
                    f"Un registro de «{table_name}» nombra un archivo adjunto que el paquete "
                    "no trae."
                )
        records[key] = IncomingRecord(key, item["hash"], dict(item["versions"]), fields)
        if defer_hashes:
            bundle.unchecked.append((table_name, records[key]))
    return records


def _check_hash(table_name: str, fields: dict[str, Any], declared: str) -> None:
    if content_hash(table_name, fields) != declared:
        raise BundleError(f"Un registro de «{table_name}» no coincide con su suma de verificación.")


# Records compared at each step of ``hash_checks``: a few milliseconds.
HASH_SLICE = 200


def hash_checks(bundle: Bundle, size: int = HASH_SLICE) -> Iterator[None]:
    """The comparisons ``read_bundle(…, defer_hashes=True)`` left: ``size`` records'
    declared hashes with their fields, then a yield, until none is left; BundleError at
    the first that differs. A bundle read whole has nothing left and yields nothing."""
    unchecked = bundle.unchecked
    while unchecked:
        for table_name, record in unchecked[-size:]:
            _check_hash(table_name, record.fields, record.hash)
        del unchecked[-size:]
        yield


def describe(bundle: Bundle) -> dict[str, Any]:
    """The manifest and counts, as `alianzas bundle inspect` prints them."""
    manifest = bundle.manifest
    return {
        "format_version": manifest["format_version"],
        "app_version": manifest["app_version"],
        "bundle_id": manifest["bundle_id"],
        "created_at": manifest["created_at"],
        "device_id": manifest["device"]["id"],
        "facilitator": manifest["device"]["facilitator"],
        "alliances": manifest["alliances"],
        "counts": dict(manifest["counts"]),
        "attachments": len(bundle.attachments),
        "deleted": len(bundle.tombstones),
    }
