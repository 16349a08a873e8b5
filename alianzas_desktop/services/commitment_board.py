"""Following commitments: the board across alliances, each partner's fulfilment, status
updates with a note and evidence (photos, documents kept in the database), and history."""

from __future__ import annotations

import logging
import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import case, exists, func, or_, select, tuple_

from alianzas_desktop.domain.fields import LONG_TEXT_MAX, Errors, check_date, check_text, clean_text
from alianzas_desktop.domain.health import is_due_soon, is_overdue
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, message
from alianzas_desktop.domain.vocabulary import (
    OPEN_COMMITMENT_STATUSES,
    CommitmentStatus,
    ContributionKind,
    Logic,
    Sector,
    label_of,
)
from alianzas_desktop.services.errors import NotFoundError, ServiceError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import (
    Alliance,
    Commitment,
    CommitmentUpdate,
    Meeting,
    Membership,
    Organization,
)
from alianzas_desktop.storage.work_models import CommitmentEvidence

logger = logging.getLogger(__name__)

DUE_SOON_DAYS = 30
MAX_EVIDENCE_BYTES = 30 * 1024 * 1024
MAX_EVIDENCE_FILES = 10


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows; every field left empty means «todos»."""

    alliance_id: str | None = None
    organization_id: str | None = None
    sector: str | None = None
    status: str | None = None
    logic: str | None = None
    kind: str | None = None
    overdue: bool = False
    due_soon: bool = False  # due between today and DUE_SOON_DAYS days from now
    include_archived: bool = False


@dataclass(frozen=True)
class BoardRow:
    id: str
    alliance_id: str
    alliance_name: str
    membership_id: str
    organization_id: str
    organization: str
    sector: str
    sector_label: str
    description: str
    kind: str
    kind_label: str
    logic: str
    logic_label: str
    estimated_value: int | None
    deadline: date | None
    status: str
    status_label: str
    overdue: bool
    due_soon: bool
    evidence_count: int = 0
    position: int = 0  # its place in the agreement: the board's order within a partner


@dataclass(frozen=True)
class PartnerFulfilment:
    """One partner's commitments (cancelled ones left out): fulfilled of total, and pesos."""

    organization_id: str
    organization: str
    sector_label: str
    fulfilled: int
    total: int
    committed_pesos: int
    delivered_pesos: int

    @property
    def share(self) -> float:
        return self.fulfilled / self.total if self.total else 0.0


@dataclass(frozen=True)
class EvidenceFile:
    """A file to attach: its name as the facilitator sees it, and its bytes."""

    file_name: str
    content: bytes
    media_type: str = ""


@dataclass(frozen=True)
class EvidenceInfo:
    id: str
    file_name: str
    media_type: str
    size: int
    recorded_on: date


@dataclass(frozen=True)
class HistoryEntry:
    """One step of a commitment's follow-up: a status update (in a session or not)."""

    on: date
    acta: int | None
    from_status: str
    from_label: str
    to_status: str
    to_label: str
    note: str
    evidence: tuple[EvidenceInfo, ...] = field(default_factory=tuple)


def _filtered(query, filters: BoardFilter, today: date, *, by_deadline: bool = False):
    """``query`` (over commitments, their alliance and partner organisation) narrowed to
    what ``filters`` shows; ``by_deadline`` for a page read in the deadline's order."""
    if filters.alliance_id:
        query = query.where(Commitment.alliance_id == filters.alliance_id)
    elif not filters.include_archived:
        # Said of the commitment, not of the joined alliance: so the database walks the
        # commitments by deadline (and stops at the page) instead of every alliance's.
        query = query.where(Commitment.alliance_id.not_in(_archived_alliances()))
    if filters.organization_id:
        query = query.where(Organization.id == filters.organization_id)
    if filters.sector:
        query = query.where(Organization.sector == filters.sector)
    if filters.status:
        query = query.where(Commitment.status == filters.status)
    if filters.logic:
        query = query.where(Commitment.logic == filters.logic)
    if filters.kind:
        query = query.where(Commitment.kind == filters.kind)
    if filters.overdue:
        # A page: along the deadline's index, each row's status checked (``|| ''`` keeps
        # SQLite off the status index), so an office's first page of 15,000 overdue
        # commitments is found among the first few hundred by deadline instead of all of
        # them read and sorted (7 ms instead of 240 ms). A count: along the status index.
        status = Commitment.status + "" if by_deadline else Commitment.status
        query = query.where(status.in_(OPEN_COMMITMENT_STATUSES), Commitment.deadline < today)
    if filters.due_soon:
        query = query.where(
            Commitment.status.in_(OPEN_COMMITMENT_STATUSES),
            Commitment.deadline >= today,
            Commitment.deadline <= today + timedelta(days=DUE_SOON_DAYS),
        )
    return query


def _archived_alliances():
    return select(Alliance.id).where(Alliance.archived_at.is_not(None))


def _joined(query):
    return (
        query.select_from(Commitment)
        .join(Alliance, Alliance.id == Commitment.alliance_id)
        .join(Membership, Membership.id == Commitment.membership_id)
        .join(Organization, Organization.id == Membership.organization_id)
    )


# The board's order: by deadline (its index), then alliance, partner and place in the
# agreement; the id settles the rest, so that a page can start where the last ended.
_ORDER = (Commitment.deadline, Alliance.name, Organization.name, Commitment.position, Commitment.id)


def board_rows(
    db: Database,
    filters: BoardFilter | None = None,
    *,
    today: date | None = None,
    after: BoardRow | None = None,
    limit: int | None = None,
) -> list[BoardRow]:
    """The commitments that pass ``filters`` by deadline: the first ``limit`` after ``after``
    (every one without them). Plain rows: an office follows 200,000 commitments."""
    filters = filters or BoardFilter()
    today = today or date.today()
    evidence = (
        select(func.count())
        .where(CommitmentEvidence.commitment_id == Commitment.id)
        .scalar_subquery()
    )
    query = _filtered(
        _joined(
            select(
                Commitment.id,
                Commitment.alliance_id,
                Alliance.name,
                Commitment.membership_id,
                Organization.id,
                Organization.name,
                Organization.sector,
                Commitment.description,
                Commitment.kind,
                Commitment.logic,
                Commitment.estimated_value,
                Commitment.deadline,
                Commitment.status,
                evidence,
                Commitment.position,
            )
        ),
        filters,
        today,
        by_deadline=True,
    ).order_by(*_ORDER)
    if after is not None:
        later = tuple_(*_ORDER[1:]) > tuple_(
            after.alliance_name, after.organization, after.position, after.id
        )
        query = query.where(
            Commitment.deadline >= after.deadline,
            or_(Commitment.deadline > after.deadline, later),
        )
    if limit is not None:
        query = query.limit(limit)
    with db.reading_rows() as connection:
        rows = connection.execute(query).all()
    return [
        BoardRow(
            id=cid,
            alliance_id=alliance_id,
            alliance_name=alliance_name,
            membership_id=membership_id,
            organization_id=org_id,
            organization=org_name,
            sector=sector,
            sector_label=label_of(Sector, sector),
            description=description,
            kind=kind,
            kind_label=label_of(ContributionKind, kind),
            logic=logic,
            logic_label=label_of(Logic, logic),
            estimated_value=value,
            deadline=deadline,
            status=status,
            status_label=label_of(CommitmentStatus, status),
            overdue=is_overdue(deadline, status, today),
            due_soon=is_due_soon(deadline, status, today, DUE_SOON_DAYS),
            evidence_count=evidence_count,
            position=position,
        )
        for (
            cid,
            alliance_id,
            alliance_name,
            membership_id,
            org_id,
            org_name,
            sector,
            description,
            kind,
            logic,
            value,
            deadline,
            status,
            evidence_count,
            position,
        ) in rows
    ]


@dataclass(frozen=True)
class BoardSummary:
    """How many commitments the filters show, and each partner's fulfilment over them."""

    count: int
    fulfilment: list[PartnerFulfilment]


def board_summary(
    db: Database, filters: BoardFilter | None = None, *, today: date | None = None
) -> BoardSummary:
    """Counted in the database, per partner organisation: cumplidos / total (cancelled left
    out) and the pesos delivered (cumplidos with a value) against those committed. One
    pass over the commitments shown (an office's 200,000 take a moment: call it in a
    worker)."""
    filters = filters or BoardFilter()
    today = today or date.today()
    cancelled = Commitment.status == CommitmentStatus.CANCELLED.value
    done = Commitment.status == CommitmentStatus.DONE.value
    value = func.coalesce(Commitment.estimated_value, 0)
    query = _filtered(
        _joined(
            select(
                Organization.id,
                Organization.name,
                Organization.sector,
                func.count(),
                func.sum(case((cancelled, 0), else_=1)),
                func.sum(case((done, 1), else_=0)),
                func.sum(case((cancelled, 0), else_=value)),
                func.sum(case((done, value), else_=0)),
            )
        ),
        filters,
        today,
    ).group_by(Organization.id, Organization.name, Organization.sector)
    with db.reading_rows() as connection:
        rows = connection.execute(query).all()
    fulfilment = sorted(
        (
            PartnerFulfilment(
                oid,
                name,
                label_of(Sector, sector),
                int(fulfilled or 0),
                int(total or 0),
                int(committed or 0),
                int(delivered or 0),
            )
            for oid, name, sector, _all, total, fulfilled, committed, delivered in rows
            if total
        ),
        key=lambda p: p.organization.casefold(),
    )
    return BoardSummary(sum(row[3] for row in rows), fulfilment)


def board_partners(db: Database, alliance_id: str | None = None) -> list[tuple[str, str]]:
    """(name, id) of each partner organisation with commitments (of one alliance), by name."""
    query = (
        select(Organization.name, Organization.id)
        .distinct()
        .select_from(Membership)
        .join(Organization, Organization.id == Membership.organization_id)
        # Each membership's commitments looked up by its index: ``IN (SELECT DISTINCT …)``
        # read every commitment's, also for one alliance's eight partners (35 ms).
        .where(exists().where(Commitment.membership_id == Membership.id))
        .order_by(Organization.name, Organization.id)
    )
    if alliance_id:
        query = query.where(Membership.alliance_id == alliance_id)
    else:  # as the board: archived alliances' partners left out
        query = query.where(Membership.alliance_id.not_in(_archived_alliances()))
    with db.reading_rows() as connection:
        return [(name, oid) for name, oid in connection.execute(query)]


def validate_update(
    status: str, note: str, on: date | None, today: date, files: Sequence[EvidenceFile]
) -> Errors:
    errors: Errors = {}
    try:
        CommitmentStatus(status)
    except ValueError:
        errors["status"] = QT_TRANSLATE_NOOP("errores", "Elija el nuevo estado del compromiso.")
    check_text(
        errors,
        "note",
        note,
        required=True,
        limit=LONG_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "una nota"),
    )
    check_date(
        errors, "on", on, required=True, today=today, what=QT_TRANSLATE_NOOP("errores", "la fecha")
    )
    if "on" not in errors and on is not None and on > today:
        errors["on"] = QT_TRANSLATE_NOOP("errores", "La fecha no puede estar en el futuro.")
    if len(files) > MAX_EVIDENCE_FILES:
        errors["evidence"] = message(
            QT_TRANSLATE_NOOP("errores", "Adjunte como máximo {count} archivos a la vez."),
            count=MAX_EVIDENCE_FILES,
        )
    for file in files:
        if not file.content:
            errors["evidence"] = message(
                QT_TRANSLATE_NOOP("errores", "El archivo «{name}» está vacío."), name=file.file_name
            )
        elif len(file.content) > MAX_EVIDENCE_BYTES:
            errors["evidence"] = message(
                QT_TRANSLATE_NOOP(
                    "errores", "El archivo «{name}» es demasiado grande (máximo 30 MB)."
                ),
                name=file.file_name,
            )
    return errors


def update_status(
    db: Database,
    commitment_id: str,
    status: str,
    note: str,
    *,
    on: date | None = None,
    evidence: Sequence[EvidenceFile] = (),
    today: date | None = None,
) -> str:
    """Record a follow-up outside a session: the new status, a note, and evidence files.

    The same status with a note records progress. Returns the update's id.
    """
    today = today or date.today()
    on = on or today
    errors = validate_update(status, note, on, today, evidence)
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        commitment = session.get(Commitment, commitment_id)
        if commitment is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errores", "Ese compromiso no existe."))
        alliance = session.get(Alliance, commitment.alliance_id)
        if alliance is not None and alliance.archived_at is not None:
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "errores", "La alianza está archivada: restáurela para hacer seguimiento."
                )
            )
        text = clean_text(note)
        update = CommitmentUpdate(
            commitment_id=commitment.id,
            on=on,
            previous_status=commitment.status,
            status=status,
            note=text,
        )
        session.add(update)
        session.flush()
        for file in evidence:
            name = clean_text(file.file_name)[:255] or "evidencia"
            media = file.media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
            session.add(
                CommitmentEvidence(
                    commitment_id=commitment.id,
                    update_id=update.id,
                    file_name=name,
                    media_type=media[:100],
                    content=file.content,
                    recorded_on=on,
                    note=text,
                )
            )
        commitment.status = status
        logger.info(
            "Seguimiento del compromiso %s: %s con %d evidencia(s)",
            commitment.id,
            status,
            len(evidence),
        )
        return update.id


def commitment_history(db: Database, commitment_id: str) -> list[HistoryEntry]:
    """Every status update of the commitment, oldest first, each with its evidence."""
    updates = (
        select(CommitmentUpdate, Meeting.number)
        .outerjoin(Meeting, Meeting.id == CommitmentUpdate.meeting_id)
        .where(CommitmentUpdate.commitment_id == commitment_id)
        .order_by(CommitmentUpdate.on, CommitmentUpdate.created_at)
    )
    files = (
        select(
            CommitmentEvidence.id,
            CommitmentEvidence.update_id,
            CommitmentEvidence.file_name,
            CommitmentEvidence.media_type,
            func.length(CommitmentEvidence.content),
            CommitmentEvidence.recorded_on,
            CommitmentEvidence.note,
        )
        .where(CommitmentEvidence.commitment_id == commitment_id)
        .order_by(CommitmentEvidence.recorded_on, CommitmentEvidence.created_at)
    )
    with db.reading() as session:
        by_update: dict[str | None, list[tuple[EvidenceInfo, str]]] = {}
        for eid, update_id, name, media, size, recorded_on, note in session.execute(files):
            by_update.setdefault(update_id, []).append(
                (EvidenceInfo(eid, name, media, size or 0, recorded_on), note)
            )
        entries = [
            HistoryEntry(
                on=u.on,
                acta=number,
                from_status=u.previous_status,
                from_label=label_of(CommitmentStatus, u.previous_status),
                to_status=u.status,
                to_label=label_of(CommitmentStatus, u.status),
                note=u.note,
                evidence=tuple(info for info, _ in by_update.get(u.id, [])),
            )
            for u, number in session.execute(updates)
        ]
    # Evidence kept without an update (its update was removed) still shows, on its own date.
    for info, note in by_update.get(None, []):
        entries.append(HistoryEntry(info.recorded_on, None, "", "", "", "", note, (info,)))
    entries.sort(key=lambda e: e.on)
    return entries


def evidence_file(db: Database, evidence_id: str) -> EvidenceFile:
    with db.reading() as session:
        found = session.get(CommitmentEvidence, evidence_id)
        if found is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errores", "Esa evidencia no existe."))
        return EvidenceFile(found.file_name, found.content, found.media_type)
