"""Sesiones con socios: convening, holding and closing a meeting, and its acta.

A meeting is convened (its date, place, agenda and invitations are saved), then
held: while the wizard is open its work lives in a draft, so a power cut loses
nothing, and ``close_meeting`` writes everything in one transaction — attendance,
people added on the spot, decisions, new commitments and the follow-up of
pending ones — numbers the acta and freezes its content. A closed acta is never
edited (database triggers guard it); corrections are addenda.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alianzas_desktop import settings
from alianzas_desktop.domain.fields import LONG_TEXT_MAX, clean_text
from alianzas_desktop.domain.formatting import with_language
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.meeting import (
    AgendaEntry,
    AttendeeEntry,
    FollowUpEntry,
    MeetingData,
    validate_attendance,
    validate_convocation,
    validate_for_closing,
)
from alianzas_desktop.domain.personal_data import AUTHORIZATION_PURPOSE, AUTHORIZATION_TEXT_VERSION
from alianzas_desktop.domain.verification import normalize_code, verification_code
from alianzas_desktop.domain.vocabulary import (
    OPEN_COMMITMENT_STATUSES,
    AttendanceStatus,
    AuthorizationMethod,
    CommitmentStatus,
    MeetingKind,
    MeetingStatus,
    Sector,
    label_of,
)
from alianzas_desktop.profile import actor_name
from alianzas_desktop.services import acta_content, document_signing, drafts, listings
from alianzas_desktop.services.alliances import territory
from alianzas_desktop.services.errors import (
    FrozenDocumentError,
    NotFoundError,
    ServiceError,
    ValidationFailed,
)
from alianzas_desktop.services.organization_names import same_named_organization
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import (
    Addendum,
    AgendaItem,
    Alliance,
    Attendance,
    Commitment,
    CommitmentUpdate,
    DataAuthorization,
    Decision,
    Draft,
    Meeting,
    MeetingSignature,
    Membership,
    Organization,
    Person,
    utcnow,
)

logger = logging.getLogger(__name__)

DOCUMENT_KIND = "acta"
DRAFT_KIND = drafts.MEETING
MAX_SIGNATURE_BYTES = 2 * 1024 * 1024
MAX_SCAN_BYTES = 30 * 1024 * 1024


@dataclass(frozen=True)
class MeetingSummary:
    id: str
    alliance_id: str
    alliance_name: str
    number: int | None
    status: str
    status_label: str
    kind_label: str
    date: date
    place: str
    objective: str
    signed: bool


@dataclass(frozen=True)
class PendingCommitment:
    id: str
    membership_id: str
    organization: str
    description: str
    deadline: date
    status: str
    status_label: str
    alliance_id: str = ""
    alliance_name: str = ""


@dataclass(frozen=True)
class ActaDocument:
    meeting_id: str
    alliance_id: str
    number: int | None
    status: str
    verification_code: str
    content: dict[str, Any]
    signatures: dict[str, bytes]  # attendance id -> PNG
    addenda: list[dict[str, Any]]
    # Covers what may be added after closing (addenda, on-screen signatures); printed apart.
    annex_code: str = ""
    # The closing device's ``firma:1.…`` (services.document_signing), in the QR.
    signature: str = ""

    @property
    def is_draft(self) -> bool:
        return self.status != MeetingStatus.CLOSED.value


@dataclass(frozen=True)
class MeetingPartner:
    """A partner organisation and its representative, for the wizard's pickers."""

    membership_id: str
    organization_id: str
    organization: str
    sector: str
    representative_id: str | None
    representative: str
    cargo: str


# -- reading ------------------------------------------------------------------------------


def _meeting(session: Session, meeting_id: str) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa sesión."))
    return meeting


# Only what a summary shows: never the frozen acta's content nor a signed scan.
_SUMMARY_COLUMNS = (
    Meeting.id,
    Meeting.alliance_id,
    Alliance.name.label("alliance_name"),
    Meeting.number,
    Meeting.status,
    Meeting.kind,
    Meeting.date,
    Meeting.place,
    Meeting.objective,
    Meeting.signed_on,
)


def _summary_of_row(row) -> MeetingSummary:
    return MeetingSummary(
        id=row.id,
        alliance_id=row.alliance_id,
        alliance_name=row.alliance_name,
        number=row.number,
        status=row.status,
        status_label=label_of(MeetingStatus, row.status),
        kind_label=label_of(MeetingKind, row.kind),
        date=row.date,
        place=row.place,
        objective=row.objective,
        signed=row.signed_on is not None,
    )


def list_meetings(db: Database, alliance_id: str | None = None) -> list[MeetingSummary]:
    """Every meeting (or one alliance's), latest first."""
    return [
        MeetingSummary(*row) for batch in listings.meeting_batches(db, alliance_id) for row in batch
    ]


def _pending(session: Session, query, limit: int | None = None) -> list[PendingCommitment]:
    rows = session.execute(
        query.join(Membership, Membership.id == Commitment.membership_id)
        .join(Organization, Organization.id == Membership.organization_id)
        .join(Alliance, Alliance.id == Commitment.alliance_id)
        .order_by(Commitment.deadline)
        .limit(limit)
    )
    return [
        PendingCommitment(
            id=row.id,
            membership_id=row.membership_id,
            organization=row.organization,
            description=row.description,
            deadline=row.deadline,
            status=row.status,
            status_label=label_of(CommitmentStatus, row.status),
            alliance_id=row.alliance_id,
            alliance_name=row.alliance_name,
        )
        for row in rows
    ]


# Only what a pending commitment shows: no ORM objects to build and throw away.
_PENDING_COLUMNS = (
    Commitment.id,
    Commitment.membership_id,
    Commitment.description,
    Commitment.deadline,
    Commitment.status,
    Commitment.alliance_id,
    Organization.name.label("organization"),
    Alliance.name.label("alliance_name"),
)


def pending_commitments(db: Database, alliance_id: str) -> list[PendingCommitment]:
    """The alliance's open commitments, soonest deadline first."""
    query = select(*_PENDING_COLUMNS).where(
        Commitment.alliance_id == alliance_id, Commitment.status.in_(OPEN_COMMITMENT_STATUSES)
    )
    with db.reading() as session:
        return _pending(session, query)


def alliance_partners(db: Database, alliance_id: str) -> list[MeetingPartner]:
    with db.reading() as session:
        alliance = session.get(Alliance, alliance_id)
        if alliance is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
        return [
            MeetingPartner(
                membership_id=m.id,
                organization_id=m.organization_id,
                organization=m.organization.name,
                sector=m.organization.sector,
                representative_id=m.representative_id,
                representative=m.representative.full_name if m.representative else "",
                cargo=m.representative_cargo,
            )
            for m in alliance.memberships
            if m.retired_on is None
        ]


def new_meeting_data(db: Database, alliance_id: str) -> MeetingData:
    """A blank meeting: every partner's representative invited, pending commitments listed."""
    partners = alliance_partners(db, alliance_id)
    data = MeetingData(alliance_id=alliance_id)
    data.attendees = [
        AttendeeEntry(
            person_id=p.representative_id,
            name=p.representative,
            organization_id=p.organization_id,
            organization=p.organization,
            sector=p.sector,
            cargo=p.cargo,
        )
        for p in partners
        if p.representative_id
    ]
    data.follow_ups = [
        FollowUpEntry(commitment_id=c.id, status=c.status)
        for c in pending_commitments(db, alliance_id)
    ]
    return data


def meeting_data(db: Database, meeting_id: str) -> MeetingData:
    """A convened meeting as wizard data (keys are the stored records' ids)."""
    with db.reading() as session:
        meeting = _meeting(session, meeting_id)
        data = MeetingData(
            alliance_id=meeting.alliance_id,
            kind=meeting.kind,
            date=meeting.date,
            start_time=meeting.start_time,
            end_time=meeting.end_time,
            place=meeting.place,
            objective=meeting.objective,
            next_date=meeting.next_date,
            next_place=meeting.next_place,
            agenda=[AgendaEntry(key=a.id, title=a.title, notes=a.notes) for a in meeting.agenda],
            attendees=[
                AttendeeEntry(
                    key=a.id,
                    person_id=a.person_id,
                    name=a.person.full_name,
                    organization_id=a.organization_id,
                    organization=a.organization.name if a.organization else "",
                    sector=a.sector,
                    cargo=a.cargo,
                    is_guest=a.is_guest,
                    status=a.status,
                    signs=a.signs,
                )
                for a in meeting.attendances
            ],
        )
        alliance_id = meeting.alliance_id
    data.follow_ups = [
        FollowUpEntry(commitment_id=c.id, status=c.status)
        for c in pending_commitments(db, alliance_id)
    ]
    return data


# -- writing ------------------------------------------------------------------------------


def _organization(session: Session, entry: AttendeeEntry) -> Organization | None:
    if entry.organization_id:
        return session.get(Organization, entry.organization_id)
    name = clean_text(entry.organization)
    if not name:
        return None
    org = same_named_organization(session, name)
    if org is None:
        org = Organization(name=name, sector=entry.sector or Sector.CIVIL_SOCIETY.value)
        session.add(org)
        session.flush()
    return org


def _person_for(session: Session, entry: AttendeeEntry, org: Organization | None) -> Person:
    if entry.person_id:
        person = session.get(Person, entry.person_id)
        if person is not None:
            return person
    person = Person(
        full_name=clean_text(entry.name),
        organization_id=org.id if org else None,
        is_minor=entry.is_minor,
    )
    if entry.consent and (not entry.is_minor or clean_text(entry.guardian)):
        person.document_number = clean_text(entry.document_number)
        person.phone = clean_text(entry.phone)
        person.consent_date = date.today()
        person.authorizations.append(
            DataAuthorization(
                given_on=person.consent_date,
                purpose=AUTHORIZATION_PURPOSE,
                method=AuthorizationMethod.ON_SCREEN.value,
                text_version=AUTHORIZATION_TEXT_VERSION,
                recorded_by=actor_name(),
                guardian=clean_text(entry.guardian),
            )
        )
    session.add(person)
    session.flush()
    entry.person_id = person.id
    return person


def _apply_convocation(session: Session, meeting: Meeting, data: MeetingData) -> None:
    meeting.kind = data.kind
    meeting.date = data.date
    meeting.start_time = data.start_time
    meeting.place = clean_text(data.place)
    meeting.objective = clean_text(data.objective)
    existing = {a.id: a for a in meeting.agenda}
    kept = []
    for position, entry in enumerate(data.agenda):
        item = existing.get(entry.key) or AgendaItem(id=entry.key)
        item.title = clean_text(entry.title)
        item.notes = clean_text(entry.notes)
        item.position = position
        kept.append(item)
    meeting.agenda = kept
    _apply_attendance(session, meeting, data)


def _apply_attendance(session: Session, meeting: Meeting, data: MeetingData) -> None:
    existing = {a.id: a for a in meeting.attendances}
    kept = []
    seen_people: set[str] = set()
    for position, entry in enumerate(data.attendees):
        org = _organization(session, entry)
        person = _person_for(session, entry, org)
        if person.id in seen_people:
            continue  # the same person listed twice counts once
        seen_people.add(person.id)
        row = existing.get(entry.key) or Attendance(id=entry.key)
        row.person = person
        row.organization = org
        row.cargo = clean_text(entry.cargo)
        row.sector = entry.sector or (org.sector if org else "")
        row.is_guest = entry.is_guest
        row.status = entry.status
        row.signs = entry.signs and entry.status == AttendanceStatus.PRESENT.value
        row.position = position
        kept.append(row)
    meeting.attendances = kept


def save_convocation(db: Database, data: MeetingData, meeting_id: str | None = None) -> str:
    """Save a meeting as convened (date, place, agenda, invitations); returns its id."""
    errors = validate_convocation(data)
    for key, said in validate_attendance(data).items():
        if key != "attendance":  # nobody is present yet at convocation time
            errors[key] = said
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        if session.get(Alliance, data.alliance_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
        if meeting_id:
            meeting = _meeting(session, meeting_id)
            if meeting.status == MeetingStatus.CLOSED.value:
                raise FrozenDocumentError(
                    QT_TRANSLATE_NOOP("errores", "El acta ya está cerrada: no se puede modificar.")
                )
        else:
            meeting = Meeting(alliance_id=data.alliance_id, status=MeetingStatus.CONVENED.value)
            session.add(meeting)
        _apply_convocation(session, meeting, data)
        session.flush()
        return meeting.id


def mark_in_progress(db: Database, meeting_id: str) -> None:
    with db.transaction() as session:
        meeting = _meeting(session, meeting_id)
        if meeting.status == MeetingStatus.CONVENED.value:
            meeting.status = MeetingStatus.IN_PROGRESS.value


def close_meeting(
    db: Database, data: MeetingData, meeting_id: str | None = None, lang: str | None = None
) -> str:
    """Write the whole meeting, number its acta and freeze it; returns the meeting id.

    The acta is frozen in ``lang`` ("es" or "en"; the chosen language when not given)
    and always prints in it.
    """
    for attendee in data.attendees:
        if attendee.status == AttendanceStatus.INVITED.value:
            attendee.status = AttendanceStatus.ABSENT.value
    errors = validate_for_closing(data)
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        alliance = session.get(Alliance, data.alliance_id)
        if alliance is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
        if meeting_id:
            meeting = _meeting(session, meeting_id)
            if meeting.status == MeetingStatus.CLOSED.value:
                raise FrozenDocumentError(
                    QT_TRANSLATE_NOOP("errores", "El acta ya está cerrada: no se puede modificar.")
                )
        else:
            meeting = Meeting(alliance_id=alliance.id)
            session.add(meeting)
        _apply_convocation(session, meeting, data)
        meeting.end_time = data.end_time
        meeting.next_date = data.next_date
        meeting.next_place = clean_text(data.next_place)
        session.flush()
        agenda_ids = {
            entry.key: item.id for entry, item in zip(data.agenda, meeting.agenda, strict=True)
        }
        meeting.decisions = [
            Decision(
                agenda_item_id=agenda_ids[d.agenda_key],
                text=clean_text(d.text),
                by_consensus=d.by_consensus,
                votes_for=0 if d.by_consensus else d.votes_for,
                votes_against=0 if d.by_consensus else d.votes_against,
                abstentions=0 if d.by_consensus else d.abstentions,
                position=position,
            )
            for position, d in enumerate(data.decisions)
        ]
        people = {a.key: a.person_id for a in data.attendees}
        memberships = {m.id: m for m in alliance.memberships}
        new_commitments = []
        start = max((c.position for c in alliance.commitments), default=0) + 1
        for offset, entry in enumerate(data.new_commitments):
            if entry.membership_id not in memberships:
                raise ValidationFailed(
                    {
                        f"commitments.{entry.key}.membership_id": QT_TRANSLATE_NOOP(
                            "errores", "Elija la organización responsable."
                        )
                    }
                )
            commitment = Commitment(
                alliance=alliance,
                membership=memberships[entry.membership_id],
                description=clean_text(entry.description),
                kind=entry.kind,
                estimated_value=entry.estimated_value,
                deadline=entry.deadline,
                logic=entry.logic,
                meeting_id=meeting.id,
                responsible_person_id=people.get(entry.responsible_key),
                position=start + offset,
            )
            session.add(commitment)
            new_commitments.append(commitment)
        followed = []
        for follow in data.follow_ups:
            commitment = session.get(Commitment, follow.commitment_id)
            if commitment is None or commitment.alliance_id != alliance.id:
                continue
            note = clean_text(follow.note)
            if follow.status == commitment.status and not note:
                continue
            session.add(
                CommitmentUpdate(
                    commitment_id=commitment.id,
                    meeting_id=meeting.id,
                    on=data.date,
                    previous_status=commitment.status,
                    status=follow.status,
                    note=note,
                )
            )
            followed.append((commitment, commitment.status, follow.status, note))
            commitment.status = follow.status
        session.flush()
        number = (
            session.scalar(
                select(func.max(Meeting.number)).where(Meeting.alliance_id == alliance.id)
            )
            or 0
        ) + 1
        content = acta_content.acta_content(
            session, alliance, meeting, number, new_commitments, followed
        )
        content.update(acta_content.officers(session, data))
        with_language(content, lang if lang is not None else settings.language())
        meeting.content = json.dumps(content, ensure_ascii=False)
        meeting.verification_code = verification_code(DOCUMENT_KIND, content)
        meeting.number = number
        meeting.closed_at = utcnow()
        meeting.status = MeetingStatus.CLOSED.value
        for draft in session.scalars(
            select(Draft).where(Draft.kind == DRAFT_KIND, Draft.subject_id == meeting.id)
        ):
            session.delete(draft)
        logger.info("Acta %s de la alianza %s cerrada", number, alliance.id)
        return meeting.id


# -- after closing -------------------------------------------------------------------------


def acta_document(db: Database, meeting_id: str) -> ActaDocument:
    with db.reading() as session:
        meeting = _meeting(session, meeting_id)
        if meeting.status != MeetingStatus.CLOSED.value:
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "errores", "La sesión aún no está cerrada: su acta no tiene número todavía."
                )
            )
        content = json.loads(meeting.content)
        document = ActaDocument(
            meeting_id=meeting.id,
            alliance_id=meeting.alliance_id,
            number=meeting.number,
            status=meeting.status,
            verification_code=meeting.verification_code or "",
            content=content,
            signatures={s.attendance_id: s.image for s in meeting.signatures},
            addenda=[
                {"number": a.number, "text": a.text, "date": a.created_at.date().isoformat()}
                for a in meeting.addenda
            ],
            annex_code=acta_content.annex_code(meeting),
        )
    return replace(document, signature=document_signing.acta_signature(db, document))


def attendance_sheet(db: Database, meeting_id: str) -> dict[str, Any]:
    """What the printed planilla de asistencia needs: the meeting and who was invited."""
    with db.reading() as session:
        meeting = _meeting(session, meeting_id)
        alliance = session.get(Alliance, meeting.alliance_id)
        return {
            "meeting_id": meeting.id,
            "alliance": alliance.name,
            "territory": territory(alliance.municipio, alliance.departamento, alliance.vereda),
            "kind_label": label_of(MeetingKind, meeting.kind),
            "date": meeting.date.isoformat(),
            "start_time": meeting.start_time.strftime("%H:%M"),
            "place": meeting.place,
            "objective": meeting.objective,
            "agenda": [a.title for a in meeting.agenda],
            "invited": [
                {
                    "name": a.person.full_name,
                    "organization": a.organization.name if a.organization else "",
                    "cargo": a.cargo,
                    "sector_label": label_of(Sector, a.sector) if a.sector else "",
                }
                for a in meeting.attendances
            ],
        }


def add_addendum(db: Database, meeting_id: str, text: str) -> int:
    """Attach a fe de erratas to a closed acta; returns its number."""
    body = clean_text(text)
    if not body:
        raise ValidationFailed({"text": QT_TRANSLATE_NOOP("errores", "Escriba la corrección.")})
    if len(body) > LONG_TEXT_MAX:
        raise ValidationFailed(
            {"text": QT_TRANSLATE_NOOP("errores", "El texto es demasiado largo.")}
        )
    with db.transaction() as session:
        meeting = _meeting(session, meeting_id)
        if meeting.status != MeetingStatus.CLOSED.value:
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "errores", "Mientras la sesión esté abierta, corrija el acta directamente."
                )
            )
        number = max((a.number for a in meeting.addenda), default=0) + 1
        meeting.addenda.append(Addendum(number=number, text=body))
        return number


def record_signature(db: Database, meeting_id: str, attendance_id: str, png: bytes) -> None:
    """Store an attendee's signature drawn on screen."""
    if not png.startswith(b"\x89PNG"):
        raise ValidationFailed(
            {"signature": QT_TRANSLATE_NOOP("errores", "La firma no es una imagen válida.")}
        )
    if len(png) > MAX_SIGNATURE_BYTES:
        raise ValidationFailed(
            {
                "signature": QT_TRANSLATE_NOOP(
                    "errores", "La imagen de la firma es demasiado grande."
                )
            }
        )
    with db.transaction() as session:
        meeting = _meeting(session, meeting_id)
        attendance = session.get(Attendance, attendance_id)
        if attendance is None or attendance.meeting_id != meeting.id:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errores", "Esa persona no está en la lista de esta sesión.")
            )
        if attendance.status != AttendanceStatus.PRESENT.value:
            raise ServiceError(QT_TRANSLATE_NOOP("errores", "Solo firman quienes asistieron."))
        existing = next((s for s in meeting.signatures if s.attendance_id == attendance_id), None)
        if existing is not None:
            if meeting.status == MeetingStatus.CLOSED.value:
                raise FrozenDocumentError(
                    QT_TRANSLATE_NOOP("errores", "Esta persona ya firmó el acta cerrada.")
                )
            existing.image = png
        else:
            meeting.signatures.append(MeetingSignature(attendance_id=attendance_id, image=png))


def mark_signed(
    db: Database, meeting_id: str, signed_on: date, scan: bytes | None, scan_name: str = ""
) -> None:
    """Record that the printed acta was signed, with a photo or scan of it."""
    if signed_on > date.today():
        raise ValidationFailed(
            {
                "signed_on": QT_TRANSLATE_NOOP(
                    "errores", "La fecha de firma no puede estar en el futuro."
                )
            }
        )
    if scan is not None and len(scan) > MAX_SCAN_BYTES:
        raise ValidationFailed(
            {"scan": QT_TRANSLATE_NOOP("errores", "El archivo es demasiado grande (máximo 30 MB).")}
        )
    with db.transaction() as session:
        meeting = _meeting(session, meeting_id)
        if meeting.status != MeetingStatus.CLOSED.value:
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "errores", "Primero cierre la sesión; después registre el acta firmada."
                )
            )
        if signed_on < meeting.date:
            raise ValidationFailed(
                {
                    "signed_on": QT_TRANSLATE_NOOP(
                        "errores", "La fecha de firma es anterior a la sesión."
                    )
                }
            )
        meeting.signed_on = signed_on
        if scan is not None:
            meeting.signed_scan = scan
            meeting.signed_scan_name = scan_name[:255]


def commitment_history(db: Database, commitment_id: str) -> list[dict[str, Any]]:
    query = (
        select(CommitmentUpdate, Meeting.number)
        .outerjoin(Meeting, Meeting.id == CommitmentUpdate.meeting_id)
        .where(CommitmentUpdate.commitment_id == commitment_id)
        .order_by(CommitmentUpdate.on, CommitmentUpdate.created_at)
    )
    with db.reading() as session:
        return [
            {
                "on": u.on,
                "acta": number,
                "from": label_of(CommitmentStatus, u.previous_status),
                "to": label_of(CommitmentStatus, u.status),
                "note": u.note,
            }
            for u, number in session.execute(query)
        ]


@dataclass(frozen=True)
class ActaMatch:
    meeting_id: str
    alliance_name: str
    number: int
    held_on: date | None = None

    def describe(self) -> str:
        return f"Acta No. {self.number}, alianza «{self.alliance_name}»"


def find_acta_by_code(db: Database, code: str) -> ActaMatch | None:
    wanted = normalize_code(code)
    with db.reading() as session:
        row = session.execute(
            select(Meeting, Alliance.name)
            .join(Alliance, Alliance.id == Meeting.alliance_id)
            .where(Meeting.verification_code == wanted)
        ).first()
        if row is None:
            return None
        meeting, name = row
        return ActaMatch(meeting.id, name, meeting.number or 0, meeting.date)
