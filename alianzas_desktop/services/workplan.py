"""Puesta en marcha: the alliance's plan de trabajo, how it exchanges information, its
coordination roles and its formalisation (convenio), stored in one transaction.

The wizard works on a ``WorkplanData`` (drafts keep it while the facilitator types);
``save_plan`` checks it all and writes it at once: activities, information flows and
coordination members are matched to the stored ones by key (kept, changed, removed or
added, so an activity keeps its status and its history), activities are linked to the
commitments they serve, and the convenio's scan is stored in the database. The audit
trail (storage/audit.py, hooked on every flush) records each of those rows under the
alliance, so its history shows the plan.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.verification import code_from_text, verification_code
from alianzas_desktop.domain.vocabulary import (
    OPEN_COMMITMENT_STATUSES,
    ActivityStatus,
    CommitmentStatus,
    CoordinationRole,
    Formality,
    InformationChannel,
    label_of,
)
from alianzas_desktop.domain.workplan import (
    DOCUMENT_KIND,
    ActivityEntry,
    FlowEntry,
    PlanActivityLine,
    PlanFlowLine,
    PlanRoleLine,
    RoleEntry,
    WorkplanData,
    WorkplanDocument,
    validate_plan,
)
from alianzas_desktop.services.alliance_changes import AllianceArchivedError
from alianzas_desktop.services.alliances import territory
from alianzas_desktop.services.errors import NotFoundError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Alliance, Commitment, Membership, Person
from alianzas_desktop.storage.work_models import (
    CoordinationMember,
    Formalization,
    InformationFlow,
    PlanActivity,
)

logger = logging.getLogger(__name__)

MAX_SCAN_BYTES = 30 * 1024 * 1024

__all__ = ["WorkplanDocument"]


@dataclass(frozen=True)
class PlanPerson:
    id: str
    name: str


@dataclass(frozen=True)
class PlanPartner:
    """A partner of the alliance and the people who may act for it."""

    membership_id: str
    organization: str
    sector: str
    people: tuple[PlanPerson, ...]
    retired: bool = False


@dataclass(frozen=True)
class PlanCommitment:
    """A commitment an activity may serve."""

    id: str
    membership_id: str
    organization: str
    description: str
    deadline: date
    status: str
    status_label: str


@dataclass(frozen=True)
class WorkplanSetup:
    """What the wizard opens on: the plan (stored or blank) and the choices it offers."""

    alliance_id: str
    alliance_name: str
    formality: str
    has_plan: bool
    data: WorkplanData
    partners: tuple[PlanPartner, ...]
    commitments: tuple[PlanCommitment, ...]


@dataclass(frozen=True)
class ActivitySummary:
    """One activity of the plan, for the other screens (board, review)."""

    id: str
    alliance_id: str
    title: str
    membership_id: str | None
    organization: str
    person: str
    start_date: date
    end_date: date
    expected_result: str
    is_milestone: bool
    status: str
    status_label: str
    commitment_ids: tuple[str, ...]


# -- reading ------------------------------------------------------------------------------


def _alliance(session: Session, alliance_id: str) -> Alliance:
    alliance = session.get(Alliance, alliance_id)
    if alliance is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
    return alliance


def _person_name(person: Person | None) -> str:
    if person is None or person.erased_at is not None:
        return ""
    return person.full_name


def _partners(session: Session, alliance: Alliance) -> tuple[PlanPartner, ...]:
    org_ids = [m.organization_id for m in alliance.memberships]
    people = session.scalars(
        select(Person)
        .where(Person.organization_id.in_(org_ids), Person.erased_at.is_(None))
        .order_by(Person.full_name)
    ).all()
    by_org: dict[str, list[Person]] = {}
    for person in people:
        by_org.setdefault(person.organization_id or "", []).append(person)
    partners = []
    for membership in alliance.memberships:
        found: dict[str, str] = {}
        if membership.representative and membership.representative.erased_at is None:
            found[membership.representative.id] = membership.representative.full_name
        for person in by_org.get(membership.organization_id, []):
            found.setdefault(person.id, person.full_name)
        partners.append(
            PlanPartner(
                membership_id=membership.id,
                organization=membership.organization.name,
                sector=membership.organization.sector,
                people=tuple(PlanPerson(pid, name) for pid, name in found.items()),
                retired=membership.retired_on is not None,
            )
        )
    return tuple(partners)


def _stored_data(session: Session, alliance: Alliance) -> tuple[WorkplanData, bool]:
    activities = session.scalars(
        select(PlanActivity)
        .where(PlanActivity.alliance_id == alliance.id)
        .order_by(PlanActivity.position, PlanActivity.start_date)
    ).all()
    flows = session.scalars(
        select(InformationFlow)
        .where(InformationFlow.alliance_id == alliance.id)
        .order_by(InformationFlow.position)
    ).all()
    members = session.scalars(
        select(CoordinationMember)
        .where(CoordinationMember.alliance_id == alliance.id)
        .order_by(CoordinationMember.position)
    ).all()
    formal = session.scalars(
        select(Formalization).where(Formalization.alliance_id == alliance.id)
    ).first()
    data = WorkplanData(
        alliance_id=alliance.id,
        formality=alliance.formality,
        legal_figure=alliance.legal_figure,
        activities=[
            ActivityEntry(
                key=a.id,
                title=a.title,
                responsible_membership_id=a.responsible_membership_id or "",
                responsible_person_id=a.responsible_person_id or "",
                start_date=a.start_date,
                end_date=a.end_date,
                expected_result=a.expected_result,
                commitment_ids=[c.id for c in a.commitments],
                is_milestone=a.is_milestone,
                status=a.status,
            )
            for a in activities
        ],
        flows=[
            FlowEntry(
                key=f.id,
                channel=f.channel,
                frequency=f.frequency,
                informs=f.informs,
                informed=f.informed,
                records_kept_at=f.records_kept_at,
            )
            for f in flows
        ],
        roles=[
            RoleEntry(
                key=m.id,
                role=m.role,
                membership_id=m.membership_id or "",
                person_id=m.person_id or "",
                role_note=m.role_note,
                is_spokesperson=m.is_spokesperson,
            )
            for m in members
        ],
    )
    if formal is not None:
        data.legal_figure = formal.legal_figure or data.legal_figure
        data.convenio_number = formal.convenio_number
        data.convenio_date = formal.convenio_date
        data.scan_name = formal.scan_name
        data.has_stored_scan = formal.scan is not None
        data.decision_recording = formal.decision_recording
    has_plan = bool(activities or flows or members or formal is not None)
    return data, has_plan


def has_plan(db: Database, alliance_id: str) -> bool:
    """Whether the alliance has a stored plan de trabajo (any part of it)."""
    with db.reading() as session:
        found = session.scalars(
            select(PlanActivity.id).where(PlanActivity.alliance_id == alliance_id).limit(1)
        ).first()
        if found is None:
            found = session.scalars(
                select(Formalization.id).where(Formalization.alliance_id == alliance_id)
            ).first()
        return found is not None


def load_setup(db: Database, alliance_id: str) -> WorkplanSetup:
    """The stored plan (or a blank one) with the partners, their people and the commitments."""
    with db.reading() as session:
        alliance = _alliance(session, alliance_id)
        data, stored = _stored_data(session, alliance)
        linked = {c for a in data.activities for c in a.commitment_ids}
        rows = session.execute(
            select(Commitment, Membership)
            .join(Membership, Membership.id == Commitment.membership_id)
            .where(Commitment.alliance_id == alliance_id)
            .order_by(Membership.position, Commitment.position, Commitment.deadline)
        ).all()
        commitments = tuple(
            PlanCommitment(
                id=c.id,
                membership_id=c.membership_id,
                organization=m.organization.name,
                description=c.description,
                deadline=c.deadline,
                status=c.status,
                status_label=label_of(CommitmentStatus, c.status),
            )
            for c, m in rows
            if c.status in OPEN_COMMITMENT_STATUSES or c.id in linked
        )
        return WorkplanSetup(
            alliance_id=alliance.id,
            alliance_name=alliance.name,
            formality=alliance.formality,
            has_plan=stored,
            data=data,
            partners=_partners(session, alliance),
            commitments=commitments,
        )


def new_plan_data(db: Database, alliance_id: str) -> WorkplanData:
    """The wizard's data for the alliance: its stored plan, or a blank one."""
    return load_setup(db, alliance_id).data


# -- writing ------------------------------------------------------------------------------


def _check_references(
    session: Session, alliance: Alliance, data: WorkplanData, errors: dict[str, str]
) -> None:
    """Partners, people and commitments named by the plan must be the alliance's own."""
    memberships = {m.id: m for m in alliance.memberships}
    partners = {p.membership_id: p for p in _partners(session, alliance)}
    commitment_ids = set(
        session.scalars(select(Commitment.id).where(Commitment.alliance_id == alliance.id))
    )

    def person_ok(membership_id: str, person_id: str) -> bool:
        partner = partners.get(membership_id)
        return partner is not None and any(p.id == person_id for p in partner.people)

    for item in data.activities:
        prefix = f"activities.{item.key}."
        if item.responsible_membership_id and item.responsible_membership_id not in memberships:
            errors[prefix + "responsible_membership_id"] = QT_TRANSLATE_NOOP(
                "errores", "Ese socio no es de esta alianza."
            )
        elif item.responsible_person_id and not person_ok(
            item.responsible_membership_id, item.responsible_person_id
        ):
            errors[prefix + "responsible_person_id"] = QT_TRANSLATE_NOOP(
                "errores", "Esa persona no es del socio responsable."
            )
        if any(c not in commitment_ids for c in item.commitment_ids):
            errors[prefix + "commitment_ids"] = QT_TRANSLATE_NOOP(
                "errores", "Hay compromisos que no son de esta alianza."
            )
    for item in data.roles:
        prefix = f"roles.{item.key}."
        if item.membership_id and item.membership_id not in memberships:
            errors[prefix + "membership_id"] = QT_TRANSLATE_NOOP(
                "errores", "Ese socio no es de esta alianza."
            )
        elif item.person_id and not person_ok(item.membership_id, item.person_id):
            errors[prefix + "person_id"] = QT_TRANSLATE_NOOP(
                "errores", "Esa persona no es de ese socio."
            )


def _sync(session: Session, model: type, alliance_id: str, entries: list, fill) -> None:
    """Rows matched to entries by key: kept and refreshed, added, or deleted when gone."""
    stored = {
        row.id: row
        for row in session.scalars(select(model).where(model.alliance_id == alliance_id))
    }
    wanted = {entry.key for entry in entries}
    for row_id, row in stored.items():
        if row_id not in wanted:
            session.delete(row)
    session.flush()
    for position, entry in enumerate(entries):
        row = stored.get(entry.key)
        if row is None:
            row = model(id=entry.key, alliance_id=alliance_id)
            session.add(row)
        fill(row, entry)
        if row.position != position:
            row.position = position


def _set(row: Any, **values: Any) -> None:
    """Assign only what changed, so the audit trail notes real changes only."""
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def save_plan(
    db: Database,
    data: WorkplanData,
    scan: bytes | None = None,
    today: date | None = None,
) -> str:
    """Check and store the whole plan of ``data.alliance_id`` in one transaction.

    ``scan`` is the content of a newly chosen convenio file (``data.scan_name`` names it);
    without it the stored scan is kept, unless ``data.remove_scan``. Returns the alliance id.
    """
    with db.transaction() as session:
        alliance = _alliance(session, data.alliance_id)
        if alliance.archived_at is not None:
            raise AllianceArchivedError(
                QT_TRANSLATE_NOOP(
                    "errores", "La alianza está archivada: restáurela antes de guardar su plan."
                )
            )
        # The wizard may have opened before a correction of the structure: the stored one rules.
        data.formality = alliance.formality
        errors = validate_plan(data, today)
        if scan is not None and len(scan) > MAX_SCAN_BYTES:
            errors["scan"] = QT_TRANSLATE_NOOP(
                "errores", "El archivo es demasiado grande (máximo 30 MB)."
            )
        _check_references(session, alliance, data, errors)
        if errors:
            raise ValidationFailed(errors)
        commitments = {
            c.id: c
            for c in session.scalars(
                select(Commitment).where(Commitment.alliance_id == alliance.id)
            )
        }

        def fill_activity(row: PlanActivity, entry: ActivityEntry) -> None:
            _set(
                row,
                title=clean_text(entry.title),
                expected_result=clean_text(entry.expected_result),
                responsible_membership_id=entry.responsible_membership_id or None,
                responsible_person_id=entry.responsible_person_id or None,
                start_date=entry.start_date,
                end_date=entry.end_date,
                is_milestone=bool(entry.is_milestone),
                status=entry.status or ActivityStatus.PENDING.value,
            )
            wanted = [commitments[c] for c in dict.fromkeys(entry.commitment_ids)]
            if [c.id for c in row.commitments] != [c.id for c in wanted]:
                row.commitments = wanted

        def fill_flow(row: InformationFlow, entry: FlowEntry) -> None:
            _set(
                row,
                channel=entry.channel,
                frequency=clean_text(entry.frequency),
                informs=clean_text(entry.informs),
                informed=clean_text(entry.informed),
                records_kept_at=clean_text(entry.records_kept_at),
            )

        def fill_role(row: CoordinationMember, entry: RoleEntry) -> None:
            _set(
                row,
                role=entry.role,
                membership_id=entry.membership_id or None,
                person_id=entry.person_id or None,
                role_note=clean_text(entry.role_note),
                is_spokesperson=bool(entry.is_spokesperson),
            )

        _sync(session, PlanActivity, alliance.id, data.activities, fill_activity)
        _sync(session, InformationFlow, alliance.id, data.flows, fill_flow)
        _sync(session, CoordinationMember, alliance.id, data.roles, fill_role)
        _store_formalization(session, alliance, data, scan)
        logger.info(
            "Plan de trabajo guardado: alianza %s, %d actividades",
            alliance.id,
            len(data.activities),
        )
        return alliance.id


def _store_formalization(
    session: Session, alliance: Alliance, data: WorkplanData, scan: bytes | None
) -> None:
    formal = session.scalars(
        select(Formalization).where(Formalization.alliance_id == alliance.id)
    ).first()
    if formal is None:
        formal = Formalization(alliance_id=alliance.id)
        session.add(formal)
    if data.is_formal:
        _set(
            formal,
            legal_figure=clean_text(data.legal_figure),
            convenio_number=clean_text(data.convenio_number),
            convenio_date=data.convenio_date,
        )
        if scan is not None:
            formal.scan = scan
            _set(formal, scan_name=clean_text(data.scan_name)[:255] or "convenio")
        elif data.remove_scan and formal.scan is not None:
            formal.scan = None
            _set(formal, scan_name="")
    _set(formal, decision_recording=clean_text(data.decision_recording))


def convenio_scan(db: Database, alliance_id: str) -> tuple[str, bytes] | None:
    """The signed convenio's file name and content, when one was attached."""
    with db.reading() as session:
        formal = session.scalars(
            select(Formalization).where(Formalization.alliance_id == alliance_id)
        ).first()
        if formal is None or formal.scan is None:
            return None
        return formal.scan_name or "convenio", bytes(formal.scan)


# -- the plan as a document -------------------------------------------------------------------


def plan_document(db: Database, alliance_id: str) -> WorkplanDocument:
    """The stored plan with names and labels, for the alliance page and the PDF."""
    with db.reading() as session:
        alliance = _alliance(session, alliance_id)
        data, _stored = _stored_data(session, alliance)
        memberships = {m.id: m for m in alliance.memberships}
        people = {
            p.id: _person_name(p)
            for p in session.scalars(
                select(Person).where(
                    Person.id.in_(
                        {a.responsible_person_id for a in data.activities}
                        | {r.person_id for r in data.roles}
                    )
                )
            )
        }
        commitment_text = {
            c.id: f"{c.membership.organization.name}: {c.description}"
            for c in session.scalars(
                select(Commitment).where(Commitment.alliance_id == alliance_id)
            )
        }

        def organization(membership_id: str) -> str:
            membership = memberships.get(membership_id)
            return membership.organization.name if membership else ""

        document = WorkplanDocument(
            alliance_id=alliance.id,
            alliance_name=alliance.name,
            territory=territory(alliance.municipio, alliance.departamento, alliance.vereda),
            purpose=alliance.purpose,
            formality=alliance.formality,
            formality_label=label_of(Formality, alliance.formality),
            activities=tuple(
                PlanActivityLine(
                    title=a.title,
                    organization=organization(a.responsible_membership_id),
                    person=people.get(a.responsible_person_id, ""),
                    start_date=a.start_date,
                    end_date=a.end_date,
                    expected_result=a.expected_result,
                    commitments=tuple(
                        commitment_text[c] for c in a.commitment_ids if c in commitment_text
                    ),
                    is_milestone=a.is_milestone,
                    status_label=label_of(ActivityStatus, a.status),
                )
                for a in data.activities
            ),
            flows=tuple(
                PlanFlowLine(
                    channel_label=label_of(InformationChannel, f.channel),
                    frequency=f.frequency,
                    informs=f.informs,
                    informed=f.informed,
                    records_kept_at=f.records_kept_at,
                )
                for f in data.flows
            ),
            roles=tuple(
                PlanRoleLine(
                    role_label=label_of(CoordinationRole, r.role),
                    organization=organization(r.membership_id),
                    person=people.get(r.person_id, ""),
                    role_note=r.role_note,
                    is_spokesperson=r.is_spokesperson,
                )
                for r in data.roles
            ),
            legal_figure=data.legal_figure if data.is_formal else "",
            convenio_number=data.convenio_number if data.is_formal else "",
            convenio_date=data.convenio_date if data.is_formal else None,
            scan_name=data.scan_name if data.is_formal and data.has_stored_scan else "",
            decision_recording=data.decision_recording,
        )
    return _signed(db, document)


def _signed(db: Database, document: WorkplanDocument) -> WorkplanDocument:
    """The plan with the signature its QR carries; its code is kept in the index of printed
    codes, so Verificar finds this plan by it."""
    from alianzas_desktop.services.document_signing import signature_for
    from alianzas_desktop.storage.signature_models import SignedKind

    signature = signature_for(
        db,
        SignedKind.WORKPLAN,
        code_kind=DOCUMENT_KIND,
        content=document.content(),
        code=plan_code(document),
        record_id=document.alliance_id,
        alliance_id=document.alliance_id,
    )
    return replace(document, signature=signature)


def plan_code(document: WorkplanDocument) -> str:
    """The printed plan's verification code, derived from everything it prints."""
    return verification_code(DOCUMENT_KIND, document.content())


def find_plan_by_code(db: Database, text: str) -> WorkplanDocument | None:
    """The alliance plan whose printed code is ``text`` (as typed or read from the QR)."""
    wanted = code_from_text(text)
    with db.reading() as session:
        alliance_ids = list(session.scalars(select(PlanActivity.alliance_id).distinct()))
    for alliance_id in alliance_ids:
        document = plan_document(db, alliance_id)
        if plan_code(document) == wanted:
            return document
    return None


def plan_as_dict(db: Database, alliance_id: str) -> dict[str, Any]:
    """The plan as JSON-ready values (for the command line), with its verification code."""
    document = plan_document(db, alliance_id)
    content = document.content()
    content["verification_code"] = plan_code(document)
    return content


def list_activities(db: Database, alliance_id: str) -> list[ActivitySummary]:
    """The plan's activities in plan order, with their partner, person and commitments."""
    with db.reading() as session:
        activities = session.scalars(
            select(PlanActivity)
            .where(PlanActivity.alliance_id == alliance_id)
            .order_by(PlanActivity.position, PlanActivity.start_date)
        ).all()
        memberships = {
            m.id: m.organization.name
            for m in session.scalars(
                select(Membership).where(Membership.alliance_id == alliance_id)
            )
        }
        people = {
            p.id: _person_name(p)
            for p in session.scalars(
                select(Person).where(
                    Person.id.in_({a.responsible_person_id for a in activities} - {None})
                )
            )
        }
        return [
            ActivitySummary(
                id=a.id,
                alliance_id=a.alliance_id,
                title=a.title,
                membership_id=a.responsible_membership_id,
                organization=memberships.get(a.responsible_membership_id or "", ""),
                person=people.get(a.responsible_person_id or "", ""),
                start_date=a.start_date,
                end_date=a.end_date,
                expected_result=a.expected_result,
                is_milestone=a.is_milestone,
                status=a.status,
                status_label=label_of(ActivityStatus, a.status),
                commitment_ids=tuple(c.id for c in a.commitments),
            )
            for a in activities
        ]
