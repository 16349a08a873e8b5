"""The systematization of an alliance's experience (Óscar Jara's five moments) and its lessons.

These dataclasses travel between the wizard, its draft (JSON) and the service:
``SystematizationData`` holds the five moments, the facilitator's touches on the
automatic chronology (``NoteEntry``: a note, a hidden event, an own milestone)
and the lessons (``LessonEntry``). Validation returns Spanish messages keyed by
field ("purpose", "period_to", "notes.<key>.milestone_on", "lessons.<key>.what_happened"…).

The chronology itself is a list of ``ChronologyEvent`` built by
``services.chronology`` from the records; ``merge_chronology`` lays the notes over it.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from alianzas_desktop.domain.fields import (
    LONG_TEXT_MAX,
    SHORT_TEXT_MAX,
    Errors,
    check_date,
    check_text,
    clean_text,
    jsonable,
    known_fields,
    new_key,
    parse_date,
)
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, message
from alianzas_desktop.domain.vocabulary import (
    ApplicationArea,
    Condition,
    DimensionGroup,
    Phase,
    SuccessFactor,
    Value,
)

logger = logging.getLogger(__name__)

DOCUMENT_KIND = "sistematizacion"
MAX_LESSONS = 100
MAX_NOTES = 500
TAGS_MAX = 400


class ChronologyKind(StrEnum):
    """What kind of moment a chronology event is; ``label`` is its Spanish name."""

    FOUNDED = "fundacion"
    AGREEMENT_ISSUED = "acuerdo_emitido"
    AGREEMENT_SIGNED = "acuerdo_firmado"
    PHASE_CHANGE = "cambio_fase"
    FORMALIZATION = "formalizacion"
    MEETING_CONVENED = "sesion_convocada"
    MEETING_CLOSED = "sesion_realizada"
    COMMITMENT_MADE = "compromiso_adquirido"
    COMMITMENT_FULFILLED = "compromiso_cumplido"
    COMMITMENT_UNMET = "compromiso_incumplido"
    PARTNER_RETIRED = "socio_retirado"
    EVALUATION = "evaluacion"
    CONFLICT_OPENED = "conflicto_abierto"
    CONFLICT_RESOLVED = "conflicto_resuelto"
    SUSTAINABILITY = "sostenibilidad"
    BENEFIT = "beneficio"
    MILESTONE = "hito"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ChronologyKind.FOUNDED: QT_TRANSLATE_NOOP("vocabulary", "Fundación"),
    ChronologyKind.AGREEMENT_ISSUED: QT_TRANSLATE_NOOP("vocabulary", "Acuerdo emitido"),
    ChronologyKind.AGREEMENT_SIGNED: QT_TRANSLATE_NOOP("vocabulary", "Acuerdo firmado"),
    ChronologyKind.PHASE_CHANGE: QT_TRANSLATE_NOOP("vocabulary", "Cambio de fase"),
    ChronologyKind.FORMALIZATION: QT_TRANSLATE_NOOP("vocabulary", "Formalización"),
    ChronologyKind.MEETING_CONVENED: QT_TRANSLATE_NOOP("vocabulary", "Sesión convocada"),
    ChronologyKind.MEETING_CLOSED: QT_TRANSLATE_NOOP("vocabulary", "Sesión realizada"),
    ChronologyKind.COMMITMENT_MADE: QT_TRANSLATE_NOOP("vocabulary", "Compromiso adquirido"),
    ChronologyKind.COMMITMENT_FULFILLED: QT_TRANSLATE_NOOP("vocabulary", "Compromiso cumplido"),
    ChronologyKind.COMMITMENT_UNMET: QT_TRANSLATE_NOOP("vocabulary", "Compromiso incumplido"),
    ChronologyKind.PARTNER_RETIRED: QT_TRANSLATE_NOOP("vocabulary", "Retiro de un socio"),
    ChronologyKind.EVALUATION: QT_TRANSLATE_NOOP("vocabulary", "Evaluación"),
    ChronologyKind.CONFLICT_OPENED: QT_TRANSLATE_NOOP("vocabulary", "Conflicto"),
    ChronologyKind.CONFLICT_RESOLVED: QT_TRANSLATE_NOOP("vocabulary", "Conflicto resuelto"),
    ChronologyKind.SUSTAINABILITY: QT_TRANSLATE_NOOP("vocabulary", "Sostenibilidad"),
    ChronologyKind.BENEFIT: QT_TRANSLATE_NOOP("vocabulary", "Beneficio observado"),
    ChronologyKind.MILESTONE: QT_TRANSLATE_NOOP("vocabulary", "Hito"),
}
# Events of one day keep the order in which they happen in an alliance's life.
KIND_ORDER = {kind: position for position, kind in enumerate(ChronologyKind)}


def kind_label(code: str) -> str:
    try:
        return ChronologyKind(code).label
    except ValueError:
        return code


@dataclass(frozen=True)
class ChronologyEvent:
    """One moment of the alliance's life, automatic (from a record) or added by hand."""

    key: str
    date: date
    kind: str
    title: str
    detail: str = ""
    note: str = ""
    hidden: bool = False
    added: bool = False

    def sort_key(self) -> tuple:
        return (self.date, KIND_ORDER.get(self.kind, len(KIND_ORDER)), self.key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "date": self.date.isoformat(),
            "kind": self.kind,
            "kind_label": kind_label(self.kind),
            "title": self.title,
            "detail": self.detail,
            "note": self.note,
            "hidden": self.hidden,
            "added": self.added,
        }


def sorted_events(events: list[ChronologyEvent]) -> list[ChronologyEvent]:
    return sorted(events, key=ChronologyEvent.sort_key)


MILESTONE_PREFIX = "hito:"


@dataclass
class NoteEntry:
    """The facilitator's touch: on an automatic event (``event_key``) a note or hiding it;
    without ``event_key``, a milestone of their own (date and title)."""

    key: str = field(default_factory=new_key)
    event_key: str = ""
    note: str = ""
    hidden: bool = False
    milestone_on: date | None = None
    milestone_title: str = ""

    @property
    def is_milestone(self) -> bool:
        return not self.event_key

    @property
    def milestone_key(self) -> str:
        return MILESTONE_PREFIX + self.key


def merge_chronology(
    automatic: list[ChronologyEvent], notes: list[NoteEntry]
) -> list[ChronologyEvent]:
    """The automatic events with their notes and hidden marks, plus the own milestones,
    in date order. Hidden events stay in the list (marked), so they can be shown again."""
    touches = {n.event_key: n for n in notes if n.event_key}
    merged = []
    for event in automatic:
        touch = touches.get(event.key)
        if touch is not None:
            event = replace(event, note=clean_text(touch.note), hidden=touch.hidden)
        merged.append(event)
    for note in notes:
        if note.is_milestone and note.milestone_on is not None:
            merged.append(
                ChronologyEvent(
                    key=note.milestone_key,
                    date=note.milestone_on,
                    kind=ChronologyKind.MILESTONE.value,
                    title=clean_text(note.milestone_title),
                    note=clean_text(note.note),
                    hidden=note.hidden,
                    added=True,
                )
            )
    return sorted_events(merged)


# -- lessons -----------------------------------------------------------------------------------


@dataclass
class LessonEntry:
    """A lesson: what happened, why it matters, the recommendation; tags to find it again."""

    key: str = field(default_factory=new_key)
    what_happened: str = ""
    why_it_matters: str = ""
    recommendation: str = ""
    phase: str = ""
    condition: str = ""
    success_factor: str = ""
    area: str = ""
    tags: str = ""


def split_tags(text: str) -> list[str]:
    """Free tags typed "mujeres, mercados; Cacao" → ["mujeres", "mercados", "Cacao"]."""
    seen: list[str] = []
    for part in clean_text(text).replace(";", ",").split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in {t.casefold() for t in seen}:
            seen.append(tag)
    return seen


def join_tags(tags: list[str]) -> str:
    return ", ".join(tags)


# -- the guided questions of the Reflexión de fondo ---------------------------------------------


@dataclass(frozen=True)
class GuidedQuestion:
    code: str  # "<group>:<dimension>", the same key the evaluations use
    group: str
    dimension: str
    text: str


_QUESTIONS: tuple[tuple[DimensionGroup, StrEnum, str], ...] = (
    (
        DimensionGroup.CONDITION,
        Condition.OPEN_RELATIONS,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion",
            "¿Las relaciones entre los socios fueron abiertas y horizontales? ¿Qué lo permitió o "
            "qué lo impidió?",
        ),
    ),
    (
        DimensionGroup.CONDITION,
        Condition.ACTIVE_PARTNERS,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion",
            "¿Los socios participaron activamente todo el tiempo? ¿Cuándo se alejaron y por qué?",
        ),
    ),
    (
        DimensionGroup.CONDITION,
        Condition.COMPLEMENTARY_CONTRIBUTIONS,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion",
            "¿Los aportes de los socios se complementaron? ¿Qué faltó y quién lo puso?",
        ),
    ),
    (
        DimensionGroup.CONDITION,
        Condition.COMMON_PURPOSE,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion",
            "¿El propósito común se mantuvo claro y compartido? ¿Cambió en el camino?",
        ),
    ),
    (
        DimensionGroup.VALUE,
        Value.TRUST,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion",
            "¿Cómo se construyó (o se perdió) la confianza entre los socios? ¿Qué hechos la "
            "marcaron?",
        ),
    ),
    (
        DimensionGroup.VALUE,
        Value.RESPECT,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion",
            "¿Se respetaron las diferencias de cultura, de saber y de ritmo entre los socios?",
        ),
    ),
    (
        DimensionGroup.VALUE,
        Value.INCLUSION,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion",
            "¿Quiénes participaron en las decisiones y quiénes quedaron por fuera? ¿Por qué?",
        ),
    ),
    (
        DimensionGroup.VALUE,
        Value.TRANSPARENCY,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion",
            "¿La información y el manejo de los recursos fueron transparentes para todos?",
        ),
    ),
    (
        DimensionGroup.VALUE,
        Value.SHARED_RESPONSIBILITY,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion", "¿Los socios asumieron juntos los resultados, los buenos y los malos?"
        ),
    ),
    (
        DimensionGroup.SUCCESS_FACTOR,
        SuccessFactor.INFORMATION_EXCHANGE,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion",
            "¿La información circuló a tiempo entre los socios y hacia la comunidad?",
        ),
    ),
    (
        DimensionGroup.SUCCESS_FACTOR,
        SuccessFactor.PARTNER_STRENGTHS,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion", "¿Se aprovecharon las fortalezas de cada socio? ¿Cuál fue decisiva?"
        ),
    ),
    (
        DimensionGroup.SUCCESS_FACTOR,
        SuccessFactor.FOLLOW_UP,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion",
            "¿El seguimiento de los compromisos ayudó a cumplirlos? ¿Qué se hizo cuando no?",
        ),
    ),
    (
        DimensionGroup.SUCCESS_FACTOR,
        SuccessFactor.EVALUATION,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion", "¿Las evaluaciones llevaron a decisiones y cambios reales?"
        ),
    ),
    (
        DimensionGroup.SUCCESS_FACTOR,
        SuccessFactor.PROCESS_REFLECTION,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion", "¿Se tomaron tiempo para reflexionar sobre cómo trabajaban juntos?"
        ),
    ),
    (
        DimensionGroup.SUCCESS_FACTOR,
        SuccessFactor.CONFLICT_MANAGEMENT,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion", "¿Cómo se manejaron los conflictos? ¿Qué dejaron a la alianza?"
        ),
    ),
    (
        DimensionGroup.SUCCESS_FACTOR,
        SuccessFactor.TANGIBLE_RESULTS,
        QT_TRANSLATE_NOOP(
            "GuidedQuestion", "¿Qué resultados tangibles se lograron, y cuáles motivaron a seguir?"
        ),
    ),
)


def guided_questions() -> list[GuidedQuestion]:
    """The sixteen questions of the Reflexión de fondo: four conditions, five values and
    seven success factors, in the seed's order."""
    return [
        GuidedQuestion(f"{group.value}:{member.value}", group.value, member.value, text)
        for group, member, text in _QUESTIONS
    ]


def question_of(code: str) -> GuidedQuestion | None:
    return next((q for q in guided_questions() if q.code == code), None)


# -- the wizard's data ---------------------------------------------------------------------------


@dataclass
class SystematizationData:
    alliance_id: str = ""
    systematization_id: str = ""
    # 1. Punto de partida
    participants: str = ""
    records_available: str = ""
    # 2. Preguntas iniciales
    purpose: str = ""
    period_from: date | None = None
    period_to: date | None = None
    place: str = ""
    central_axis: str = ""
    # 3. Recuperación del proceso vivido
    notes: list[NoteEntry] = field(default_factory=list)
    # 4. Reflexión de fondo: question code → answer
    reflection: dict[str, str] = field(default_factory=dict)
    # 5. Puntos de llegada
    conclusions: str = ""
    lessons: list[LessonEntry] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return jsonable(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SystematizationData:
        values = known_fields(cls, data)
        values["period_from"] = parse_date(values.get("period_from"))
        values["period_to"] = parse_date(values.get("period_to"))
        notes = []
        for item in data.get("notes") or []:
            note = NoteEntry(**known_fields(NoteEntry, item))
            note.milestone_on = parse_date(note.milestone_on)
            note.hidden = bool(note.hidden)
            notes.append(note)
        values["notes"] = notes
        values["lessons"] = [
            LessonEntry(**known_fields(LessonEntry, item)) for item in data.get("lessons") or []
        ]
        values["reflection"] = {
            str(k): str(v or "") for k, v in dict(data.get("reflection") or {}).items()
        }
        return cls(**values)

    # -- the notes over the chronology ---------------------------------------------------------

    def note_for(self, event_key: str) -> NoteEntry | None:
        if event_key.startswith(MILESTONE_PREFIX):
            key = event_key[len(MILESTONE_PREFIX) :]
            return next((n for n in self.notes if n.is_milestone and n.key == key), None)
        return next((n for n in self.notes if n.event_key == event_key), None)

    def touch(self, event_key: str) -> NoteEntry:
        """The note of an event, created when it has none yet."""
        found = self.note_for(event_key)
        if found is None:
            found = NoteEntry(event_key=event_key)
            self.notes.append(found)
        return found


# -- checking ------------------------------------------------------------------------------------


def validate_start(data: SystematizationData) -> Errors:
    errors: Errors = {}
    check_text(
        errors,
        "participants",
        data.participants,
        required=True,
        limit=LONG_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "quiénes participan en la sistematización"),
    )
    check_text(
        errors,
        "records_available",
        data.records_available,
        required=False,
        limit=LONG_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "los registros"),
    )
    return errors


def validate_questions(data: SystematizationData, today: date | None = None) -> Errors:
    today = today or date.today()
    errors: Errors = {}
    check_text(
        errors,
        "purpose",
        data.purpose,
        required=True,
        limit=LONG_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "para qué se sistematiza la experiencia"),
    )
    check_date(
        errors,
        "period_from",
        data.period_from,
        required=True,
        today=today,
        what=QT_TRANSLATE_NOOP("errores", "desde cuándo"),
    )
    check_date(
        errors,
        "period_to",
        data.period_to,
        required=True,
        today=today,
        what=QT_TRANSLATE_NOOP("errores", "hasta cuándo"),
    )
    if (
        "period_from" not in errors
        and "period_to" not in errors
        and data.period_from
        and data.period_to
        and data.period_to < data.period_from
    ):
        errors["period_to"] = QT_TRANSLATE_NOOP("errores", "El periodo termina antes de empezar.")
    check_text(
        errors,
        "place",
        data.place,
        required=False,
        limit=SHORT_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "el lugar"),
    )
    check_text(
        errors,
        "central_axis",
        data.central_axis,
        required=True,
        limit=LONG_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "el eje central de la sistematización"),
    )
    return errors


def validate_chronology(data: SystematizationData, today: date | None = None) -> Errors:
    today = today or date.today()
    errors: Errors = {}
    if len(data.notes) > MAX_NOTES:
        errors["notes"] = message(
            QT_TRANSLATE_NOOP("errores", "Demasiadas notas en la cronología: máximo {count}."),
            count=MAX_NOTES,
        )
    for note in data.notes:
        prefix = f"notes.{note.key}."
        check_text(errors, prefix + "note", note.note, required=False, limit=LONG_TEXT_MAX, what="")
        if note.is_milestone:
            check_text(
                errors,
                prefix + "milestone_title",
                note.milestone_title,
                required=True,
                limit=SHORT_TEXT_MAX,
                what=QT_TRANSLATE_NOOP("errores", "el nombre del hito"),
            )
            check_date(
                errors,
                prefix + "milestone_on",
                note.milestone_on,
                required=True,
                today=today,
                what=QT_TRANSLATE_NOOP("errores", "la fecha del hito"),
            )
    return errors


def validate_reflection(data: SystematizationData) -> Errors:
    errors: Errors = {}
    codes = {q.code for q in guided_questions()}
    for code, answer in data.reflection.items():
        if code in codes:
            check_text(
                errors, f"reflection.{code}", answer, required=False, limit=LONG_TEXT_MAX, what=""
            )
    if not any(clean_text(a) for c, a in data.reflection.items() if c in codes):
        errors["reflection"] = QT_TRANSLATE_NOOP(
            "errores", "Responda al menos una de las preguntas de la reflexión."
        )
    return errors


_TAG_VOCABULARIES = {
    "phase": Phase,
    "condition": Condition,
    "success_factor": SuccessFactor,
    "area": ApplicationArea,
}


def validate_arrival(data: SystematizationData) -> Errors:
    errors: Errors = {}
    check_text(
        errors,
        "conclusions",
        data.conclusions,
        required=True,
        limit=LONG_TEXT_MAX,
        what=QT_TRANSLATE_NOOP("errores", "las conclusiones"),
    )
    if not data.lessons:
        errors["lessons"] = QT_TRANSLATE_NOOP("errores", "Escriba al menos una lección aprendida.")
    elif len(data.lessons) > MAX_LESSONS:
        errors["lessons"] = message(
            QT_TRANSLATE_NOOP("errores", "Demasiadas lecciones: máximo {count}."), count=MAX_LESSONS
        )
    for lesson in data.lessons:
        prefix = f"lessons.{lesson.key}."
        check_text(
            errors,
            prefix + "what_happened",
            lesson.what_happened,
            required=True,
            limit=LONG_TEXT_MAX,
            what=QT_TRANSLATE_NOOP("errores", "qué pasó"),
        )
        for attr in ("why_it_matters", "recommendation"):
            check_text(
                errors,
                prefix + attr,
                getattr(lesson, attr),
                required=False,
                limit=LONG_TEXT_MAX,
                what="",
            )
        check_text(errors, prefix + "tags", lesson.tags, required=False, limit=TAGS_MAX, what="")
        for attr, enum_cls in _TAG_VOCABULARIES.items():
            code = getattr(lesson, attr)
            if code and code not in {m.value for m in enum_cls}:
                errors[prefix + attr] = QT_TRANSLATE_NOOP(
                    "errores", "Elija una opción de la lista."
                )
    return errors


def validate_systematization(data: SystematizationData, today: date | None = None) -> Errors:
    errors: Errors = {}
    errors.update(validate_start(data))
    errors.update(validate_questions(data, today))
    errors.update(validate_chronology(data, today))
    errors.update(validate_reflection(data))
    errors.update(validate_arrival(data))
    return errors


# -- what the informe prints ---------------------------------------------------------------------


@dataclass(frozen=True)
class ReflectionAnswer:
    code: str
    group: str
    label: str  # the dimension's Spanish name
    question: str
    answer: str


@dataclass(frozen=True)
class LessonLine:
    what_happened: str
    why_it_matters: str
    recommendation: str
    tags: tuple[str, ...]  # labels of phase, condition, factor, area, then the free tags


@dataclass(frozen=True)
class SystematizationDocument:
    """Everything the informe de sistematización prints."""

    systematization_id: str
    alliance_id: str
    alliance_name: str
    territory: str
    phase_label: str
    participants: str
    records_available: str
    purpose: str
    period_from: date | None
    period_to: date | None
    place: str
    central_axis: str
    chronology: tuple[ChronologyEvent, ...]  # visible events only, in date order
    reflection: tuple[ReflectionAnswer, ...]
    conclusions: str
    lessons: tuple[LessonLine, ...]
    completed_on: date | None
    verification_code: str = ""

    def content(self) -> dict[str, Any]:
        """What the verification code covers."""
        return jsonable(
            {
                "alianza": self.alliance_id,
                "sistematizacion": self.systematization_id,
                "proposito": self.purpose,
                "eje": self.central_axis,
                "reflexion": {r.code: r.answer for r in self.reflection},
                "conclusiones": self.conclusions,
                "lecciones": [lesson.what_happened for lesson in self.lessons],
            }
        )


# -- the ficha de la alianza ----------------------------------------------------------------------

PROFILE_KIND = "ficha"


@dataclass(frozen=True)
class ProfilePartner:
    organization: str
    sector: str  # code
    sector_label: str
    contribution: str


@dataclass(frozen=True)
class ProfileContribution:
    kind_label: str
    count: int
    value: int  # pesos estimated, 0 when none


@dataclass(frozen=True)
class ProfileDocument:
    """Everything the one-page ficha de la alianza prints."""

    alliance_id: str
    alliance_name: str
    territory: str
    area_label: str
    phase_label: str
    start_date: date
    facilitator: str
    purpose: str
    objectives: str
    partners: tuple[ProfilePartner, ...]
    contributions: tuple[ProfileContribution, ...]
    commitments_total: int
    commitments_done: int
    health_label: str  # empty when not known
    health_reasons: tuple[str, ...]
    lessons: tuple[str, ...]  # the main lessons' texts
    printed_on: date
    verification_code: str = ""

    def content(self) -> dict[str, Any]:
        return jsonable(
            {
                "alianza": self.alliance_id,
                "nombre": self.alliance_name,
                "fase": self.phase_label,
                "socios": [p.organization for p in self.partners],
                "fecha": self.printed_on,
            }
        )
