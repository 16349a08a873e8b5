"""The meeting wizard's data: its draft round trip and the checks of each step."""

from __future__ import annotations

from datetime import date, time

import pytest

from alianzas_desktop.domain.meeting import (
    AgendaEntry,
    AttendeeEntry,
    DecisionEntry,
    FollowUpEntry,
    MeetingData,
    NewCommitmentEntry,
    missing_sectors_present,
    sectors_present,
    validate_attendance,
    validate_closing,
    validate_commitments,
    validate_convocation,
    validate_development,
    validate_for_closing,
)
from alianzas_desktop.domain.vocabulary import Sector

TODAY = date(2026, 11, 25)
FAR_TODAY = date(2040, 6, 1)  # far from the real clock: shows that ``today`` is the one used
SESSION = date(2026, 11, 20)
TOO_LONG_200 = "El texto es demasiado largo: máximo 200 caracteres."
TOO_LONG_20000 = "El texto es demasiado largo: máximo 20.000 caracteres."


def _person(key: str, **values) -> AttendeeEntry:
    return AttendeeEntry(key=key, name=f"Persona {key}", **values)


def meeting() -> MeetingData:
    """A session that could be closed as it is."""
    return MeetingData(
        alliance_id="al-1",
        kind="ordinaria",
        date=SESSION,
        start_time=time(9, 0),
        end_time=time(11, 30),
        place="Casa de la cultura de Sonsón",
        objective="Revisar el avance de los compromisos",
        agenda=[AgendaEntry(key="g1", title="Saludo", notes="Se saludó a los asistentes.")],
        attendees=[
            _person("a1", status="asistio", sector="publico", signs=True),
            _person("a2", status="asistio", sector="privado"),
            _person("a3", status="ausente_excusa", sector="sociedad_civil"),
        ],
        decisions=[DecisionEntry(key="d1", agenda_key="g1", text="Aprobar el plan")],
        new_commitments=[
            NewCommitmentEntry(
                key="n1",
                membership_id="m1",
                responsible_key="a1",
                description="Entregar los predios",
                kind="especie",
                estimated_value=850_000_000,
                deadline=date(2027, 6, 30),
                logic="tecnica",
            )
        ],
        follow_ups=[FollowUpEntry(commitment_id="c9", status="cumplido", note="Entregado")],
        next_date=date(2026, 12, 18),
        next_place="Alcaldía",
        chair_key="a1",
        secretary_key="a2",
    )


# -- draft round trip ------------------------------------------------------------------


def test_a_complete_meeting_has_no_errors():
    assert validate_for_closing(meeting(), TODAY) == {}


def test_to_dict_writes_dates_and_times_as_iso_text():
    as_dict = meeting().to_dict()
    assert as_dict["date"] == "2026-11-20"
    assert as_dict["start_time"] == "09:00:00"
    assert as_dict["end_time"] == "11:30:00"
    assert as_dict["next_date"] == "2026-12-18"
    assert as_dict["new_commitments"][0]["deadline"] == "2027-06-30"
    assert as_dict["attendees"][0]["status"] == "asistio"


def test_round_trip_keeps_everything():
    data = meeting()
    data.attendees[0].name = "Ñusté «Luz» & <b>😀</b>"
    data.decisions.append(
        DecisionEntry(key="d2", agenda_key="g1", text="x", by_consensus=False, votes_for=3)
    )
    assert MeetingData.from_dict(data.to_dict()) == data


def test_from_dict_ignores_unknown_fields_and_fills_defaults():
    data = MeetingData.from_dict(
        {
            "alliance_id": "al-1",
            "obsolete": 1,
            "date": "2026-11-20",
            "next_date": "",
            "start_time": "09:15",
            "end_time": None,
            "agenda": [{"key": "g1", "title": "Saludo", "old": 1}],
            "attendees": [{"key": "a1", "name": "Luz", "new": 2}],
            "decisions": [{"key": "d1", "text": "Sí", "x": 0}],
            "new_commitments": [{"key": "n1", "deadline": "2027-06-30", "y": 0}],
            "follow_ups": [{"commitment_id": "c1", "z": 0}],
        }
    )
    assert data.alliance_id == "al-1"
    assert data.date == SESSION
    assert data.next_date is None
    assert data.start_time == time(9, 15)
    assert data.end_time is None
    assert data.agenda == [AgendaEntry(key="g1", title="Saludo")]
    assert data.attendees == [AttendeeEntry(key="a1", name="Luz")]
    assert data.decisions == [DecisionEntry(key="d1", text="Sí")]
    assert data.new_commitments == [NewCommitmentEntry(key="n1", deadline=date(2027, 6, 30))]
    assert data.follow_ups == [FollowUpEntry(commitment_id="c1")]


def test_from_dict_of_an_empty_draft():
    data = MeetingData.from_dict({"agenda": None})
    assert data == MeetingData()
    assert data.date is None and data.start_time is None


def test_present_are_those_who_attended():
    data = meeting()
    assert [a.key for a in data.present()] == ["a1", "a2"]
    assert sectors_present(data) == {"publico", "privado"}
    assert missing_sectors_present(data) == [Sector.CIVIL_SOCIETY]


def test_sectors_present_ignore_blank_sectors_and_absent_people():
    data = MeetingData(
        attendees=[
            _person("a", status="asistio", sector=""),
            _person("b", status="ausente", sector="publico"),
            _person("c", status="asistio", sector="sociedad_civil"),
        ]
    )
    assert sectors_present(data) == {"sociedad_civil"}
    assert missing_sectors_present(data) == [Sector.PUBLIC, Sector.PRIVATE]
    assert missing_sectors_present(MeetingData()) == list(Sector)


# -- convocation -------------------------------------------------------------------------


def test_empty_convocation_asks_for_everything():
    assert validate_convocation(MeetingData(kind=""), TODAY) == {
        "date": "Indique la fecha de la sesión.",
        "start_time": "Indique la hora de inicio.",
        "kind": "Elija si la sesión es ordinaria o extraordinaria.",
        "place": "Escriba el lugar.",
        "objective": "Escriba el objetivo de la sesión.",
        "agenda": "Agregue al menos un punto al orden del día.",
    }


def test_both_kinds_of_session():
    data = meeting()
    for kind in ("ordinaria", "extraordinaria"):
        data.kind = kind
        assert validate_convocation(data, TODAY) == {}


@pytest.mark.parametrize(
    ("day", "ok"),
    [
        (date(1989, 12, 31), False),
        (date(1990, 1, 1), True),
        (date(2031, 12, 31), True),  # five years ahead
        (date(2032, 1, 1), False),
    ],
)
def test_session_date_limits(day, ok):
    data = meeting()
    data.date = day
    expected = {} if ok else {"date": "La fecha de la sesión no es razonable."}
    assert validate_convocation(data, TODAY) == expected


def test_session_date_is_judged_against_the_given_today():
    data = meeting()
    data.date = date(2045, 12, 31)
    assert validate_convocation(data, FAR_TODAY) == {}
    data.date = date(2046, 1, 1)
    assert validate_convocation(data, FAR_TODAY) == {
        "date": "La fecha de la sesión no es razonable."
    }
    data.date = date(date.today().year + 5, 12, 31)
    assert validate_convocation(data) == {}
    data.date = date(date.today().year + 6, 1, 1)
    assert validate_convocation(data) == {"date": "La fecha de la sesión no es razonable."}


def test_convocation_text_limits():
    data = meeting()
    data.place = "l" * 200
    data.objective = "o" * 20_000
    data.agenda[0].title = "t" * 200
    assert validate_convocation(data, TODAY) == {}
    data.place = "l" * 201
    data.objective = "o" * 20_001
    data.agenda[0].title = "t" * 201
    data.agenda.append(AgendaEntry(key="g2", title=" "))
    assert validate_convocation(data, TODAY) == {
        "place": TOO_LONG_200,
        "objective": TOO_LONG_20000,
        "agenda.g1.title": TOO_LONG_200,
        "agenda.g2.title": "Escriba el punto del orden del día.",
    }


# -- attendance --------------------------------------------------------------------------


def test_attendance_needs_someone_present():
    data = MeetingData(attendees=[_person("a", status="invitado"), _person("b", status="ausente")])
    assert validate_attendance(data) == {"attendance": "Marque al menos una persona que asistió."}
    assert validate_attendance(MeetingData()) == {
        "attendance": "Marque al menos una persona que asistió."
    }


def test_each_attendee_needs_a_name_and_a_known_status():
    data = MeetingData(
        attendees=[
            _person("a", status="asistio"),
            AttendeeEntry(key="b", name="", status="dormido"),
            _person("c", status="asistio", sector="ong"),
        ]
    )
    assert validate_attendance(data) == {
        "attendance.b.name": "Escriba el nombre de la persona.",
        "attendance.b.status": "Indique si asistió.",
        "attendance.c.sector": "Elija el sector.",
    }


@pytest.mark.parametrize("status", ["invitado", "asistio", "ausente_excusa", "ausente"])
def test_every_attendance_status_is_known(status):
    data = MeetingData(attendees=[_person("a", status="asistio"), _person("b", status=status)])
    assert validate_attendance(data) == {}


def test_attendee_name_limit():
    data = MeetingData(attendees=[AttendeeEntry(key="a", name="n" * 200, status="asistio")])
    assert validate_attendance(data) == {}
    data.attendees[0].name = "n" * 201
    assert validate_attendance(data) == {"attendance.a.name": TOO_LONG_200}


def test_sector_of_people_already_recorded_is_not_checked():
    data = MeetingData(attendees=[_person("a", status="asistio", person_id="p1", sector="viejo")])
    assert validate_attendance(data) == {}
    data.attendees[0].sector = ""
    data.attendees[0].person_id = None
    assert validate_attendance(data) == {}


CONSENT = (
    "Para guardar documento o teléfono, marque la autorización de tratamiento de datos personales."
)


@pytest.mark.parametrize("contact", [{"phone": "3001234567"}, {"document_number": "43.123.456"}])
def test_contact_data_of_a_new_person_needs_consent(contact):
    data = MeetingData(attendees=[_person("a", status="asistio", **contact)])
    assert validate_attendance(data) == {"attendance.a.consent": CONSENT}
    data.attendees[0].consent = True
    assert validate_attendance(data) == {}
    # A person already recorded has their authorisation on file.
    data.attendees[0].consent = False
    data.attendees[0].person_id = "p1"
    assert validate_attendance(data) == {}


def test_blank_contact_data_needs_no_consent():
    data = MeetingData(attendees=[_person("a", status="asistio", phone=" ", document_number="")])
    assert validate_attendance(data) == {}


def test_a_minor_with_consent_needs_a_guardian():
    message = (
        "Los datos de un menor de edad requieren la autorización de su "
        "representante legal: escriba su nombre."
    )
    data = MeetingData(attendees=[_person("a", status="asistio", is_minor=True, consent=True)])
    assert validate_attendance(data) == {"attendance.a.guardian": message}
    data.attendees[0].guardian = " \x00 "
    assert validate_attendance(data) == {"attendance.a.guardian": message}
    data.attendees[0].guardian = "Rosa Pérez"
    assert validate_attendance(data) == {}
    # Without consent there is nothing to authorise; an adult needs no guardian.
    data.attendees[0].guardian = ""
    data.attendees[0].consent = False
    assert validate_attendance(data) == {}
    data.attendees[0].consent = True
    data.attendees[0].is_minor = False
    assert validate_attendance(data) == {}


# -- development -------------------------------------------------------------------------


def test_decisions_need_text_and_an_agenda_point():
    data = meeting()
    data.decisions = [DecisionEntry(key="d1", agenda_key="g9", text="")]
    assert validate_development(data) == {
        "decisions.d1.text": "Escriba la decisión.",
        "decisions.d1.agenda_key": "Elija el punto del orden del día.",
    }


def test_development_text_limits():
    data = meeting()
    data.agenda[0].notes = "n" * 20_000
    data.decisions[0].text = "t" * 20_000
    assert validate_development(data) == {}
    data.agenda[0].notes = "n" * 20_001
    data.decisions[0].text = "t" * 20_001
    assert validate_development(data) == {
        "agenda.g1.notes": TOO_LONG_20000,
        "decisions.d1.text": TOO_LONG_20000,
    }


def _vote(for_: int, against: int, abstentions: int, consensus: bool = False) -> MeetingData:
    data = meeting()
    data.decisions = [
        DecisionEntry(
            key="d1",
            agenda_key="g1",
            text="Aprobar",
            by_consensus=consensus,
            votes_for=for_,
            votes_against=against,
            abstentions=abstentions,
        )
    ]
    return data


@pytest.mark.parametrize(
    "votes", [(1, 0, 0), (0, 1, 0), (0, 0, 1), (10_000, 10_000, 10_000), (0, 0, 0, True)]
)
def test_valid_votes(votes):
    assert validate_development(_vote(*votes)) == {}


@pytest.mark.parametrize(
    "votes", [(-1, 5, 0), (0, -1, 5), (5, 0, -1), (10_001, 0, 0), (0, 10_001, 0), (0, 0, 10_001)]
)
def test_votes_out_of_range(votes):
    assert validate_development(_vote(*votes)) == {
        "decisions.d1.votes": "Los votos deben ser números entre 0 y 10.000."
    }


def test_a_vote_without_votes():
    assert validate_development(_vote(0, 0, 0)) == {
        "decisions.d1.votes": "Registre los votos o marque «por consenso»."
    }


def test_votes_of_a_consensus_are_not_checked():
    assert validate_development(_vote(-5, 20_000, 0, consensus=True)) == {}


# -- commitments -------------------------------------------------------------------------


def test_an_empty_new_commitment():
    data = meeting()
    data.follow_ups = []
    data.new_commitments = [NewCommitmentEntry(key="n", kind="", logic="")]
    assert validate_commitments(data, TODAY) == {
        "commitments.n.membership_id": "Elija la organización responsable.",
        "commitments.n.description": "Escriba en qué consiste el compromiso.",
        "commitments.n.kind": "Elija el tipo de aporte.",
        "commitments.n.logic": "Elija la lógica del compromiso.",
        "commitments.n.deadline": "Indique la fecha límite.",
    }


def test_new_commitment_description_limit():
    data = meeting()
    data.new_commitments[0].description = "d" * 20_000
    assert validate_commitments(data, TODAY) == {}
    data.new_commitments[0].description = "d" * 20_001
    assert validate_commitments(data, TODAY) == {"commitments.n1.description": TOO_LONG_20000}


def test_responsible_person_must_be_an_attendee_when_given():
    data = meeting()
    data.new_commitments[0].responsible_key = "a3"  # invited, even if absent
    assert validate_commitments(data, TODAY) == {}
    data.new_commitments[0].responsible_key = ""
    assert validate_commitments(data, TODAY) == {}
    data.new_commitments[0].responsible_key = "zz"
    assert validate_commitments(data, TODAY) == {
        "commitments.n1.responsible_key": "Elija a la persona responsable entre los asistentes."
    }


@pytest.mark.parametrize(
    ("deadline", "message"),
    [
        (date(1989, 12, 31), "La fecha límite no es razonable."),
        (date(2057, 1, 1), "La fecha límite no es razonable."),
        (date(2026, 11, 19), "La fecha límite es anterior a la sesión."),
        (SESSION, None),
        (date(2056, 12, 31), None),
    ],
)
def test_new_commitment_deadline(deadline, message):
    data = meeting()
    data.new_commitments[0].deadline = deadline
    expected = {"commitments.n1.deadline": message} if message else {}
    assert validate_commitments(data, TODAY) == expected


def test_deadline_without_a_session_date_is_only_checked_for_reason():
    data = meeting()
    data.date = None
    data.new_commitments[0].deadline = date(2000, 1, 1)
    assert validate_commitments(data, TODAY) == {}


def test_new_commitment_deadline_follows_the_given_today():
    data = meeting()
    data.new_commitments[0].deadline = date(2070, 12, 31)
    assert validate_commitments(data, FAR_TODAY) == {}
    assert validate_commitments(data) == {
        "commitments.n1.deadline": "La fecha límite no es razonable."
    }


def test_follow_ups_need_a_known_status_and_a_short_enough_note():
    data = meeting()
    data.follow_ups = [
        FollowUpEntry(commitment_id="c1", status="olvidado"),
        FollowUpEntry(commitment_id="c2", status="incumplido", note="n" * 20_000),
        FollowUpEntry(commitment_id="c3", status="cancelado", note="n" * 20_001),
    ]
    assert validate_commitments(data, TODAY) == {
        "follow_ups.c1.status": "Elija el estado.",
        "follow_ups.c3.note": TOO_LONG_20000,
    }


# -- closing -----------------------------------------------------------------------------


def test_closing_needs_an_end_time_after_the_start():
    data = meeting()
    data.end_time = None
    assert validate_closing(data, TODAY) == {"end_time": "Indique la hora de finalización."}
    data.end_time = time(9, 0)
    assert validate_closing(data, TODAY) == {
        "end_time": "La hora de finalización debe ser posterior a la de inicio."
    }
    data.end_time = time(9, 1)
    assert validate_closing(data, TODAY) == {}
    data.start_time = None
    data.end_time = time(8, 0)
    assert validate_closing(data, TODAY) == {}


def test_next_meeting_date():
    data = meeting()
    data.next_date = None
    assert validate_closing(data, TODAY) == {}
    data.next_date = SESSION
    assert validate_closing(data, TODAY) == {
        "next_date": "La próxima reunión debe ser posterior a esta."
    }
    data.next_date = date(2026, 11, 21)
    assert validate_closing(data, TODAY) == {}
    data.next_date = date(2057, 1, 1)
    assert validate_closing(data, TODAY) == {
        "next_date": "La fecha de la próxima reunión no es razonable."
    }
    data.next_date = date(2056, 12, 31)
    assert validate_closing(data, TODAY) == {}
    data.date = None
    data.next_date = date(2000, 1, 1)
    assert validate_closing(data, TODAY) == {}


def test_next_meeting_date_follows_the_given_today():
    data = meeting()
    data.next_date = date(2070, 12, 31)
    assert validate_closing(data, FAR_TODAY) == {}
    assert validate_closing(data) == {
        "next_date": "La fecha de la próxima reunión no es razonable."
    }


def test_next_place_limit():
    data = meeting()
    data.next_place = "p" * 200
    assert validate_closing(data, TODAY) == {}
    data.next_place = "p" * 201
    assert validate_closing(data, TODAY) == {"next_place": TOO_LONG_200}
    data.next_place = ""
    assert validate_closing(data, TODAY) == {}


def test_someone_present_must_sign():
    message = {"signers": "Elija quién firma el acta (al menos una persona presente)."}
    data = meeting()
    data.attendees[0].signs = False
    assert validate_closing(data, TODAY) == message
    data.attendees[2].signs = True  # absent: cannot sign
    assert validate_closing(data, TODAY) == message
    data.attendees[1].signs = True
    assert validate_closing(data, TODAY) == {}


def test_chair_and_secretary_are_distinct_people_present():
    data = meeting()
    data.chair_key = "a3"
    data.secretary_key = "zz"
    assert validate_closing(data, TODAY) == {
        "chair_key": "Elija a una persona que asistió a la sesión.",
        "secretary_key": "Elija a una persona que asistió a la sesión.",
    }
    data.chair_key = data.secretary_key = "a1"
    assert validate_closing(data, TODAY) == {
        "secretary_key": "Quien preside y quien hace de secretario deben ser distintos."
    }
    data.chair_key = data.secretary_key = ""
    assert validate_closing(data, TODAY) == {}
    data.chair_key, data.secretary_key = "a2", ""
    assert validate_closing(data, TODAY) == {}
    data.chair_key, data.secretary_key = "", "a2"
    assert validate_closing(data, TODAY) == {}


def test_validate_for_closing_gathers_every_step():
    data = meeting()
    data.place = ""
    data.attendees[1].name = ""
    data.decisions[0].text = ""
    data.new_commitments[0].membership_id = ""
    data.end_time = None
    assert validate_for_closing(data, TODAY) == {
        "place": "Escriba el lugar.",
        "attendance.a2.name": "Escriba el nombre de la persona.",
        "decisions.d1.text": "Escriba la decisión.",
        "commitments.n1.membership_id": "Elija la organización responsable.",
        "end_time": "Indique la hora de finalización.",
    }


def test_validate_for_closing_passes_today_on():
    data = meeting()
    data.date = date(2045, 1, 1)
    data.new_commitments[0].deadline = date(2070, 1, 1)
    data.next_date = date(2070, 1, 2)
    assert validate_for_closing(data, FAR_TODAY) == {}
    assert validate_for_closing(data, TODAY) == {
        "date": "La fecha de la sesión no es razonable.",
        "commitments.n1.deadline": "La fecha límite no es razonable.",
        "next_date": "La fecha de la próxima reunión no es razonable.",
    }


def test_agenda_notes_are_optional():
    data = meeting()
    data.agenda[0].notes = ""
    assert validate_development(data) == {}
