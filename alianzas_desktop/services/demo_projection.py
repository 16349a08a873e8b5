"""Demo content for the Proyección: the demo alliance in proyección gets its sustainability
plan (some items become commitments), a replication and benefits with their evidence."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from alianzas_desktop.domain.projection import ReplicationEntry, SustainabilityEntry
from alianzas_desktop.domain.vocabulary import (
    Benefit,
    ContributionKind,
    Logic,
    Phase,
    PolicyPath,
    ReplicationKind,
)
from alianzas_desktop.services import alliances, projection
from alianzas_desktop.storage.database import Database

logger = logging.getLogger(__name__)

ALLIANCE = "Justicia Comunitaria en Toribío"
MINISTERIO = "Ministerio de Justicia y del Derecho"
CAMARA = "Cámara de Comercio del Cauca"
CABILDO = "Cabildo Indígena de Tacueyó"

# (what, funding, policy path, responsible partner or "", days from today or None, logic, kind)
PLAN = (
    (
        "La casa de justicia itinerante sigue recorriendo las veredas cada mes.",
        "Presupuesto municipal de Toribío, rubro de convivencia y justicia",
        PolicyPath.MUNICIPAL_PLAN,
        "",
        None,
        Logic.POLITICAL,
        ContributionKind.MONEY,
    ),
    (
        "Certificar una segunda cohorte de 15 conciliadores en equidad.",
        "Programa nacional de conciliación en equidad",
        PolicyPath.PUBLIC_POLICY,
        MINISTERIO,
        180,
        Logic.TECHNICAL,
        ContributionKind.TECHNICAL_KNOWLEDGE,
    ),
    (
        "El centro de conciliación registra sin costo las actas de las veredas.",
        "Recursos propios de la Cámara de Comercio",
        PolicyPath.PARTNER_ORGANISATIONS,
        CAMARA,
        120,
        Logic.ETHICAL,
        ContributionKind.IN_KIND,
    ),
    (
        "El cabildo incluye la conciliación en su plan de vida.",
        "Recursos del Sistema General de Participaciones del resguardo",
        PolicyPath.PARTNER_ORGANISATIONS,
        CABILDO,
        240,
        Logic.ETHICAL,
        ContributionKind.POLITICAL_BACKING,
    ),
)

BENEFITS = (
    (
        Benefit.SOCIAL_FABRIC,
        "25 conciliadores de las mismas veredas atienden a sus vecinos; las asambleas "
        "veredales volvieron a reunirse cada mes.",
        60,
    ),
    (
        Benefit.RESOURCES,
        "612 casos atendidos en el último año sin que las familias viajaran a Santander "
        "de Quilichao.",
        30,
    ),
    (
        Benefit.DIVERSITY,
        "El protocolo entre justicia propia y ordinaria, firmado por el cabildo y la "
        "personería, se usa en los casos que tocan a las dos.",
        90,
    ),
)


def add_demo_projection(db: Database, today: date | None = None) -> None:
    """Fill the projection of the demo alliance in proyección, found by its name."""
    today = today or date.today()
    found = [
        a
        for a in alliances.list_alliances(db)
        if a.name == ALLIANCE and a.phase == Phase.PROJECTION.value
    ]
    if not found:
        logger.warning("No está la alianza de demostración «%s»", ALLIANCE)
        return
    setup = projection.load_setup(db, found[0].id)
    partners = {p.organization: p.membership_id for p in setup.partners if not p.retired}
    data = setup.data
    data.sustainability = [
        SustainabilityEntry(
            what=what,
            funding=funding,
            policy_path=path.value,
            responsible_membership_id=partners.get(who, "") if who else "",
            due_on=today + timedelta(days=days) if days is not None and who in partners else None,
            logic=logic.value,
            kind=kind.value,
        )
        for what, funding, path, who, days, logic, kind in PLAN
    ]
    data.replications = [
        ReplicationEntry(
            kind=ReplicationKind.REPLICATION.value,
            place="Jambaló y Caldono (norte del Cauca)",
            with_whom="Los cabildos de Jambaló y Pioyá, las personerías y la Cámara de Comercio",
            adaptations=(
                "Los conciliadores se forman en nasa yuwe; la casa itinerante sigue el "
                "calendario de mingas de cada resguardo."
            ),
        ),
        ReplicationEntry(
            kind=ReplicationKind.SCALING.value,
            place="Programa departamental de justicia rural del Cauca",
            with_whom="Gobernación del Cauca y Ministerio de Justicia",
            adaptations="Un protocolo común con las autoridades de cada pueblo.",
        ),
    ]
    start = alliances.alliance_detail(db, found[0].id).start_date
    for benefit, evidence, days_ago in BENEFITS:
        entry = data.benefit(benefit.value)
        entry.observed, entry.evidence = True, evidence
        seen = today - timedelta(days=days_ago)
        entry.observed_on = max(seen, start)
    saved = projection.save_projection(db, data, today=today)
    logger.info(
        "Proyección de demostración: %d acciones, %d compromisos",
        len(data.sustainability),
        saved.new_commitments,
    )
