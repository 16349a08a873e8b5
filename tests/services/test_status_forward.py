"""Attacks beneath the services: an issued agreement or a closed acta never goes back to draft.

Each write is made with the sqlite3 module directly, as anybody with the file could.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from alianzas_desktop.services import agreements, meetings, nacimiento
from alianzas_desktop.storage import guards
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting

PNG = b"\x89PNG\r\n\x1a\n" + b"firma" * 10


@pytest.fixture
def alliance_id(db):
    return nacimiento.found_alliance(db, nacimiento_data())


@pytest.fixture
def issued_version(db, alliance_id):
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    return version.id


def _close(db, alliance_id) -> str:
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, meeting_id)
    return meeting_id


def _raw(db, sql: str, *params) -> None:
    with sqlite3.connect(db.path) as raw:
        raw.execute(sql, params)


@pytest.mark.parametrize("back", ["borrador", "cualquiera", None])
def test_issued_agreement_status_cannot_go_back(db, issued_version, back):
    with pytest.raises(sqlite3.DatabaseError, match="no puede volver atrás|NOT NULL"):
        _raw(db, "UPDATE agreement_versions SET status = ? WHERE id = ?", back, issued_version)
    assert agreements.document_for_version(db, issued_version).status == "emitido"


def test_flip_back_edit_flip_forward_is_refused(db, issued_version):
    before = agreements.document_for_version(db, issued_version)
    with pytest.raises(sqlite3.DatabaseError):
        with sqlite3.connect(db.path) as raw:
            raw.execute(
                "UPDATE agreement_versions SET status = 'borrador' WHERE id = ?", (issued_version,)
            )
            raw.execute(
                "UPDATE agreement_versions SET content = ? WHERE id = ?",
                (json.dumps({"total": "$ 350.000.000"}), issued_version),
            )
            raw.execute(
                "UPDATE agreement_versions SET status = 'firmado' WHERE id = ?", (issued_version,)
            )
    after = agreements.document_for_version(db, issued_version)
    assert (after.status, after.content) == ("emitido", before.content)
    with pytest.raises(sqlite3.DatabaseError, match="no se puede modificar"):
        _raw(db, "UPDATE agreement_versions SET issued_at = NULL WHERE id = ?", issued_version)


def test_signed_agreement_stays_signed_and_undeletable(db, issued_version):
    agreements.sign_version(db, issued_version, date.today())
    for back in ("emitido", "borrador"):
        with pytest.raises(sqlite3.DatabaseError, match="no puede volver atrás"):
            _raw(db, "UPDATE agreement_versions SET status = ? WHERE id = ?", back, issued_version)
    with pytest.raises(sqlite3.DatabaseError, match="no se puede borrar"):
        _raw(db, "DELETE FROM agreement_versions WHERE id = ?", issued_version)
    assert agreements.document_for_version(db, issued_version).status == "firmado"


def test_closed_acta_status_cannot_go_back(db, alliance_id):
    meeting_id = _close(db, alliance_id)
    before = meetings.acta_document(db, meeting_id)
    for back in ("en_curso", "convocada", "otra"):
        with pytest.raises(sqlite3.DatabaseError, match="no puede volver atrás"):
            _raw(db, "UPDATE meetings SET status = ? WHERE id = ?", back, meeting_id)
    with pytest.raises(sqlite3.DatabaseError, match="acta cerrada"):
        _raw(db, "UPDATE meetings SET closed_at = '2020-01-01 00:00:00' WHERE id = ?", meeting_id)
    with pytest.raises(sqlite3.DatabaseError, match="acta cerrada"):
        _raw(db, "DELETE FROM meetings WHERE id = ?", meeting_id)
    assert meetings.acta_document(db, meeting_id) == before


def test_meeting_status_moves_forward_through_the_services(db, alliance_id):
    meeting_id = meetings.save_convocation(db, convened_meeting(db, alliance_id))
    meetings.mark_in_progress(db, meeting_id)
    with pytest.raises(sqlite3.DatabaseError, match="no puede volver atrás"):
        _raw(db, "UPDATE meetings SET status = 'convocada' WHERE id = ?", meeting_id)


def test_addenda_are_append_only_and_dated_now(db, alliance_id):
    meeting_id = _close(db, alliance_id)
    code_before = meetings.acta_document(db, meeting_id).annex_code
    assert meetings.add_addendum(db, meeting_id, "Donde dice 4.200 debe decir 4.300") == 1
    acta = meetings.acta_document(db, meeting_id)
    assert acta.annex_code and acta.annex_code != code_before
    assert acta.verification_code == meetings.acta_document(db, meeting_id).verification_code

    back_dated = (datetime.now(UTC).replace(tzinfo=None) - timedelta(days=30)).isoformat(sep=" ")
    with pytest.raises(sqlite3.DatabaseError, match="solo se agregan"):
        _raw(
            db,
            "INSERT INTO addenda (id, meeting_id, number, text, created_at, updated_at) "
            "VALUES ('x1', ?, 2, 'Fe de erratas antigua', ?, ?)",
            meeting_id,
            back_dated,
            back_dated,
        )
    with pytest.raises(sqlite3.DatabaseError, match="solo se agregan"):
        _raw(db, "UPDATE addenda SET text = 'otra cosa' WHERE meeting_id = ?", meeting_id)
    with pytest.raises(sqlite3.DatabaseError, match="solo se agregan"):
        _raw(db, "DELETE FROM addenda WHERE meeting_id = ?", meeting_id)
    assert meetings.add_addendum(db, meeting_id, "Segunda corrección") == 2
    assert [a["number"] for a in meetings.acta_document(db, meeting_id).addenda] == [1, 2]


def test_signatures_of_a_closed_acta_are_append_only(db, alliance_id):
    meeting_id = _close(db, alliance_id)
    acta = meetings.acta_document(db, meeting_id)
    present = [a["attendance_id"] for a in acta.content["attendees"] if a["status"] == "asistio"]
    code_before = acta.annex_code
    meetings.record_signature(db, meeting_id, present[0], PNG)
    assert meetings.acta_document(db, meeting_id).annex_code != code_before
    with pytest.raises(sqlite3.DatabaseError, match="solo se agregan"):
        _raw(db, "UPDATE meeting_signatures SET image = x'00' WHERE meeting_id = ?", meeting_id)
    with pytest.raises(sqlite3.DatabaseError, match="solo se agregan"):
        _raw(db, "DELETE FROM meeting_signatures WHERE meeting_id = ?", meeting_id)


def test_fresh_database_has_every_guard_and_puts_back_a_dropped_one(db, tmp_path):
    from alianzas_desktop.storage.database import Database

    with sqlite3.connect(db.path) as raw:
        assert guards.missing_guards(raw) == []
        stored = {
            name: " ".join(sql.split())
            for name, sql in raw.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'")
        }
    for name, sql in guards.TRIGGERS.items():
        assert stored[name] == " ".join(sql.split()), name
    db.close()
    with sqlite3.connect(db.path) as raw:
        raw.execute("DROP TRIGGER meetings_status_forward")
        raw.execute("DROP TRIGGER agreement_versions_frozen")
        assert guards.missing_guards(raw) == [
            "agreement_versions_frozen",
            "meetings_status_forward",
        ]
    reopened = Database.open(db.path)
    try:
        with sqlite3.connect(db.path) as raw:
            assert guards.missing_guards(raw) == []
    finally:
        reopened.close()


def test_the_acta_prints_the_code_of_its_annexes(db, alliance_id):
    from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes
    from tests.documents.readback import read_pdf

    meeting_id = _close(db, alliance_id)
    assert (
        "Código de los anexos"
        not in read_pdf(acta_pdf_bytes(meetings.acta_document(db, meeting_id))).text
    )
    meetings.add_addendum(db, meeting_id, "Donde dice 4.200 debe decir 4.300")
    acta = meetings.acta_document(db, meeting_id)
    text = read_pdf(acta_pdf_bytes(acta)).text
    assert f"Código de los anexos (fe de erratas y firmas): {acta.annex_code}" in text
