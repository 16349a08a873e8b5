"""Tombstones that must not delete: frozen documents, contradictory or tampered bundles. Each
leaves the receiving database byte for byte as it was."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select

from alianzas_desktop.cli_bundle import main
from alianzas_desktop.domain.vocabulary import MeetingStatus
from alianzas_desktop.services import bundles
from alianzas_desktop.services.bundles import BundleRefused
from alianzas_desktop.storage.models import Agreement, AgreementVersion, Alliance, Meeting
from tests.sync.bundle_tools import members_of, rebuild
from tests.sync.conftest import db_argument, stored_state, table_counts

OTHER_DEVICE = "0c0c0c0c-0c0c-4c0c-8c0c-0c0c0c0c0c0c"


def _tombstone(table: str, key: str, count: int = 99) -> dict:
    return {
        "table": table,
        "key": key,
        "versions": {OTHER_DEVICE: count},
        "deleted_at": "2026-11-30T21:00:00",
        "device": OTHER_DEVICE,
    }


def only_tombstones(good: bytes, tombstones: list[dict], *, version: int = 2) -> bytes:
    """A sealed bundle from another laptop that carries nothing but these deletions."""

    def change(members, manifest):
        members.clear()
        members["tombstones.json"] = json.dumps({"tombstones": tombstones}).encode("utf-8")
        manifest["counts"] = {}
        manifest["tombstones"] = len(tombstones)
        manifest["format_version"] = version
        manifest["bundle_id"] = str(uuid.uuid4())
        manifest["device"] = {"id": OTHER_DEVICE, "facilitator": "Otra"}

    return rebuild(good, change)


@pytest.fixture
def b_with_a(laptop_b, templates, tmp_path):
    """Laptop B after importing laptop A's alliance (closed acta, issued agreement)."""
    path = tmp_path / "a.alianzas"
    path.write_bytes(templates.bundle)
    bundles.import_bundle(laptop_b, path)
    return laptop_b


def _frozen_documents(db) -> dict[str, str]:
    with db.reading() as session:
        meeting = session.scalars(
            select(Meeting).where(Meeting.status == MeetingStatus.CLOSED.value)
        ).one()
        version = session.scalars(select(AgreementVersion)).one()
        return {
            "meetings": meeting.id,
            "agreement_versions": version.id,
            "agreements": version.agreement_id,
            "alliances": meeting.alliance_id,
        }


def test_a_tombstone_for_a_frozen_document_is_refused_and_changes_nothing(
    b_with_a, templates, tmp_path, capsys
):
    frozen = _frozen_documents(b_with_a)
    # The closed acta, the issued version, and what would take them along (their agreement,
    # their alliance): none is deleted, each is reported.
    data = only_tombstones(templates.bundle, [_tombstone(t, k) for t, k in frozen.items()])
    path = tmp_path / "borra-documentos.alianzas"
    path.write_bytes(data)
    before = stored_state(b_with_a)
    counts = table_counts(b_with_a)

    preview = bundles.preview_import(b_with_a, path)
    result = bundles.import_bundle(b_with_a, path)

    assert (preview.refused_deletions, preview.deleted) == (4, 0)
    assert (result.refused_deletions, result.deleted, result.applied) == (4, 0, False)
    assert {c.action for c in result.changes} == {"eliminacion_rechazada"}
    assert stored_state(b_with_a) == before
    assert table_counts(b_with_a) == counts
    with b_with_a.reading() as session:
        assert session.get(Meeting, frozen["meetings"]) is not None
        assert session.get(Agreement, frozen["agreements"]) is not None
        assert session.get(Alliance, frozen["alliances"]) is not None
    # The command line says the same in JSON, and exits 0: nothing waits for a decision.
    code = main(["bundle", "import", "--db", db_argument(b_with_a), str(path), "--json"])
    printed = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (printed["deleted"], printed["refused_deletions"]) == (0, 4)
    main(["bundle", "import", "--db", db_argument(b_with_a), str(path)])
    assert "Eliminaciones rechazadas (documentos emitidos o cerrados, no se borran): 4." in (
        capsys.readouterr().out
    )
    assert stored_state(b_with_a) == before


def _refused(db, tmp_path, data: bytes, *words: str) -> None:
    path = tmp_path / f"{uuid.uuid4()}.alianzas"
    path.write_bytes(data)
    before = stored_state(db)
    with pytest.raises(BundleRefused) as caught:
        bundles.import_bundle(db, path)
    assert stored_state(db) == before
    for word in words:
        assert word in str(caught.value), str(caught.value)


def _record_of(data: bytes, table: str) -> dict:
    return json.loads(members_of(data)[f"records/{table}.json"])["records"][0]


def test_contradictory_and_tampered_tombstones_are_refused(b_with_a, templates, tmp_path):
    good = templates.bundle
    alliance = _record_of(good, "alliances")["key"]
    note = _tombstone("chronology_notes", str(uuid.uuid4()))

    # A format 1 bundle cannot carry deletions.
    _refused(b_with_a, tmp_path, only_tombstones(good, [note], version=1), "versión 1")

    # A record both live and deleted in the same bundle.
    def both(members, manifest):
        members["tombstones.json"] = json.dumps(
            {"tombstones": [_tombstone("alliances", alliance)]}
        ).encode("utf-8")
        manifest["tombstones"] = 1
        manifest["format_version"] = 2

    _refused(b_with_a, tmp_path, rebuild(good, both), "eliminado y vigente")

    # Live records pointing at a record the same bundle deletes.
    meeting = _record_of(good, "meetings")

    def dangling(members, manifest):
        document = json.loads(members["records/meetings.json"])
        document["records"] = []
        members["records/meetings.json"] = json.dumps(document).encode("utf-8")
        manifest["counts"]["meetings"] = 0
        members["tombstones.json"] = json.dumps(
            {"tombstones": [_tombstone("meetings", meeting["key"])]}
        ).encode("utf-8")
        manifest["tombstones"] = 1
        manifest["format_version"] = 2

    _refused(b_with_a, tmp_path, rebuild(good, dangling), "que el mismo paquete elimina")

    # Counts that lie, unknown tables, malformed vectors, a tombstone without its member.
    def miscounted(members, manifest):
        manifest["tombstones"] = 2

    with_note = only_tombstones(good, [note])
    _refused(b_with_a, tmp_path, rebuild(with_note, miscounted), "declara 2")
    _refused(b_with_a, tmp_path, only_tombstones(good, [{**note, "table": "audit_log"}]))
    _refused(b_with_a, tmp_path, only_tombstones(good, [{**note, "versions": {"x": 1}}]))
    _refused(b_with_a, tmp_path, only_tombstones(good, [{**note, "deleted_at": "ayer"}]))
    _refused(b_with_a, tmp_path, only_tombstones(good, [note, note]), "dos veces")

    def without_member(members, manifest):
        members.pop("tombstones.json")

    _refused(b_with_a, tmp_path, rebuild(with_note, without_member), "manifiesto")

    # The same tombstone with a checksum that no longer matches.
    def redated(members, manifest):
        members["tombstones.json"] = members["tombstones.json"].replace(b"2026", b"2025")

    _refused(
        b_with_a, tmp_path, rebuild(with_note, redated, fix_checksums=False), "suma de verificación"
    )


def test_a_tombstone_bundle_with_one_byte_flipped_anywhere_is_refused(
    laptop_a, b_with_a, alliance_on_a, tmp_path
):
    from datetime import date

    from alianzas_desktop.services import chronology

    key = chronology.add_milestone(laptop_a, alliance_on_a, date(2026, 10, 5), "Hito")
    bundles.export_bundle(laptop_a, tmp_path / "1.alianzas")
    bundles.import_bundle(b_with_a, tmp_path / "1.alianzas")
    chronology.remove_milestone(laptop_a, alliance_on_a, key)
    good_path = tmp_path / "2.alianzas"
    bundles.export_bundle(laptop_a, good_path)
    good = good_path.read_bytes()
    assert "tombstones.json" in members_of(good)
    before = stored_state(b_with_a)
    path = tmp_path / "cambiado.alianzas"
    positions = sorted(
        {*range(0, len(good), max(1, len(good) // 60)), *range(len(good) - 40, len(good))}
    )
    for position in positions:
        flipped = bytearray(good)
        flipped[position] ^= 0x20
        path.write_bytes(bytes(flipped))
        with pytest.raises(BundleRefused):
            bundles.import_bundle(b_with_a, path)
    assert stored_state(b_with_a) == before
    # …and the bundle itself is taken.
    assert bundles.import_bundle(b_with_a, good_path).deleted == 1
