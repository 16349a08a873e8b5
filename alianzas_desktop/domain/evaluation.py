"""What the periodic review (Consolidación) gathers, the dimensions it scores, and its rules.

A review is held with the partners every few months: the open commitments and
plan activities are followed up, the alliance is scored 1–5 on the seed's four
conditions, five values and seven success factors (by the group, and optionally
by each partner), and the partners reflect on what changed and decide how to
adapt — decisions that may become new commitments or plan activities.

These dataclasses travel between the wizard, its draft (JSON) and the service.
Validation returns Spanish messages keyed by field: "held_on",
"scores.<dimension>.score", "scores.<dimension>.partner.<membership>",
"decisions.<key>.deadline"… A dimension key is "<group>:<code>", e.g.
"valor:confianza".
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from alianzas_desktop.domain.fields import (
    LONG_TEXT_MAX,
    Errors,
    check_date,
    check_text,
    clean_text,
    is_reasonable_date,
    jsonable,
    known_fields,
    new_key,
    parse_date,
)
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, message
from alianzas_desktop.domain.vocabulary import (
    ActivityStatus,
    CommitmentStatus,
    Condition,
    ContributionKind,
    DimensionGroup,
    Logic,
    SuccessFactor,
    Value,
)

logger = logging.getLogger(__name__)

DOCUMENT_KIND = "evaluacion"
MIN_SCORE, MAX_SCORE = 1, 5
# Partners whose scores of one dimension lie this far apart see it differently.
DISAGREEMENT_SPREAD = 2
MAX_DECISIONS = 100
# A review older than this is a typing mistake, not a review being recorded late.
MAX_YEARS_BACK = 5

_GROUP_MEMBERS: dict[DimensionGroup, type[StrEnum]] = {
    DimensionGroup.CONDITION: Condition,
    DimensionGroup.VALUE: Value,
    DimensionGroup.SUCCESS_FACTOR: SuccessFactor,
}


class DecisionOutcome(StrEnum):
    """What a decision to adapt becomes when the review is stored."""

    RECORD = "registro"  # only written down in the review
    COMMITMENT = "compromiso"  # a new commitment of one partner
    ACTIVITY = "actividad"  # a new activity of the work plan


@dataclass(frozen=True)
class Dimension:
    group: DimensionGroup
    member: StrEnum

    @property
    def key(self) -> str:
        return dimension_key(self.group.value, self.member.value)

    @property
    def label(self) -> str:
        return self.member.label  # type: ignore[attr-defined]

    @property
    def seed_words(self) -> str:
        return SEED_WORDS.get(self.key, "")


def dimension_key(group: str, code: str) -> str:
    return f"{group}:{code}"


def dimensions(group: DimensionGroup | None = None) -> list[Dimension]:
    """The sixteen dimensions in the seed's order: conditions, values, success factors."""
    groups = [group] if group is not None else list(_GROUP_MEMBERS)
    return [Dimension(g, member) for g in groups for member in _GROUP_MEMBERS[g]]


def dimension_of(key: str) -> Dimension | None:
    return next((d for d in dimensions() if d.key == key), None)


# The seed's own words about each dimension (ficha de navegación), shown beside it.
SEED_WORDS: dict[str, str] = {
    "condicion:relaciones_abiertas": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "Existe una alianza donde se conjugan relaciones abiertas: los socios se comunican "
            "con franqueza, comparten información y conocen los intereses de los demás.",
        )
    ),
    "condicion:socios_activos": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "Socios activos: cada socio participa en las decisiones y asume al menos un "
            "compromiso.",
        )
    ),
    "condicion:complementariedad": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "Complementariedad en los aportes: cada socio pone lo que los otros no tienen.",
        )
    ),
    "condicion:proposito_comun": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "La claridad en el propósito es uno de los factores claves del éxito de las alianzas; "
            "de ella depende la solidez de la alianza.",
        )
    ),
    "valor:confianza": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "Valor que orienta el trabajo en alianza: los socios cuentan unos con otros y cumplen "
            "lo que acuerdan.",
        )
    ),
    "valor:respeto": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "Valor que orienta el trabajo en alianza: comprender y valorar la diversidad de los "
            "socios, sus culturas y sus tiempos.",
        )
    ),
    "valor:inclusion": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "Valor que orienta el trabajo en alianza: todas las voces —público, privado y sociedad "
            "civil— cuentan en las decisiones.",
        )
    ),
    "valor:transparencia": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "Valor que orienta el trabajo en alianza: la información, los recursos y las "
            "decisiones "
            "se conocen por todos.",
        )
    ),
    "valor:responsabilidad_compartida": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "Valor que orienta el trabajo en alianza: los resultados, buenos o malos, son de todos "
            "los socios.",
        )
    ),
    "factor:intercambio_informacion": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "Fomentar el intercambio de información: una de las acciones principales de la "
            "consolidación; requiere comunicación y trabajo en equipo.",
        )
    ),
    "factor:fortalezas_socios": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "Enfatizar las fortalezas de los socios: reconocer lo que cada uno sabe hacer mejor.",
        )
    ),
    "factor:seguimiento": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "Hacer seguimiento: revisar con regularidad los compromisos y el plan de trabajo.",
        )
    ),
    "factor:evaluacion": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "Evaluar: la evaluación, si bien es un instrumento de control, es sobre todo una "
            "oportunidad de reflexionar para cambiar y actuar frente a los cambios del entorno.",
        )
    ),
    "factor:reflexion_procesos": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "Reflexionar sobre los procesos: el análisis y la interpretación permiten a los socios "
            "hacer adaptaciones y tomar decisiones.",
        )
    ),
    "factor:manejo_conflictos": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "Manejar adecuadamente los conflictos: los aspectos externos, las dificultades propias "
            "del trabajo en alianza y los incidentes críticos.",
        )
    ),
    "factor:resultados_tangibles": (
        QT_TRANSLATE_NOOP(
            "evaluation",
            "Lograr resultados tangibles: lo que los socios y la comunidad pueden ver y contar.",
        )
    ),
}


# -- the review's data ------------------------------------------------------------------------


@dataclass
class ScoreEntry:
    """One dimension's score by the group, each partner's (membership id → score), a comment."""

    group: str = ""
    dimension: str = ""
    score: int | None = None
    comment: str = ""
    partner_scores: dict[str, int | None] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return dimension_key(self.group, self.dimension)


@dataclass
class CommitmentFollowUp:
    """The status an open commitment gets at this review (unchanged when equal)."""

    commitment_id: str = ""
    status: str = CommitmentStatus.PENDING.value
    note: str = ""


@dataclass
class ActivityFollowUp:
    activity_id: str = ""
    status: str = ActivityStatus.PENDING.value
    note: str = ""


@dataclass
class AdaptationDecision:
    """A decision to adapt; as a commitment it needs a partner, deadline, kind and logic;
    as a plan activity a responsible partner and an end date."""

    key: str = field(default_factory=new_key)
    text: str = ""
    outcome: str = DecisionOutcome.RECORD.value
    membership_id: str = ""
    deadline: date | None = None
    kind: str = ContributionKind.IN_KIND.value
    logic: str = Logic.TECHNICAL.value


@dataclass
class ReviewData:
    alliance_id: str = ""
    held_on: date | None = None
    follow_ups: list[CommitmentFollowUp] = field(default_factory=list)
    activities: list[ActivityFollowUp] = field(default_factory=list)
    by_partner: bool = False
    scores: list[ScoreEntry] = field(default_factory=list)
    context_changes: str = ""
    learnings: str = ""
    decisions: list[AdaptationDecision] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return jsonable(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReviewData:
        values = known_fields(cls, data)
        values["held_on"] = parse_date(values.get("held_on"))
        values["by_partner"] = bool(values.get("by_partner"))
        values["follow_ups"] = [
            CommitmentFollowUp(**known_fields(CommitmentFollowUp, f))
            for f in data.get("follow_ups") or []
        ]
        values["activities"] = [
            ActivityFollowUp(**known_fields(ActivityFollowUp, a))
            for a in data.get("activities") or []
        ]
        scores = []
        for item in data.get("scores") or []:
            entry = ScoreEntry(**known_fields(ScoreEntry, item))
            entry.score = _score_or_none(entry.score)
            entry.partner_scores = {
                str(k): _score_or_none(v) for k, v in dict(entry.partner_scores or {}).items()
            }
            scores.append(entry)
        values["scores"] = scores
        decisions = []
        for item in data.get("decisions") or []:
            decision = AdaptationDecision(**known_fields(AdaptationDecision, item))
            decision.deadline = parse_date(decision.deadline)
            decisions.append(decision)
        values["decisions"] = decisions
        return cls(**values)

    def score_for(self, key: str) -> ScoreEntry | None:
        return next((s for s in self.scores if s.key == key), None)


def _score_or_none(value: Any) -> int | None:
    try:
        return int(value) if value is not None and value != "" else None
    except (TypeError, ValueError):
        return None


def blank_scores() -> list[ScoreEntry]:
    return [ScoreEntry(group=d.group.value, dimension=d.member.value) for d in dimensions()]


def complete_scores(scores: list[ScoreEntry]) -> list[ScoreEntry]:
    """Every dimension once, in the seed's order, keeping what ``scores`` already says."""
    known = {s.key: s for s in scores}
    return [known.get(blank.key, blank) for blank in blank_scores()]


# -- rules ------------------------------------------------------------------------------------


def is_valid_score(value: int | None) -> bool:
    return isinstance(value, int) and MIN_SCORE <= value <= MAX_SCORE


def disagreement(partner_scores: dict[str, int | None]) -> bool:
    """Partners disagree on a dimension when their scores lie ``DISAGREEMENT_SPREAD`` apart."""
    given = [s for s in partner_scores.values() if is_valid_score(s)]
    return len(given) >= 2 and max(given) - min(given) >= DISAGREEMENT_SPREAD


def group_average(scores: dict[str, int | None], group: DimensionGroup) -> float | None:
    """The mean score of a group's dimensions (keys "<group>:<code>"), or None if none scored."""
    found = [v for k, v in scores.items() if k.startswith(group.value + ":") and is_valid_score(v)]
    return round(sum(found) / len(found), 2) if found else None


def validate_follow_up(data: ReviewData, today: date | None = None) -> Errors:
    today = today or date.today()
    errors: Errors = {}
    if data.held_on is None:
        errors["held_on"] = QT_TRANSLATE_NOOP("errores", "Indique la fecha de la revisión.")
    elif data.held_on > today:
        errors["held_on"] = QT_TRANSLATE_NOOP(
            "errores", "La fecha de la revisión no puede ser posterior a hoy."
        )
    elif not is_reasonable_date(data.held_on, today):
        # Before 1990: the words every form gives an unreasonable date.
        check_date(
            errors,
            "held_on",
            data.held_on,
            required=True,
            today=today,
            what=QT_TRANSLATE_NOOP("errores", "la fecha"),
        )
    elif data.held_on.year < today.year - MAX_YEARS_BACK:
        errors["held_on"] = QT_TRANSLATE_NOOP("errores", "La fecha de la revisión no es razonable.")
    statuses = {s.value for s in CommitmentStatus}
    for follow in data.follow_ups:
        if follow.status not in statuses:
            errors[f"follow_ups.{follow.commitment_id}.status"] = QT_TRANSLATE_NOOP(
                "errores", "Elija el estado."
            )
        check_text(
            errors,
            f"follow_ups.{follow.commitment_id}.note",
            follow.note,
            required=False,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "la nota"),
        )
    activity_statuses = {s.value for s in ActivityStatus}
    for activity in data.activities:
        if activity.status not in activity_statuses:
            errors[f"activities.{activity.activity_id}.status"] = QT_TRANSLATE_NOOP(
                "errores", "Elija el estado."
            )
        check_text(
            errors,
            f"activities.{activity.activity_id}.note",
            activity.note,
            required=False,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "la nota"),
        )
    return errors


def validate_scores(data: ReviewData) -> Errors:
    errors: Errors = {}
    known = {d.key for d in dimensions()}
    scored = {s.key for s in data.scores}
    for key in sorted(known - scored):
        errors[f"scores.{key}.score"] = QT_TRANSLATE_NOOP("errores", "Califique de 1 a 5.")
    for entry in data.scores:
        prefix = f"scores.{entry.key}."
        if entry.key not in known:
            errors[prefix + "score"] = QT_TRANSLATE_NOOP("errores", "Dimensión desconocida.")
            continue
        if not is_valid_score(entry.score):
            errors[prefix + "score"] = QT_TRANSLATE_NOOP("errores", "Califique de 1 a 5.")
        for membership_id, value in entry.partner_scores.items() if data.by_partner else ():
            if value is not None and not is_valid_score(value):
                errors[prefix + f"partner.{membership_id}"] = QT_TRANSLATE_NOOP(
                    "errores", "Cada socio califica de 1 a 5."
                )
        check_text(
            errors,
            prefix + "comment",
            entry.comment,
            required=False,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "el comentario"),
        )
    if any(k.startswith("scores.") for k in errors):
        errors["scores"] = QT_TRANSLATE_NOOP(
            "errores", "Falta calificar algunas dimensiones, o hay calificaciones inválidas."
        )
    return errors


def validate_reflection(data: ReviewData, today: date | None = None) -> Errors:
    today = today or date.today()
    errors: Errors = {}
    for name, what in (
        ("context_changes", QT_TRANSLATE_NOOP("errores", "qué cambió")),
        ("learnings", QT_TRANSLATE_NOOP("errores", "lo aprendido")),
    ):
        check_text(
            errors, name, getattr(data, name), required=False, limit=LONG_TEXT_MAX, what=what
        )
    if len(data.decisions) > MAX_DECISIONS:
        errors["decisions"] = message(
            QT_TRANSLATE_NOOP("errores", "Registre como máximo {count} decisiones."),
            count=MAX_DECISIONS,
        )
    outcomes = {o.value for o in DecisionOutcome}
    for decision in data.decisions:
        prefix = f"decisions.{decision.key}."
        check_text(
            errors,
            prefix + "text",
            decision.text,
            required=True,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "la decisión"),
        )
        if decision.outcome not in outcomes:
            errors[prefix + "outcome"] = QT_TRANSLATE_NOOP(
                "errores", "Elija en qué se convierte la decisión."
            )
            continue
        if decision.outcome == DecisionOutcome.RECORD.value:
            continue
        if not decision.membership_id:
            errors[prefix + "membership_id"] = QT_TRANSLATE_NOOP(
                "errores", "Elija el socio responsable."
            )
        if decision.deadline is None:
            errors[prefix + "deadline"] = QT_TRANSLATE_NOOP("errores", "Indique la fecha límite.")
        elif not is_reasonable_date(decision.deadline, today):
            errors[prefix + "deadline"] = QT_TRANSLATE_NOOP(
                "errores", "La fecha límite no es razonable."
            )
        elif data.held_on and decision.deadline < data.held_on:
            errors[prefix + "deadline"] = QT_TRANSLATE_NOOP(
                "errores", "La fecha límite es anterior a la revisión."
            )
        if decision.outcome == DecisionOutcome.COMMITMENT.value:
            if decision.kind not in {k.value for k in ContributionKind}:
                errors[prefix + "kind"] = QT_TRANSLATE_NOOP("errores", "Elija el tipo de aporte.")
            if decision.logic not in {k.value for k in Logic}:
                errors[prefix + "logic"] = QT_TRANSLATE_NOOP(
                    "errores", "Elija la lógica del compromiso."
                )
    return errors


def validate_review(data: ReviewData, today: date | None = None) -> Errors:
    errors: Errors = {}
    errors.update(validate_follow_up(data, today))
    errors.update(validate_scores(data))
    errors.update(validate_reflection(data, today))
    return errors


def decision_title(text: str, limit: int = 200) -> str:
    """A plan activity's title from a decision's text: its first line, cut to ``limit``."""
    first = clean_text(text).splitlines()[0] if clean_text(text) else ""
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


# -- what the informe de evaluación prints ---------------------------------------------------


@dataclass(frozen=True)
class DimensionResult:
    key: str
    group: str
    label: str
    seed_words: str
    score: int | None
    previous: int | None
    comment: str
    partner_scores: tuple[tuple[str, int | None], ...]  # (organisation, score)
    disagreement: bool


@dataclass(frozen=True)
class FollowUpLine:
    description: str
    organization: str
    previous_status: str  # label
    status: str  # label
    note: str


@dataclass(frozen=True)
class DecisionLine:
    text: str
    outcome: str  # DecisionOutcome code
    organization: str
    deadline: date | None


@dataclass(frozen=True)
class Fulfilment:
    organization: str
    fulfilled: int
    total: int

    @property
    def fraction(self) -> float:
        return self.fulfilled / self.total if self.total else 0.0


@dataclass(frozen=True)
class EvaluationDocument:
    """Everything the informe de evaluación prints, ready for the PDF and the charts."""

    evaluation_id: str
    alliance_id: str
    alliance_name: str
    territory: str
    held_on: date
    previous_on: date | None
    dimensions: tuple[DimensionResult, ...]
    follow_ups: tuple[FollowUpLine, ...]
    activities: tuple[FollowUpLine, ...]
    context_changes: str
    learnings: str
    decisions: tuple[DecisionLine, ...]
    # (date, {dimension key: group score}) for every evaluation up to this one, oldest first
    history: tuple[tuple[date, dict[str, int]], ...]
    fulfilment: tuple[Fulfilment, ...]
    verification_code: str = ""
    # The printing device's ``firma:1.…`` (services.document_signing), in the QR.
    signature: str = ""

    def content(self) -> dict[str, Any]:
        """What the verification code covers."""
        return jsonable(
            {
                "alianza": self.alliance_id,
                "fecha": self.held_on,
                "puntajes": {d.key: d.score for d in self.dimensions},
                "comentarios": {d.key: d.comment for d in self.dimensions if d.comment},
                "decisiones": [d.text for d in self.decisions],
                "cambios": self.context_changes,
                "aprendizajes": self.learnings,
            }
        )
