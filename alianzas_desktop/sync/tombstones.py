"""Deletions that travel: a record exchanged before and gone now becomes a tombstone.

No table remembers deletions of its own: ``sync_records`` does. A record that was exchanged
keeps its row there after it is deleted; the first time an export (or an import that meets
the record) notices it is gone, the row's ``content_hash`` becomes a *marker*,
``deleted:<moment>:<device>``, and its version vector counts the deletion as one more edit
of this device. A marker never equals a content hash, so a record that comes back under the
same key (a link row added again) is an edit newer than its deletion, as it should be.

A bundle carries every marker of the database as a tombstone (table, key, the version
vector at deletion, when and on which device), whatever alliances were chosen: a deletion
names no alliance once the record is gone, and a tombstone for a record the other side
never had only teaches it not to take that record from a third laptop.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from alianzas_desktop.sync.records import Snapshot, travelling_tables

logger = logging.getLogger(__name__)

MARKER_PREFIX = "deleted:"
MEMBER = "tombstones.json"

Versions = dict[str, int]


@dataclass(frozen=True)
class Tombstone:
    table: str
    key: str
    versions: Versions
    deleted_at: str  # ISO 8601, UTC, to the second
    device: str

    @property
    def marker(self) -> str:
        return marker(self.deleted_at, self.device)

    def as_json(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "key": self.key,
            "versions": dict(sorted(self.versions.items())),
            "deleted_at": self.deleted_at,
            "device": self.device,
        }


def marker(deleted_at: str, device: str) -> str:
    """What ``sync_records.content_hash`` holds for a deleted record (64 characters at most)."""
    return f"{MARKER_PREFIX}{deleted_at[:19]}:{device[:36]}"


def is_marker(content_hash: str | None) -> bool:
    return bool(content_hash) and content_hash.startswith(MARKER_PREFIX)


def parse_marker(text: str) -> tuple[str, str]:
    """(deleted_at, device) of a marker."""
    rest = text[len(MARKER_PREFIX) :]
    return rest[:19], rest[20:]


def now_text() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def bumped(versions: Versions, device: str) -> Versions:
    result = dict(versions)
    result[device] = result.get(device, 0) + 1
    return result


def deleted_versions(known: tuple[str, Versions], device: str) -> Versions:
    """The version vector of a record gone here: as marked, or one edit more than at the
    last exchange when its deletion has not been marked yet."""
    digest, versions = known
    return dict(versions) if is_marker(digest) else bumped(versions, device)


def local_tombstones(
    snapshot: Snapshot,
    stored: dict[tuple[str, str], tuple[str, Versions]],
    device: str,
    moment: str | None = None,
) -> tuple[list[Tombstone], dict[tuple[str, str], tuple[str, Versions]]]:
    """Every deletion this database knows of, and the markers to store for the new ones.

    ``snapshot`` must be the whole database, not the chosen alliances: a record left out of
    a selection is not deleted.
    """
    names = {t.name for t in travelling_tables()}
    moment = moment or now_text()
    found: list[Tombstone] = []
    new_markers: dict[tuple[str, str], tuple[str, Versions]] = {}
    for (table, key), (digest, versions) in sorted(stored.items()):
        if table not in names or key in snapshot.rows.get(table, {}):
            continue
        if is_marker(digest):
            deleted_at, by = parse_marker(digest)
            found.append(Tombstone(table, key, dict(versions), deleted_at, by))
            continue
        tombstone = Tombstone(table, key, bumped(versions, device), moment, device)
        found.append(tombstone)
        new_markers[(table, key)] = (tombstone.marker, tombstone.versions)
    return found, new_markers


def tombstone_from_json(item: dict[str, Any]) -> Tombstone:
    return Tombstone(
        item["table"], item["key"], dict(item["versions"]), item["deleted_at"], item["device"]
    )
