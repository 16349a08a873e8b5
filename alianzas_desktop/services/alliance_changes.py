"""Correcting a founded alliance: its data, partners joining or retiring, archiving.

Each change is one transaction through the audit trail. A change to what the
agreement shows (the parties, the alliance's data) goes into the draft agreement
version; when the latest version is already issued or signed, a new draft
version (otrosí) opens and the issued one stays as it was.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlalchemy.orm import Session

from alianzas_desktop.domain.fields import Errors, check_date, check_text, clean_text
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.nacimiento import (
    ConditionCheck,
    NacimientoData,
    PartnerDraft,
    validate_basics,
    validate_partner,
    validate_purpose,
    validate_structure,
)
from alianzas_desktop.domain.vocabulary import (
    OPEN_COMMITMENT_STATUSES,
    CommitmentStatus,
    Formality,
    VersionStatus,
)
from alianzas_desktop.services.agreements import draft_or_new_version
from alianzas_desktop.services.errors import NotFoundError, ServiceError, ValidationFailed
from alianzas_desktop.services.nacimiento import organization_for, representative_for
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import (
    Alliance,
    CommitmentUpdate,
    Membership,
    utcnow,
)

logger = logging.getLogger(__name__)

MIN_PARTNERS = 2
# The alliance fields a facilitator corrects after the founding.
EDITABLE_FIELDS = (
    "name",
    "departamento",
    "municipio",
    "vereda",
    "purpose",
    "objectives",
    "formality",
    "legal_figure",
    "complexity",
    "coordination_body",
    "coordination_members",
    "decision_rules",
    "meeting_rhythm",
    "duration",
)


class AllianceArchivedError(ServiceError):
    """An archived alliance was asked to change; restore it first."""


@dataclass(frozen=True)
class AgreementChange:
    """Where a change landed in the agreement: the draft version holding it."""

    version_id: str
    version_number: int
    new_version: bool  # True when an issued version made this change open an otrosí


def _alliance(session: Session, alliance_id: str) -> Alliance:
    alliance = session.get(Alliance, alliance_id)
    if alliance is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
    return alliance


def _changeable(session: Session, alliance_id: str) -> Alliance:
    alliance = _alliance(session, alliance_id)
    if alliance.archived_at is not None:
        raise AllianceArchivedError(
            QT_TRANSLATE_NOOP(
                "errores", "La alianza está archivada: restáurela antes de corregir sus datos."
            )
        )
    return alliance


def _agreement_follows(session: Session, alliance: Alliance) -> AgreementChange:
    agreement = alliance.agreement
    latest = agreement.versions[-1] if agreement and agreement.versions else None
    opens_new = latest is None or latest.status != VersionStatus.DRAFT.value
    version = draft_or_new_version(session, alliance)
    return AgreementChange(version.id, version.number, opens_new)


def _active(alliance: Alliance) -> list[Membership]:
    return [m for m in alliance.memberships if m.retired_on is None]


# -- the alliance's own data -----------------------------------------------------------


def editable_data(db: Database, alliance_id: str) -> NacimientoData:
    """The alliance as the wizard's data, so the wizard's rules check the corrections."""
    with db.reading() as session:
        alliance = _alliance(session, alliance_id)
        data = NacimientoData(
            area=alliance.area,
            start_date=alliance.start_date,
            facilitator=alliance.facilitator,
            conditions=[
                ConditionCheck(condition=c.condition, met=c.met, note=c.note)
                for c in alliance.conditions
            ],
        )
        for name in EDITABLE_FIELDS:
            setattr(data, name, getattr(alliance, name))
        return data


def validate_alliance_data(data: NacimientoData) -> Errors:
    """The Nacimiento wizard's rules for the basics, the purpose and the structure."""
    errors: Errors = {}
    errors.update(validate_basics(data))
    errors.update(validate_purpose(data))
    errors.update(validate_structure(data))
    # Only what is corrected here: the start date or area were checked at the founding.
    return {k: v for k, v in errors.items() if k in EDITABLE_FIELDS or k.startswith("conditions.")}


def update_alliance(db: Database, alliance_id: str, data: NacimientoData) -> AgreementChange | None:
    """Save corrected name, territory, purpose, objectives, conditions and structure.

    None when nothing changed; otherwise where the agreement holds the change.
    """
    errors = validate_alliance_data(data)
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        alliance = _changeable(session, alliance_id)
        changed = False
        for name in EDITABLE_FIELDS:
            value = clean_text(getattr(data, name))
            if name == "legal_figure" and data.formality != Formality.FORMAL.value:
                value = ""
            if getattr(alliance, name) != value:
                setattr(alliance, name, value)
                changed = True
        for row in alliance.conditions:
            check = data.condition(row.condition)
            note = clean_text(check.note)
            if (row.met, row.note) != (bool(check.met), note):
                row.met, row.note = bool(check.met), note
                changed = True
        if not changed:
            return None
        session.flush()
        logger.info("Alianza %s corregida", alliance.id)
        return _agreement_follows(session, alliance)


# -- partners --------------------------------------------------------------------------


def add_partner(db: Database, alliance_id: str, partner: PartnerDraft) -> AgreementChange:
    """A new partner joins the founded alliance; it becomes a party of the agreement.

    An organisation that had retired from this alliance comes back on its old
    membership, so its history stays in one place.
    """
    errors = validate_partner(partner)
    if errors:
        raise ValidationFailed(errors)
    name_key = f"partners.{partner.key}.name"
    with db.transaction() as session:
        alliance = _changeable(session, alliance_id)
        wanted = clean_text(partner.name).casefold()
        for membership in _active(alliance):
            if (
                membership.organization_id == partner.organization_id
                or membership.organization.name.casefold() == wanted
            ):
                raise ValidationFailed(
                    {
                        name_key: QT_TRANSLATE_NOOP(
                            "errores", "Esta organización ya es socia de la alianza."
                        )
                    }
                )
        org = organization_for(session, partner)
        session.flush()
        membership = join_membership(alliance, org)
        membership.representative = representative_for(session, partner, org)
        membership.representative_cargo = clean_text(partner.representative.cargo)
        membership.interests = clean_text(partner.interests)
        membership.contribution = clean_text(partner.contribution)
        membership.influence = partner.influence
        session.flush()
        logger.info("Socio %s agregado a la alianza %s", org.name, alliance.id)
        return _agreement_follows(session, alliance)


def join_membership(alliance: Alliance, org) -> Membership:
    """The organisation's membership of the alliance, active: an organisation that had
    retired comes back on its old membership, so its history stays in one place."""
    membership = next((m for m in alliance.memberships if m.organization_id == org.id), None)
    if membership is None:
        position = max((m.position for m in alliance.memberships), default=-1) + 1
        membership = Membership(organization=org, position=position)
        alliance.memberships.append(membership)
    membership.retired_on = None
    membership.retired_reason = ""
    return membership


def retire_membership(session: Session, membership: Membership, on: date, reason: str) -> None:
    """Date and reason of the retirement; its open commitments are cancelled with a note."""
    membership.retired_on = on
    membership.retired_reason = clean_text(reason)
    note = f"Socio retirado de la alianza: {membership.retired_reason}"
    for commitment in membership.commitments:
        if commitment.status in OPEN_COMMITMENT_STATUSES:
            session.add(
                CommitmentUpdate(
                    commitment_id=commitment.id,
                    on=on,
                    previous_status=commitment.status,
                    status=CommitmentStatus.CANCELLED.value,
                    note=note,
                )
            )
            commitment.status = CommitmentStatus.CANCELLED.value


def validate_retirement(on: date | None, reason: str, start: date | None = None) -> Errors:
    errors: Errors = {}
    check_date(
        errors,
        "retired_on",
        on,
        required=True,
        today=date.today(),
        what=QT_TRANSLATE_NOOP("errores", "la fecha"),
    )
    if "retired_on" not in errors and on is not None:
        if on > date.today():
            errors["retired_on"] = QT_TRANSLATE_NOOP(
                "errores", "La fecha de retiro no puede estar en el futuro."
            )
        elif start is not None and on < start:
            errors["retired_on"] = QT_TRANSLATE_NOOP(
                "errores", "La fecha de retiro es anterior al inicio de la alianza."
            )
    check_text(
        errors,
        "retired_reason",
        reason,
        required=True,
        limit=2000,
        what=QT_TRANSLATE_NOOP("errores", "el motivo del retiro"),
    )
    return errors


def retire_partner(db: Database, membership_id: str, on: date, reason: str) -> AgreementChange:
    """A partner leaves: its membership keeps a date and reason and stays in the record.

    Its commitments stay too; the open ones (pendiente, en curso) are cancelled
    with a follow-up note saying why, so nobody waits for them. Signed versions
    of the agreement keep naming it; the next version no longer does.
    """
    with db.transaction() as session:
        membership = session.get(Membership, membership_id)
        if membership is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errores", "Ese socio no está en la alianza."))
        alliance = _changeable(session, membership.alliance_id)
        errors = validate_retirement(on, reason, alliance.start_date)
        if errors:
            raise ValidationFailed(errors)
        if membership.retired_on is not None:
            raise ServiceError(
                QT_TRANSLATE_NOOP("errores", "Ese socio ya se retiró de la alianza.")
            )
        if len(_active(alliance)) <= MIN_PARTNERS:
            raise ValidationFailed(
                {
                    "partners": QT_TRANSLATE_NOOP(
                        "errores",
                        "Una alianza necesita al menos dos socios: "
                        "agregue otro antes de retirar este.",
                    )
                }
            )
        retire_membership(session, membership, on, reason)
        session.flush()
        logger.info("Socio %s retirado de la alianza %s", membership.id, alliance.id)
        return _agreement_follows(session, alliance)


# -- archiving ---------------------------------------------------------------------------


def archive_alliance(db: Database, alliance_id: str) -> None:
    """Hide the alliance from the list; nothing is deleted and it can be restored."""
    with db.transaction() as session:
        alliance = _alliance(session, alliance_id)
        if alliance.archived_at is None:
            alliance.archived_at = utcnow()
            logger.info("Alianza %s archivada", alliance.id)


def restore_alliance(db: Database, alliance_id: str) -> None:
    """Bring an archived alliance back to the list."""
    with db.transaction() as session:
        alliance = _alliance(session, alliance_id)
        if alliance.archived_at is not None:
            alliance.archived_at = None
            logger.info("Alianza %s restaurada", alliance.id)


def archived_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(
            func.count(Alliance.id).select().where(Alliance.archived_at.is_not(None))
        )
