"""Sistematización de la experiencia: what the wizard shows, storing it with its lessons, and the
informe it prints.

An alliance has one systematization that can be taken up again: ``load_systematization``
gives its data (or a fresh one), ``save_systematization`` writes the five moments, the
chronology notes and the lessons in one transaction.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alianzas_desktop.domain.evaluation import dimension_of
from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.systematization import (
    DOCUMENT_KIND,
    PROFILE_KIND,
    ChronologyEvent,
    LessonEntry,
    LessonLine,
    ProfileContribution,
    ProfileDocument,
    ProfilePartner,
    ReflectionAnswer,
    SystematizationData,
    SystematizationDocument,
    guided_questions,
    join_tags,
    merge_chronology,
    split_tags,
    validate_systematization,
)
from alianzas_desktop.domain.verification import verification_code
from alianzas_desktop.domain.vocabulary import (
    ApplicationArea,
    CommitmentStatus,
    Condition,
    ConflictLevel,
    ConflictStatus,
    DraftKind,
    MeetingStatus,
    Phase,
    Sector,
    SuccessFactor,
    label_of,
)
from alianzas_desktop.services import chronology as chronology_service
from alianzas_desktop.services.alliances import territory
from alianzas_desktop.services.errors import NotFoundError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.learning_models import Lesson, Systematization
from alianzas_desktop.storage.models import Alliance, Meeting
from alianzas_desktop.storage.work_models import Conflict, Evaluation

logger = logging.getLogger(__name__)

DRAFT_KIND = DraftKind.SYSTEMATIZATION


@dataclass(frozen=True)
class EvaluationMark:
    """One evaluation beside the reflection: its date, the group's scores and comments."""

    held_on: date
    scores: dict[str, int]  # dimension key → score
    comments: dict[str, str]


@dataclass(frozen=True)
class ConflictMark:
    occurred_on: date
    level: str  # label
    status: str  # label
    description: str
    learned: str


@dataclass(frozen=True)
class SystematizationContext:
    """What the wizard shows beside the facilitator's answers."""

    alliance_id: str
    alliance_name: str
    phase: str
    area: str
    start_date: date
    territory: str
    events: list[ChronologyEvent]  # automatic, without notes
    evaluations: list[EvaluationMark]  # oldest first
    conflicts: list[ConflictMark]
    records_summary: str


def _alliance(session: Session, alliance_id: str) -> Alliance:
    alliance = session.get(Alliance, alliance_id)
    if alliance is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
    return alliance


def _records_summary(session: Session, alliance: Alliance, events, evaluations, conflicts) -> str:
    closed = session.scalar(
        select(func.count())
        .select_from(Meeting)
        .where(Meeting.alliance_id == alliance.id, Meeting.status == MeetingStatus.CLOSED.value)
    )
    parts = [
        f"{closed} actas de sesión",
        f"{len(alliance.commitments)} compromisos con su historial",
        f"{len(evaluations)} evaluaciones",
        f"{len(conflicts)} conflictos registrados",
    ]
    return "En la aplicación: " + ", ".join(parts) + "."


def context_of(session: Session, alliance: Alliance) -> SystematizationContext:
    events = chronology_service.automatic_events(session, alliance)
    evaluations = []
    for evaluation in session.scalars(
        select(Evaluation)
        .where(Evaluation.alliance_id == alliance.id)
        .order_by(Evaluation.held_on, Evaluation.created_at)
    ):
        group = [s for s in evaluation.scores if s.membership_id is None]
        evaluations.append(
            EvaluationMark(
                evaluation.held_on,
                {f"{s.group}:{s.dimension}": s.score for s in group},
                {f"{s.group}:{s.dimension}": s.comment for s in group if s.comment},
            )
        )
    conflicts = [
        ConflictMark(
            c.occurred_on,
            label_of(ConflictLevel, c.level),
            label_of(ConflictStatus, c.status),
            c.description,
            c.learned,
        )
        for c in session.scalars(
            select(Conflict)
            .where(Conflict.alliance_id == alliance.id)
            .order_by(Conflict.occurred_on, Conflict.created_at)
        )
    ]
    return SystematizationContext(
        alliance_id=alliance.id,
        alliance_name=alliance.name,
        phase=alliance.phase,
        area=alliance.area,
        start_date=alliance.start_date,
        territory=territory(alliance.municipio, alliance.departamento, alliance.vereda),
        events=events,
        evaluations=evaluations,
        conflicts=conflicts,
        records_summary=_records_summary(session, alliance, events, evaluations, conflicts),
    )


def systematization_context(db: Database, alliance_id: str) -> SystematizationContext:
    with db.reading() as session:
        return context_of(session, _alliance(session, alliance_id))


def _latest(session: Session, alliance_id: str) -> Systematization | None:
    return session.scalars(
        select(Systematization)
        .where(Systematization.alliance_id == alliance_id)
        .order_by(Systematization.created_at.desc(), Systematization.id)
    ).first()


def _lesson_entry(row: Lesson) -> LessonEntry:
    return LessonEntry(
        key=row.id,
        what_happened=row.what_happened,
        why_it_matters=row.why_it_matters,
        recommendation=row.recommendation,
        phase=row.phase,
        condition=row.condition,
        success_factor=row.success_factor,
        area=row.area,
        tags=row.tags,
    )


def _lessons_of(session: Session, systematization_id: str) -> list[Lesson]:
    return list(
        session.scalars(
            select(Lesson)
            .where(Lesson.systematization_id == systematization_id)
            .order_by(Lesson.position, Lesson.created_at)
        )
    )


def load_systematization(db: Database, alliance_id: str) -> SystematizationData:
    """The alliance's systematization to continue, or a new one (period from its founding)."""
    with db.reading() as session:
        alliance = _alliance(session, alliance_id)
        notes = chronology_service.stored_notes(session, alliance_id)
        row = _latest(session, alliance_id)
        if row is None:
            return SystematizationData(
                alliance_id=alliance_id,
                period_from=alliance.start_date,
                place=territory(alliance.municipio, alliance.departamento, alliance.vereda),
                notes=notes,
            )
        try:
            reflection = {str(k): str(v) for k, v in json.loads(row.reflection or "{}").items()}
        except (ValueError, AttributeError):
            reflection = {}
        return SystematizationData(
            alliance_id=alliance_id,
            systematization_id=row.id,
            participants=row.participants,
            records_available=row.records_available,
            purpose=row.purpose,
            period_from=row.period_from,
            period_to=row.period_to,
            place=row.place,
            central_axis=row.central_axis,
            notes=notes,
            reflection=reflection,
            conclusions=row.conclusions,
            lessons=[_lesson_entry(lesson) for lesson in _lessons_of(session, row.id)],
        )


def save_systematization(db: Database, data: SystematizationData, today: date | None = None) -> str:
    """Store the five moments, the chronology notes and the lessons; returns the id."""
    today = today or date.today()
    errors = validate_systematization(data, today)
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        alliance = _alliance(session, data.alliance_id)
        row = (
            session.get(Systematization, data.systematization_id)
            if data.systematization_id
            else None
        )
        if row is None or row.alliance_id != alliance.id:
            row = Systematization(alliance_id=alliance.id)
            session.add(row)
        row.participants = clean_text(data.participants)
        row.records_available = clean_text(data.records_available)
        row.purpose = clean_text(data.purpose)
        row.period_from = data.period_from
        row.period_to = data.period_to
        row.place = clean_text(data.place)
        row.central_axis = clean_text(data.central_axis)
        codes = {q.code for q in guided_questions()}
        row.reflection = json.dumps(
            {
                code: clean_text(answer)
                for code, answer in data.reflection.items()
                if code in codes and clean_text(answer)
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        row.conclusions = clean_text(data.conclusions)
        row.completed_on = today
        session.flush()
        chronology_service.replace_notes(session, alliance.id, data.notes)
        existing = {lesson.id: lesson for lesson in _lessons_of(session, row.id)}
        kept = set()
        for position, entry in enumerate(data.lessons):
            lesson = existing.get(entry.key)
            if lesson is None:
                lesson = Lesson(id=entry.key, alliance_id=alliance.id, systematization_id=row.id)
                session.add(lesson)
            lesson.what_happened = clean_text(entry.what_happened)
            lesson.why_it_matters = clean_text(entry.why_it_matters)
            lesson.recommendation = clean_text(entry.recommendation)
            lesson.phase = entry.phase
            lesson.condition = entry.condition
            lesson.success_factor = entry.success_factor
            lesson.area = entry.area or alliance.area
            lesson.tags = join_tags(split_tags(entry.tags))
            lesson.position = position
            kept.add(entry.key)
        for lesson_id, lesson in existing.items():
            if lesson_id not in kept:
                session.delete(lesson)
        session.flush()
        logger.info("Sistematización %s guardada con %d lecciones", row.id, len(kept))
        return row.id


def lesson_tag_labels(lesson: Lesson | LessonEntry) -> tuple[str, ...]:
    labels = []
    for enum_cls, code in (
        (Phase, lesson.phase),
        (Condition, lesson.condition),
        (SuccessFactor, lesson.success_factor),
        (ApplicationArea, lesson.area),
    ):
        if code:
            labels.append(label_of(enum_cls, code))
    return tuple(labels + split_tags(lesson.tags))


def systematization_document(db: Database, systematization_id: str) -> SystematizationDocument:
    """The informe de sistematización: the five moments, the visible chronology, the lessons."""
    with db.reading() as session:
        row = session.get(Systematization, systematization_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa sistematización."))
        alliance = _alliance(session, row.alliance_id)
        events = merge_chronology(
            chronology_service.automatic_events(session, alliance),
            chronology_service.stored_notes(session, alliance.id),
        )
        try:
            answers = json.loads(row.reflection or "{}")
        except ValueError:
            answers = {}
        reflection = []
        for question in guided_questions():
            answer = clean_text(str(answers.get(question.code, "") or ""))
            if answer:
                dimension = dimension_of(question.code)
                reflection.append(
                    ReflectionAnswer(
                        question.code,
                        question.group,
                        dimension.label if dimension else question.dimension,
                        question.text,
                        answer,
                    )
                )
        lessons = tuple(
            LessonLine(
                lesson.what_happened,
                lesson.why_it_matters,
                lesson.recommendation,
                lesson_tag_labels(lesson),
            )
            for lesson in _lessons_of(session, row.id)
        )
        document = SystematizationDocument(
            systematization_id=row.id,
            alliance_id=alliance.id,
            alliance_name=alliance.name,
            territory=territory(alliance.municipio, alliance.departamento, alliance.vereda),
            phase_label=label_of(Phase, alliance.phase),
            participants=row.participants,
            records_available=row.records_available,
            purpose=row.purpose,
            period_from=row.period_from,
            period_to=row.period_to,
            place=row.place,
            central_axis=row.central_axis,
            chronology=tuple(e for e in events if not e.hidden),
            reflection=tuple(reflection),
            conclusions=row.conclusions,
            lessons=lessons,
            completed_on=row.completed_on,
        )
    code = verification_code(DOCUMENT_KIND, document.content())
    return SystematizationDocument(**{**document.__dict__, "verification_code": code})


def latest_systematization_id(db: Database, alliance_id: str) -> str | None:
    with db.reading() as session:
        row = _latest(session, alliance_id)
        return row.id if row is not None else None


# -- the ficha de la alianza -------------------------------------------------------------------

MAIN_LESSONS = 3


def profile_document(db: Database, alliance_id: str, today: date | None = None) -> ProfileDocument:
    """The one-page ficha: who, what, where, phase, partners by sector, contributions,
    health and the main lessons."""
    from alianzas_desktop.services import alliances as alliance_service
    from alianzas_desktop.services import lessons as lesson_service

    today = today or date.today()
    detail = alliance_service.alliance_detail(db, alliance_id)
    sector_order = {s.value: i for i, s in enumerate(Sector)}
    partners = tuple(
        ProfilePartner(p.organization, p.sector, p.sector_label, p.contribution)
        for p in sorted(
            detail.partners, key=lambda p: (sector_order.get(p.sector, 9), p.organization)
        )
    )
    counted = [c for c in detail.commitments if c.status != CommitmentStatus.CANCELLED.value]
    by_kind: dict[str, list] = {}
    for commitment in counted:
        by_kind.setdefault(commitment.kind_label, []).append(commitment)
    contributions = tuple(
        ProfileContribution(label, len(items), sum(c.estimated_value or 0 for c in items))
        for label, items in sorted(by_kind.items(), key=lambda kv: -len(kv[1]))
    )
    health_label, reasons = "", ()
    try:
        from alianzas_desktop.services.health import alliance_health

        reading = alliance_health(db, alliance_id, today=today)
        health_label, reasons = reading.health_label, tuple(reading.reasons)
    except ImportError:  # a build without the health reading: the ficha omits it
        pass
    main = lesson_service.find_lessons(db, alliance_id=alliance_id)[:MAIN_LESSONS]
    document = ProfileDocument(
        alliance_id=detail.id,
        alliance_name=detail.name,
        territory=detail.territory,
        area_label=detail.area_label,
        phase_label=detail.phase_label,
        start_date=detail.start_date,
        facilitator=detail.facilitator,
        purpose=detail.purpose,
        objectives=detail.objectives,
        partners=partners,
        contributions=contributions,
        commitments_total=len(counted),
        commitments_done=sum(c.status == CommitmentStatus.DONE.value for c in counted),
        health_label=health_label,
        health_reasons=reasons,
        lessons=tuple(
            " ".join(t for t in (lesson.what_happened, lesson.recommendation) if t)
            for lesson in main
        ),
        printed_on=today,
    )
    code = verification_code(PROFILE_KIND, document.content())
    return ProfileDocument(**{**document.__dict__, "verification_code": code})


def alliance_systematization_document(db: Database, alliance_id: str) -> SystematizationDocument:
    """The informe of the alliance's latest systematization (for ``alianzas export
    systematization``); refused in Spanish when it has none yet."""
    systematization_id = latest_systematization_id(db, alliance_id)
    if systematization_id is None:
        with db.reading() as session:
            _alliance(session, alliance_id)  # a missing alliance says so first
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errores", "La alianza aún no tiene una sistematización guardada.")
        )
    return systematization_document(db, systematization_id)
