"""Founding an alliance from the Nacimiento wizard, in one transaction."""

from __future__ import annotations

import logging
from datetime import date

from sqlalchemy.orm import Session

from alianzas_desktop.domain.nacimiento import (
    NacimientoData,
    PartnerDraft,
    clean_text,
    validate_all,
)
from alianzas_desktop.domain.personal_data import (
    AUTHORIZATION_PURPOSE,
    AUTHORIZATION_TEXT_VERSION,
)
from alianzas_desktop.domain.vocabulary import Condition, Formality, Phase
from alianzas_desktop.profile import actor_name
from alianzas_desktop.services.agreements import create_draft_version
from alianzas_desktop.services.errors import ValidationFailed
from alianzas_desktop.services.organization_names import same_named_organization
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import (
    Alliance,
    AllianceCondition,
    Commitment,
    DataAuthorization,
    Membership,
    Organization,
    Person,
)

logger = logging.getLogger(__name__)


def organization_for(session: Session, partner: PartnerDraft) -> Organization:
    """Reuse the organisation chosen from suggestions, or one with the same name and sector."""
    name = clean_text(partner.name)
    org = session.get(Organization, partner.organization_id) if partner.organization_id else None
    if org is None:
        org = same_named_organization(session, name, Organization.sector == partner.sector)
    if org is None:
        org = Organization(name=name, sector=partner.sector)
        session.add(org)
    org.sector = partner.sector
    identifier = clean_text(partner.identifier)
    if identifier:
        org.identifier = identifier
    return org


def representative_for(session: Session, partner: PartnerDraft, org: Organization) -> Person | None:
    rep = partner.representative
    name = clean_text(rep.name)
    if not name:
        return None
    person = Person(full_name=name)
    person.organization_id = org.id
    if rep.consent:
        # Contact data only with the holder's authorisation (Ley 1581 de 2012).
        person.document_number = clean_text(rep.document_number)
        person.phone = clean_text(rep.phone)
        person.email = clean_text(rep.email)
        person.consent_date = rep.consent_date or date.today()
        person.authorizations.append(
            DataAuthorization(
                given_on=person.consent_date,
                purpose=AUTHORIZATION_PURPOSE,
                method=rep.consent_method,
                text_version=AUTHORIZATION_TEXT_VERSION,
                recorded_by=actor_name(),
                witness=clean_text(rep.consent_witness),
            )
        )
    session.add(person)
    return person


def found_alliance(db: Database, data: NacimientoData, today: date | None = None) -> str:
    """Save the whole alliance and open version 1 of its agreement; returns the alliance id."""
    errors = validate_all(data, today)
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        alliance = Alliance(
            name=clean_text(data.name),
            departamento=clean_text(data.departamento),
            municipio=clean_text(data.municipio),
            vereda=clean_text(data.vereda),
            area=data.area,
            phase=Phase.BIRTH.value,
            start_date=data.start_date,
            facilitator=clean_text(data.facilitator),
            purpose=clean_text(data.purpose),
            objectives=clean_text(data.objectives),
            formality=data.formality,
            legal_figure=clean_text(data.legal_figure)
            if data.formality == Formality.FORMAL
            else "",
            complexity=data.complexity,
            coordination_body=clean_text(data.coordination_body),
            coordination_members=clean_text(data.coordination_members),
            decision_rules=clean_text(data.decision_rules),
            meeting_rhythm=clean_text(data.meeting_rhythm),
            duration=clean_text(data.duration),
        )
        session.add(alliance)
        for position, code in enumerate(Condition):
            check = data.condition(code.value)
            alliance.conditions.append(
                AllianceCondition(
                    condition=code.value,
                    met=check.met,
                    note=clean_text(check.note),
                    position=position,
                )
            )
        memberships: dict[str, Membership] = {}
        for position, partner in enumerate(data.partners):
            org = organization_for(session, partner)
            session.flush()
            membership = Membership(
                organization=org,
                representative=representative_for(session, partner, org),
                representative_cargo=clean_text(partner.representative.cargo),
                interests=clean_text(partner.interests),
                contribution=clean_text(partner.contribution),
                influence=partner.influence,
                position=position,
            )
            alliance.memberships.append(membership)
            memberships[partner.key] = membership
        for position, item in enumerate(data.commitments):
            alliance.commitments.append(
                Commitment(
                    membership=memberships[item.partner_key],
                    description=clean_text(item.description),
                    kind=item.kind,
                    estimated_value=item.estimated_value,
                    deadline=item.deadline,
                    logic=item.logic,
                    position=position,
                )
            )
        session.flush()
        create_draft_version(session, alliance)
        logger.info("Alianza fundada: %s (%s)", alliance.name, alliance.id)
        return alliance.id
