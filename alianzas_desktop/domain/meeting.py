"""What the meeting wizard gathers (sesión con socios), and the rules that check it.

Like the Nacimiento data, these dataclasses travel between the wizard, its
draft (JSON), the meeting services and the acta snapshot. Validation returns
Spanish messages keyed by field: "date", "agenda.<key>.title",
"attendance.<key>.name", "decisions.<key>.text", "commitments.<key>.deadline"…
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from datetime import date, time
from typing import Any

from alianzas_desktop.domain.fields import (
    LONG_TEXT_MAX,
    SHORT_TEXT_MAX,
    Errors,
    check_text,
    clean_text,
    is_reasonable_date,
    jsonable,
    known_fields,
    new_key,
    parse_date,
    parse_time,
)
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.vocabulary import (
    AttendanceStatus,
    CommitmentStatus,
    ContributionKind,
    Logic,
    MeetingKind,
    Sector,
)

logger = logging.getLogger(__name__)


@dataclass
class AgendaEntry:
    key: str = field(default_factory=new_key)
    title: str = ""
    notes: str = ""


@dataclass
class AttendeeEntry:
    """One invited or present person. ``person_id`` is set for people already recorded."""

    key: str = field(default_factory=new_key)
    person_id: str | None = None
    name: str = ""
    organization_id: str | None = None
    organization: str = ""
    sector: str = ""
    cargo: str = ""
    document_number: str = ""
    phone: str = ""
    consent: bool = False
    is_minor: bool = False
    guardian: str = ""  # a minor's legal representative, who authorises for them
    is_guest: bool = False  # invitado: not a partner's delegate
    status: str = AttendanceStatus.INVITED.value
    signs: bool = False


@dataclass
class DecisionEntry:
    key: str = field(default_factory=new_key)
    agenda_key: str = ""
    text: str = ""
    by_consensus: bool = True
    votes_for: int = 0
    votes_against: int = 0
    abstentions: int = 0


@dataclass
class NewCommitmentEntry:
    key: str = field(default_factory=new_key)
    membership_id: str = ""
    responsible_key: str = ""  # key of an attendee; empty when only the organisation answers
    description: str = ""
    kind: str = ContributionKind.IN_KIND.value
    estimated_value: int | None = None
    deadline: date | None = None
    logic: str = Logic.TECHNICAL.value


@dataclass
class FollowUpEntry:
    """The status a pending commitment gets at this meeting (unchanged when equal)."""

    commitment_id: str = ""
    status: str = CommitmentStatus.PENDING.value
    note: str = ""


@dataclass
class MeetingData:
    alliance_id: str = ""
    kind: str = MeetingKind.ORDINARY.value
    date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    objective: str = ""
    agenda: list[AgendaEntry] = field(default_factory=list)
    attendees: list[AttendeeEntry] = field(default_factory=list)
    decisions: list[DecisionEntry] = field(default_factory=list)
    new_commitments: list[NewCommitmentEntry] = field(default_factory=list)
    follow_ups: list[FollowUpEntry] = field(default_factory=list)
    next_date: date | None = None
    next_place: str = ""
    # Who presided and who took the minutes (GTC 185): keys of present attendees.
    chair_key: str = ""
    secretary_key: str = ""

    def to_dict(self) -> dict[str, Any]:
        return jsonable(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MeetingData:
        values = known_fields(cls, data)
        for name in ("date", "next_date"):
            values[name] = parse_date(values.get(name))
        for name in ("start_time", "end_time"):
            values[name] = parse_time(values.get(name))
        values["agenda"] = [
            AgendaEntry(**known_fields(AgendaEntry, a)) for a in data.get("agenda") or []
        ]
        values["attendees"] = [
            AttendeeEntry(**known_fields(AttendeeEntry, a)) for a in data.get("attendees") or []
        ]
        values["decisions"] = [
            DecisionEntry(**known_fields(DecisionEntry, d)) for d in data.get("decisions") or []
        ]
        commitments = []
        for item in data.get("new_commitments") or []:
            entry = NewCommitmentEntry(**known_fields(NewCommitmentEntry, item))
            entry.deadline = parse_date(entry.deadline)
            commitments.append(entry)
        values["new_commitments"] = commitments
        values["follow_ups"] = [
            FollowUpEntry(**known_fields(FollowUpEntry, f)) for f in data.get("follow_ups") or []
        ]
        return cls(**values)

    def present(self) -> list[AttendeeEntry]:
        return [a for a in self.attendees if a.status == AttendanceStatus.PRESENT.value]


def validate_convocation(data: MeetingData, today: date | None = None) -> Errors:
    today = today or date.today()
    errors: Errors = {}
    if data.date is None:
        errors["date"] = QT_TRANSLATE_NOOP("errores", "Indique la fecha de la sesión.")
    elif not is_reasonable_date(data.date, today) or data.date.year > today.year + 5:
        errors["date"] = QT_TRANSLATE_NOOP("errores", "La fecha de la sesión no es razonable.")
    if data.start_time is None:
        errors["start_time"] = QT_TRANSLATE_NOOP("errores", "Indique la hora de inicio.")
    if data.kind not in {k.value for k in MeetingKind}:
        errors["kind"] = QT_TRANSLATE_NOOP(
            "errores", "Elija si la sesión es ordinaria o extraordinaria."
        )
    check_text(
        errors,
        "place",
        data.place,
        required=True,
        limit=SHORT_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "el lugar"),
    )
    check_text(
        errors,
        "objective",
        data.objective,
        required=True,
        limit=LONG_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "el objetivo de la sesión"),
    )
    if not data.agenda:
        errors["agenda"] = QT_TRANSLATE_NOOP(
            "errores", "Agregue al menos un punto al orden del día."
        )
    for item in data.agenda:
        check_text(
            errors,
            f"agenda.{item.key}.title",
            item.title,
            required=True,
            limit=SHORT_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "el punto del orden del día"),
        )
    return errors


def validate_attendance(data: MeetingData) -> Errors:
    errors: Errors = {}
    statuses = {s.value for s in AttendanceStatus}
    for person in data.attendees:
        prefix = f"attendance.{person.key}."
        check_text(
            errors,
            prefix + "name",
            person.name,
            required=True,
            limit=SHORT_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "el nombre de la persona"),
        )
        if person.status not in statuses:
            errors[prefix + "status"] = QT_TRANSLATE_NOOP("errores", "Indique si asistió.")
        if (
            person.person_id is None
            and person.sector
            and person.sector not in {s.value for s in Sector}
        ):
            errors[prefix + "sector"] = QT_TRANSLATE_NOOP("errores", "Elija el sector.")
        has_contact = bool(clean_text(person.phone) or clean_text(person.document_number))
        if person.consent and person.is_minor and not clean_text(person.guardian):
            errors[prefix + "guardian"] = QT_TRANSLATE_NOOP(
                "errores",
                "Los datos de un menor de edad requieren la autorización de su "
                "representante legal: escriba su nombre.",
            )
        if has_contact and not person.consent and person.person_id is None:
            errors[prefix + "consent"] = QT_TRANSLATE_NOOP(
                "errores",
                "Para guardar documento o teléfono, marque la autorización de tratamiento "
                "de datos personales.",
            )
    if not data.present():
        errors["attendance"] = QT_TRANSLATE_NOOP(
            "errores", "Marque al menos una persona que asistió."
        )
    return errors


def validate_development(data: MeetingData) -> Errors:
    errors: Errors = {}
    agenda_keys = {a.key for a in data.agenda}
    for item in data.agenda:
        check_text(
            errors,
            f"agenda.{item.key}.notes",
            item.notes,
            required=False,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "el desarrollo"),
        )
    for decision in data.decisions:
        prefix = f"decisions.{decision.key}."
        check_text(
            errors,
            prefix + "text",
            decision.text,
            required=True,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "la decisión"),
        )
        if decision.agenda_key not in agenda_keys:
            errors[prefix + "agenda_key"] = QT_TRANSLATE_NOOP(
                "errores", "Elija el punto del orden del día."
            )
        if not decision.by_consensus:
            votes = (decision.votes_for, decision.votes_against, decision.abstentions)
            if any(v < 0 or v > 10_000 for v in votes):
                errors[prefix + "votes"] = QT_TRANSLATE_NOOP(
                    "errores", "Los votos deben ser números entre 0 y 10.000."
                )
            elif sum(votes) == 0:
                errors[prefix + "votes"] = QT_TRANSLATE_NOOP(
                    "errores", "Registre los votos o marque «por consenso»."
                )
    return errors


def validate_commitments(data: MeetingData, today: date | None = None) -> Errors:
    today = today or date.today()
    errors: Errors = {}
    for item in data.new_commitments:
        prefix = f"commitments.{item.key}."
        if not item.membership_id:
            errors[prefix + "membership_id"] = QT_TRANSLATE_NOOP(
                "errores", "Elija la organización responsable."
            )
        check_text(
            errors,
            prefix + "description",
            item.description,
            required=True,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "en qué consiste el compromiso"),
        )
        if item.responsible_key and item.responsible_key not in {a.key for a in data.attendees}:
            errors[prefix + "responsible_key"] = QT_TRANSLATE_NOOP(
                "errores", "Elija a la persona responsable entre los asistentes."
            )
        if item.kind not in {k.value for k in ContributionKind}:
            errors[prefix + "kind"] = QT_TRANSLATE_NOOP("errores", "Elija el tipo de aporte.")
        if item.logic not in {k.value for k in Logic}:
            errors[prefix + "logic"] = QT_TRANSLATE_NOOP(
                "errores", "Elija la lógica del compromiso."
            )
        if item.deadline is None:
            errors[prefix + "deadline"] = QT_TRANSLATE_NOOP("errores", "Indique la fecha límite.")
        elif not is_reasonable_date(item.deadline, today):
            errors[prefix + "deadline"] = QT_TRANSLATE_NOOP(
                "errores", "La fecha límite no es razonable."
            )
        elif data.date and item.deadline < data.date:
            errors[prefix + "deadline"] = QT_TRANSLATE_NOOP(
                "errores", "La fecha límite es anterior a la sesión."
            )
    statuses = {s.value for s in CommitmentStatus}
    for follow in data.follow_ups:
        if follow.status not in statuses:
            errors[f"follow_ups.{follow.commitment_id}.status"] = QT_TRANSLATE_NOOP(
                "errores", "Elija el estado."
            )
        check_text(
            errors,
            f"follow_ups.{follow.commitment_id}.note",
            follow.note,
            required=False,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "la nota"),
        )
    return errors


def validate_closing(data: MeetingData, today: date | None = None) -> Errors:
    today = today or date.today()
    errors: Errors = {}
    if data.end_time is None:
        errors["end_time"] = QT_TRANSLATE_NOOP("errores", "Indique la hora de finalización.")
    elif data.start_time is not None and data.end_time <= data.start_time:
        errors["end_time"] = QT_TRANSLATE_NOOP(
            "errores", "La hora de finalización debe ser posterior a la de inicio."
        )
    if data.next_date is not None:
        if not is_reasonable_date(data.next_date, today):
            errors["next_date"] = QT_TRANSLATE_NOOP(
                "errores", "La fecha de la próxima reunión no es razonable."
            )
        elif data.date and data.next_date <= data.date:
            errors["next_date"] = QT_TRANSLATE_NOOP(
                "errores", "La próxima reunión debe ser posterior a esta."
            )
    check_text(
        errors,
        "next_place",
        data.next_place,
        required=False,
        limit=SHORT_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "el lugar"),
    )
    if not any(a.signs for a in data.present()):
        errors["signers"] = QT_TRANSLATE_NOOP(
            "errores", "Elija quién firma el acta (al menos una persona presente)."
        )
    present = {a.key for a in data.present()}
    for field_name in ("chair_key", "secretary_key"):
        key = getattr(data, field_name)
        if key and key not in present:
            errors[field_name] = QT_TRANSLATE_NOOP(
                "errores", "Elija a una persona que asistió a la sesión."
            )
    if data.chair_key and data.chair_key == data.secretary_key:
        errors["secretary_key"] = QT_TRANSLATE_NOOP(
            "errores", "Quien preside y quien hace de secretario deben ser distintos."
        )
    return errors


def validate_for_closing(data: MeetingData, today: date | None = None) -> Errors:
    errors: Errors = {}
    errors.update(validate_convocation(data, today))
    errors.update(validate_attendance(data))
    errors.update(validate_development(data))
    errors.update(validate_commitments(data, today))
    errors.update(validate_closing(data, today))
    return errors


def sectors_present(data: MeetingData) -> set[str]:
    return {a.sector for a in data.present() if a.sector}


def missing_sectors_present(data: MeetingData) -> list[Sector]:
    present = sectors_present(data)
    return [s for s in Sector if s.value not in present]
