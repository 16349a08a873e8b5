"""Health rules with fixed dates: overdue, conflicts, scores, months without a session, plan."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.health import (
    ActivityFact,
    CommitmentFact,
    ConflictFact,
    HealthFacts,
    full_months_between,
    is_due_soon,
    is_overdue,
    read_health,
)
from alianzas_desktop.domain.vocabulary import Health

TODAY = date(2026, 6, 15)


def facts(**kwargs) -> HealthFacts:
    kwargs.setdefault("start_date", date(2026, 5, 1))
    kwargs.setdefault("last_meeting_on", date(2026, 6, 1))
    return HealthFacts(today=TODAY, **kwargs)


def test_due_today_is_not_overdue_and_yesterday_is():
    assert not is_overdue(TODAY, "pendiente", TODAY)
    assert is_overdue(date(2026, 6, 14), "pendiente", TODAY)
    assert is_overdue(date(2026, 6, 14), "en_curso", TODAY)


def test_no_deadline_done_unmet_and_cancelled_are_never_overdue():
    assert not is_overdue(None, "pendiente", TODAY)
    for status in ("cumplido", "incumplido", "cancelado"):
        assert not is_overdue(date(2020, 1, 1), status, TODAY)


def test_due_soon_counts_today_and_the_thirtieth_day_only():
    assert is_due_soon(TODAY, "pendiente", TODAY)
    assert is_due_soon(date(2026, 7, 15), "pendiente", TODAY)
    assert not is_due_soon(date(2026, 7, 16), "pendiente", TODAY)
    assert not is_due_soon(date(2026, 6, 14), "pendiente", TODAY)
    assert not is_due_soon(TODAY, "cancelado", TODAY)
    assert not is_due_soon(None, "pendiente", TODAY)


def test_nothing_wrong_is_green_with_a_reason():
    reading = read_health(
        facts(commitments=[CommitmentFact(TODAY, "pendiente"), CommitmentFact(None, "pendiente")])
    )
    assert reading.health is Health.GREEN
    assert reading.reasons and reading.reasons[0].startswith("Sin alertas")
    assert reading.overdue_commitments == 0


def test_one_overdue_is_yellow_and_three_red_with_the_oldest_date():
    one = read_health(facts(commitments=[CommitmentFact(date(2026, 6, 14), "pendiente")]))
    assert one.health is Health.YELLOW
    assert one.reasons == (
        "Un compromiso vencido sin cumplir (el más antiguo venció el 14/06/2026).",
    )
    three = read_health(
        facts(
            commitments=[
                CommitmentFact(date(2026, 6, 14), "pendiente"),
                CommitmentFact(date(2026, 3, 2), "en_curso"),
                CommitmentFact(date(2026, 5, 1), "pendiente"),
                CommitmentFact(date(2026, 1, 1), "cancelado"),
            ]
        )
    )
    assert three.health is Health.RED
    assert three.overdue_commitments == 3
    assert (
        "3 compromisos vencidos sin cumplir (el más antiguo venció el 02/03/2026)." in three.reasons
    )


def test_cancelled_overdue_commitments_keep_it_green():
    reading = read_health(facts(commitments=[CommitmentFact(date(2026, 1, 1), "cancelado")] * 5))
    assert reading.health is Health.GREEN


def test_an_open_critical_incident_is_red_and_a_resolved_one_is_not():
    red = read_health(facts(conflicts=[ConflictFact("incidentes_criticos", "en_manejo")]))
    assert red.health is Health.RED
    assert red.open_critical_incidents == 1
    assert red.reasons == ("Un incidente crítico abierto en el registro de conflictos.",)
    calm = read_health(facts(conflicts=[ConflictFact("incidentes_criticos", "resuelto")]))
    assert calm.health is Health.GREEN
    assert calm.open_critical_incidents == 0


def test_an_escalated_difficulty_is_yellow_and_an_open_external_one_changes_nothing():
    assert (
        read_health(facts(conflicts=[ConflictFact("dificultades_propias", "escalado")])).health
        is Health.YELLOW
    )
    assert (
        read_health(facts(conflicts=[ConflictFact("aspectos_externos", "abierto")])).health
        is Health.GREEN
    )


def test_low_scores_in_the_latest_evaluation():
    yellow = read_health(
        facts(latest_scores={"valor": 2.5, "condicion": 4.0}, latest_evaluation_on=date(2026, 6, 1))
    )
    assert yellow.health is Health.YELLOW
    assert yellow.reasons == (
        "En la última evaluación del 01/06/2026, el promedio de valores es 2,5 sobre 5.",
    )
    assert read_health(facts(latest_scores={"factor": 1.9})).health is Health.RED
    assert read_health(facts(latest_scores={"factor": 3.0})).health is Health.GREEN
    assert read_health(facts(latest_scores={"factor": 2.0})).health is Health.YELLOW


def test_months_since_the_last_session_edges():
    assert full_months_between(date(2026, 3, 15), TODAY) == 3
    assert full_months_between(date(2026, 3, 16), TODAY) == 2
    assert read_health(facts(last_meeting_on=date(2026, 3, 16))).health is Health.GREEN
    three = read_health(facts(last_meeting_on=date(2026, 3, 15)))
    assert three.health is Health.YELLOW
    assert three.reasons == ("3 meses sin sesión con los socios (la última fue el 15/03/2026).",)
    assert read_health(facts(last_meeting_on=date(2025, 12, 15))).health is Health.RED


def test_no_session_yet_counts_from_the_start_date():
    new = read_health(facts(last_meeting_on=None, start_date=date(2026, 5, 1)))
    assert new.health is Health.GREEN
    old = read_health(facts(last_meeting_on=None, start_date=date(2026, 1, 10)))
    assert old.health is Health.YELLOW
    assert old.reasons[0].startswith("Ninguna sesión con los socios registrada en 5 meses")
    assert read_health(facts(last_meeting_on=None, start_date=None)).health is Health.GREEN


def test_late_plan_activities_edges():
    on_time = [ActivityFact(TODAY, "pendiente"), ActivityFact(date(2026, 1, 1), "cumplida")]
    assert read_health(facts(activities=on_time)).health is Health.GREEN
    one = read_health(facts(activities=[ActivityFact(date(2026, 6, 14), "en_curso")]))
    assert one.health is Health.YELLOW
    assert one.reasons == ("Una actividad del plan de trabajo atrasada.",)
    cancelled = [ActivityFact(date(2026, 1, 1), "cancelada")] * 4
    assert read_health(facts(activities=cancelled)).health is Health.GREEN
    three = [ActivityFact(date(2026, 6, 1), "pendiente")] * 3
    assert read_health(facts(activities=three)).health is Health.RED


def test_the_worst_rule_wins_and_its_reason_comes_first():
    reading = read_health(
        facts(
            commitments=[CommitmentFact(date(2026, 6, 1), "pendiente")],
            conflicts=[ConflictFact("incidentes_criticos", "abierto")],
        )
    )
    assert reading.health is Health.RED
    assert reading.reasons[0].startswith("Un incidente crítico")
    assert len(reading.reasons) == 2
