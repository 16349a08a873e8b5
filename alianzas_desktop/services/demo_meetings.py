"""The demo alliances' meetings: two held sessions with their actas and one convened ahead.

Each demo alliance gets the meetings a facilitator would have recorded: two
closed sessions (attendance with a guest and an excused absence, development
per agenda item, decisions — one of them voted —, new commitments and the
follow-up of earlier ones) and a session convened for the coming weeks. Only
``services.meetings`` writes them, exactly as the meeting wizard would.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from alianzas_desktop.domain.meeting import (
    AgendaEntry,
    AttendeeEntry,
    DecisionEntry,
    MeetingData,
    NewCommitmentEntry,
)
from alianzas_desktop.domain.vocabulary import AttendanceStatus
from alianzas_desktop.services import alliances, meetings
from alianzas_desktop.services.demo_meeting_content import MEETINGS, DemoSession
from alianzas_desktop.storage.database import Database

logger = logging.getLogger(__name__)

CONVENED_IN_DAYS = 10


def _dates(start: date, today: date, name: str) -> tuple[date, date, date]:
    """Two past sessions after the alliance began, and one convened ahead.

    Sessions of long-lived alliances fall within the last months; a small shift
    per alliance keeps them from all falling on the same days.
    """
    span = (today - start).days
    shift = sum(map(ord, name)) % 7
    gap = max(2, min(25, span // 4)) + (shift if span >= 100 else 0)
    second = today - timedelta(days=gap)
    first = max(
        start + timedelta(days=max(1, min(30, span // 4))),
        second - timedelta(days=75 + 3 * shift),
    )
    return first, second, today + timedelta(days=CONVENED_IN_DAYS + shift)


def _convocation(
    db: Database, alliance_id: str, session: DemoSession, day: date, partners: list[str]
) -> MeetingData:
    data = meetings.new_meeting_data(db, alliance_id)
    data.kind = session.kind
    data.date = day
    data.start_time = session.start
    data.place = session.place
    data.objective = session.objective
    data.agenda = [AgendaEntry(title=title) for title, _notes in session.agenda]
    for person in session.others:
        data.attendees.append(
            AttendeeEntry(
                name=person.name,
                organization=person.organization,
                sector=person.sector,
                cargo=person.cargo,
                is_guest=person.is_guest,
            )
        )
    return data


def _hold(data: MeetingData, session: DemoSession, partners: list[str], memberships: dict) -> None:
    """Fill attendance, development, commitments and follow-ups as the wizard would."""
    excused = partners[session.excused_partner] if session.excused_partner is not None else None
    wanted = {p.name: p.status for p in session.others}
    for attendee in data.attendees:
        attendee.status = wanted.get(attendee.name, AttendanceStatus.PRESENT.value)
        if attendee.organization == excused and not attendee.is_guest:
            attendee.status = AttendanceStatus.EXCUSED.value
    for signer in [a for a in data.attendees if a.status == AttendanceStatus.PRESENT.value][:2]:
        signer.signs = True
    for entry, (_title, notes) in zip(data.agenda, session.agenda, strict=True):
        entry.notes = notes
    data.decisions = [
        DecisionEntry(
            agenda_key=data.agenda[item].key,
            text=text,
            by_consensus=votes is None,
            votes_for=votes[0] if votes else 0,
            votes_against=votes[1] if votes else 0,
            abstentions=votes[2] if votes else 0,
        )
        for item, text, votes in session.decisions
    ]
    present: dict[str, str] = {}
    for attendee in data.attendees:
        if attendee.status == AttendanceStatus.PRESENT.value:
            present.setdefault(attendee.organization, attendee.key)
    data.new_commitments = [
        NewCommitmentEntry(
            membership_id=memberships[partners[partner]],
            responsible_key=present.get(partners[partner], ""),
            description=description,
            kind=kind,
            estimated_value=value,
            deadline=data.date + timedelta(days=days),
            logic=logic,
        )
        for partner, description, kind, days, logic, value in session.commitments
    ]
    data.end_time = session.end


def _follow_up(db: Database, data: MeetingData, session: DemoSession) -> None:
    descriptions = {c.id: c.description for c in meetings.pending_commitments(db, data.alliance_id)}
    for follow in data.follow_ups:
        text = descriptions.get(follow.commitment_id, "")
        for prefix, status, note in session.follow_ups:
            if text.startswith(prefix):
                follow.status, follow.note = status, note


def hold_demo_meetings(
    db: Database, alliance_id: str, alliance_name: str, today: date
) -> list[str]:
    """Record the demo alliance's meetings; returns their ids (closed ones first)."""
    sessions = MEETINGS.get(alliance_name)
    if sessions is None:
        return []
    partner_rows = meetings.alliance_partners(db, alliance_id)
    partners = [p.organization for p in partner_rows]
    memberships = {p.organization: p.membership_id for p in partner_rows}
    days = _dates(alliances.alliance_detail(db, alliance_id).start_date, today, alliance_name)
    ids = []
    for index, (session, day) in enumerate(zip(sessions, days, strict=True)):
        data = _convocation(db, alliance_id, session, day, partners)
        meeting_id = meetings.save_convocation(db, data)
        ids.append(meeting_id)
        if index == len(sessions) - 1:
            break  # the last one is only convened
        data = meetings.meeting_data(db, meeting_id)
        _hold(data, session, partners, memberships)
        _follow_up(db, data, session)
        data.next_date = days[index + 1]
        data.next_place = sessions[index + 1].place
        meetings.close_meeting(db, data, meeting_id)
    return ids
