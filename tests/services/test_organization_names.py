"""An organisation typed again is the same organisation, whatever its letters' case.

SQLite's lower() folds only A–Z: «Ñame» lowered in Python never equalled the stored name
lowered by SQLite, so a partner named with a capital Ñ, Á or É was created anew each
time on a laptop, and found on the server.
"""

from __future__ import annotations

from sqlalchemy import func, select

from alianzas_desktop.domain.meeting import AttendeeEntry
from alianzas_desktop.services import meetings, nacimiento
from alianzas_desktop.storage.models import Organization
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting

NAME = "Asociación Ñame y Ají de Córdoba"


def _found(db, partner_name: str, alliance_name: str) -> str:
    data = nacimiento_data()
    data.name = alliance_name
    data.partners[2].name = partner_name
    return nacimiento.found_alliance(db, data)


def _organizations_named(db, name: str) -> int:
    with db.reading() as session:
        names = session.scalars(select(Organization.name)).all()
        assert session.scalar(select(func.count()).select_from(Organization)) == len(names)
    return sum(1 for n in names if n.casefold() == name.casefold())


def test_a_partner_named_with_capital_accents_is_reused_by_the_next_alliance(db):
    _found(db, NAME, "Alianza Ñame del Sinú")
    _found(db, NAME, "Alianza Ají de Montería")
    _found(db, NAME.upper(), "Alianza Ñame de Cereté")

    assert _organizations_named(db, NAME) == 1


def test_an_attendee_from_it_typed_in_capitals_joins_the_same_organization(db):
    alliance_id = _found(db, NAME, "Alianza Ñame del Sinú")
    data = convened_meeting(db, alliance_id)
    data.attendees.append(
        AttendeeEntry(name="Óscar Iván Güiza", organization=NAME.upper(), cargo="Socio")
    )

    meetings.save_convocation(db, data)

    assert _organizations_named(db, NAME) == 1
