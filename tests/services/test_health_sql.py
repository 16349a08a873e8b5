"""The health rules in SQL (services/health.health_levels) agree with domain/health per alliance.

Varied alliances are stored around every threshold of domain/health: overdue commitments,
open and escalated conflicts, the latest evaluation's group averages (with ties on its date),
months without a session (or since the start), and late plan activities. The SQL reading,
the dashboard's distribution and domain/health's reading of each alliance must agree.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select

from alianzas_desktop.domain import health as rules
from alianzas_desktop.domain.vocabulary import (
    ActivityStatus,
    ApplicationArea,
    CommitmentStatus,
    Complexity,
    ConflictLevel,
    ConflictStatus,
    ContributionKind,
    DimensionGroup,
    Formality,
    Influence,
    Logic,
    MeetingKind,
    MeetingStatus,
    Phase,
    Sector,
)
from alianzas_desktop.services import dashboard, health
from alianzas_desktop.storage.models import Alliance, Commitment, Meeting, Membership, Organization
from alianzas_desktop.storage.work_models import (
    Conflict,
    Evaluation,
    EvaluationScore,
    PlanActivity,
)

TODAY = date(2026, 6, 15)
NOW = datetime(2026, 6, 15, 8, 0)


def _id() -> str:
    return str(uuid.uuid4())


def _varied_alliances(db, count: int = 48, seed: int = 11) -> list[str]:
    """Alliances whose facts sit on both sides of each of domain/health's thresholds."""
    rng = random.Random(seed)
    stamp = {"created_at": NOW, "updated_at": NOW}
    rows: dict[type, list[dict]] = {
        t: []
        for t in (
            Organization,
            Alliance,
            Membership,
            Commitment,
            Meeting,
            Conflict,
            Evaluation,
            EvaluationScore,
            PlanActivity,
        )
    }
    ids = []
    for i in range(count):
        alliance_id = _id()
        ids.append(alliance_id)
        # Start dates around the meeting-gap thresholds, the day before, on and after today's.
        months_back = rng.choice([0, 2, 3, 5, 6, 7, 30])
        year, month = divmod(TODAY.year * 12 + TODAY.month - 1 - months_back, 12)
        start = date(year, month + 1, TODAY.day + rng.choice([-1, 0, 0, 1]))
        rows[Alliance].append(
            dict(
                stamp,
                id=alliance_id,
                name=f"Alianza {i}",
                departamento="Antioquia",
                municipio="Sonsón",
                vereda="",
                area=rng.choice(list(ApplicationArea)).value,
                phase=rng.choice(list(Phase)).value,
                start_date=start,
                facilitator="Luz Dary Ocampo",
                purpose="Propósito",
                formality=rng.choice(list(Formality)).value,
                complexity=rng.choice(list(Complexity)).value,
            )
        )
        organization_id, membership_id = _id(), _id()
        rows[Organization].append(
            dict(stamp, id=organization_id, name=f"Socio {i}", sector=Sector.PUBLIC.value)
        )
        rows[Membership].append(
            dict(
                stamp,
                id=membership_id,
                alliance_id=alliance_id,
                organization_id=organization_id,
                representative_cargo="",
                influence=rng.choice(list(Influence)).value,
                position=0,
            )
        )
        for position in range(rng.choice([0, 1, 2, 3, 4])):
            rows[Commitment].append(
                dict(
                    stamp,
                    id=_id(),
                    alliance_id=alliance_id,
                    membership_id=membership_id,
                    description="Compromiso",
                    kind=rng.choice(list(ContributionKind)).value,
                    # Past, today (not overdue) and future deadlines.
                    deadline=TODAY + timedelta(days=rng.choice([-40, -1, 0, 1, 30])),
                    logic=rng.choice(list(Logic)).value,
                    status=rng.choice(list(CommitmentStatus)).value,
                    position=position,
                )
            )
        for _ in range(rng.choice([0, 0, 1, 2])):
            rows[Meeting].append(
                dict(
                    stamp,
                    id=_id(),
                    alliance_id=alliance_id,
                    kind=rng.choice(list(MeetingKind)).value,
                    # Closed sessions 2–7 months back, and one in the future (not held yet).
                    date=TODAY
                    - timedelta(days=rng.choice([-10, 1, 60, 89, 91, 92, 150, 181, 182, 183, 240])),
                    start_time=time(9, 0),
                    place="Caseta comunal",
                    objective="Seguimiento",
                    status=rng.choice([MeetingStatus.CLOSED.value, MeetingStatus.CONVENED.value]),
                    content="{}",
                )
            )
        for _ in range(rng.choice([0, 0, 1, 2])):
            rows[Conflict].append(
                dict(
                    stamp,
                    id=_id(),
                    alliance_id=alliance_id,
                    level=rng.choice(list(ConflictLevel)).value,
                    occurred_on=TODAY - timedelta(days=20),
                    description="Desacuerdo",
                    status=rng.choice(list(ConflictStatus)).value,
                )
            )
        # Evaluations: sometimes two on the latest date (their scores average together).
        held_dates = rng.choice([[], [TODAY - timedelta(days=60)], [date(2026, 1, 10)] * 2])
        for held_on in [*held_dates, date(2025, 6, 1)] if held_dates else []:
            evaluation_id = _id()
            rows[Evaluation].append(
                dict(stamp, id=evaluation_id, alliance_id=alliance_id, held_on=held_on)
            )
            for group in rng.sample(list(DimensionGroup), rng.choice([1, 2, 3])):
                for position in range(2):
                    rows[EvaluationScore].append(
                        dict(
                            stamp,
                            id=_id(),
                            evaluation_id=evaluation_id,
                            group=group.value,
                            dimension=f"d{position}",
                            score=rng.choice([1, 2, 2, 3, 3, 4, 5]),
                            position=position,
                        )
                    )
        for position in range(rng.choice([0, 1, 3, 4])):
            rows[PlanActivity].append(
                dict(
                    stamp,
                    id=_id(),
                    alliance_id=alliance_id,
                    title="Actividad",
                    start_date=TODAY - timedelta(days=90),
                    end_date=TODAY + timedelta(days=rng.choice([-5, 0, 5])),
                    status=rng.choice(list(ActivityStatus)).value,
                    position=position,
                )
            )
    with db.transaction() as session:
        for model, values in rows.items():
            if values:
                session.execute(insert(model), values)
    return ids


def test_sql_health_equals_the_domain_rule_for_each_alliance(db):
    ids = _varied_alliances(db)
    for today in (TODAY, TODAY + timedelta(days=45), TODAY + timedelta(days=200)):
        by_domain = health.health_of_all(db, today=today)
        by_sql = health.health_levels(db, today=today)
        assert set(by_sql) == set(ids)
        for alliance_id in ids:
            reading = by_domain[alliance_id]
            colour, critical = by_sql[alliance_id]
            assert (colour.value, critical) == (
                reading.health,
                reading.open_critical_incidents,
            ), (today, alliance_id, reading.reasons)
    # The sample reaches every colour, or the comparison would prove little.
    colours = Counter(r.health for r in health.health_of_all(db, today=TODAY).values())
    assert set(colours) == {"verde", "amarillo", "rojo"}, colours


def test_distribution_in_sql_equals_counting_domain_readings(db):
    ids = _varied_alliances(db, count=40, seed=5)
    scope = select(Alliance.id).where(Alliance.id.in_(ids[:30]))
    expected = Counter(
        r.health for r in health.health_of_all(db, today=TODAY, alliance_ids=ids[:30]).values()
    )
    with db.reading() as session:
        assert health.health_distribution(session, scope, today=TODAY) == dict(expected)


def test_dashboard_health_table_counts_by_the_rules(db):
    ids = _varied_alliances(db, count=24, seed=3)
    expected = Counter(r.health for r in health.health_of_all(db).values())
    table = dashboard.build_dashboard(db).table("health")
    counts = {row[0]: row[1] for row in table.rows}
    from alianzas_desktop.domain.vocabulary import Health

    assert counts == {h.label: expected.get(h.value, 0) for h in Health}
    assert sum(counts.values()) == len(ids)


def test_thresholds_come_from_the_domain(monkeypatch, db):
    """Moving a domain threshold moves the SQL reading too (no copy of the numbers)."""
    ids = _varied_alliances(db, count=24, seed=7)
    before = health.health_levels(db, today=TODAY)
    monkeypatch.setattr(rules, "MEETING_GAP_YELLOW", 1000)
    monkeypatch.setattr(rules, "MEETING_GAP_RED", 1000)
    after = health.health_levels(db, today=TODAY)
    assert any(before[i][0] != after[i][0] for i in ids)
