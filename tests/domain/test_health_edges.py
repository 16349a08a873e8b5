"""Health readings at their edges: plurals, unknown groups, both month gaps, the green text."""

from __future__ import annotations

from datetime import date

import pytest

from alianzas_desktop.domain.health import (
    ActivityFact,
    ConflictFact,
    HealthFacts,
    full_months_between,
    read_health,
)
from alianzas_desktop.domain.vocabulary import Health

TODAY = date(2026, 6, 15)


def _facts(**values) -> HealthFacts:
    values.setdefault("start_date", date(2026, 5, 1))
    values.setdefault("last_meeting_on", date(2026, 6, 1))
    return HealthFacts(today=TODAY, **values)


def test_a_green_reading_says_there_is_nothing_to_watch():
    reading = read_health(_facts())
    assert reading.health is Health.GREEN
    assert reading.reasons == (
        "Sin alertas: ningún compromiso vencido, ningún incidente crítico abierto, "
        "sesiones recientes y plan al día.",
    )
    assert (reading.overdue_commitments, reading.open_critical_incidents) == (0, 0)
    assert reading.late_activities == 0


def test_incidents_and_escalations_in_the_plural_and_the_singular():
    critical = ConflictFact("incidentes_criticos", "abierto")
    escalated = ConflictFact("propias", "escalado")
    reading = read_health(_facts(conflicts=[critical, critical, escalated, escalated]))
    assert reading.health is Health.RED
    assert reading.open_critical_incidents == 2
    assert reading.reasons == (
        "2 incidentes críticos abiertos en el registro de conflictos.",
        "2 conflictos escalados sin resolver.",
    )
    reading = read_health(_facts(conflicts=[escalated]))
    assert reading.health is Health.YELLOW
    assert reading.reasons == ("Un conflicto escalado sin resolver.",)


def test_a_score_of_an_unknown_group_is_named_by_its_code_and_a_missing_date_left_out():
    reading = read_health(_facts(latest_scores={"nuevo_grupo": 2.5}))
    assert reading.reasons == (
        "En la última evaluación, el promedio de nuevo_grupo es 2,5 sobre 5.",
    )


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        (date(2026, 3, 16), Health.GREEN),  # 2 full months
        (date(2026, 3, 15), Health.YELLOW),  # 3
        (date(2025, 12, 16), Health.YELLOW),  # 5
        (date(2025, 12, 15), Health.RED),  # 6
    ],
)
def test_months_since_the_last_session(last, expected):
    assert read_health(_facts(last_meeting_on=last)).health is expected


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (date(2026, 3, 16), Health.GREEN),
        (date(2026, 3, 15), Health.YELLOW),
        (date(2025, 12, 16), Health.YELLOW),
        (date(2025, 12, 15), Health.RED),
    ],
)
def test_months_without_any_session_since_the_start(start, expected):
    reading = read_health(_facts(last_meeting_on=None, start_date=start))
    assert reading.health is expected


def test_the_reason_for_no_session_since_the_start():
    reading = read_health(_facts(last_meeting_on=None, start_date=date(2025, 12, 15)))
    assert reading.reasons == (
        "Ninguna sesión con los socios registrada en 6 meses (desde el inicio, el 15/12/2025).",
    )


def test_late_activities_in_the_plural():
    late = ActivityFact(date(2026, 6, 1), "pendiente")
    reading = read_health(_facts(activities=[late, late]))
    assert reading.late_activities == 2
    assert reading.reasons == ("2 actividades del plan de trabajo atrasadas.",)


def test_full_months_across_years_and_backwards():
    assert full_months_between(date(2025, 11, 15), date(2026, 2, 15)) == 3
    assert full_months_between(date(2024, 6, 15), date(2026, 6, 15)) == 24
    assert full_months_between(date(2026, 6, 15), date(2026, 6, 15)) == 0
    assert full_months_between(date(2026, 6, 16), date(2026, 6, 15)) == 0
    assert full_months_between(date(2026, 8, 1), date(2026, 6, 15)) == 0
