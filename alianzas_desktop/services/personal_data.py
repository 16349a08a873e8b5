"""People's personal data: authorisations, consultation, correction, erasure and requests.

Ley 1581 de 2012 lets a signed document keep its signatory (a contractual duty),
so issued agreement versions and closed actas keep their content; everywhere
else an erased person's data is removed — records, free-text mentions, the audit
log, the freed pages of the file, the automatic backups and the log files — and
the anonymised row stays so that data arriving later from another laptop cannot
bring them back.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.personal_data import (
    AUTHORIZATION_PURPOSE,
    AUTHORIZATION_TEXT,
    AUTHORIZATION_TEXT_VERSION,
    authorization_errors,
    response_due,
)
from alianzas_desktop.domain.vocabulary import (
    AuthorizationMethod,
    MeetingStatus,
    RequestKind,
    VersionStatus,
)
from alianzas_desktop.profile import actor_name
from alianzas_desktop.services import erasure_copies, listings
from alianzas_desktop.services.agreements import build_snapshot
from alianzas_desktop.services.errors import NotFoundError, ServiceError, ValidationFailed
from alianzas_desktop.services.mentions import (
    ERASED_NAME,
    Mention,
    Needles,
    find_mentions,
    redact_mentions,
)
from alianzas_desktop.storage import audit
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import (
    AgreementVersion,
    Alliance,
    Attendance,
    AuditEntry,
    DataAuthorization,
    DataRequest,
    Draft,
    Meeting,
    MeetingSignature,
    Membership,
    Organization,
    Person,
    utcnow,
)
from alianzas_desktop.storage.sync_models import SyncConflict

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PersonInfo:
    id: str
    name: str
    organization: str
    has_authorization: bool
    is_minor: bool
    erased: bool


@dataclass(frozen=True)
class RequestInfo:
    id: str
    person_id: str
    person_name: str
    kind: str
    kind_label: str
    received_on: date
    due_on: date
    answered_on: date | None
    notes: str

    def is_overdue(self, today: date | None = None) -> bool:
        return self.answered_on is None and (today or date.today()) > self.due_on


def _person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa persona."))
    return person


def _has_valid_authorization(person: Person) -> bool:
    return any(a.revoked_on is None for a in person.authorizations)


def list_people(db: Database) -> list[PersonInfo]:
    """Everyone on record, in one query with their organisation and authorisations.

    Plain rows, not ORM objects: an office holds a hundred thousand people.
    """
    return [PersonInfo(*row) for batch in listings.people_batches(db) for row in batch]


def _organization_name(session: Session, person: Person) -> str:
    org = session.get(Organization, person.organization_id) if person.organization_id else None
    return org.name if org else ""


# -- authorisation -------------------------------------------------------------------


def record_authorization(
    db: Database,
    person_id: str,
    *,
    method: str,
    given_on: date,
    witness: str = "",
    guardian: str = "",
    is_minor: bool = False,
) -> str:
    errors = authorization_errors(
        method=method,
        given_on=given_on,
        witness=witness,
        is_minor=is_minor,
        guardian=guardian,
        today=date.today(),
    )
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        person = _person(session, person_id)
        if person.erased_at is not None:
            raise ServiceError(
                QT_TRANSLATE_NOOP("errores", "Esta persona pidió la supresión de sus datos.")
            )
        person.is_minor = is_minor
        authorization = DataAuthorization(
            given_on=given_on,
            purpose=AUTHORIZATION_PURPOSE,
            method=method,
            text_version=AUTHORIZATION_TEXT_VERSION,
            recorded_by=actor_name(),
            witness=clean_text(witness),
            guardian=clean_text(guardian),
        )
        person.authorizations.append(authorization)
        person.consent_date = given_on
        session.flush()
        return authorization.id


def update_contact(
    db: Database, person_id: str, *, full_name: str, document_number: str, phone: str, email: str
) -> None:
    """Correct a person's data; contact fields need a valid authorisation."""
    name = clean_text(full_name)
    if not name:
        raise ValidationFailed(
            {"full_name": QT_TRANSLATE_NOOP("errores", "Escriba el nombre de la persona.")}
        )
    with db.transaction() as session:
        person = _person(session, person_id)
        if person.erased_at is not None:
            raise ServiceError(
                QT_TRANSLATE_NOOP("errores", "Esta persona pidió la supresión de sus datos.")
            )
        contact = [clean_text(v) for v in (document_number, phone, email)]
        if any(contact) and not _has_valid_authorization(person):
            raise ValidationFailed(
                {
                    "consent": QT_TRANSLATE_NOOP(
                        "errores", "Registre primero la autorización de tratamiento de datos."
                    )
                }
            )
        person.full_name = name
        person.document_number, person.phone, person.email = contact


def revoke_authorization(db: Database, person_id: str, on: date | None = None) -> None:
    """Revoking consent removes the contact data it covered."""
    with db.transaction() as session:
        person = _person(session, person_id)
        for authorization in person.authorizations:
            if authorization.revoked_on is None:
                authorization.revoked_on = on or date.today()
        person.document_number = person.phone = person.email = ""
        person.consent_date = None


# -- consultation ----------------------------------------------------------------------


def _naming(content, needles: list[str]):
    """``content`` holds one of the needles, whatever the case of its letters, on SQLite and
    PostgreSQL alike: LIKE ignores case on SQLite only, so ILIKE (SQLAlchemy writes
    lower() LIKE lower() on SQLite). SQLite folds only A–Z; PostgreSQL also folds «Á»."""
    return or_(*(content.ilike(f"%{_escaped(n)}%", escape="\\") for n in needles))


def _escaped(needle: str) -> str:
    return needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _documents_naming(session: Session, needles: list[str]) -> list[AgreementVersion]:
    """Agreement versions whose content names the person (the search runs in the database)."""
    if not needles:
        return []
    condition = _naming(AgreementVersion.content, needles)
    return list(session.scalars(select(AgreementVersion).where(condition)))


def _actas_naming(session: Session, needles: list[str]) -> list[Meeting]:
    """Closed actas whose frozen content names the person."""
    if not needles:
        return []
    condition = _naming(Meeting.content, needles)
    query = select(Meeting).where(Meeting.status == MeetingStatus.CLOSED.value, condition)
    return list(session.scalars(query))


def _describe_acta(session: Session, meeting: Meeting) -> str:
    alliance = session.get(Alliance, meeting.alliance_id)
    return f"Acta No. {meeting.number} de «{alliance.name}»"


def _needles(person: Person) -> list[str]:
    values = [person.full_name, person.document_number, person.phone, person.email]
    return [v for v in values if v and len(v) >= 3 and v != ERASED_NAME]


def _describe(version: AgreementVersion) -> str:
    alliance = version.agreement.alliance
    return f"Acuerdo de compromisos de «{alliance.name}», versión {version.number}"


def person_report(db: Database, person_id: str, *, with_documents: bool = True) -> dict[str, Any]:
    """Everything held about a person, for a consultation (art. 14). ``with_documents=False``
    leaves out the documents naming them (an empty list): finding those reads the text of
    every agreement and closed acta, about half a second on an office, which the window's
    detail of the person chosen does not show."""
    with db.reading() as session:
        person = _person(session, person_id)
        memberships = session.scalars(
            select(Membership).where(Membership.representative_id == person.id)
        ).all()
        requests = session.scalars(
            select(DataRequest).where(DataRequest.person_id == person.id)
        ).all()
        needles = _needles(person) if with_documents else []
        documents = _documents_naming(session, needles)
        actas = _actas_naming(session, needles)
        return {
            "generado": date.today().isoformat(),
            "persona": {
                "id": person.id,
                "nombre": person.full_name,
                "documento": person.document_number,
                "telefono": person.phone,
                "correo": person.email,
                "organizacion": _organization_name(session, person),
                "menor_de_edad": person.is_minor,
                "suprimida": person.erased_at.isoformat() if person.erased_at else None,
                "registrada": person.created_at.isoformat(),
            },
            "autorizaciones": [
                {
                    "fecha": a.given_on.isoformat(),
                    "finalidad": a.purpose,
                    "forma": AuthorizationMethod(a.method).label,
                    "version_del_texto": a.text_version,
                    "texto": AUTHORIZATION_TEXT.get(a.text_version, ""),
                    "registrada_por": a.recorded_by,
                    "testigo": a.witness,
                    "representante_legal": a.guardian,
                    "revocada": a.revoked_on.isoformat() if a.revoked_on else None,
                }
                for a in person.authorizations
            ],
            "participacion": [
                {
                    "alianza": m.alliance.name,
                    "organizacion": m.organization.name,
                    "cargo": m.representative_cargo,
                }
                for m in memberships
            ],
            "documentos": [
                {
                    "documento": _describe(v),
                    "estado": VersionStatus(v.status).label,
                    "codigo": v.verification_code,
                }
                for v in documents
            ]
            + [
                {
                    "documento": _describe_acta(session, m),
                    "estado": MeetingStatus.CLOSED.label,
                    "codigo": m.verification_code,
                }
                for m in actas
            ],
            "solicitudes": [
                {
                    "tipo": RequestKind(r.kind).label,
                    "recibida": r.received_on.isoformat(),
                    "vence": r.due_on.isoformat(),
                    "respondida": r.answered_on.isoformat() if r.answered_on else None,
                }
                for r in requests
            ],
        }


def person_report_json(db: Database, person_id: str) -> str:
    return json.dumps(person_report(db, person_id), ensure_ascii=False, indent=2)


# -- erasure ------------------------------------------------------------------------------

OUTSIDE_COPIES = (
    "Las copias guardadas fuera de la carpeta de respaldos de Alianzas (respaldos manuales "
    "en una memoria USB, otra carpeta u otro computador) no se pueden alcanzar desde aquí: "
    "suprímalas o destrúyalas a mano."
)


@dataclass(frozen=True)
class ErasureResult:
    person_id: str
    kept_in_documents: list[str]
    mentions_redacted: int = 0
    mentions_kept: int = 0  # found but left, when the facilitator chose not to redact them
    audit_entries_cleaned: int = 0
    backups_cleaned: int = 0
    backups_not_cleaned: list[str] = field(default_factory=list)  # Spanish, one per backup
    log_files_cleaned: int = 0
    outside_copies: str = OUTSIDE_COPIES
    # The person was erased before (an erasure cut short, by a power cut say): only the
    # backups and logs were gone through again, with the values the backups still held.
    already_erased: bool = False


def _person_needles(person: Person) -> Needles:
    return Needles.of(person.full_name, (person.document_number, person.phone, person.email))


def mentions_of(db: Database, person_id: str) -> list[Mention]:
    """Free-text mentions of the person in records that are not frozen, for the confirmation."""
    with db.reading() as session:
        person = _person(session, person_id)
        if person.erased_at is not None:
            return []
        return find_mentions(session, _person_needles(person))


@dataclass(frozen=True)
class _Erased:
    kept: list[str]
    redacted: int
    kept_mentions: int
    audit_entries: int
    needles: Needles


def _erase_records(
    session: Session, person_id: str, known: Needles, *, redact: bool, live: bool
) -> _Erased:
    """The erasure itself, in the caller's transaction; returns what it did.

    On the live database (``live``) the person must exist; on a backup's copy the
    person may be missing or already erased, and what the copy holds is erased with
    the values ``known`` from the live database as well as its own (an older phone).
    Requests, drafts and the audit log are always redacted; the other free-text
    mentions only when ``redact``.
    """
    person = session.get(Person, person_id)
    if live and person is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa persona."))
    kept: list[str] = []
    needles = known
    if person is not None and person.erased_at is None:
        needles = Needles.of(
            person.full_name, (person.document_number, person.phone, person.email), known
        )
        exact = _needles(person)
        for version in _documents_naming(session, exact):
            if version.status != VersionStatus.DRAFT.value:
                kept.append(_describe(version))
        kept += [_describe_acta(session, m) for m in _actas_naming(session, exact)]
        person.full_name = ERASED_NAME
        person.document_number = person.phone = person.email = ""
        person.consent_date = None
        person.erased_at = utcnow()
        _delete_open_signatures(session, person.id)
        for authorization in person.authorizations:
            authorization.witness = needles.redact(authorization.witness)
            authorization.guardian = needles.redact(authorization.guardian)
            if authorization.revoked_on is None:
                authorization.revoked_on = date.today()
    for request in session.scalars(select(DataRequest)):
        if needles.found_in(request.notes):
            request.notes = needles.redact(request.notes)
    for draft in session.scalars(select(Draft)):
        draft.payload = needles.redact_json_text(draft.payload)
        draft.title = needles.redact(draft.title)
    # A conflict from an exchange keeps both sides' values until someone decides: a conflict
    # over the person's own record goes (the erasure is the decision); elsewhere values go.
    for conflict in session.scalars(select(SyncConflict)):
        if conflict.table_name == Person.__tablename__ and conflict.record_id == person_id:
            session.delete(conflict)
            continue
        conflict.local_fields = needles.redact_json_text(conflict.local_fields)
        conflict.remote_fields = needles.redact_json_text(conflict.remote_fields)
    redacted = kept_mentions = 0
    if redact:
        redacted = redact_mentions(session, needles)
    else:
        kept_mentions = len(find_mentions(session, needles))
    session.flush()
    drafts = select(AgreementVersion).where(AgreementVersion.status == VersionStatus.DRAFT.value)
    for version in session.scalars(drafts):
        if needles.found_in(version.content) or "\\u" in version.content:
            alliance = version.agreement.alliance
            version.content = json.dumps(
                build_snapshot(session, alliance, version.number), ensure_ascii=False
            )
    session.flush()
    audit_entries = _clean_audit_log(session, needles)
    return _Erased(kept, redacted, kept_mentions, audit_entries, needles)


def _delete_open_signatures(session: Session, person_id: str) -> None:
    """A signature drawn for an acta not yet closed is personal data, not a signed document."""
    query = (
        select(MeetingSignature)
        .join(Attendance, Attendance.id == MeetingSignature.attendance_id)
        .join(Meeting, Meeting.id == MeetingSignature.meeting_id)
        .where(Attendance.person_id == person_id, Meeting.status != MeetingStatus.CLOSED.value)
    )
    for signature in session.scalars(query):
        session.delete(signature)


def _clean_audit_log(session: Session, needles: Needles) -> int:
    """The log's copies of what mentioned the person (values typed in free text before
    it was masked, the «before» of the redaction just made) are redacted too."""
    if not needles:
        return 0
    rewritten = []
    rows = session.execute(select(AuditEntry.id, AuditEntry.changes, AuditEntry.actor))
    for entry_id, changes, actor in rows:
        if needles.found_in(changes) or needles.found_in(actor) or "\\u" in (changes or ""):
            new_changes = needles.redact_json_text(changes)
            new_actor = needles.redact(actor)
            if (new_changes, new_actor) != (changes, actor):
                rewritten.append({"id": entry_id, "changes": new_changes, "actor": new_actor})
    return audit.rewrite_entries(session, rewritten)


def erase_person(db: Database, person_id: str, *, redact_mentions: bool = True) -> ErasureResult:
    """Remove a person's data everywhere the app keeps it, but issued documents.

    Issued agreement versions and closed actas keep their signatory. The database
    is rewritten so that no freed page keeps the values; then each automatic backup
    of this database is erased the same way and swapped in, and the log files of
    the data folder are cleaned. ``redact_mentions`` also replaces the free-text
    mentions that ``mentions_of`` lists.
    """
    with db.transaction() as session:
        person = _person(session, person_id)
        already = person.erased_at is not None
        known = Needles(()) if already else _person_needles(person)
        erased = (
            _Erased([], 0, 0, 0, known)
            if already
            else _erase_records(session, person_id, known, redact=redact_mentions, live=True)
        )
    if not already:
        db.purge_free_space()
        logger.info("Datos de la persona %s suprimidos", person_id)
    found = [known]

    def erase_copy(copy: Database) -> None:
        found.append(_erase_records_in(copy, person_id, known, redact_mentions))

    cleaned, not_cleaned = 0, []
    if db.path is not None:
        cleaned, not_cleaned = erasure_copies.clean_backups(db.path.stem, erase_copy)
    logs = erasure_copies.clean_log_files(Needles.of("", (), *found))
    return ErasureResult(
        person_id=person_id,
        kept_in_documents=erased.kept,
        mentions_redacted=erased.redacted,
        mentions_kept=erased.kept_mentions,
        audit_entries_cleaned=erased.audit_entries,
        already_erased=already,
        backups_cleaned=cleaned,
        backups_not_cleaned=not_cleaned,
        log_files_cleaned=logs,
    )


def _erase_records_in(copy: Database, person_id: str, known: Needles, redact: bool) -> Needles:
    """Erase in a backup's copy; returns the values looked for (the copy's own included)."""
    with copy.transaction() as session:
        return _erase_records(session, person_id, known, redact=redact, live=False).needles


# -- requests -------------------------------------------------------------------------------


def record_request(
    db: Database, person_id: str, kind: str, received_on: date, notes: str = ""
) -> str:
    try:
        RequestKind(kind)
    except ValueError:
        raise ValidationFailed(
            {"kind": QT_TRANSLATE_NOOP("errores", "Elija el tipo de solicitud.")}
        ) from None
    if received_on > date.today():
        raise ValidationFailed(
            {
                "received_on": QT_TRANSLATE_NOOP(
                    "errores", "La fecha de recibido no puede ser futura."
                )
            }
        )
    with db.transaction() as session:
        _person(session, person_id)
        request = DataRequest(
            person_id=person_id,
            kind=kind,
            received_on=received_on,
            due_on=response_due(kind, received_on),
            notes=clean_text(notes),
        )
        session.add(request)
        session.flush()
        return request.id


def answer_request(db: Database, request_id: str, answered_on: date) -> None:
    with db.transaction() as session:
        request = session.get(DataRequest, request_id)
        if request is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa solicitud."))
        if answered_on < request.received_on:
            raise ValidationFailed(
                {
                    "answered_on": QT_TRANSLATE_NOOP(
                        "errores", "La respuesta no puede ser anterior a la solicitud."
                    )
                }
            )
        request.answered_on = answered_on


def list_requests(db: Database) -> list[RequestInfo]:
    with db.reading() as session:
        rows = session.execute(
            select(DataRequest, Person.full_name)
            .join(Person, Person.id == DataRequest.person_id)
            .order_by(DataRequest.due_on)
        )
        return [
            RequestInfo(
                id=r.id,
                person_id=r.person_id,
                person_name=name,
                kind=r.kind,
                kind_label=RequestKind(r.kind).label,
                received_on=r.received_on,
                due_on=r.due_on,
                answered_on=r.answered_on,
                notes=r.notes,
            )
            for r, name in rows
        ]
