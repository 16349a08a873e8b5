"""Taking a bundle apart and putting it back together, sealed, as a hostile sender could."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable

from alianzas_desktop.sync.bundle import MANIFEST, SEAL_PREFIX, seal
from alianzas_desktop.sync.records import content_hash, sha256_hex


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def zip_sealed(members: list[tuple[str, bytes]] | dict[str, bytes], **options) -> bytes:
    """A zip of exactly these members, sealed like a real bundle (so the seal is not what
    refuses it)."""
    items = members.items() if isinstance(members, dict) else members
    buffer = io.BytesIO()
    compression = options.get("compression", zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, content in items:
            archive.writestr(name, content)
        archive.comment = SEAL_PREFIX + b"0" * 64
    return seal(buffer.getvalue())


def rebuild(
    data: bytes,
    change: Callable[[dict[str, bytes], dict], None],
    *,
    fix_checksums: bool = True,
) -> bytes:
    """Apply ``change(members, manifest)`` and seal again, checksums recomputed unless told."""
    members = members_of(data)
    manifest = json.loads(members.pop(MANIFEST))
    change(members, manifest)
    if fix_checksums:
        manifest["members"] = {
            name: {"sha256": sha256_hex(content), "size": len(content)}
            for name, content in members.items()
        }
    everything = {MANIFEST: json.dumps(manifest).encode("utf-8"), **members}
    return zip_sealed(everything)


def edit_record(
    table: str, key: str, fields: dict, *, device: str = "f" * 8 + "-ffff-4fff-8fff-" + "f" * 12
) -> Callable[[dict[str, bytes], dict], None]:
    """A change that rewrites one record's fields, as edited by another device (hash and
    version vector updated, so only what the record says can refuse it)."""

    def change(members: dict[str, bytes], manifest: dict) -> None:
        name = f"records/{table}.json"
        document = json.loads(members[name])
        for record in document["records"]:
            if record["key"] == key:
                record["fields"].update(fields)
                record["hash"] = content_hash(table, record["fields"])
                record["versions"][device] = record["versions"].get(device, 0) + 1
        members[name] = json.dumps(document).encode("utf-8")

    return change
