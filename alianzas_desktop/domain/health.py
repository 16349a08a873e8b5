"""An alliance's health reading (verde, amarillo, rojo) from explicit rules, with its reasons.

The rules read plain facts, so they can be checked with fixed dates:

- **Compromisos vencidos**: an open commitment (pendiente or en curso) whose deadline is
  already past. Due today is not overdue; a commitment without deadline never is; done,
  unmet and cancelled ones are not owed any more and are ignored.
  ``OVERDUE_YELLOW`` or more → amarillo; ``OVERDUE_RED`` or more → rojo.
- **Incidentes críticos abiertos**: any conflict at the seed's third level that is not
  resolved → rojo. A conflict of another level that was escalated → amarillo.
- **Última evaluación**: the average of each group (condiciones, valores, factores) in the
  latest periodic review; below ``SCORE_YELLOW`` → amarillo, below ``SCORE_RED`` → rojo.
- **Meses sin sesión**: full months since the last held session; ``MEETING_GAP_YELLOW`` or
  more → amarillo, ``MEETING_GAP_RED`` or more → rojo. With no session yet, the months are
  counted from the alliance's start date (a new alliance is not blamed for it).
- **Actividades del plan atrasadas**: a plan activity pending or in progress whose end date
  is past. ``LATE_ACTIVITIES_YELLOW`` or more → amarillo, ``LATE_ACTIVITIES_RED`` or more → rojo.

The reading is the worst colour any rule gives; its reasons are one Spanish sentence per
rule that raised it (or one sentence saying nothing raised it).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, message, phrase
from alianzas_desktop.domain.vocabulary import (
    OPEN_COMMITMENT_STATUSES,
    ActivityStatus,
    ConflictLevel,
    ConflictStatus,
    DimensionGroup,
    Health,
)

logger = logging.getLogger(__name__)

OVERDUE_YELLOW = 1
OVERDUE_RED = 3
SCORE_YELLOW = 3.0  # a group average under 3 of 5: "regular" or worse
SCORE_RED = 2.0
MEETING_GAP_YELLOW = 3  # full months without a session
MEETING_GAP_RED = 6
LATE_ACTIVITIES_YELLOW = 1
LATE_ACTIVITIES_RED = 3

OPEN_CONFLICT_STATUSES = (
    ConflictStatus.OPEN.value,
    ConflictStatus.HANDLING.value,
    ConflictStatus.ESCALATED.value,
)
OPEN_ACTIVITY_STATUSES = (ActivityStatus.PENDING.value, ActivityStatus.IN_PROGRESS.value)

_ORDER = {Health.GREEN: 0, Health.YELLOW: 1, Health.RED: 2}
# The reasons are i18n Messages (context "salud"): Spanish text that the UI and the CLI can
# word again in the chosen language, with the counts and dates as arguments.
HEALTH = "salud"
_GROUP_NAMES = {
    DimensionGroup.CONDITION.value: QT_TRANSLATE_NOOP("salud", "condiciones de alianza"),
    DimensionGroup.VALUE.value: QT_TRANSLATE_NOOP("salud", "valores"),
    DimensionGroup.SUCCESS_FACTOR.value: QT_TRANSLATE_NOOP("salud", "factores clave de éxito"),
}


@dataclass(frozen=True)
class CommitmentFact:
    deadline: date | None
    status: str


@dataclass(frozen=True)
class ConflictFact:
    level: str
    status: str


@dataclass(frozen=True)
class ActivityFact:
    end_date: date | None
    status: str


@dataclass
class HealthFacts:
    """What the rules read about one alliance."""

    today: date
    start_date: date | None = None
    commitments: list[CommitmentFact] = field(default_factory=list)
    conflicts: list[ConflictFact] = field(default_factory=list)
    # Group code → average score (1–5) in the latest evaluation; empty when none was held.
    latest_scores: Mapping[str, float] = field(default_factory=dict)
    latest_evaluation_on: date | None = None
    last_meeting_on: date | None = None
    activities: list[ActivityFact] = field(default_factory=list)


@dataclass(frozen=True)
class HealthReading:
    health: Health
    reasons: tuple[str, ...]
    overdue_commitments: int = 0
    open_critical_incidents: int = 0
    late_activities: int = 0

    @property
    def label(self) -> str:
        return self.health.label


def is_overdue(deadline: date | None, status: str, today: date) -> bool:
    """Still owed and its deadline already past (due today is not overdue yet)."""
    return deadline is not None and status in OPEN_COMMITMENT_STATUSES and deadline < today


def is_due_soon(deadline: date | None, status: str, today: date, days: int = 30) -> bool:
    """Still owed and due between today and ``days`` days from now, both included."""
    if deadline is None or status not in OPEN_COMMITMENT_STATUSES:
        return False
    return 0 <= (deadline - today).days <= days


def full_months_between(earlier: date, later: date) -> int:
    """Whole calendar months from ``earlier`` to ``later`` (0 when later is not after)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return max(months, 0)


def _worst(colours: Iterable[Health]) -> Health:
    return max(colours, key=_ORDER.__getitem__, default=Health.GREEN)


def _plural(count: int, one: str, many: str, **args) -> Message:
    if count == 1:
        return message(one, context=HEALTH, **args)
    return message(many, context=HEALTH, n=count, **args)


def read_health(facts: HealthFacts) -> HealthReading:
    """The reading and its reasons (see the module's docstring for the rules)."""
    today = facts.today
    found: list[tuple[Health, str]] = []

    overdue = [c for c in facts.commitments if is_overdue(c.deadline, c.status, today)]
    if len(overdue) >= OVERDUE_YELLOW:
        oldest = min(c.deadline for c in overdue if c.deadline)
        colour = Health.RED if len(overdue) >= OVERDUE_RED else Health.YELLOW
        found.append(
            (
                colour,
                _plural(
                    len(overdue),
                    QT_TRANSLATE_NOOP(
                        "salud",
                        "Un compromiso vencido sin cumplir (el más antiguo venció el {date}).",
                    ),
                    QT_TRANSLATE_NOOP(
                        "salud",
                        "{n} compromisos vencidos sin cumplir (el más antiguo venció el {date}).",
                    ),
                    date=oldest,
                ),
            )
        )

    open_conflicts = [c for c in facts.conflicts if c.status in OPEN_CONFLICT_STATUSES]
    critical = [c for c in open_conflicts if c.level == ConflictLevel.CRITICAL_INCIDENTS.value]
    if critical:
        found.append(
            (
                Health.RED,
                _plural(
                    len(critical),
                    QT_TRANSLATE_NOOP(
                        "salud", "Un incidente crítico abierto en el registro de conflictos."
                    ),
                    QT_TRANSLATE_NOOP(
                        "salud", "{n} incidentes críticos abiertos en el registro de conflictos."
                    ),
                ),
            )
        )
    escalated = [
        c
        for c in open_conflicts
        if c.level != ConflictLevel.CRITICAL_INCIDENTS.value
        and c.status == ConflictStatus.ESCALATED.value
    ]
    if escalated:
        found.append(
            (
                Health.YELLOW,
                _plural(
                    len(escalated),
                    QT_TRANSLATE_NOOP("salud", "Un conflicto escalado sin resolver."),
                    QT_TRANSLATE_NOOP("salud", "{n} conflictos escalados sin resolver."),
                ),
            )
        )

    for group, average in sorted(facts.latest_scores.items()):
        if average >= SCORE_YELLOW:
            continue
        colour = Health.RED if average < SCORE_RED else Health.YELLOW
        name = phrase(_GROUP_NAMES.get(group, group), HEALTH)
        if facts.latest_evaluation_on:
            said = message(
                QT_TRANSLATE_NOOP(
                    "salud",
                    "En la última evaluación del {date}, el promedio de {name} es {average} sobre "
                    "5.",
                ),
                context=HEALTH,
                date=facts.latest_evaluation_on,
                name=name,
                average=_decimal(average),
            )
        else:
            said = message(
                QT_TRANSLATE_NOOP(
                    "salud", "En la última evaluación, el promedio de {name} es {average} sobre 5."
                ),
                context=HEALTH,
                name=name,
                average=_decimal(average),
            )
        found.append((colour, said))

    if facts.last_meeting_on is not None:
        gap = full_months_between(facts.last_meeting_on, today)
        if gap >= MEETING_GAP_YELLOW:
            colour = Health.RED if gap >= MEETING_GAP_RED else Health.YELLOW
            found.append(
                (
                    colour,
                    message(
                        QT_TRANSLATE_NOOP(
                            "salud",
                            "{months} meses sin sesión con los socios (la última fue el {date}).",
                        ),
                        context=HEALTH,
                        months=gap,
                        date=facts.last_meeting_on,
                    ),
                )
            )
    elif facts.start_date is not None:
        gap = full_months_between(facts.start_date, today)
        if gap >= MEETING_GAP_YELLOW:
            colour = Health.RED if gap >= MEETING_GAP_RED else Health.YELLOW
            found.append(
                (
                    colour,
                    message(
                        QT_TRANSLATE_NOOP(
                            "salud",
                            "Ninguna sesión con los socios registrada en {months} meses "
                            "(desde el inicio, el {date}).",
                        ),
                        context=HEALTH,
                        months=gap,
                        date=facts.start_date,
                    ),
                )
            )

    late = [
        a
        for a in facts.activities
        if a.end_date is not None and a.status in OPEN_ACTIVITY_STATUSES and a.end_date < today
    ]
    if len(late) >= LATE_ACTIVITIES_YELLOW:
        colour = Health.RED if len(late) >= LATE_ACTIVITIES_RED else Health.YELLOW
        found.append(
            (
                colour,
                _plural(
                    len(late),
                    QT_TRANSLATE_NOOP("salud", "Una actividad del plan de trabajo atrasada."),
                    QT_TRANSLATE_NOOP("salud", "{n} actividades del plan de trabajo atrasadas."),
                ),
            )
        )

    health = _worst(colour for colour, _ in found)
    # The reasons that set the colour come first.
    found.sort(key=lambda pair: -_ORDER[pair[0]])
    reasons = tuple(text for _, text in found) or (
        message(
            QT_TRANSLATE_NOOP(
                "salud",
                "Sin alertas: ningún compromiso vencido, ningún incidente crítico abierto, "
                "sesiones recientes y plan al día.",
            ),
            context=HEALTH,
        ),
    )
    return HealthReading(
        health=health,
        reasons=reasons,
        overdue_commitments=len(overdue),
        open_critical_incidents=len(critical),
        late_activities=len(late),
    )


def _decimal(value: float) -> str:
    """2.5 → «2,5» (Colombian decimal comma)."""
    return f"{value:.1f}".replace(".", ",")
