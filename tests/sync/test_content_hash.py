"""Content hashes are compared across laptops: the canonical JSON a record is hashed from
must stay byte for byte what ``json.dumps(…, sort_keys=True, ensure_ascii=False,
separators=(",", ":"))`` wrote when the bundle format was fixed."""

from __future__ import annotations

import json

import pytest

from alianzas_desktop.services import bundles
from alianzas_desktop.sync import records

SAMPLES = [
    (
        "people",
        {
            "id": "0b8f4a52-6f0e-4b8e-9a51-3c2d1e0f9a7b",
            "full_name": "María José Ñáñez «Tota» 🎉",
            "document_number": "1.098.765.432",
            "phone": None,
            "email": "maria@vereda.co",
            "notes": 'Dijo: "sí" \\ luego <b>&amp;</b>\n\tfin\x00\x1f\x7f\u2028',
            "organization_id": None,
            "erased_at": None,
            "created_at": "2026-11-30T08:15:00.123456",
            "updated_at": "2026-12-01T02:25:54",
        },
    ),
    (
        "commitments",
        {
            "id": "c0ffee00-0000-4000-8000-000000000001",
            "estimated_value": 9223372036854775807,
            "position": -3,
            "deadline": "2027-02-28",
            "is_done": False,
            "signs": True,
            "zeta": 0,
            "Alpha": "",
            "_under": "x",
            "ñandú": "accent key",
            "start_time": "07:30:00",
            "created_at": "2026-01-01T00:00:00",
        },
    ),
    (
        "meetings",
        {
            "id": "5e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b",
            "signed_scan": {
                "attachment": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
            },
            "content": '{"agenda": ["Apertura", "Cierre"], "n": 2}',
            "closed_at": "2026-10-05T16:45:30.000001",
            "next_date": None,
        },
    ),
    ("memberships", {"alliance_id": "a", "organization_id": "b"}),
]
# Digests written by the json.dumps encoder (records.py before 1 December 2026).
DIGESTS = [
    "d4ec262eeeea15c6c9f625814b060caddf1536c0bcf74080d7d0a8d2f8ac5d36",
    "b239b2a3f02de5396a5550a51b30226bd4ac38874be66b0b2daa19f5a217f01c",
    "cc596c303e6436626098947d33e47a9aa91e918d1818f0bbb7a6c12d8923d46a",
    "85daef16dd92cd5557ebdb8b928ba0c0d10240cf5db7da2b6680e0582bd18a73",
]


def _dumps(value) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


@pytest.mark.parametrize(("sample", "digest"), list(zip(SAMPLES, DIGESTS, strict=True)))
def test_sample_records_keep_their_hashes(sample, digest):
    """Every JSON form a column takes (texts with accents, emoji, quotes, backslashes and
    control characters; integers to 2**63 - 1; flags; nulls; a file's digest; moments,
    dates and times; keys out of order, upper case and accented), clocks left out."""
    table, fields = sample
    assert records.content_hash(table, fields) == digest
    assert records.canonical([table, fields]) == _dumps([table, fields])


def test_every_record_of_a_bundle_hashes_as_json_dumps_writes_it(laptop_a, tmp_path):
    path = tmp_path / "a.alianzas"
    bundles.export_bundle(laptop_a, path)
    bundle = bundles.read_bundle_file(path)
    assert sum(len(rows) for rows in bundle.records.values()) > 20
    for table, rows in bundle.records.items():
        for record in rows.values():
            hashed = {k: v for k, v in record.fields.items() if k not in records.UNHASHED}
            assert records.canonical([table, record.fields]) == _dumps([table, record.fields])
            assert records.content_hash(table, record.fields) == record.hash
            assert record.hash == records.sha256_hex(_dumps([table, hashed]))


def test_a_value_json_has_no_form_for_is_refused_as_dumps_refuses_it():
    with pytest.raises(TypeError):
        records.canonical(["people", {"id": object()}])
    with pytest.raises(UnicodeEncodeError):
        records.canonical(["people", {"full_name": "\ud800"}])
