"""A realistic demonstration database: alliances in every phase, area and sector."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.nacimiento import (
    CommitmentDraft,
    NacimientoData,
    PartnerDraft,
    Representative,
)
from alianzas_desktop.domain.vocabulary import (
    ApplicationArea,
    Complexity,
    ContributionKind,
    Formality,
    Influence,
    Logic,
    Phase,
    Sector,
)
from alianzas_desktop.services import agreements, alliances, nacimiento
from alianzas_desktop.services.demo_conflicts import add_demo_conflicts
from alianzas_desktop.services.demo_evaluations import add_demo_evaluations
from alianzas_desktop.services.demo_meetings import hold_demo_meetings
from alianzas_desktop.services.demo_projection import add_demo_projection
from alianzas_desktop.services.demo_systematization import add_demo_systematization
from alianzas_desktop.services.demo_workplan import add_demo_workplan
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.storage.database import Database

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Partner:
    name: str
    sector: str
    nit: str
    representative: str
    cargo: str
    document: str
    interests: str
    contribution: str
    influence: str = Influence.MEDIUM


@dataclass(frozen=True)
class _Commitment:
    partner: int
    description: str
    kind: str
    value: int | None
    days: int
    logic: str


@dataclass(frozen=True)
class _Alliance:
    name: str
    departamento: str
    municipio: str
    vereda: str
    area: str
    phase: str
    months_ago: int
    facilitator: str
    purpose: str
    objectives: str
    formality: str
    legal_figure: str
    complexity: str
    coordination_body: str
    decision_rules: str
    rhythm: str
    duration: str
    partners: tuple[_Partner, ...]
    commitments: tuple[_Commitment, ...]
    signed: bool = False


DEMO: tuple[_Alliance, ...] = (
    _Alliance(
        name="Alianza Frijol del Páramo",
        departamento="Antioquia",
        municipio="Sonsón",
        vereda="Vereda La Loma",
        area=ApplicationArea.PRODUCTIVITY,
        phase=Phase.BIRTH,
        months_ago=1,
        facilitator="Ana Milena Zapata",
        purpose=(
            "Mejorar de manera sostenible los ingresos de 60 familias productoras de frijol "
            "de la vereda La Loma, con asistencia técnica, compra asegurada de la cosecha y "
            "una asociación de productores fortalecida."
        ),
        objectives=(
            "1. Aumentar el rendimiento por hectárea en un 20 %.\n"
            "2. Asegurar la comercialización de la cosecha a precio justo.\n"
            "3. Fortalecer la cooperativa como interlocutora de los productores."
        ),
        formality=Formality.INFORMAL,
        legal_figure="",
        complexity=Complexity.SIMPLE,
        coordination_body="Comité de la alianza",
        decision_rules="Por consenso; si no se logra, por mayoría de los socios presentes.",
        rhythm="Mensual, el primer sábado de cada mes",
        duration="Dos años, prorrogables",
        partners=(
            _Partner(
                "Alcaldía de Sonsón",
                Sector.PUBLIC,
                "890.980.357-1",
                "María Eugenia Ríos",
                "Secretaria de Agricultura",
                "43.123.456",
                "Mejorar los ingresos rurales del municipio",
                "Dos técnicos agrícolas y transporte de insumos",
                Influence.HIGH,
            ),
            _Partner(
                "Comercializadora El Páramo S.A.S.",
                Sector.PRIVATE,
                "900.456.789-2",
                "Jorge Iván Cardona",
                "Gerente",
                "70.456.123",
                "Contar con frijol de calidad y volumen estable",
                "Compra garantizada de la cosecha",
            ),
            _Partner(
                "Cooperativa de Productores de La Loma",
                Sector.CIVIL_SOCIETY,
                "901.234.567-8",
                "Luz Dary Ñustes",
                "Representante legal",
                "21.987.654",
                "Precio justo y asociatividad",
                "Organización de las familias y centro de acopio",
            ),
        ),
        commitments=(
            _Commitment(
                0,
                "Dos técnicos agrícolas de tiempo completo durante 12 meses",
                ContributionKind.HUMAN_TALENT,
                48_000_000,
                300,
                Logic.TECHNICAL,
            ),
            _Commitment(
                0,
                "Transporte de insumos a la vereda una vez al mes",
                ContributionKind.IN_KIND,
                6_000_000,
                120,
                Logic.POLITICAL,
            ),
            _Commitment(
                1,
                "Comprar toda la cosecha de primera calidad al precio acordado",
                ContributionKind.MONEY,
                120_000_000,
                240,
                Logic.POLITICAL,
            ),
            _Commitment(
                2,
                "Convocar y organizar a las 60 familias productoras",
                ContributionKind.HUMAN_TALENT,
                None,
                45,
                Logic.ETHICAL,
            ),
        ),
    ),
    _Alliance(
        name="Agua Limpia para San Jacinto",
        departamento="Bolívar",
        municipio="San Jacinto",
        vereda="Corregimiento Las Palmas",
        area=ApplicationArea.INFRASTRUCTURE,
        phase=Phase.START_UP,
        months_ago=7,
        facilitator="Carlos Andrés Herrera",
        purpose=(
            "Llevar agua potable a las 230 viviendas del corregimiento Las Palmas con un "
            "acueducto veredal administrado por la comunidad."
        ),
        objectives=(
            "1. Construir la bocatoma, el tanque y las redes.\n"
            "2. Constituir y capacitar la junta administradora del acueducto."
        ),
        formality=Formality.FORMAL,
        legal_figure="Convenio de asociación",
        complexity=Complexity.COMPLEX,
        coordination_body="Comité directivo y comité técnico",
        decision_rules=(
            "El comité directivo decide por mayoría calificada de dos tercios; el comité "
            "técnico recomienda."
        ),
        rhythm="Quincenal durante la obra; mensual después",
        duration="Tres años",
        partners=(
            _Partner(
                "Gobernación de Bolívar",
                Sector.PUBLIC,
                "890.480.059-1",
                "Rafael Márquez",
                "Secretario de Agua Potable",
                "73.111.222",
                "Cumplir la meta de cobertura de agua del plan de desarrollo",
                "Cofinanciación de la obra",
                Influence.HIGH,
            ),
            _Partner(
                "Alcaldía de San Jacinto",
                Sector.PUBLIC,
                "890.481.324-6",
                "Yolanda Pérez",
                "Alcaldesa",
                "33.222.111",
                "Servicios públicos para la zona rural",
                "Predios, licencias y operación inicial",
                Influence.HIGH,
            ),
            _Partner(
                "Fundación Promigas",
                Sector.PRIVATE,
                "802.011.065-3",
                "Ricardo Manotas",
                "Director de proyectos",
                "8.765.432",
                "Inversión social en su área de influencia",
                "Diseños, interventoría y recursos",
            ),
            _Partner(
                "Junta de Acción Comunal de Las Palmas",
                Sector.CIVIL_SOCIETY,
                "",
                "Eder Julio Montes",
                "Presidente",
                "1.047.111.222",
                "Agua para las familias del corregimiento",
                "Mano de obra no calificada y veeduría",
                Influence.MEDIUM,
            ),
        ),
        commitments=(
            _Commitment(
                0,
                "Aportar el 50 % del costo de la obra",
                ContributionKind.MONEY,
                850_000_000,
                150,
                Logic.POLITICAL,
            ),
            _Commitment(
                1,
                "Entregar los predios legalizados para el tanque y la bocatoma",
                ContributionKind.POLITICAL_BACKING,
                None,
                30,
                Logic.POLITICAL,
            ),
            _Commitment(
                2,
                "Diseños de ingeniería y interventoría de la obra",
                ContributionKind.TECHNICAL_KNOWLEDGE,
                210_000_000,
                90,
                Logic.TECHNICAL,
            ),
            _Commitment(
                2,
                "Aportar el 30 % del costo de la obra",
                ContributionKind.MONEY,
                510_000_000,
                150,
                Logic.TECHNICAL,
            ),
            _Commitment(
                3,
                "Jornadas de trabajo comunitario: 40 personas por semana",
                ContributionKind.HUMAN_TALENT,
                95_000_000,
                200,
                Logic.ETHICAL,
            ),
            _Commitment(
                3,
                "Veeduría ciudadana de la obra con informe mensual",
                ContributionKind.OTHER,
                None,
                60,
                Logic.ETHICAL,
            ),
        ),
        signed=True,
    ),
    _Alliance(
        name="Tejedoras de San Jacinto",
        departamento="Bolívar",
        municipio="San Jacinto",
        vereda="",
        area=ApplicationArea.EMPLOYMENT_INCOME,
        phase=Phase.CONSOLIDATION,
        months_ago=20,
        facilitator="Carlos Andrés Herrera",
        purpose=(
            "Que las tejedoras de hamacas de San Jacinto vivan dignamente de su oficio, "
            "con diseño propio, acceso a mercados y una marca colectiva."
        ),
        objectives="1. Registrar la marca colectiva.\n2. Abrir dos canales de venta nacionales.",
        formality=Formality.FORMAL,
        legal_figure="Acuerdo de cooperación",
        complexity=Complexity.SIMPLE,
        coordination_body="Mesa de la alianza",
        decision_rules="Por consenso.",
        rhythm="Bimestral",
        duration="Cinco años",
        partners=(
            _Partner(
                "Artesanías de Colombia",
                Sector.PUBLIC,
                "860.007.887-8",
                "Paula Andrea Díaz",
                "Asesora regional",
                "52.444.555",
                "Preservar el oficio artesanal",
                "Diseñadores y asesoría en marca",
                Influence.HIGH,
            ),
            _Partner(
                "Almacenes Éxito S.A.",
                Sector.PRIVATE,
                "890.900.608-9",
                "Santiago Gómez",
                "Gerente de compras sociales",
                "98.555.666",
                "Producto artesanal con historia para sus tiendas",
                "Espacio de venta en tiendas de Bogotá y Medellín",
            ),
            _Partner(
                "Asociación de Tejedoras Manos de San Jacinto",
                Sector.CIVIL_SOCIETY,
                "900.777.888-1",
                "Rosa Elvira Castro",
                "Presidenta",
                "45.666.777",
                "Ingresos estables y reconocimiento del oficio",
                "Producción de 300 hamacas al año",
            ),
        ),
        commitments=(
            _Commitment(
                0,
                "Taller de diseño y registro de la marca colectiva",
                ContributionKind.TECHNICAL_KNOWLEDGE,
                35_000_000,
                -60,
                Logic.TECHNICAL,
            ),
            _Commitment(
                1,
                "Exhibición en dos tiendas durante la temporada navideña",
                ContributionKind.IN_KIND,
                20_000_000,
                30,
                Logic.TECHNICAL,
            ),
            _Commitment(
                2,
                "Entregar 300 hamacas con control de calidad",
                ContributionKind.IN_KIND,
                90_000_000,
                100,
                Logic.ETHICAL,
            ),
        ),
        signed=True,
    ),
    _Alliance(
        name="Justicia Comunitaria en Toribío",
        departamento="Cauca",
        municipio="Toribío",
        vereda="Resguardo de Tacueyó",
        area=ApplicationArea.ACCESS_TO_JUSTICE,
        phase=Phase.PROJECTION,
        months_ago=40,
        facilitator="Diana Marcela Pito",
        purpose=(
            "Acercar la justicia a las familias rurales de Toribío mediante conciliadores en "
            "equidad y una casa de justicia itinerante, en diálogo con la justicia propia."
        ),
        objectives=(
            "1. Formar 25 conciliadores en equidad.\n2. Atender 600 casos al año en las veredas."
        ),
        formality=Formality.INFORMAL,
        legal_figure="",
        complexity=Complexity.COMPLEX,
        coordination_body="Consejo de la alianza",
        decision_rules="Por consenso, respetando las decisiones de la autoridad tradicional.",
        rhythm="Trimestral",
        duration="Indefinida, con revisión anual",
        partners=(
            _Partner(
                "Ministerio de Justicia y del Derecho",
                Sector.PUBLIC,
                "900.457.461-9",
                "Hernán Darío Velasco",
                "Coordinador de justicia rural",
                "10.222.333",
                "Ampliar el acceso a la justicia en zonas rurales",
                "Formación de conciliadores y materiales",
                Influence.HIGH,
            ),
            _Partner(
                "Cámara de Comercio del Cauca",
                Sector.PRIVATE,
                "891.500.033-6",
                "Claudia Patricia Mosquera",
                "Directora del centro de conciliación",
                "34.555.444",
                "Cultura de la conciliación",
                "Centro de conciliación y certificación",
            ),
            _Partner(
                "Cabildo Indígena de Tacueyó",
                Sector.CIVIL_SOCIETY,
                "",
                "Jesús Ul Yule",
                "Gobernador",
                "4.666.777",
                "Armonía entre justicia propia y ordinaria",
                "Espacios comunitarios y legitimidad",
                Influence.HIGH,
            ),
        ),
        commitments=(
            _Commitment(
                0,
                "Formar y certificar 25 conciliadores en equidad",
                ContributionKind.TECHNICAL_KNOWLEDGE,
                60_000_000,
                -200,
                Logic.TECHNICAL,
            ),
            _Commitment(
                1,
                "Registrar las actas de conciliación en su centro",
                ContributionKind.TECHNICAL_KNOWLEDGE,
                None,
                60,
                Logic.TECHNICAL,
            ),
            _Commitment(
                2,
                "Facilitar las asambleas veredales y la convocatoria",
                ContributionKind.POLITICAL_BACKING,
                None,
                20,
                Logic.ETHICAL,
            ),
        ),
        signed=True,
    ),
    _Alliance(
        name="Jóvenes Rurales de Samaná",
        departamento="Caldas",
        municipio="Samaná",
        vereda="Corregimiento de Florencia",
        area=ApplicationArea.SPECIFIC_POPULATIONS,
        phase=Phase.BIRTH,
        months_ago=0,
        facilitator="Ana Milena Zapata",
        purpose=(
            "Que los jóvenes de Florencia encuentren en su territorio opciones de formación "
            "y de trabajo, para que quedarse en el campo sea una elección."
        ),
        objectives="1. Ofrecer formación técnica a 80 jóvenes.\n2. Apoyar 15 emprendimientos.",
        formality=Formality.INFORMAL,
        legal_figure="",
        complexity=Complexity.SIMPLE,
        coordination_body="Comité juvenil de la alianza",
        decision_rules="Por mayoría; los jóvenes tienen la mitad de los votos.",
        rhythm="Mensual",
        duration="Dieciocho meses",
        partners=(
            _Partner(
                "SENA Regional Caldas",
                Sector.PUBLIC,
                "899.999.034-1",
                "Gloria Inés Arango",
                "Subdirectora de centro",
                "30.333.444",
                "Formación pertinente para lo rural",
                "Cursos técnicos en la vereda",
                Influence.HIGH,
            ),
            _Partner(
                "Central Hidroeléctrica de Caldas CHEC",
                Sector.PRIVATE,
                "890.800.128-6",
                "Andrés Felipe Osorio",
                "Jefe de gestión social",
                "75.888.999",
                "Relación con las comunidades de su zona",
                "Capital semilla",
            ),
            _Partner(
                "Corporación Juvenil Florencia Viva",
                Sector.CIVIL_SOCIETY,
                "",
                "Valentina Giraldo",
                "Coordinadora",
                "1.053.222.333",
                "Participación de los jóvenes",
                "Convocatoria y mentorías entre pares",
            ),
        ),
        commitments=(
            _Commitment(
                0,
                "Dos cursos técnicos en la vereda",
                ContributionKind.TECHNICAL_KNOWLEDGE,
                40_000_000,
                180,
                Logic.TECHNICAL,
            ),
            _Commitment(
                1,
                "Fondo de capital semilla para 15 emprendimientos",
                ContributionKind.MONEY,
                75_000_000,
                270,
                Logic.POLITICAL,
            ),
            _Commitment(
                2,
                "Convocar a 80 jóvenes y acompañar sus proyectos",
                ContributionKind.HUMAN_TALENT,
                None,
                60,
                Logic.ETHICAL,
            ),
        ),
    ),
)


def _nacimiento(spec: _Alliance, today: date) -> NacimientoData:
    start = today - timedelta(days=30 * spec.months_ago + 10)
    partners = [
        PartnerDraft(
            name=p.name,
            sector=p.sector,
            identifier=p.nit,
            representative=Representative(
                name=p.representative,
                cargo=p.cargo,
                document_number=p.document,
                consent=True,
                consent_date=start,
            ),
            interests=p.interests,
            contribution=p.contribution,
            influence=p.influence,
        )
        for p in spec.partners
    ]
    data = NacimientoData(
        name=spec.name,
        departamento=spec.departamento,
        municipio=spec.municipio,
        vereda=spec.vereda,
        area=spec.area,
        start_date=start,
        facilitator=spec.facilitator,
        partners=partners,
        purpose=spec.purpose,
        objectives=spec.objectives,
        formality=spec.formality,
        legal_figure=spec.legal_figure,
        complexity=spec.complexity,
        coordination_body=spec.coordination_body,
        coordination_members="Un delegado por cada socio",
        decision_rules=spec.decision_rules,
        meeting_rhythm=spec.rhythm,
        duration=spec.duration,
    )
    for check in data.conditions:
        check.met = True
        check.note = "Conversado y aceptado por los socios en la reunión de constitución."
    data.commitments = [
        CommitmentDraft(
            partner_key=partners[c.partner].key,
            description=c.description,
            kind=c.kind,
            estimated_value=c.value,
            deadline=max(start + timedelta(days=15), today + timedelta(days=c.days)),
            logic=c.logic,
        )
        for c in spec.commitments
    ]
    return data


# Why the demo alliances moved on, as a facilitator would write it in the phase change.
_PHASE_REASONS = {
    Phase.START_UP: "Los socios firmaron el acuerdo de compromisos; empieza el trabajo.",
    Phase.CONSOLIDATION: "El plan de trabajo avanza y las sesiones se cumplen con regularidad.",
    Phase.PROJECTION: "Los socios deciden asegurar lo logrado y compartir la experiencia.",
}


def _phase_changes(target: str, start: date, today: date) -> list[tuple[str, date, str]]:
    """The phases an alliance went through to reach ``target``, spread between its start and
    today, each with its reason: the timeline then shows since when each phase holds."""
    order = list(Phase)
    steps = order[1 : order.index(Phase(target)) + 1]
    span = (today - start).days
    return [
        (phase.value, start + timedelta(days=span * (i + 1) // (len(steps) + 1)), reason)
        for i, phase in enumerate(steps)
        if (reason := _PHASE_REASONS[phase])
    ]


def build_demo(db: Database, today: date | None = None) -> list[str]:
    """Fill an empty database with the demo alliances; returns their ids."""
    today = today or date.today()
    if alliances.list_alliances(db):
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "errores",
                "La base de datos ya tiene alianzas; la demostración se crea en un archivo nuevo.",
            )
        )
    ids = []
    for spec in DEMO:
        data = _nacimiento(spec, today)
        alliance_id = nacimiento.found_alliance(db, data, today)
        changes = _phase_changes(spec.phase, data.start_date, today)
        [version] = agreements.list_versions(db, alliance_id)
        agreements.issue_version(db, version.id)
        if spec.signed:
            # The app dates an issue now: the demo's agreements are issued and signed on the
            # day the demo is made (the clock's, whatever ``today`` the rest of the demo
            # is built around), though the alliances moved on earlier (a demo, not a history).
            agreements.sign_version(db, version.id, date.today())
        for phase, on, reason in changes:
            alliances.move_to_phase(db, alliance_id, phase, on=on, reason=reason)
        hold_demo_meetings(db, alliance_id, spec.name, today)
        ids.append(alliance_id)
    # The later phases, in the order they happen: the plan, then reviews that follow it up,
    # then the conflicts, overdue commitments and evidence.
    add_demo_workplan(db, today)
    add_demo_evaluations(db, today)
    add_demo_conflicts(db, today)
    add_demo_projection(db, today)
    add_demo_systematization(db, today)
    logger.info("Demostración creada con %d alianzas", len(ids))
    return ids
