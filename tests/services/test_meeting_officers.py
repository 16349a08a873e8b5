"""Presidente and secretario of a session (GTC 185): chosen among those present, in the acta."""

from __future__ import annotations

import pytest

from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes
from alianzas_desktop.services import meetings, nacimiento
from alianzas_desktop.services.errors import ValidationFailed
from tests.documents.readback import read_pdf
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting


def held(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    return data, meeting_id


def test_the_chosen_chair_and_secretary_are_frozen_and_printed(db):
    data, meeting_id = held(db)
    chair = next(a for a in data.attendees if a.name == "María Eugenia Ríos")
    secretary = next(a for a in data.attendees if a.name == "Aurelio Cañas Muñoz")
    data.chair_key, data.secretary_key = chair.key, secretary.key

    meetings.close_meeting(db, data, meeting_id)

    acta = meetings.acta_document(db, meeting_id)
    assert acta.content["chair"]["name"] == "María Eugenia Ríos"
    assert acta.content["chair"]["cargo"] == chair.cargo
    assert acta.content["secretary"]["name"] == "Aurelio Cañas Muñoz"
    text = " ".join(read_pdf(acta_pdf_bytes(acta)).text.split())
    assert "María Eugenia Ríos" in text.split("Presidente(a)", 1)[1]
    assert "Aurelio Cañas Muñoz" in text.split("Secretario(a)", 1)[1]


def test_one_person_cannot_be_both(db):
    data, meeting_id = held(db)
    chair = next(a for a in data.present())
    data.chair_key = data.secretary_key = chair.key

    with pytest.raises(ValidationFailed) as refused:
        meetings.close_meeting(db, data, meeting_id)
    assert "secretary_key" in refused.value.errors


def test_someone_absent_cannot_preside(db):
    data, meeting_id = held(db)
    absent = next(a for a in data.attendees if a.name == "Rubiela Gómez")
    data.chair_key = absent.key

    with pytest.raises(ValidationFailed) as refused:
        meetings.close_meeting(db, data, meeting_id)
    assert refused.value.errors["chair_key"] == "Elija a una persona que asistió a la sesión."
