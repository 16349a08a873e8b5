"""The lessons library: every lesson of every alliance, searched without minding accents and
filtered by phase, application area, condition, success factor and tag."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from alianzas_desktop.domain.folding import fold
from alianzas_desktop.domain.systematization import split_tags
from alianzas_desktop.domain.vocabulary import (
    ApplicationArea,
    Condition,
    Phase,
    SuccessFactor,
    label_of,
)
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.learning_models import Lesson, Systematization
from alianzas_desktop.storage.models import Alliance

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LessonInfo:
    id: str
    alliance_id: str
    alliance_name: str
    what_happened: str
    why_it_matters: str
    recommendation: str
    phase: str
    condition: str
    success_factor: str
    area: str
    tags: tuple[str, ...]
    recorded_on: date | None

    @property
    def text(self) -> str:
        """The lesson as one text: what happened, why it matters, the recommendation."""
        return "\n".join(
            t for t in (self.what_happened, self.why_it_matters, self.recommendation) if t
        )

    def searchable(self) -> str:
        labels = [
            label_of(Phase, self.phase) if self.phase else "",
            label_of(Condition, self.condition) if self.condition else "",
            label_of(SuccessFactor, self.success_factor) if self.success_factor else "",
            label_of(ApplicationArea, self.area) if self.area else "",
        ]
        return fold(" ".join([self.text, self.alliance_name, *self.tags, *labels]))

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "alliance_id": self.alliance_id,
            "alliance": self.alliance_name,
            "text": self.text,
            "what_happened": self.what_happened,
            "why_it_matters": self.why_it_matters,
            "recommendation": self.recommendation,
            "phase": self.phase,
            "condition": self.condition,
            "success_factor": self.success_factor,
            "area": self.area,
            "tags": list(self.tags),
            "date": self.recorded_on.isoformat() if self.recorded_on else None,
        }


@dataclass(frozen=True)
class LessonFilter:
    search: str = ""
    alliance_id: str = ""
    phase: str = ""
    area: str = ""
    condition: str = ""
    success_factor: str = ""
    tag: str = ""

    def matches(self, lesson: LessonInfo) -> bool:
        for attr in ("alliance_id", "phase", "area", "condition", "success_factor"):
            wanted = getattr(self, attr)
            if wanted and getattr(lesson, attr) != wanted:
                return False
        if self.tag and fold(self.tag.strip()) not in {fold(t) for t in lesson.tags}:
            return False
        words = fold(self.search).split()
        if words:
            text = lesson.searchable()
            return all(word in text for word in words)
        return True


def all_lessons(db: Database) -> list[LessonInfo]:
    """Every lesson, newest systematization first, in the order each one lists them."""
    with db.reading() as session:
        rows = session.execute(
            select(Lesson, Alliance.name, Systematization.completed_on)
            .join(Alliance, Lesson.alliance_id == Alliance.id)
            .outerjoin(Systematization, Lesson.systematization_id == Systematization.id)
            .order_by(
                Systematization.created_at.desc(),
                Lesson.alliance_id,
                Lesson.position,
                Lesson.created_at,
            )
        ).all()
        return [
            LessonInfo(
                id=lesson.id,
                alliance_id=lesson.alliance_id,
                alliance_name=name,
                what_happened=lesson.what_happened,
                why_it_matters=lesson.why_it_matters,
                recommendation=lesson.recommendation,
                phase=lesson.phase,
                condition=lesson.condition,
                success_factor=lesson.success_factor,
                area=lesson.area,
                tags=tuple(split_tags(lesson.tags)),
                recorded_on=completed_on or lesson.created_at.date(),
            )
            for lesson, name, completed_on in rows
        ]


def find_lessons(db: Database, wanted: LessonFilter | None = None, **criteria) -> list[LessonInfo]:
    """The lessons matching ``wanted`` (or the same criteria as keywords: search, alliance_id,
    phase, area, condition, success_factor, tag)."""
    wanted = wanted or LessonFilter(**{k: v or "" for k, v in criteria.items()})
    return [lesson for lesson in all_lessons(db) if wanted.matches(lesson)]


def lessons_json(
    db: Database, *, alliance_id: str | None = None, search: str | None = None
) -> list[dict]:
    """For ``alianzas list lessons --json``."""
    return [
        lesson.to_dict()
        for lesson in find_lessons(db, alliance_id=alliance_id or "", search=search or "")
    ]


def all_tags(lessons: list[LessonInfo]) -> list[str]:
    seen: dict[str, str] = {}
    for lesson in lessons:
        for tag in lesson.tags:
            seen.setdefault(fold(tag), tag)
    return sorted(seen.values(), key=fold)
