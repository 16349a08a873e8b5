"""A refused bundle leaves the receiving database as it was: its bytes, or a server's rows."""

from __future__ import annotations

import io
import json
import time
import tracemalloc
import uuid
import zipfile

import pytest

from alianzas_desktop.services import bundles
from alianzas_desktop.services.bundles import BundleRefused
from alianzas_desktop.sync import bundle as bundle_file
from alianzas_desktop.sync.bundle import SEAL_PREFIX
from tests.sync.bundle_tools import edit_record, members_of, rebuild, zip_sealed
from tests.sync.conftest import stored_state, table_counts


@pytest.fixture
def good(templates) -> bytes:
    return templates.bundle


def _refused(db, tmp_path, data: bytes, *words: str) -> str:
    path = tmp_path / f"{uuid.uuid4()}.alianzas"
    path.write_bytes(data)
    before = stored_state(db)
    counts = table_counts(db)
    with pytest.raises(BundleRefused) as caught:
        bundles.import_bundle(db, path)
    message = str(caught.value)
    assert stored_state(db) == before
    assert table_counts(db) == counts
    for word in words:
        assert word in message, message
    with pytest.raises(BundleRefused):
        bundles.preview_import(db, path)
    return message


def _manifest(good: bytes) -> bytes:
    return members_of(good)["manifest.json"]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("../fuera.json", "fuera de su carpeta"),
        ("records/../../fuera.json", "fuera de su carpeta"),
        ("/etc/cron.d/alianzas", "ruta absoluta"),
        ("C:/Windows/alianzas.json", "ruta absoluta"),
        ("c:\\Windows\\alianzas.json", "ruta absoluta"),
        ("otros/notas.txt", "no corresponde"),
    ],
)
def test_member_names(receiver, good, tmp_path, name, words):
    data = zip_sealed([("manifest.json", _manifest(good)), (name, b"{}")])
    _refused(receiver, tmp_path, data, words)


def test_too_many_members(receiver, good, tmp_path):
    many = [("manifest.json", _manifest(good))]
    many += [(f"attachments/{i:064x}", b"") for i in range(bundle_file.MAX_MEMBERS)]
    data = zip_sealed(many, compression=zipfile.ZIP_STORED)
    _refused(receiver, tmp_path, data, "demasiados archivos")


def _bomb(manifest: bytes, megabytes: int) -> bytes:
    """A real zip bomb: ``megabytes`` of zeros deflated to a few hundred kilobytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", manifest)
        with archive.open("records/people.json", "w", force_zip64=True) as member:
            chunk = b"0" * (1024 * 1024)
            for _ in range(megabytes):
                member.write(chunk)
        archive.comment = SEAL_PREFIX + b"0" * 64
    return bundle_file.seal(buffer.getvalue())


def test_zip_bomb_refused_fast_with_little_memory(receiver, good, tmp_path):
    bomb = _bomb(_manifest(good), 160)
    assert len(bomb) < 1024 * 1024
    path = tmp_path / "bomba.alianzas"
    path.write_bytes(bomb)
    before = stored_state(receiver)
    tracemalloc.start()
    started = time.monotonic()
    with pytest.raises(BundleRefused) as caught:
        bundles.import_bundle(receiver, path)
    elapsed = time.monotonic() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "demasiado grande" in str(caught.value)
    assert elapsed < 1.0
    assert peak < 16 * 1024 * 1024
    assert stored_state(receiver) == before


def test_suspicious_compression_ratio(receiver, good, tmp_path):
    data = zip_sealed(
        [("manifest.json", _manifest(good)), ("records/people.json", b" " * (4 * 1024 * 1024))]
    )
    _refused(receiver, tmp_path, data, "sospechosa")


def test_member_larger_than_its_directory_says(receiver, good, tmp_path):
    """A directory that lies about a size is caught while reading, never past the cap."""
    honest = zip_sealed(
        [("manifest.json", _manifest(good)), ("records/people.json", b"[" * 5000)],
        compression=zipfile.ZIP_STORED,
    )
    # The central directory's uncompressed size of the second member: 5000 -> 50.
    at = honest.rindex(b"records/people.json") - 46 + 24
    assert int.from_bytes(honest[at : at + 4], "little") == 5000
    lying = honest[:at] + (50).to_bytes(4, "little") + honest[at + 4 :]
    _refused(receiver, tmp_path, bundle_file.seal(lying))


def test_checksum_mismatch(receiver, good, tmp_path):
    def change(members, manifest):
        members["records/alliances.json"] = members["records/alliances.json"].replace(
            b"Frijol", b"Maiz"
        )

    data = rebuild(good, change, fix_checksums=False)
    _refused(receiver, tmp_path, data, "suma de verificación")


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("format_version", bundle_file.schema.FORMAT_VERSION + 1, "más reciente"),
        ("format_version", 0, "desconocida"),
        ("format", "otro-programa", "formato desconocido"),
        ("extra", "x", "manifest.json"),
    ],
)
def test_format_versions(receiver, good, tmp_path, field, value, words):
    def change(members, manifest):
        manifest[field] = value

    _refused(receiver, tmp_path, rebuild(good, change), words)


def test_malformed_json(receiver, good, tmp_path):
    def change(members, manifest):
        members["records/alliances.json"] = b'{"table": "alliances", "records": [{'

    _refused(receiver, tmp_path, rebuild(good, change), "JSON mal formado")


def _alliance_key(good: bytes) -> str:
    document = json.loads(members_of(good)["records/alliances.json"])
    return document["records"][0]["key"]


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"name": "A" * 201}, "más de 200 caracteres"),
        ({"start_date": 20260302}, "no cumplen el formato"),
        ({"start_date": "2026-02-31"}, "valor no válido"),
        ({"comentario": "campo inventado"}, "no está previsto"),
        ({"phase": None}, "no cumplen el formato"),
    ],
)
def test_records_that_break_the_schema(receiver, good, tmp_path, fields, words):
    change = edit_record("alliances", _alliance_key(good), fields)
    _refused(receiver, tmp_path, rebuild(good, change), words)


def test_record_whose_hash_does_not_match(receiver, good, tmp_path):
    def change(members, manifest):
        document = json.loads(members["records/alliances.json"])
        document["records"][0]["fields"]["purpose"] = "Otro propósito"
        members["records/alliances.json"] = json.dumps(document).encode()

    _refused(receiver, tmp_path, rebuild(good, change), "suma de verificación")


def test_record_whose_hash_does_not_match_in_a_bundle_already_imported(receiver, good, tmp_path):
    """The plan finds nothing new (the declared hash is the one stored at the first import),
    so nothing would be written: the record's fields are still compared with its hash, on
    PostgreSQL after the plan (``hash_checks``), and the bundle refused."""
    path = tmp_path / "bueno.alianzas"
    path.write_bytes(good)
    bundles.import_bundle(receiver, path)

    def change(members, manifest):
        document = json.loads(members["records/commitments.json"])
        document["records"][-1]["fields"]["description"] = "Otra descripción <&> 🌱"
        members["records/commitments.json"] = json.dumps(document).encode()

    _refused(receiver, tmp_path, rebuild(good, change), "suma de verificación")


def test_record_pointing_at_nothing(receiver, good, tmp_path):
    document = json.loads(members_of(good)["records/commitments.json"])
    key = document["records"][0]["key"]
    change = edit_record("commitments", key, {"membership_id": str(uuid.uuid4())})
    _refused(receiver, tmp_path, rebuild(good, change), "no existe")


def test_counts_that_do_not_match(receiver, good, tmp_path):
    def change(members, manifest):
        manifest["counts"]["alliances"] = 2

    _refused(receiver, tmp_path, rebuild(good, change), "declara 2")


def test_one_byte_flipped_anywhere(receiver, good, tmp_path):
    positions = sorted(
        {*range(0, len(good), max(1, len(good) // 150)), *range(len(good) - 120, len(good))}
    )
    before = stored_state(receiver)
    path = tmp_path / "cambiado.alianzas"
    for position in positions:
        flipped = bytearray(good)
        flipped[position] ^= 0x20
        path.write_bytes(bytes(flipped))
        with pytest.raises(BundleRefused):
            bundles.import_bundle(receiver, path)
    assert len(positions) > 200
    assert stored_state(receiver) == before


def test_cut_short_and_not_a_bundle(receiver, good, tmp_path):
    _refused(receiver, tmp_path, good[: len(good) // 2])
    _refused(receiver, tmp_path, b"")
    _refused(receiver, tmp_path, b"SQLite format 3\x00" + b"\x00" * 4000)


def test_the_good_bundle_is_accepted(receiver, good, tmp_path):
    """The refusals above are not the receiver refusing everything."""
    path = tmp_path / "bueno.alianzas"
    path.write_bytes(good)
    result = bundles.import_bundle(receiver, path)
    assert result.applied and result.added > 0
