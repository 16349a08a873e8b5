"""The Proyección of an alliance: its sustainability plan (items with a date and a responsible
partner become commitments), replication, partners moving on or joining (an otrosí follows)
and benefits observed — read for the wizard and stored in one transaction."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alianzas_desktop.domain.fields import clean_text, new_key
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.nacimiento import PartnerDraft
from alianzas_desktop.domain.projection import (
    BenefitEntry,
    ProjectionData,
    ReplicationEntry,
    SustainabilityEntry,
    validate_projection,
)
from alianzas_desktop.domain.vocabulary import (
    OPEN_COMMITMENT_STATUSES,
    Benefit,
    Influence,
    PolicyPath,
    ReplicationKind,
    Sector,
    VersionStatus,
    label_of,
)
from alianzas_desktop.services.agreements import draft_or_new_version
from alianzas_desktop.services.alliance_changes import (
    AllianceArchivedError,
    join_membership,
    retire_membership,
)
from alianzas_desktop.services.errors import NotFoundError, ValidationFailed
from alianzas_desktop.services.nacimiento import organization_for
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.learning_models import (
    ObservedBenefit,
    Replication,
    SustainabilityItem,
)
from alianzas_desktop.storage.models import (
    Alliance,
    Commitment,
    Membership,
)

logger = logging.getLogger(__name__)

# An alliance keeps at least this many active partners (as alliance_changes.retire_partner).
MIN_PARTNERS = 2


@dataclass(frozen=True)
class ProjectionPartner:
    membership_id: str
    organization: str
    sector: str
    retired: bool


@dataclass(frozen=True)
class ProjectionSetup:
    alliance_id: str
    alliance_name: str
    start_date: date | None
    partners: tuple[ProjectionPartner, ...]
    data: ProjectionData
    has_projection: bool


@dataclass(frozen=True)
class ProjectionSaved:
    """What finishing stored, plain values ready for JSON."""

    alliance_id: str
    commitment_ids: tuple[str, ...]  # commitments created or kept for sustainability items
    new_commitments: int
    retired: int
    joined: int
    agreement_version: int | None  # the draft version holding partner changes
    opened_otrosi: bool
    closes: bool


def _alliance(session: Session, alliance_id: str) -> Alliance:
    alliance = session.get(Alliance, alliance_id)
    if alliance is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
    return alliance


def _partners(alliance: Alliance) -> tuple[ProjectionPartner, ...]:
    return tuple(
        ProjectionPartner(
            membership_id=m.id,
            organization=m.organization.name,
            sector=m.organization.sector,
            retired=m.retired_on is not None,
        )
        for m in alliance.memberships
    )


def _stored_data(session: Session, alliance_id: str) -> tuple[ProjectionData, bool]:
    data = ProjectionData(alliance_id=alliance_id)
    items = session.scalars(
        select(SustainabilityItem)
        .where(SustainabilityItem.alliance_id == alliance_id)
        .order_by(SustainabilityItem.position)
    ).all()
    commitments = {
        c.id: c
        for c in session.scalars(
            select(Commitment).where(
                Commitment.id.in_([i.commitment_id for i in items if i.commitment_id])
            )
        )
    }
    for item in items:
        entry = SustainabilityEntry(
            key=item.id,
            what=item.what,
            funding=item.funding,
            policy_path=item.policy_path,
            due_on=item.due_on,
            responsible_membership_id=item.responsible_membership_id or "",
            commitment_id=item.commitment_id or "",
        )
        commitment = commitments.get(item.commitment_id or "")
        if commitment is not None:
            entry.logic, entry.kind = commitment.logic, commitment.kind
        data.sustainability.append(entry)
    for row in session.scalars(
        select(Replication)
        .where(Replication.alliance_id == alliance_id)
        .order_by(Replication.position)
    ):
        data.replications.append(
            ReplicationEntry(
                key=row.id,
                kind=row.kind,
                place=row.place,
                with_whom=row.with_whom,
                adaptations=row.adaptations,
            )
        )
    benefits = session.scalars(
        select(ObservedBenefit).where(ObservedBenefit.alliance_id == alliance_id)
    ).all()
    for row in benefits:
        if row.benefit in {b.value for b in Benefit}:
            entry = data.benefit(row.benefit)
            entry.observed, entry.evidence, entry.observed_on = True, row.evidence, row.observed_on
    has = bool(items or data.replications or benefits)
    return data, has


def load_setup(db: Database, alliance_id: str) -> ProjectionSetup:
    """The alliance's partners and its stored projection (or an empty one) for the wizard."""
    with db.reading() as session:
        alliance = _alliance(session, alliance_id)
        data, has = _stored_data(session, alliance.id)
        return ProjectionSetup(
            alliance_id=alliance.id,
            alliance_name=alliance.name,
            start_date=alliance.start_date,
            partners=_partners(alliance),
            data=data,
            has_projection=has,
        )


def has_projection(db: Database, alliance_id: str) -> bool:
    with db.reading() as session:
        return (
            session.scalar(
                select(SustainabilityItem.id).where(SustainabilityItem.alliance_id == alliance_id)
            )
            is not None
        )


# -- storing ------------------------------------------------------------------------------


def _sync(session: Session, model: type, alliance_id: str, entries: list, key_of, fill) -> None:
    """Rows matched to entries by key: kept and refreshed, added, or deleted when gone."""
    stored = {
        row.id: row
        for row in session.scalars(select(model).where(model.alliance_id == alliance_id))
    }
    wanted = {key_of(entry) for entry in entries}
    for row_id, row in stored.items():
        if row_id not in wanted:
            session.delete(row)
    session.flush()
    for position, entry in enumerate(entries):
        row = stored.get(key_of(entry))
        if row is None:
            row = model(id=key_of(entry), alliance_id=alliance_id)
            session.add(row)
        fill(row, entry)
        row.position = position


def _commitment_for(
    session: Session,
    alliance: Alliance,
    entry: SustainabilityEntry,
    memberships: dict[str, Membership],
    created: list[str],
) -> str | None:
    """The item's commitment: the one it already became (refreshed) or a new one."""
    if not entry.becomes_commitment:
        return entry.commitment_id or None
    membership = memberships[entry.responsible_membership_id]
    description = clean_text(entry.what)
    commitment = session.get(Commitment, entry.commitment_id) if entry.commitment_id else None
    if commitment is None or commitment.alliance_id != alliance.id:
        position = max((c.position for c in alliance.commitments), default=-1) + 1
        commitment = Commitment(
            alliance=alliance,
            membership=membership,
            description=description,
            kind=entry.kind,
            deadline=entry.due_on,
            logic=entry.logic,
            position=position,
        )
        session.add(commitment)
        session.flush()
        created.append(commitment.id)
    elif commitment.status in OPEN_COMMITMENT_STATUSES:
        # A commitment already fulfilled or cancelled keeps what it said then.
        commitment.membership = membership
        commitment.description = description
        commitment.kind = entry.kind
        commitment.deadline = entry.due_on
        commitment.logic = entry.logic
    return commitment.id


def _join(session: Session, alliance: Alliance, name: str, sector: str, interests, contribution):
    """A partner joins, inside this transaction (add_partner opens its own)."""
    draft = PartnerDraft(name=name, sector=sector)
    org = organization_for(session, draft)
    session.flush()
    membership = join_membership(alliance, org)
    membership.influence = membership.influence or Influence.MEDIUM.value
    membership.interests = clean_text(interests)
    membership.contribution = clean_text(contribution)


def save_projection(
    db: Database, data: ProjectionData, *, today: date | None = None
) -> ProjectionSaved:
    """Store the whole projection in one transaction; ValidationFailed changes nothing."""
    with db.transaction() as session:
        alliance = _alliance(session, data.alliance_id)
        if alliance.archived_at is not None:
            raise AllianceArchivedError(
                QT_TRANSLATE_NOOP(
                    "errores",
                    "La alianza está archivada: restáurela antes de corregir sus datos.",
                )
            )
        errors = validate_projection(data, alliance.start_date, today)
        memberships = {m.id: m for m in alliance.memberships}
        active = {m.id for m in alliance.memberships if m.retired_on is None}
        for item in data.sustainability:
            chosen = item.responsible_membership_id
            if chosen and chosen not in active:
                errors[f"sustainability.{item.key}.responsible_membership_id"] = QT_TRANSLATE_NOOP(
                    "errores", "Elija un socio activo de la alianza."
                )
        leaving = set()
        for item in data.retirements:
            key = f"retirements.{item.key}.membership_id"
            if item.membership_id and item.membership_id not in active:
                errors[key] = QT_TRANSLATE_NOOP(
                    "errores", "Ese socio ya no está activo en la alianza."
                )
            leaving.add(item.membership_id)
            for entry in data.sustainability:
                if entry.responsible_membership_id == item.membership_id and item.membership_id:
                    errors[f"sustainability.{entry.key}.responsible_membership_id"] = (
                        QT_TRANSLATE_NOOP("errores", "Ese socio se retira: elija otro responsable.")
                    )
        active_names = {memberships[m].organization.name.casefold() for m in active}
        for item in data.joinings:
            if clean_text(item.name).casefold() in active_names:
                errors[f"joinings.{item.key}.name"] = QT_TRANSLATE_NOOP(
                    "errores", "Esta organización ya es socia de la alianza."
                )
        if len(active - leaving) + len(data.joinings) < MIN_PARTNERS and data.retirements:
            errors["retirements"] = QT_TRANSLATE_NOOP(
                "errores",
                "Una alianza necesita al menos dos socios: agregue otro antes de retirar este.",
            )
        if errors:
            raise ValidationFailed(errors)

        created: list[str] = []
        commitment_ids: list[str] = []

        def fill_item(row: SustainabilityItem, entry: SustainabilityEntry) -> None:
            row.what = clean_text(entry.what)
            row.funding = clean_text(entry.funding)
            row.policy_path = entry.policy_path
            row.due_on = entry.due_on
            row.responsible_membership_id = entry.responsible_membership_id or None
            row.commitment_id = _commitment_for(session, alliance, entry, memberships, created)
            if row.commitment_id:
                commitment_ids.append(row.commitment_id)

        def fill_replication(row: Replication, entry: ReplicationEntry) -> None:
            row.kind = entry.kind
            row.place = clean_text(entry.place)
            row.with_whom = clean_text(entry.with_whom)
            row.adaptations = clean_text(entry.adaptations)

        def fill_benefit(row: ObservedBenefit, entry: BenefitEntry) -> None:
            row.benefit = entry.benefit
            row.evidence = clean_text(entry.evidence)
            row.observed_on = entry.observed_on

        _sync(
            session,
            SustainabilityItem,
            alliance.id,
            data.sustainability,
            lambda e: e.key,
            fill_item,
        )
        _sync(
            session, Replication, alliance.id, data.replications, lambda e: e.key, fill_replication
        )
        stored_benefits = {
            row.benefit: row.id
            for row in session.scalars(
                select(ObservedBenefit).where(ObservedBenefit.alliance_id == alliance.id)
            )
        }
        observed = [b for b in data.benefits if b.observed]
        for entry in observed:
            stored_benefits.setdefault(entry.benefit, new_key())
        _sync(
            session,
            ObservedBenefit,
            alliance.id,
            observed,
            lambda e: stored_benefits[e.benefit],
            fill_benefit,
        )

        for item in data.retirements:
            retire_membership(session, memberships[item.membership_id], item.on, item.reason)
        for item in data.joinings:
            _join(session, alliance, item.name, item.sector, item.interests, item.contribution)
        version_number, opened = None, False
        if data.retirements or data.joinings:
            session.flush()
            session.refresh(alliance)
            agreement = alliance.agreement
            latest = agreement.versions[-1] if agreement and agreement.versions else None
            opened = latest is None or latest.status != VersionStatus.DRAFT.value
            version = draft_or_new_version(session, alliance)
            version_number = version.number
        session.flush()
        logger.info(
            "Proyección de la alianza %s guardada: %d compromisos nuevos", alliance.id, len(created)
        )
        return ProjectionSaved(
            alliance_id=alliance.id,
            commitment_ids=tuple(commitment_ids),
            new_commitments=len(created),
            retired=len(data.retirements),
            joined=len(data.joinings),
            agreement_version=version_number,
            opened_otrosi=opened,
            closes=data.closes,
        )


def projection_as_dict(db: Database, alliance_id: str) -> dict[str, Any]:
    """The stored projection, plain and labelled, for the CLI's JSON."""
    setup = load_setup(db, alliance_id)
    partners = {p.membership_id: p.organization for p in setup.partners}
    data = setup.data
    return {
        "alliance_id": setup.alliance_id,
        "alliance_name": setup.alliance_name,
        "sustainability": [
            {
                "what": e.what,
                "funding": e.funding,
                "policy_path": e.policy_path,
                "policy_path_label": label_of(PolicyPath, e.policy_path),
                "due_on": e.due_on.isoformat() if e.due_on else None,
                "responsible": partners.get(e.responsible_membership_id, ""),
                "commitment_id": e.commitment_id or None,
            }
            for e in data.sustainability
        ],
        "replications": [
            {
                "kind": r.kind,
                "kind_label": label_of(ReplicationKind, r.kind),
                "place": r.place,
                "with_whom": r.with_whom,
                "adaptations": r.adaptations,
            }
            for r in data.replications
        ],
        "benefits": [
            {
                "benefit": b.benefit,
                "label": label_of(Benefit, b.benefit),
                "evidence": b.evidence,
                "observed_on": b.observed_on.isoformat() if b.observed_on else None,
            }
            for b in data.benefits
            if b.observed
        ],
    }


__all__ = ["ProjectionSaved", "ProjectionSetup", "Sector", "load_setup", "save_projection"]
