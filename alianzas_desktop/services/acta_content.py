"""What a closed acta freezes: its content, its presidente and secretario, and its annexes' code.

``close_meeting`` (services/meetings.py) builds the content here inside its
transaction; verification recomputes the annexes' code from what is stored.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.domain.meeting import MeetingData
from alianzas_desktop.domain.verification import verification_code
from alianzas_desktop.domain.vocabulary import (
    AttendanceStatus,
    CommitmentStatus,
    ContributionKind,
    Logic,
    MeetingKind,
    Sector,
    label_of,
)
from alianzas_desktop.services.alliances import territory
from alianzas_desktop.storage.models import Alliance, Attendance, Commitment, Meeting, Person

logger = logging.getLogger(__name__)

ANNEX_KIND = "acta-anexos"


def officers(session: Session, data: MeetingData) -> dict[str, Any]:
    """The acta's presidente and secretario, as the attendees chosen on the Cierre page."""
    officers: dict[str, Any] = {}
    for role, key in (("chair", data.chair_key), ("secretary", data.secretary_key)):
        entry = next((a for a in data.attendees if key and a.key == key), None)
        if entry is None:
            continue
        person = session.get(Person, entry.person_id) if entry.person_id else None
        officers[role] = {
            "name": clean_text(entry.name),
            # The stored document only: it exists only with the person's authorisation.
            "document_number": person.document_number if person else "",
            "cargo": clean_text(entry.cargo),
            "organization": clean_text(entry.organization),
        }
    return officers


def acta_content(
    session: Session,
    alliance: Alliance,
    meeting: Meeting,
    number: int,
    new_commitments: list[Commitment],
    followed: list[tuple[Commitment, str, str, str]],
) -> dict[str, Any]:
    org_names = {m.id: m.organization.name for m in alliance.memberships}
    people = {a.person_id: a.person.full_name for a in meeting.attendances}

    def attendee(a: Attendance) -> dict[str, Any]:
        return {
            "attendance_id": a.id,
            "name": a.person.full_name,
            # Kept only with the person's authorisation (Ley 1581); the acta lists it (GTC 185).
            "document_number": a.person.document_number or "",
            "organization": a.organization.name if a.organization else "",
            "sector": a.sector,
            "sector_label": label_of(Sector, a.sector) if a.sector else "",
            "cargo": a.cargo,
            "is_guest": a.is_guest,
            "status": a.status,
            "status_label": label_of(AttendanceStatus, a.status),
            "signs": a.signs,
        }

    decisions_by_item: dict[str, list[dict[str, Any]]] = {}
    for d in meeting.decisions:
        decisions_by_item.setdefault(d.agenda_item_id, []).append(
            {
                "text": d.text,
                "by_consensus": d.by_consensus,
                "votes_for": d.votes_for,
                "votes_against": d.votes_against,
                "abstentions": d.abstentions,
            }
        )
    return {
        "number": number,
        "alliance": {
            "id": alliance.id,
            "name": alliance.name,
            "territory": territory(alliance.municipio, alliance.departamento, alliance.vereda),
            "facilitator": alliance.facilitator,
        },
        "kind": meeting.kind,
        "kind_label": label_of(MeetingKind, meeting.kind),
        "date": meeting.date.isoformat(),
        "start_time": meeting.start_time.strftime("%H:%M"),
        "end_time": meeting.end_time.strftime("%H:%M") if meeting.end_time else "",
        "place": meeting.place,
        "objective": meeting.objective,
        "attendees": [attendee(a) for a in meeting.attendances],
        "agenda": [
            {
                "title": item.title,
                "notes": item.notes,
                "decisions": decisions_by_item.get(item.id, []),
            }
            for item in meeting.agenda
        ],
        "new_commitments": [
            {
                "description": c.description,
                "organization": org_names.get(c.membership_id, ""),
                "responsible": people.get(c.responsible_person_id, ""),
                "deadline": c.deadline.isoformat(),
                "kind_label": label_of(ContributionKind, c.kind),
                "logic_label": label_of(Logic, c.logic),
            }
            for c in new_commitments
        ],
        "follow_ups": [
            {
                "description": c.description,
                "organization": org_names.get(c.membership_id, ""),
                "deadline": c.deadline.isoformat(),
                "previous_status_label": label_of(CommitmentStatus, before),
                "status_label": label_of(CommitmentStatus, after),
                "note": note,
            }
            for c, before, after, note in followed
        ],
        "next_meeting": {
            "date": meeting.next_date.isoformat() if meeting.next_date else "",
            "place": meeting.next_place,
        },
    }


def annex_content(meeting: Meeting, until: datetime | None = None) -> dict[str, Any]:
    """What the annex code covers: the acta's code, its addenda and signatures, as stored.

    ``until`` gives the annexes as they were at that moment (they are only ever added).
    """
    return {
        "acta": meeting.verification_code or "",
        "addenda": [
            {"number": a.number, "text": a.text, "at": a.created_at.isoformat()}
            for a in sorted(meeting.addenda, key=lambda a: a.number)
            if until is None or a.created_at <= until
        ],
        "signatures": sorted(
            [
                {
                    "attendance": s.attendance_id,
                    "image": hashlib.sha256(s.image).hexdigest(),
                    "at": s.created_at.isoformat(),
                }
                for s in meeting.signatures
                if until is None or s.created_at <= until
            ],
            key=lambda s: (s["at"], s["attendance"]),
        ),
    }


def annex_code(meeting: Meeting, until: datetime | None = None) -> str:
    """The code of a closed acta's annexes; any addendum or signature added changes it."""
    return verification_code(ANNEX_KIND, annex_content(meeting, until))


def annex_codes_over_time(meeting: Meeting) -> list[tuple[str, int]]:
    """Each code the annexes have had, newest first, with how many were added after it.

    A page printed before a later addendum or signature carries one of the older ones.
    """
    moments = sorted(
        {a.created_at for a in meeting.addenda} | {s.created_at for s in meeting.signatures},
        reverse=True,
    )
    added = [a.created_at for a in meeting.addenda] + [s.created_at for s in meeting.signatures]
    return [
        (annex_code(meeting, moment), sum(1 for at in added if at > moment)) for moment in moments
    ]
