"""A person's name is found in issued documents whatever its case, on SQLite and PostgreSQL.

SQLite's LIKE ignores the case of A–Z and PostgreSQL's does not: a name corrected to
capitals after the agreement was issued was found on a laptop and missed on the server.
"""

from __future__ import annotations

from datetime import date

from alianzas_desktop.services import agreements, meetings, nacimiento, personal_data
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting

NAME = "Wilmer Yesid Cuartas Londoño"
CAPITALS = "WILMER YESID CUARTAS Londoño"  # the letters A–Z, which both back ends fold


def _issued_then_renamed(db) -> tuple[str, str]:
    data = nacimiento_data()
    data.partners[1].representative.name = NAME
    data.partners[1].representative.consent = True
    data.partners[1].representative.consent_date = date(2026, 3, 2)
    alliance_id = nacimiento.found_alliance(db, data)
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    meeting_id = meetings.save_convocation(db, convened_meeting(db, alliance_id))
    held = meetings.meeting_data(db, meeting_id)
    hold_meeting(held, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, held, meeting_id)
    person = next(p for p in personal_data.list_people(db) if p.name == NAME)
    personal_data.update_contact(
        db, person.id, full_name=CAPITALS, document_number="", phone="", email=""
    )
    return alliance_id, person.id


def test_a_name_written_in_capitals_later_is_still_found_in_the_issued_documents(db):
    _, person_id = _issued_then_renamed(db)

    report = personal_data.person_report(db, person_id)

    named_in = {d["documento"] for d in report["documentos"]}
    assert named_in == {
        "Acuerdo de compromisos de «Alianza Frijol del Páramo», versión 1",
        "Acta No. 1 de «Alianza Frijol del Páramo»",
    }
    result = personal_data.erase_person(db, person_id)
    assert set(result.kept_in_documents) == named_in


def test_a_percent_sign_or_underscore_in_a_value_is_no_wildcard(db):
    _, person_id = _issued_then_renamed(db)
    personal_data.update_contact(
        db, person_id, full_name="W_lmer %", document_number="", phone="", email=""
    )

    assert personal_data.person_report(db, person_id)["documentos"] == []
