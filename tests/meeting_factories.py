"""A realistic meeting for the meeting tests: three agenda items, six attendees."""

from __future__ import annotations

from datetime import date, time

from alianzas_desktop.domain.meeting import (
    AgendaEntry,
    AttendeeEntry,
    DecisionEntry,
    MeetingData,
    NewCommitmentEntry,
)
from alianzas_desktop.services import meetings


def convened_meeting(db, alliance_id: str) -> MeetingData:
    data = meetings.new_meeting_data(db, alliance_id)
    data.date = date(2026, 11, 20)
    data.start_time = time(9, 0)
    data.place = "Caseta comunal de La Loma"
    data.objective = "Revisar el avance de la asistencia técnica y la primera cosecha"
    data.agenda = [
        AgendaEntry(title="Verificación del quórum"),
        AgendaEntry(title="Informe de la asistencia técnica"),
        AgendaEntry(title="Plan de comercialización de la cosecha"),
    ]
    data.attendees += [
        AttendeeEntry(
            name="Pedro Nel Ospina",
            organization="Comercializadora El Páramo S.A.S.",
            sector="privado",
            cargo="Jefe de compras",
        ),
        AttendeeEntry(
            name="Gloria Amparo Henao",
            organization="Alcaldía de Sonsón",
            sector="publico",
            cargo="Técnica agrícola",
        ),
    ]
    return data


def hold_meeting(data: MeetingData, partners) -> MeetingData:
    """Fill attendance, development, commitments and closing as at the meeting."""
    for attendee in data.attendees:
        attendee.status = "asistio"
    data.attendees[0].signs = True
    data.attendees[1].signs = True
    data.attendees.append(
        AttendeeEntry(
            name="Aurelio Cañas Muñoz",
            organization="Cooperativa de Productores de La Loma",
            sector="sociedad_civil",
            cargo="Tesorero",
            phone="3111234567",
            consent=True,
            status="asistio",
        )
    )
    data.attendees.append(
        AttendeeEntry(
            name="Rubiela Gómez",
            organization="Cooperativa de Productores de La Loma",
            sector="sociedad_civil",
            cargo="Asociada",
            status="ausente_excusa",
        )
    )
    data.agenda[1].notes = "El técnico informó visitas a 45 de las 60 fincas."
    data.agenda[2].notes = "Se discutió el precio de compra y la fecha de la primera entrega."
    data.decisions = [
        DecisionEntry(
            agenda_key=data.agenda[1].key,
            text="Priorizar las 15 fincas sin visita durante diciembre",
        ),
        DecisionEntry(
            agenda_key=data.agenda[2].key,
            text="Fijar el precio en $ 4.200 por kilo",
            by_consensus=False,
            votes_for=5,
            votes_against=1,
            abstentions=0,
        ),
    ]
    by_org = {p.organization: p.membership_id for p in partners}
    data.new_commitments = [
        NewCommitmentEntry(
            membership_id=by_org["Alcaldía de Sonsón"],
            responsible_key=data.attendees[0].key,
            description="Visitar las 15 fincas pendientes",
            kind="talento_humano",
            deadline=date(2026, 12, 20),
            logic="tecnica",
        ),
        NewCommitmentEntry(
            membership_id=by_org["Comercializadora El Páramo S.A.S."],
            description="Enviar el contrato de compra con el precio acordado",
            kind="otro",
            deadline=date(2026, 12, 5),
            logic="politica",
        ),
        NewCommitmentEntry(
            membership_id=by_org["Cooperativa de Productores de La Loma"],
            description="Organizar el acopio de la primera cosecha",
            kind="especie",
            deadline=date(2027, 1, 15),
            logic="etica",
        ),
    ]
    data.follow_ups[0].status = "cumplido"
    data.follow_ups[0].note = "Las familias quedaron organizadas en 4 grupos"
    data.follow_ups[1].status = "en_curso"
    data.end_time = time(11, 30)
    data.next_date = date(2026, 12, 18)
    data.next_place = "Alcaldía de Sonsón, salón del concejo"
    return data


def close_a_meeting(db, alliance_id: str) -> str:
    """A meeting of ``alliance_id`` convened, held and closed (its acta frozen): its id."""
    meeting_id = meetings.save_convocation(db, convened_meeting(db, alliance_id))
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, meeting_id)
    return meeting_id
