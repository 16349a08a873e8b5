"""The methodology's vocabulary: sectors, phases, conditions, values and the rest.

Each enum's value is the stable code stored in the database; ``label`` is the
Spanish text shown to people. The UI passes labels through Qt translation with
the context ``"vocabulary"``.
"""

from __future__ import annotations

import logging
from enum import StrEnum

from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP

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
    (PaperSize.LETTER, QT_TRANSLATE_NOOP("vocabulary", "Carta")),
    (PaperSize.A4, QT_TRANSLATE_NOOP("vocabulary", "A4")),
    (MeetingKind.ORDINARY, QT_TRANSLATE_NOOP("vocabulary", "Ordinaria")),
    (MeetingKind.EXTRAORDINARY, QT_TRANSLATE_NOOP("vocabulary", "Extraordinaria")),
    (MeetingStatus.CONVENED, QT_TRANSLATE_NOOP("vocabulary", "Convocada")),
    (MeetingStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("vocabulary", "En curso")),
    (MeetingStatus.CLOSED, QT_TRANSLATE_NOOP("vocabulary", "Cerrada")),
    (DraftKind.NACIMIENTO, QT_TRANSLATE_NOOP("vocabulary", "Nueva alianza (Nacimiento)")),
    (DraftKind.MEETING, QT_TRANSLATE_NOOP("vocabulary", "Sesión con socios")),
    (DraftKind.PUESTA_EN_MARCHA, QT_TRANSLATE_NOOP("vocabulary", "Puesta en marcha")),
    (DraftKind.REVIEW, QT_TRANSLATE_NOOP("vocabulary", "Revisión periódica (Consolidación)")),
    (DraftKind.PROYECCION, QT_TRANSLATE_NOOP("vocabulary", "Proyección")),
    (
        DraftKind.SYSTEMATIZATION,
        QT_TRANSLATE_NOOP("vocabulary", "Sistematización de la experiencia"),
    ),
    (AttendanceStatus.INVITED, QT_TRANSLATE_NOOP("vocabulary", "Convocado")),
    (AttendanceStatus.PRESENT, QT_TRANSLATE_NOOP("vocabulary", "Asistió")),
    (AttendanceStatus.EXCUSED, QT_TRANSLATE_NOOP("vocabulary", "Ausente con excusa")),
    (AttendanceStatus.ABSENT, QT_TRANSLATE_NOOP("vocabulary", "Ausente sin excusa")),
    (AuthorizationMethod.WRITTEN, QT_TRANSLATE_NOOP("vocabulary", "Por escrito (formato firmado)")),
    (AuthorizationMethod.ON_SCREEN, QT_TRANSLATE_NOOP("vocabulary", "En pantalla")),
    (AuthorizationMethod.VERBAL, QT_TRANSLATE_NOOP("vocabulary", "Verbal, con testigo")),
    (RequestKind.QUERY, QT_TRANSLATE_NOOP("vocabulary", "Consulta")),
    (RequestKind.CORRECTION, QT_TRANSLATE_NOOP("vocabulary", "Corrección o actualización")),
    (RequestKind.ERASURE, QT_TRANSLATE_NOOP("vocabulary", "Supresión")),
    (RequestKind.REVOCATION, QT_TRANSLATE_NOOP("vocabulary", "Revocatoria de la autorización")),
    (Sector.PUBLIC, QT_TRANSLATE_NOOP("vocabulary", "Público")),
    (Sector.PRIVATE, QT_TRANSLATE_NOOP("vocabulary", "Privado")),
    (Sector.CIVIL_SOCIETY, QT_TRANSLATE_NOOP("vocabulary", "Sociedad civil")),
    (Phase.BIRTH, QT_TRANSLATE_NOOP("vocabulary", "Nacimiento")),
    (Phase.START_UP, QT_TRANSLATE_NOOP("vocabulary", "Puesta en marcha")),
    (Phase.CONSOLIDATION, QT_TRANSLATE_NOOP("vocabulary", "Consolidación y sostenibilidad")),
    (Phase.PROJECTION, QT_TRANSLATE_NOOP("vocabulary", "Proyección")),
    (Condition.OPEN_RELATIONS, QT_TRANSLATE_NOOP("vocabulary", "Relaciones abiertas")),
    (Condition.ACTIVE_PARTNERS, QT_TRANSLATE_NOOP("vocabulary", "Socios activos")),
    (
        Condition.COMPLEMENTARY_CONTRIBUTIONS,
        QT_TRANSLATE_NOOP("vocabulary", "Complementariedad en los aportes"),
    ),
    (Condition.COMMON_PURPOSE, QT_TRANSLATE_NOOP("vocabulary", "Propósito común")),
    (Value.TRUST, QT_TRANSLATE_NOOP("vocabulary", "Confianza")),
    (Value.RESPECT, QT_TRANSLATE_NOOP("vocabulary", "Respeto")),
    (Value.INCLUSION, QT_TRANSLATE_NOOP("vocabulary", "Inclusión")),
    (Value.TRANSPARENCY, QT_TRANSLATE_NOOP("vocabulary", "Transparencia")),
    (Value.SHARED_RESPONSIBILITY, QT_TRANSLATE_NOOP("vocabulary", "Responsabilidad compartida")),
    (Logic.TECHNICAL, QT_TRANSLATE_NOOP("vocabulary", "Técnica")),
    (Logic.POLITICAL, QT_TRANSLATE_NOOP("vocabulary", "Política")),
    (Logic.ETHICAL, QT_TRANSLATE_NOOP("vocabulary", "Ética")),
    (ContributionKind.MONEY, QT_TRANSLATE_NOOP("vocabulary", "Dinero")),
    (ContributionKind.IN_KIND, QT_TRANSLATE_NOOP("vocabulary", "Especie")),
    (ContributionKind.TECHNICAL_KNOWLEDGE, QT_TRANSLATE_NOOP("vocabulary", "Conocimiento técnico")),
    (ContributionKind.HUMAN_TALENT, QT_TRANSLATE_NOOP("vocabulary", "Talento humano")),
    (
        ContributionKind.POLITICAL_BACKING,
        QT_TRANSLATE_NOOP("vocabulary", "Respaldo político/institucional"),
    ),
    (ContributionKind.OTHER, QT_TRANSLATE_NOOP("vocabulary", "Otro")),
    (Influence.HIGH, QT_TRANSLATE_NOOP("vocabulary", "Alta")),
    (Influence.MEDIUM, QT_TRANSLATE_NOOP("vocabulary", "Media")),
    (Influence.LOW, QT_TRANSLATE_NOOP("vocabulary", "Baja")),
    (Formality.FORMAL, QT_TRANSLATE_NOOP("vocabulary", "Formal (constituida jurídicamente)")),
    (Formality.INFORMAL, QT_TRANSLATE_NOOP("vocabulary", "Informal (sin constitución jurídica)")),
    (Complexity.SIMPLE, QT_TRANSLATE_NOOP("vocabulary", "Simple")),
    (Complexity.COMPLEX, QT_TRANSLATE_NOOP("vocabulary", "Compleja")),
    (ConflictLevel.EXTERNAL, QT_TRANSLATE_NOOP("vocabulary", "Aspectos externos")),
    (
        ConflictLevel.ALLIANCE_WORK,
        QT_TRANSLATE_NOOP("vocabulary", "Dificultades propias del trabajo en alianza"),
    ),
    (ConflictLevel.CRITICAL_INCIDENTS, QT_TRANSLATE_NOOP("vocabulary", "Incidentes críticos")),
    (ConflictStatus.OPEN, QT_TRANSLATE_NOOP("vocabulary", "Abierto")),
    (ConflictStatus.HANDLING, QT_TRANSLATE_NOOP("vocabulary", "En manejo")),
    (ConflictStatus.RESOLVED, QT_TRANSLATE_NOOP("vocabulary", "Resuelto")),
    (ConflictStatus.ESCALATED, QT_TRANSLATE_NOOP("vocabulary", "Escalado")),
    (ConflictHandling.DIRECT_DIALOGUE, QT_TRANSLATE_NOOP("vocabulary", "Diálogo directo")),
    (ConflictHandling.COMMITTEE, QT_TRANSLATE_NOOP("vocabulary", "Comité de la alianza")),
    (
        ConflictHandling.THIRD_PARTY_MEDIATION,
        QT_TRANSLATE_NOOP("vocabulary", "Mediación de un tercero"),
    ),
    (ConflictHandling.OTHER, QT_TRANSLATE_NOOP("vocabulary", "Otro")),
    (InformationChannel.MEETING, QT_TRANSLATE_NOOP("vocabulary", "Reunión")),
    (InformationChannel.WHATSAPP, QT_TRANSLATE_NOOP("vocabulary", "WhatsApp")),
    (InformationChannel.EMAIL, QT_TRANSLATE_NOOP("vocabulary", "Correo electrónico")),
    (InformationChannel.CALL, QT_TRANSLATE_NOOP("vocabulary", "Llamada")),
    (InformationChannel.NOTICE_BOARD, QT_TRANSLATE_NOOP("vocabulary", "Cartelera")),
    (InformationChannel.OTHER, QT_TRANSLATE_NOOP("vocabulary", "Otro")),
    (CoordinationRole.COORDINATION, QT_TRANSLATE_NOOP("vocabulary", "Coordinación")),
    (CoordinationRole.TECHNICAL_SECRETARIAT, QT_TRANSLATE_NOOP("vocabulary", "Secretaría técnica")),
    (CoordinationRole.TREASURY, QT_TRANSLATE_NOOP("vocabulary", "Tesorería")),
    (CoordinationRole.OVERSIGHT, QT_TRANSLATE_NOOP("vocabulary", "Veeduría")),
    (CoordinationRole.OTHER, QT_TRANSLATE_NOOP("vocabulary", "Otro")),
    (ActivityStatus.PENDING, QT_TRANSLATE_NOOP("vocabulary", "Pendiente")),
    (ActivityStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("vocabulary", "En curso")),
    (ActivityStatus.DONE, QT_TRANSLATE_NOOP("vocabulary", "Cumplida")),
    (ActivityStatus.CANCELLED, QT_TRANSLATE_NOOP("vocabulary", "Cancelada")),
    (DimensionGroup.CONDITION, QT_TRANSLATE_NOOP("vocabulary", "Condiciones")),
    (DimensionGroup.VALUE, QT_TRANSLATE_NOOP("vocabulary", "Valores")),
    (DimensionGroup.SUCCESS_FACTOR, QT_TRANSLATE_NOOP("vocabulary", "Factores de éxito")),
    (Benefit.SOCIAL_FABRIC, QT_TRANSLATE_NOOP("vocabulary", "Fortalecer el tejido social")),
    (
        Benefit.RESOURCES,
        QT_TRANSLATE_NOOP(
            "vocabulary", "Más recursos disponibles y mejor capacidad de respuesta institucional"
        ),
    ),
    (
        Benefit.SUSTAINABILITY,
        QT_TRANSLATE_NOOP("vocabulary", "Más garantías para la sostenibilidad de las iniciativas"),
    ),
    (Benefit.SOCIAL_LEARNING, QT_TRANSLATE_NOOP("vocabulary", "Mejor aprendizaje social")),
    (Benefit.DIVERSITY, QT_TRANSLATE_NOOP("vocabulary", "Comprender y valorar la diversidad")),
    (PolicyPath.PUBLIC_POLICY, QT_TRANSLATE_NOOP("vocabulary", "Política pública")),
    (PolicyPath.MUNICIPAL_PLAN, QT_TRANSLATE_NOOP("vocabulary", "Plan de desarrollo municipal")),
    (PolicyPath.PUBLIC_BUDGET, QT_TRANSLATE_NOOP("vocabulary", "Presupuesto público")),
    (
        PolicyPath.PARTNER_ORGANISATIONS,
        QT_TRANSLATE_NOOP("vocabulary", "Las organizaciones socias"),
    ),
    (PolicyPath.OTHER, QT_TRANSLATE_NOOP("vocabulary", "Otro")),
    (ReplicationKind.REPLICATION, QT_TRANSLATE_NOOP("vocabulary", "Réplica")),
    (ReplicationKind.SCALING, QT_TRANSLATE_NOOP("vocabulary", "Escalamiento")),
    (Health.GREEN, QT_TRANSLATE_NOOP("vocabulary", "Verde")),
    (Health.YELLOW, QT_TRANSLATE_NOOP("vocabulary", "Amarillo")),
    (Health.RED, QT_TRANSLATE_NOOP("vocabulary", "Rojo")),
    (
        ApplicationArea.PRODUCTIVITY,
        QT_TRANSLATE_NOOP("vocabulary", "Productividad agrícola o artesanal"),
    ),
    (
        ApplicationArea.EMPLOYMENT_INCOME,
        QT_TRANSLATE_NOOP("vocabulary", "Generación de empleo e ingresos"),
    ),
    (
        ApplicationArea.SPECIFIC_POPULATIONS,
        QT_TRANSLATE_NOOP("vocabulary", "Poblaciones específicas y servicios sociales"),
    ),
    (ApplicationArea.ACCESS_TO_JUSTICE, QT_TRANSLATE_NOOP("vocabulary", "Acceso a la justicia")),
    (
        ApplicationArea.INFRASTRUCTURE,
        QT_TRANSLATE_NOOP("vocabulary", "Infraestructura de servicios públicos y vivienda"),
    ),
    (
        ApplicationArea.LOCAL_DEVELOPMENT,
        QT_TRANSLATE_NOOP("vocabulary", "Desarrollo integral local"),
    ),
    (
        SuccessFactor.INFORMATION_EXCHANGE,
        QT_TRANSLATE_NOOP("vocabulary", "Fomentar el intercambio de información"),
    ),
    (
        SuccessFactor.PARTNER_STRENGTHS,
        QT_TRANSLATE_NOOP("vocabulary", "Enfatizar las fortalezas de los socios"),
    ),
    (SuccessFactor.FOLLOW_UP, QT_TRANSLATE_NOOP("vocabulary", "Hacer seguimiento")),
    (SuccessFactor.EVALUATION, QT_TRANSLATE_NOOP("vocabulary", "Evaluar")),
    (
        SuccessFactor.PROCESS_REFLECTION,
        QT_TRANSLATE_NOOP("vocabulary", "Reflexionar sobre los procesos"),
    ),
    (
        SuccessFactor.CONFLICT_MANAGEMENT,
        QT_TRANSLATE_NOOP("vocabulary", "Manejar adecuadamente los conflictos"),
    ),
    (
        SuccessFactor.TANGIBLE_RESULTS,
        QT_TRANSLATE_NOOP("vocabulary", "Lograr resultados tangibles"),
    ),
    (CommitmentStatus.PENDING, QT_TRANSLATE_NOOP("vocabulary", "Pendiente")),
    (CommitmentStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("vocabulary", "En curso")),
    (CommitmentStatus.DONE, QT_TRANSLATE_NOOP("vocabulary", "Cumplido")),
    (CommitmentStatus.UNMET, QT_TRANSLATE_NOOP("vocabulary", "Incumplido")),
    (CommitmentStatus.CANCELLED, QT_TRANSLATE_NOOP("vocabulary", "Cancelado")),
    (VersionStatus.DRAFT, QT_TRANSLATE_NOOP("vocabulary", "Borrador")),
    (VersionStatus.ISSUED, QT_TRANSLATE_NOOP("vocabulary", "Emitido")),
    (VersionStatus.SIGNED, QT_TRANSLATE_NOOP("vocabulary", "Firmado")),
)
_LABELS: dict[tuple[type, str], str] = {(type(m), m.value): t for m, t in _LABEL_PAIRS}

_DESCRIPTIONS: dict[StrEnum, str] = {
    ApplicationArea.PRODUCTIVITY: (
        QT_TRANSLATE_NOOP(
            "vocabulary",
            "Mejoramiento de la productividad agrícola o artesanal: asistencia técnica, "
            "acceso a mercados, asociatividad de productores.",
        )
    ),
    ApplicationArea.EMPLOYMENT_INCOME: (
        QT_TRANSLATE_NOOP(
            "vocabulary",
            "Generación de empleo e ingresos: emprendimientos, formación para el trabajo, "
            "encadenamientos productivos.",
        )
    ),
    ApplicationArea.SPECIFIC_POPULATIONS: (
        QT_TRANSLATE_NOOP(
            "vocabulary",
            "Programas especiales dirigidos a poblaciones específicas —niños, jóvenes, "
            "mujeres jefes de hogar— y mejoramiento de la calidad de los servicios sociales "
            "y de protección.",
        )
    ),
    ApplicationArea.ACCESS_TO_JUSTICE: (
        QT_TRANSLATE_NOOP(
            "vocabulary",
            "Acceso a servicios de justicia por parte de los grupos más pobres a través de "
            "mecanismos alternativos de resolución de conflictos.",
        )
    ),
    ApplicationArea.INFRASTRUCTURE: (
        QT_TRANSLATE_NOOP(
            "vocabulary",
            "Reducción del déficit en la infraestructura de servicios públicos: escuelas, "
            "centros de salud, agua, alcantarillado y vivienda de interés social.",
        )
    ),
    ApplicationArea.LOCAL_DEVELOPMENT: (
        QT_TRANSLATE_NOOP(
            "vocabulary",
            "Desarrollo integral local que combina dimensiones económicas, sociales y de "
            "protección del medio ambiente.",
        )
    ),
    Condition.OPEN_RELATIONS: (
        QT_TRANSLATE_NOOP(
            "vocabulary",
            "Los socios se comunican con franqueza, comparten información y conocen los "
            "intereses de los demás.",
        )
    ),
    Condition.ACTIVE_PARTNERS: (
        QT_TRANSLATE_NOOP(
            "vocabulary", "Cada socio participa en las decisiones y asume al menos un compromiso."
        )
    ),
    Condition.COMPLEMENTARY_CONTRIBUTIONS: (
        QT_TRANSLATE_NOOP(
            "vocabulary",
            "Los aportes de los socios se complementan: cada uno pone lo que los otros no tienen.",
        )
    ),
    Condition.COMMON_PURPOSE: (
        QT_TRANSLATE_NOOP(
            "vocabulary",
            "Todos reconocen un mismo propósito, claro y compartido, que orienta la alianza.",
        )
    ),
    Logic.TECHNICAL: QT_TRANSLATE_NOOP("vocabulary", "Promueve el logro y la eficiencia."),
    Logic.POLITICAL: QT_TRANSLATE_NOOP(
        "vocabulary", "Busca la negociación, la concertación y la definición del poder."
    ),
    Logic.ETHICAL: QT_TRANSLATE_NOOP(
        "vocabulary", "Se fundamenta en los valores y en la importancia de los procesos."
    ),
}

# The enums whose members have descriptions (their codes are unique among these).
_DESCRIBED = frozenset({ApplicationArea, Condition, Logic})
