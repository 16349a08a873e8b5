"""Meetings through the services: convene, hold, close, and what stays frozen."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from alianzas_desktop.services import agenda, meetings, nacimiento
from alianzas_desktop.services.errors import FrozenDocumentError, ServiceError, ValidationFailed
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting


@pytest.fixture
def alliance_id(db):
    return nacimiento.found_alliance(db, nacimiento_data())


def _close_a_meeting(db, alliance_id):
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, meeting_id)
    _close_a_meeting.last_data = data
    return meeting_id


def test_convocation_invites_every_representative(db, alliance_id):
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    [summary] = meetings.list_meetings(db, alliance_id)
    assert summary.status == "convocada" and summary.number is None
    stored = meetings.meeting_data(db, meeting_id)
    assert len(stored.attendees) == 5
    assert [a.title for a in stored.agenda][0] == "Verificación del quórum"
    sheet = meetings.attendance_sheet(db, meeting_id)
    assert "María Eugenia Ríos" in [p["name"] for p in sheet["invited"]]


def test_closing_writes_the_whole_meeting_and_numbers_the_acta(db, alliance_id):
    meeting_id = _close_a_meeting(db, alliance_id)
    acta = meetings.acta_document(db, meeting_id)
    content = acta.content
    assert acta.number == 1 and not acta.is_draft
    present = [a for a in content["attendees"] if a["status"] == "asistio"]
    assert len(present) == 6
    assert "Aurelio Cañas Muñoz" in [a["name"] for a in present]
    assert [a["name"] for a in content["attendees"] if a["status"] == "ausente_excusa"] == [
        "Rubiela Gómez"
    ]
    decisions = [d for item in content["agenda"] for d in item["decisions"]]
    assert len(decisions) == 2
    voted = next(d for d in decisions if not d["by_consensus"])
    assert (voted["votes_for"], voted["votes_against"]) == (5, 1)
    assert len(content["new_commitments"]) == 3
    assert content["new_commitments"][0]["responsible"] == "María Eugenia Ríos"
    assert [f["status_label"] for f in content["follow_ups"]] == ["Cumplido", "En curso"]
    pending = meetings.pending_commitments(db, alliance_id)
    assert len(pending) == 2 + 3  # two old ones still open, three new
    [first] = [p for p in pending if p.description.startswith("Visitar")]
    done_id = _close_a_meeting.last_data.follow_ups[0].commitment_id
    [change] = meetings.commitment_history(db, done_id)
    assert (change["acta"], change["from"], change["to"]) == (1, "Pendiente", "Cumplido")
    assert change["on"] == date(2026, 11, 20)
    assert first.status == "pendiente"

    second = _close_a_meeting(db, alliance_id)
    assert meetings.acta_document(db, second).number == 2


def test_a_closed_acta_cannot_change(db, alliance_id):
    meeting_id = _close_a_meeting(db, alliance_id)
    before = meetings.acta_document(db, meeting_id)
    data = meetings.meeting_data(db, meeting_id)
    data.place = "Otro lugar"
    with pytest.raises(FrozenDocumentError):
        meetings.save_convocation(db, data, meeting_id)
    with pytest.raises(FrozenDocumentError):
        meetings.close_meeting(db, data, meeting_id)
    with sqlite3.connect(db.path) as raw:
        for statement in (
            "UPDATE meetings SET place = 'x'",
            "UPDATE agenda_items SET title = 'x'",
            "DELETE FROM decisions",
            "UPDATE attendances SET status = 'ausente'",
        ):
            with pytest.raises(sqlite3.DatabaseError, match="acta cerrada"):
                raw.execute(statement)
    assert meetings.acta_document(db, meeting_id).content == before.content

    number = meetings.add_addendum(db, meeting_id, "Donde dice $ 4.200 debe decir $ 4.300.")
    assert number == 1
    acta = meetings.acta_document(db, meeting_id)
    assert acta.addenda[0]["text"].endswith("$ 4.300.")
    assert acta.content == before.content


def test_closing_validates_and_changes_nothing(db, alliance_id):
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    with pytest.raises(ValidationFailed) as caught:
        meetings.close_meeting(db, data, meeting_id)
    assert "end_time" in caught.value.errors
    assert "attendance" in caught.value.errors
    [summary] = meetings.list_meetings(db, alliance_id)
    assert summary.status == "convocada"


def test_signatures_and_signed_scan(db, alliance_id):
    meeting_id = _close_a_meeting(db, alliance_id)
    acta = meetings.acta_document(db, meeting_id)
    present = [a for a in acta.content["attendees"] if a["status"] == "asistio"]
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 100
    meetings.record_signature(db, meeting_id, present[0]["attendance_id"], png)
    with pytest.raises(FrozenDocumentError):
        meetings.record_signature(db, meeting_id, present[0]["attendance_id"], png)
    with pytest.raises(ValidationFailed):
        meetings.record_signature(db, meeting_id, present[1]["attendance_id"], b"no es png")
    absent = next(a for a in acta.content["attendees"] if a["status"] != "asistio")
    with pytest.raises(ServiceError):
        meetings.record_signature(db, meeting_id, absent["attendance_id"], png)
    assert meetings.acta_document(db, meeting_id).signatures == {present[0]["attendance_id"]: png}
    meetings.mark_signed(db, meeting_id, date(2026, 11, 21), b"%PDF-1.4 escaneo", "acta.pdf")
    assert meetings.list_meetings(db, alliance_id)[0].signed


def test_upcoming_meetings_and_overdue_commitments(db, alliance_id):
    data = convened_meeting(db, alliance_id)
    data.date = date(2026, 12, 3)
    meetings.save_convocation(db, data)
    upcoming = agenda.upcoming_meetings(db, today=date(2026, 11, 25))
    assert [m.date for m in upcoming] == [date(2026, 12, 3)]
    overdue = agenda.overdue_commitments(db, today=date(2026, 12, 20))
    assert [c.description for c in overdue] == [
        "Dos técnicos agrícolas de tiempo completo",
        "Convocar y organizar a las familias productoras",
    ][::-1]
    assert overdue[0].alliance_name == "Alianza Frijol del Páramo"


def test_verification_code_of_an_acta(db, alliance_id):
    meeting_id = _close_a_meeting(db, alliance_id)
    code = meetings.acta_document(db, meeting_id).verification_code
    match = meetings.find_acta_by_code(db, code.lower())
    assert match is not None and match.number == 1


def test_a_minor_added_on_the_spot_needs_a_guardian(db, alliance_id):
    from alianzas_desktop.domain.meeting import AttendeeEntry
    from alianzas_desktop.services import personal_data

    data = convened_meeting(db, alliance_id)
    minor = AttendeeEntry(
        name="Camila Restrepo Ñungo",
        sector="sociedad_civil",
        organization="Cooperativa de Productores de La Loma",
        phone="3001112233",
        consent=True,
        is_minor=True,
        status="asistio",
    )
    data.attendees.append(minor)
    with pytest.raises(ValidationFailed) as caught:
        meetings.save_convocation(db, data)
    assert f"attendance.{minor.key}.guardian" in caught.value.errors

    minor.guardian = "Rosa Ñungo"
    meetings.save_convocation(db, data)
    person = next(p for p in personal_data.list_people(db) if p.name == "Camila Restrepo Ñungo")
    assert person.is_minor and person.has_authorization
    report = personal_data.person_report(db, person.id)
    assert report["autorizaciones"][0]["representante_legal"] == "Rosa Ñungo"
    assert report["persona"]["telefono"] == "3001112233"
