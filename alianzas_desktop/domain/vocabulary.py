"""The methodology's vocabulary: sectors, phases, conditions, values and the rest.

Each enum's value is the stable code stored in the database; ``label`` is the
Spanish text shown to people. The UI passes labels through Qt translation with
the context ``"vocabulary"``.
"""

from __future__ import annotations

import logging
from enum import StrEnum

logger = logging.getLogger(__name__)

TRANSLATION_CONTEXT = "vocabulary"


class _Labelled(StrEnum):
    """A StrEnum whose members carry a Spanish label (and maybe a description)."""

    @property
    def label(self) -> str:
        return _LABELS[type(self), self.value]

    @property
    def description(self) -> str:
        return _DESCRIPTIONS.get(self, "") if type(self) in _DESCRIBED else ""

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(code, Spanish label) pairs in declaration order."""
        return [(member.value, member.label) for member in cls]


def label_of(enum_cls: type[_Labelled], code: str) -> str:
    """The Spanish label of a stored code; the code itself when it is unknown
    (a record written by a newer version of the app)."""
    try:
        return enum_cls(code).label
    except ValueError:
        return code


class Sector(_Labelled):
    PUBLIC = "publico"
    PRIVATE = "privado"
    CIVIL_SOCIETY = "sociedad_civil"


class Phase(_Labelled):
    BIRTH = "nacimiento"
    START_UP = "puesta_en_marcha"
    CONSOLIDATION = "consolidacion"
    PROJECTION = "proyeccion"


class Condition(_Labelled):
    OPEN_RELATIONS = "relaciones_abiertas"
    ACTIVE_PARTNERS = "socios_activos"
    COMPLEMENTARY_CONTRIBUTIONS = "complementariedad"
    COMMON_PURPOSE = "proposito_comun"


class Value(_Labelled):
    TRUST = "confianza"
    RESPECT = "respeto"
    INCLUSION = "inclusion"
    TRANSPARENCY = "transparencia"
    SHARED_RESPONSIBILITY = "responsabilidad_compartida"


class Logic(_Labelled):
    TECHNICAL = "tecnica"
    POLITICAL = "politica"
    ETHICAL = "etica"


class ContributionKind(_Labelled):
    MONEY = "dinero"
    IN_KIND = "especie"
    TECHNICAL_KNOWLEDGE = "conocimiento_tecnico"
    HUMAN_TALENT = "talento_humano"
    POLITICAL_BACKING = "respaldo_politico"
    OTHER = "otro"


class Influence(_Labelled):
    HIGH = "alta"
    MEDIUM = "media"
    LOW = "baja"


class Formality(_Labelled):
    FORMAL = "formal"
    INFORMAL = "informal"


class Complexity(_Labelled):
    SIMPLE = "simple"
    COMPLEX = "compleja"


class ConflictLevel(_Labelled):
    EXTERNAL = "aspectos_externos"
    ALLIANCE_WORK = "dificultades_propias"
    CRITICAL_INCIDENTS = "incidentes_criticos"


class ConflictStatus(_Labelled):
    OPEN = "abierto"
    HANDLING = "en_manejo"
    RESOLVED = "resuelto"
    ESCALATED = "escalado"


class ConflictHandling(_Labelled):
    DIRECT_DIALOGUE = "dialogo_directo"
    COMMITTEE = "comite"
    THIRD_PARTY_MEDIATION = "mediacion_tercero"
    OTHER = "otro"


class InformationChannel(_Labelled):
    MEETING = "reunion"
    WHATSAPP = "whatsapp"
    EMAIL = "correo"
    CALL = "llamada"
    NOTICE_BOARD = "cartelera"
    OTHER = "otro"


class CoordinationRole(_Labelled):
    COORDINATION = "coordinacion"
    TECHNICAL_SECRETARIAT = "secretaria_tecnica"
    TREASURY = "tesoreria"
    OVERSIGHT = "veeduria"
    OTHER = "otro"


class ActivityStatus(_Labelled):
    PENDING = "pendiente"
    IN_PROGRESS = "en_curso"
    DONE = "cumplida"
    CANCELLED = "cancelada"


class DimensionGroup(_Labelled):
    """What an evaluation scores: the seed's four conditions, five values, seven factors."""

    CONDITION = "condicion"
    VALUE = "valor"
    SUCCESS_FACTOR = "factor"


class Benefit(_Labelled):
    """What alliances make possible, in the seed's words (fundamentos teóricos)."""

    SOCIAL_FABRIC = "tejido_social"
    RESOURCES = "recursos_respuesta_institucional"
    SUSTAINABILITY = "garantias_sostenibilidad"
    SOCIAL_LEARNING = "aprendizaje_social"
    DIVERSITY = "valorar_diversidad"


class PolicyPath(_Labelled):
    """Where what continues after the initial resources takes root."""

    PUBLIC_POLICY = "politica_publica"
    MUNICIPAL_PLAN = "plan_municipal"
    PUBLIC_BUDGET = "presupuesto_publico"
    PARTNER_ORGANISATIONS = "organizaciones_socias"
    OTHER = "otro"


class ReplicationKind(_Labelled):
    REPLICATION = "replica"
    SCALING = "escalamiento"


class Health(_Labelled):
    GREEN = "verde"
    YELLOW = "amarillo"
    RED = "rojo"


class ApplicationArea(_Labelled):
    PRODUCTIVITY = "productividad"
    EMPLOYMENT_INCOME = "empleo_ingresos"
    SPECIFIC_POPULATIONS = "poblaciones_especificas"
    ACCESS_TO_JUSTICE = "acceso_justicia"
    INFRASTRUCTURE = "infraestructura"
    LOCAL_DEVELOPMENT = "desarrollo_local"


class SuccessFactor(_Labelled):
    INFORMATION_EXCHANGE = "intercambio_informacion"
    PARTNER_STRENGTHS = "fortalezas_socios"
    FOLLOW_UP = "seguimiento"
    EVALUATION = "evaluacion"
    PROCESS_REFLECTION = "reflexion_procesos"
    CONFLICT_MANAGEMENT = "manejo_conflictos"
    TANGIBLE_RESULTS = "resultados_tangibles"


class CommitmentStatus(_Labelled):
    PENDING = "pendiente"
    IN_PROGRESS = "en_curso"
    DONE = "cumplido"
    UNMET = "incumplido"
    CANCELLED = "cancelado"


# A commitment still owed: it counts for deadlines, reminders and overdue marks.
OPEN_COMMITMENT_STATUSES = (CommitmentStatus.PENDING.value, CommitmentStatus.IN_PROGRESS.value)


class VersionStatus(_Labelled):
    DRAFT = "borrador"
    ISSUED = "emitido"
    SIGNED = "firmado"


class MeetingKind(_Labelled):
    ORDINARY = "ordinaria"
    EXTRAORDINARY = "extraordinaria"


class MeetingStatus(_Labelled):
    CONVENED = "convocada"
    IN_PROGRESS = "en_curso"
    CLOSED = "cerrada"


class AttendanceStatus(_Labelled):
    INVITED = "invitado"  # convened, attendance not yet taken
    PRESENT = "asistio"
    EXCUSED = "ausente_excusa"
    ABSENT = "ausente"


class DraftKind(_Labelled):
    """The wizards whose unfinished answers are kept as drafts."""

    NACIMIENTO = "nacimiento"
    MEETING = "sesion"
    PUESTA_EN_MARCHA = "puesta_en_marcha"
    REVIEW = "revision_periodica"
    PROYECCION = "proyeccion"
    SYSTEMATIZATION = "sistematizacion"


class AuthorizationMethod(_Labelled):
    WRITTEN = "escrito"
    ON_SCREEN = "pantalla"
    VERBAL = "verbal"


class RequestKind(_Labelled):
    QUERY = "consulta"
    CORRECTION = "correccion"
    ERASURE = "supresion"
    REVOCATION = "revocatoria"


class PaperSize(_Labelled):
    """The paper documents are printed on; the codes are the PDF builders' page sizes."""

    LETTER = "letter"
    A4 = "a4"


# Pairs, not a dict keyed by member: members of different enums with the same code
# (Phase.BIRTH and DraftKind.NACIMIENTO are both "nacimiento") are equal strings.
_LABEL_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (PaperSize.LETTER, "Carta"),
    (PaperSize.A4, "A4"),
    (MeetingKind.ORDINARY, "Ordinaria"),
    (MeetingKind.EXTRAORDINARY, "Extraordinaria"),
    (MeetingStatus.CONVENED, "Convocada"),
    (MeetingStatus.IN_PROGRESS, "En curso"),
    (MeetingStatus.CLOSED, "Cerrada"),
    (DraftKind.NACIMIENTO, "Nueva alianza (Nacimiento)"),
    (DraftKind.MEETING, "Sesión con socios"),
    (DraftKind.PUESTA_EN_MARCHA, "Puesta en marcha"),
    (DraftKind.REVIEW, "Revisión periódica (Consolidación)"),
    (DraftKind.PROYECCION, "Proyección"),
    (DraftKind.SYSTEMATIZATION, "Sistematización de la experiencia"),
    (AttendanceStatus.INVITED, "Convocado"),
    (AttendanceStatus.PRESENT, "Asistió"),
    (AttendanceStatus.EXCUSED, "Ausente con excusa"),
    (AttendanceStatus.ABSENT, "Ausente sin excusa"),
    (AuthorizationMethod.WRITTEN, "Por escrito (formato firmado)"),
    (AuthorizationMethod.ON_SCREEN, "En pantalla"),
    (AuthorizationMethod.VERBAL, "Verbal, con testigo"),
    (RequestKind.QUERY, "Consulta"),
    (RequestKind.CORRECTION, "Corrección o actualización"),
    (RequestKind.ERASURE, "Supresión"),
    (RequestKind.REVOCATION, "Revocatoria de la autorización"),
    (Sector.PUBLIC, "Público"),
    (Sector.PRIVATE, "Privado"),
    (Sector.CIVIL_SOCIETY, "Sociedad civil"),
    (Phase.BIRTH, "Nacimiento"),
    (Phase.START_UP, "Puesta en marcha"),
    (Phase.CONSOLIDATION, "Consolidación y sostenibilidad"),
    (Phase.PROJECTION, "Proyección"),
    (Condition.OPEN_RELATIONS, "Relaciones abiertas"),
    (Condition.ACTIVE_PARTNERS, "Socios activos"),
    (Condition.COMPLEMENTARY_CONTRIBUTIONS, "Complementariedad en los aportes"),
    (Condition.COMMON_PURPOSE, "Propósito común"),
    (Value.TRUST, "Confianza"),
    (Value.RESPECT, "Respeto"),
    (Value.INCLUSION, "Inclusión"),
    (Value.TRANSPARENCY, "Transparencia"),
    (Value.SHARED_RESPONSIBILITY, "Responsabilidad compartida"),
    (Logic.TECHNICAL, "Técnica"),
    (Logic.POLITICAL, "Política"),
    (Logic.ETHICAL, "Ética"),
    (ContributionKind.MONEY, "Dinero"),
    (ContributionKind.IN_KIND, "Especie"),
    (ContributionKind.TECHNICAL_KNOWLEDGE, "Conocimiento técnico"),
    (ContributionKind.HUMAN_TALENT, "Talento humano"),
    (ContributionKind.POLITICAL_BACKING, "Respaldo político/institucional"),
    (ContributionKind.OTHER, "Otro"),
    (Influence.HIGH, "Alta"),
    (Influence.MEDIUM, "Media"),
    (Influence.LOW, "Baja"),
    (Formality.FORMAL, "Formal (constituida jurídicamente)"),
    (Formality.INFORMAL, "Informal (sin constitución jurídica)"),
    (Complexity.SIMPLE, "Simple"),
    (Complexity.COMPLEX, "Compleja"),
    (ConflictLevel.EXTERNAL, "Aspectos externos"),
    (ConflictLevel.ALLIANCE_WORK, "Dificultades propias del trabajo en alianza"),
    (ConflictLevel.CRITICAL_INCIDENTS, "Incidentes críticos"),
    (ConflictStatus.OPEN, "Abierto"),
    (ConflictStatus.HANDLING, "En manejo"),
    (ConflictStatus.RESOLVED, "Resuelto"),
    (ConflictStatus.ESCALATED, "Escalado"),
    (ConflictHandling.DIRECT_DIALOGUE, "Diálogo directo"),
    (ConflictHandling.COMMITTEE, "Comité de la alianza"),
    (ConflictHandling.THIRD_PARTY_MEDIATION, "Mediación de un tercero"),
    (ConflictHandling.OTHER, "Otro"),
    (InformationChannel.MEETING, "Reunión"),
    (InformationChannel.WHATSAPP, "WhatsApp"),
    (InformationChannel.EMAIL, "Correo electrónico"),
    (InformationChannel.CALL, "Llamada"),
    (InformationChannel.NOTICE_BOARD, "Cartelera"),
    (InformationChannel.OTHER, "Otro"),
    (CoordinationRole.COORDINATION, "Coordinación"),
    (CoordinationRole.TECHNICAL_SECRETARIAT, "Secretaría técnica"),
    (CoordinationRole.TREASURY, "Tesorería"),
    (CoordinationRole.OVERSIGHT, "Veeduría"),
    (CoordinationRole.OTHER, "Otro"),
    (ActivityStatus.PENDING, "Pendiente"),
    (ActivityStatus.IN_PROGRESS, "En curso"),
    (ActivityStatus.DONE, "Cumplida"),
    (ActivityStatus.CANCELLED, "Cancelada"),
    (DimensionGroup.CONDITION, "Condiciones"),
    (DimensionGroup.VALUE, "Valores"),
    (DimensionGroup.SUCCESS_FACTOR, "Factores de éxito"),
    (Benefit.SOCIAL_FABRIC, "Fortalecer el tejido social"),
    (
        Benefit.RESOURCES,
        "Más recursos disponibles y mejor capacidad de respuesta institucional",
    ),
    (Benefit.SUSTAINABILITY, "Más garantías para la sostenibilidad de las iniciativas"),
    (Benefit.SOCIAL_LEARNING, "Mejor aprendizaje social"),
    (Benefit.DIVERSITY, "Comprender y valorar la diversidad"),
    (PolicyPath.PUBLIC_POLICY, "Política pública"),
    (PolicyPath.MUNICIPAL_PLAN, "Plan de desarrollo municipal"),
    (PolicyPath.PUBLIC_BUDGET, "Presupuesto público"),
    (PolicyPath.PARTNER_ORGANISATIONS, "Las organizaciones socias"),
    (PolicyPath.OTHER, "Otro"),
    (ReplicationKind.REPLICATION, "Réplica"),
    (ReplicationKind.SCALING, "Escalamiento"),
    (Health.GREEN, "Verde"),
    (Health.YELLOW, "Amarillo"),
    (Health.RED, "Rojo"),
    (ApplicationArea.PRODUCTIVITY, "Productividad agrícola o artesanal"),
    (ApplicationArea.EMPLOYMENT_INCOME, "Generación de empleo e ingresos"),
    (ApplicationArea.SPECIFIC_POPULATIONS, "Poblaciones específicas y servicios sociales"),
    (ApplicationArea.ACCESS_TO_JUSTICE, "Acceso a la justicia"),
    (ApplicationArea.INFRASTRUCTURE, "Infraestructura de servicios públicos y vivienda"),
    (ApplicationArea.LOCAL_DEVELOPMENT, "Desarrollo integral local"),
    (SuccessFactor.INFORMATION_EXCHANGE, "Fomentar el intercambio de información"),
    (SuccessFactor.PARTNER_STRENGTHS, "Enfatizar las fortalezas de los socios"),
    (SuccessFactor.FOLLOW_UP, "Hacer seguimiento"),
    (SuccessFactor.EVALUATION, "Evaluar"),
    (SuccessFactor.PROCESS_REFLECTION, "Reflexionar sobre los procesos"),
    (SuccessFactor.CONFLICT_MANAGEMENT, "Manejar adecuadamente los conflictos"),
    (SuccessFactor.TANGIBLE_RESULTS, "Lograr resultados tangibles"),
    (CommitmentStatus.PENDING, "Pendiente"),
    (CommitmentStatus.IN_PROGRESS, "En curso"),
    (CommitmentStatus.DONE, "Cumplido"),
    (CommitmentStatus.UNMET, "Incumplido"),
    (CommitmentStatus.CANCELLED, "Cancelado"),
    (VersionStatus.DRAFT, "Borrador"),
    (VersionStatus.ISSUED, "Emitido"),
    (VersionStatus.SIGNED, "Firmado"),
)
_LABELS: dict[tuple[type, str], str] = {(type(m), m.value): t for m, t in _LABEL_PAIRS}

_DESCRIPTIONS: dict[StrEnum, str] = {
    ApplicationArea.PRODUCTIVITY: (
        "Mejoramiento de la productividad agrícola o artesanal: asistencia técnica, "
        "acceso a mercados, asociatividad de productores."
    ),
    ApplicationArea.EMPLOYMENT_INCOME: (
        "Generación de empleo e ingresos: emprendimientos, formación para el trabajo, "
        "encadenamientos productivos."
    ),
    ApplicationArea.SPECIFIC_POPULATIONS: (
        "Programas especiales dirigidos a poblaciones específicas —niños, jóvenes, "
        "mujeres jefes de hogar— y mejoramiento de la calidad de los servicios sociales "
        "y de protección."
    ),
    ApplicationArea.ACCESS_TO_JUSTICE: (
        "Acceso a servicios de justicia por parte de los grupos más pobres a través de "
        "mecanismos alternativos de resolución de conflictos."
    ),
    ApplicationArea.INFRASTRUCTURE: (
        "Reducción del déficit en la infraestructura de servicios públicos: escuelas, "
        "centros de salud, agua, alcantarillado y vivienda de interés social."
    ),
    ApplicationArea.LOCAL_DEVELOPMENT: (
        "Desarrollo integral local que combina dimensiones económicas, sociales y de "
        "protección del medio ambiente."
    ),
    Condition.OPEN_RELATIONS: (
        "Los socios se comunican con franqueza, comparten información y conocen los "
        "intereses de los demás."
    ),
    Condition.ACTIVE_PARTNERS: (
        "Cada socio participa en las decisiones y asume al menos un compromiso."
    ),
    Condition.COMPLEMENTARY_CONTRIBUTIONS: (
        "Los aportes de los socios se complementan: cada uno pone lo que los otros no tienen."
    ),
    Condition.COMMON_PURPOSE: (
        "Todos reconocen un mismo propósito, claro y compartido, que orienta la alianza."
    ),
    Logic.TECHNICAL: "Promueve el logro y la eficiencia.",
    Logic.POLITICAL: "Busca la negociación, la concertación y la definición del poder.",
    Logic.ETHICAL: "Se fundamenta en los valores y en la importancia de los procesos.",
}

# The enums whose members have descriptions (their codes are unique among these).
_DESCRIBED = frozenset({ApplicationArea, Condition, Logic})
