"""Reading alliances: the list for the main window and one alliance's whole page."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.vocabulary import (
    OPEN_COMMITMENT_STATUSES,
    ApplicationArea,
    CommitmentStatus,
    ContributionKind,
    Influence,
    Logic,
    Phase,
    Sector,
    label_of,
)
from alianzas_desktop.services.agreements import VersionInfo, list_versions
from alianzas_desktop.services.errors import NotFoundError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Alliance, Commitment, Membership, Organization

if TYPE_CHECKING:
    from alianzas_desktop.services.health import HealthInfo

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class AllianceSummary:
    id: str
    name: str
    territory: str
    area: str
    area_label: str
    phase: str
    phase_label: str
    partner_count: int
    nearest_deadline: date | None
    archived: bool = False
    # Filled by ``list_alliances(..., with_health=True)``: services.health.HealthInfo.
    health: HealthInfo | None = None


@dataclass(frozen=True)
class PartnerInfo:
    membership_id: str
    organization_id: str
    organization: str
    sector: str
    sector_label: str
    identifier: str
    representative: str
    cargo: str
    interests: str
    contribution: str
    influence_label: str
    influence: str = ""
    representative_document: str = ""
    retired_on: date | None = None
    retired_reason: str = ""

    @property
    def is_retired(self) -> bool:
        return self.retired_on is not None


@dataclass(frozen=True)
class CommitmentInfo:
    id: str
    membership_id: str
    organization: str
    description: str
    kind: str
    kind_label: str
    estimated_value: int | None
    deadline: date
    logic: str
    logic_label: str
    status: str
    status_label: str


@dataclass(frozen=True)
class AllianceDetail:
    id: str
    name: str
    departamento: str
    municipio: str
    vereda: str
    territory: str
    area: str
    area_label: str
    phase: str
    phase_label: str
    start_date: date
    facilitator: str
    purpose: str
    objectives: str
    partners: list[PartnerInfo]
    commitments: list[CommitmentInfo]
    versions: list[VersionInfo]
    # Partners that left the alliance, kept for the record; ``partners`` holds the active ones.
    retired_partners: list[PartnerInfo] = field(default_factory=list)
    archived_at: datetime | None = None


def territory(municipio: str, departamento: str, vereda: str = "") -> str:
    parts = [p for p in (vereda, municipio, departamento) if p]
    return ", ".join(parts)


def list_alliances(
    db: Database, *, include_archived: bool = False, with_health: bool = False
) -> list[AllianceSummary]:
    """Every alliance with its active partner count and nearest open deadline, in one query.

    Archived alliances are left out unless ``include_archived``. ``with_health`` adds each
    one's health reading (a few more queries for the whole list, not one per alliance).
    """
    partners = (
        select(Membership.alliance_id, func.count().label("n"))
        .where(Membership.retired_on.is_(None))
        .group_by(Membership.alliance_id)
        .subquery()
    )
    deadlines = (
        select(Commitment.alliance_id, func.min(Commitment.deadline).label("d"))
        .where(Commitment.status.in_(OPEN_COMMITMENT_STATUSES))
        .group_by(Commitment.alliance_id)
        .subquery()
    )
    query = (
        select(
            Alliance.id,
            Alliance.name,
            Alliance.municipio,
            Alliance.departamento,
            Alliance.vereda,
            Alliance.area,
            Alliance.phase,
            func.coalesce(partners.c.n, 0),
            deadlines.c.d,
            Alliance.archived_at,
        )
        .outerjoin(partners, partners.c.alliance_id == Alliance.id)
        .outerjoin(deadlines, deadlines.c.alliance_id == Alliance.id)
        .order_by(Alliance.name)
    )
    if not include_archived:
        query = query.where(Alliance.archived_at.is_(None))
    with db.reading() as session:
        rows = [
            AllianceSummary(
                id=row[0],
                name=row[1],
                territory=territory(row[2], row[3], row[4]),
                area=row[5],
                area_label=label_of(ApplicationArea, row[5]),
                phase=row[6],
                phase_label=label_of(Phase, row[6]),
                partner_count=row[7],
                nearest_deadline=row[8],
                archived=row[9] is not None,
            )
            for row in session.execute(query)
        ]
    if not with_health:
        return rows
    from alianzas_desktop.services.health import health_of_all

    readings = health_of_all(db)
    return [replace(r, health=readings.get(r.id)) for r in rows]


def alliance_detail(db: Database, alliance_id: str) -> AllianceDetail:
    # Partners with their organisation and representative, and commitments, in four
    # queries: one per partner each (lazy loading) was most of opening an alliance's page.
    eager = (
        selectinload(Alliance.memberships).selectinload(Membership.organization),
        selectinload(Alliance.memberships).selectinload(Membership.representative),
        selectinload(Alliance.commitments),
    )
    with db.reading() as session:
        alliance = session.get(Alliance, alliance_id, options=eager)
        if alliance is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
        everyone = [
            PartnerInfo(
                membership_id=m.id,
                organization_id=m.organization_id,
                organization=m.organization.name,
                sector=m.organization.sector,
                sector_label=label_of(Sector, m.organization.sector),
                identifier=m.organization.identifier,
                representative=m.representative.full_name if m.representative else "",
                cargo=m.representative_cargo,
                interests=m.interests,
                contribution=m.contribution,
                influence_label=label_of(Influence, m.influence),
                influence=m.influence,
                representative_document=(
                    m.representative.document_number if m.representative else ""
                ),
                retired_on=m.retired_on,
                retired_reason=m.retired_reason,
            )
            for m in alliance.memberships
        ]
        partners = [p for p in everyone if not p.is_retired]
        names = {m.id: m.organization.name for m in alliance.memberships}
        commitments = [
            CommitmentInfo(
                id=c.id,
                membership_id=c.membership_id,
                organization=names.get(c.membership_id, ""),
                description=c.description,
                kind=c.kind,
                kind_label=label_of(ContributionKind, c.kind),
                estimated_value=c.estimated_value,
                deadline=c.deadline,
                logic=c.logic,
                logic_label=label_of(Logic, c.logic),
                status=c.status,
                status_label=label_of(CommitmentStatus, c.status),
            )
            for c in alliance.commitments
        ]
        detail = dict(
            id=alliance.id,
            name=alliance.name,
            departamento=alliance.departamento,
            municipio=alliance.municipio,
            vereda=alliance.vereda,
            territory=territory(alliance.municipio, alliance.departamento, alliance.vereda),
            area=alliance.area,
            area_label=label_of(ApplicationArea, alliance.area),
            phase=alliance.phase,
            phase_label=label_of(Phase, alliance.phase),
            start_date=alliance.start_date,
            facilitator=alliance.facilitator,
            purpose=alliance.purpose,
            objectives=alliance.objectives,
            partners=partners,
            commitments=commitments,
            retired_partners=[p for p in everyone if p.is_retired],
            archived_at=alliance.archived_at,
        )
    return AllianceDetail(**detail, versions=list_versions(db, alliance_id))


@dataclass(frozen=True)
class OrganizationSuggestion:
    id: str
    name: str
    sector: str
    identifier: str


def search_organizations(db: Database, text: str, limit: int = 12) -> list[OrganizationSuggestion]:
    """Organisations whose name contains ``text`` (case-insensitive), for autocompletion."""
    needle = text.strip()
    if not needle:
        return []
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    query = (
        select(Organization)
        .where(Organization.name.ilike(f"%{escaped}%", escape="\\"))
        .order_by(Organization.name)
        .limit(limit)
    )
    with db.reading() as session:
        return [
            OrganizationSuggestion(o.id, o.name, o.sector, o.identifier)
            for o in session.scalars(query)
        ]


def all_organizations(db: Database) -> list[OrganizationSuggestion]:
    """Every organisation on record, by name, for the partner editor's suggestions: plain
    rows (an office knows 40,000: 0.85 s as ORM objects, 0.15–0.23 s so)."""
    query = select(
        Organization.id, Organization.name, Organization.sector, Organization.identifier
    ).order_by(Organization.name)
    with db.reading_rows() as connection:
        return [OrganizationSuggestion(*row) for row in connection.execute(query)]


def move_to_phase(
    db: Database,
    alliance_id: str,
    phase: str,
    *,
    on: date | None = None,
    reason: str | None = None,
    confirm_unmet: bool = True,
) -> str:
    """Record that the alliance entered another phase of its cycle, as an explicit act.

    Goes through ``services.phase_changes.change_phase`` (date, reason, the seed's checklist);
    without a reason (the demo, scripts) the act is recorded with an empty one and the date
    defaults to today. Returns the phase change's id.
    """
    from alianzas_desktop.services import phase_changes

    try:
        Phase(phase)
    except ValueError:
        raise ValidationFailed(
            {"phase": QT_TRANSLATE_NOOP("errores", "Esa fase no existe.")}
        ) from None
    with db.reading() as session:
        alliance = session.get(Alliance, alliance_id)
        if alliance is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
        current, start = alliance.phase, alliance.start_date
    if phase == current and reason is None:
        return ""  # scripted callers (the demo) may ask for the phase it already has
    # A scripted change dates itself today, or the alliance's start when that is later.
    today = date.today() if on is not None else max(date.today(), start)
    return phase_changes.change_phase(
        db,
        alliance_id,
        phase,
        on or today,
        reason or "",
        confirm_unmet=confirm_unmet,
        reason_required=reason is not None,
        today=today,
    )
