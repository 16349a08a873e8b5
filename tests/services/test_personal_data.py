"""Ley 1581: authorisations, consultation, correction, erasure and request deadlines."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from alianzas_desktop.services import agreements, drafts, nacimiento, personal_data
from alianzas_desktop.services.errors import ValidationFailed
from tests.factories import nacimiento_data

UNIQUE_NAME = "Zacarías Quintoañil Ybarra"
UNIQUE_PHONE = "3209876543"


def _found_with_unique_person(db):
    data = nacimiento_data()
    rep = data.partners[1].representative
    rep.name = UNIQUE_NAME
    rep.phone = UNIQUE_PHONE
    rep.consent = True
    rep.consent_date = date(2026, 3, 2)
    alliance_id = nacimiento.found_alliance(db, data)
    person = next(p for p in personal_data.list_people(db) if p.name == UNIQUE_NAME)
    return alliance_id, person.id


def _raw_files(db) -> bytes:
    blob = db.path.read_bytes()
    for suffix in ("-wal", "-shm", "-journal"):
        extra = db.path.with_name(db.path.name + suffix)
        if extra.exists():
            blob += extra.read_bytes()
    return blob


def _tables_holding(db, needle: str) -> set[str]:
    found = set()
    with sqlite3.connect(db.path) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                if any(isinstance(v, str) and needle in v for v in row):
                    found.add(table)
    return found


def test_consent_in_the_wizard_records_an_authorization(db):
    _, person_id = _found_with_unique_person(db)
    report = personal_data.person_report(db, person_id)
    [authorization] = report["autorizaciones"]
    assert authorization["forma"] == "En pantalla"
    assert authorization["version_del_texto"] == "v1"
    assert "Ley 1581 de 2012" in authorization["texto"]
    assert report["persona"]["telefono"] == UNIQUE_PHONE
    assert report["participacion"][0]["organizacion"] == "Comercializadora El Páramo S.A.S."


def test_verbal_consent_needs_a_witness_and_a_minor_a_guardian(db):
    _, person_id = _found_with_unique_person(db)
    with pytest.raises(ValidationFailed) as caught:
        personal_data.record_authorization(
            db, person_id, method="verbal", given_on=date(2026, 5, 1), is_minor=True
        )
    assert set(caught.value.errors) == {"witness", "guardian"}


def test_contact_data_is_refused_without_authorization(db):
    nacimiento.found_alliance(db, nacimiento_data())
    person = next(p for p in personal_data.list_people(db) if p.name == "Luz Dary Ñustes")
    with pytest.raises(ValidationFailed):
        personal_data.update_contact(
            db, person.id, full_name="Luz Dary Ñustes", document_number="", phone="300", email=""
        )
    personal_data.record_authorization(db, person.id, method="escrito", given_on=date(2026, 5, 1))
    personal_data.update_contact(
        db, person.id, full_name="Luz Dary Ñustes Gil", document_number="", phone="300111", email=""
    )
    assert personal_data.person_report(db, person.id)["persona"]["telefono"] == "300111"


def test_erasing_a_person_in_no_frozen_document_leaves_no_trace(db):
    alliance_id, person_id = _found_with_unique_person(db)
    drafts.save_draft(
        db,
        "nacimiento",
        {"partners": [{"representative": {"name": UNIQUE_NAME}}]},
        title=f"Alianza con {UNIQUE_NAME}",
    )
    personal_data.record_request(
        db,
        person_id,
        "supresion",
        date(2026, 11, 20),
        notes=f"Llamó {UNIQUE_NAME} pidiendo la supresión",
    )
    assert UNIQUE_NAME.encode() in _raw_files(db)

    result = personal_data.erase_person(db, person_id)

    assert result.kept_in_documents == []
    # While the app is still open: closing would fold the WAL into the file and hide it.
    assert db.path.with_name(db.path.name + "-wal").exists()
    while_open = _raw_files(db)
    assert UNIQUE_NAME.encode() not in while_open
    assert UNIQUE_PHONE.encode() not in while_open
    db.close()
    raw = _raw_files(db)
    assert UNIQUE_NAME.encode() not in raw
    assert UNIQUE_PHONE.encode() not in raw
    for log in db.path.parent.rglob("*.log"):
        assert UNIQUE_NAME.encode() not in log.read_bytes()
    # The draft agreement now names the erased person generically.
    document = agreements.agreement_document(db, alliance_id)
    assert "Persona suprimida" in [p["representative"] for p in document.content["parties"]]


def test_erasing_a_signatory_keeps_the_frozen_document_only(db):
    alliance_id, person_id = _found_with_unique_person(db)
    [version] = agreements.list_versions(db, alliance_id)
    code = agreements.issue_version(db, version.id)
    before = agreements.document_for_version(db, version.id)

    result = personal_data.erase_person(db, person_id)

    assert len(result.kept_in_documents) == 1
    after = agreements.document_for_version(db, version.id)
    assert after.content == before.content
    assert after.verification_code == code
    assert _tables_holding(db, UNIQUE_NAME) == {"agreement_versions"}
    assert _tables_holding(db, UNIQUE_PHONE) == set()
    people = {p.id: p for p in personal_data.list_people(db)}
    assert people[person_id].erased and people[person_id].name == "Persona suprimida"


def test_request_deadlines_count_colombian_business_days(db):
    _, person_id = _found_with_unique_person(db)
    personal_data.record_request(db, person_id, "consulta", date(2025, 12, 18))
    personal_data.record_request(db, person_id, "correccion", date(2026, 11, 20))
    requests = {r.kind: r for r in personal_data.list_requests(db)}
    # 25 December and 1 January are holidays; weekends never count.
    assert requests["consulta"].due_on == date(2026, 1, 5)
    assert requests["correccion"].due_on == date(2026, 12, 14)
    assert requests["correccion"].is_overdue(date(2026, 12, 15))
    personal_data.answer_request(db, requests["correccion"].id, date(2026, 12, 1))
    answered = {r.kind: r for r in personal_data.list_requests(db)}["correccion"]
    assert not answered.is_overdue(date(2027, 1, 1))


def test_a_closed_acta_naming_the_person_is_kept_and_reported(db):
    from alianzas_desktop.services import meetings
    from tests.meeting_factories import convened_meeting, hold_meeting

    alliance_id, person_id = _found_with_unique_person(db)
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, meeting_id)
    before = meetings.acta_document(db, meeting_id).content

    documents = personal_data.person_report(db, person_id)["documentos"]
    assert "Acta No. 1 de «Alianza Frijol del Páramo»" in [d["documento"] for d in documents]

    result = personal_data.erase_person(db, person_id)
    assert "Acta No. 1 de «Alianza Frijol del Páramo»" in result.kept_in_documents
    assert meetings.acta_document(db, meeting_id).content == before
