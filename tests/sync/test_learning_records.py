"""The Proyección and sistematización records (schema 0010) travel and merge like the rest."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from alianzas_desktop.domain.vocabulary import Benefit, PolicyPath, ReplicationKind
from alianzas_desktop.services import bundles
from alianzas_desktop.storage.learning_models import (
    ChronologyNote,
    Lesson,
    ObservedBenefit,
    Replication,
    SustainabilityItem,
    Systematization,
)
from tests.sync.conftest import table_counts


def _add_learning(db, alliance_id: str) -> dict[str, str]:
    with db.transaction() as session:
        systematization = Systematization(
            alliance_id=alliance_id,
            purpose="Aprender de la primera cosecha",
            period_from=date(2026, 1, 15),
            period_to=date(2026, 10, 30),
        )
        session.add(systematization)
        session.flush()
        rows = [
            SustainabilityItem(
                alliance_id=alliance_id,
                what="Vivero comunitario",
                policy_path=PolicyPath.MUNICIPAL_PLAN.value,
                due_on=date(2027, 3, 1),
            ),
            Replication(
                alliance_id=alliance_id,
                kind=ReplicationKind.SCALING.value,
                place="Argelia",
            ),
            ObservedBenefit(
                alliance_id=alliance_id,
                benefit=Benefit.SOCIAL_FABRIC.value,
                evidence="Mingas mensuales",
            ),
            ChronologyNote(
                alliance_id=alliance_id, event_key="fase:1", note="Arranque <difícil> & lento"
            ),
            Lesson(
                alliance_id=alliance_id,
                systematization_id=systematization.id,
                what_happened="La vía se cerró en abril 🌧",
            ),
        ]
        session.add_all(rows)
        session.flush()
        return {type(r).__tablename__: r.id for r in [systematization, *rows]}


def test_learning_records_arrive_and_an_edit_travels_back(
    laptop_a, laptop_b, alliance_on_a, tmp_path
):
    ids = _add_learning(laptop_a, alliance_on_a)
    bundles.export_bundle(laptop_a, tmp_path / "1.alianzas")
    result = bundles.import_bundle(laptop_b, tmp_path / "1.alianzas")
    assert result.conflicts == 0
    counts = table_counts(laptop_b)
    assert counts == table_counts(laptop_a)
    for table in ids:
        assert counts[table] == 1, table

    with laptop_b.transaction() as session:
        lesson = session.get(Lesson, ids["lessons"])
        lesson.recommendation = "Acopiar antes de las lluvias"
    bundles.export_bundle(laptop_b, tmp_path / "2.alianzas")
    back = bundles.import_bundle(laptop_a, tmp_path / "2.alianzas")
    assert (back.added, back.updated, back.conflicts) == (0, 1, 0)
    with laptop_a.reading() as session:
        lesson = session.scalars(select(Lesson).where(Lesson.id == ids["lessons"])).one()
        note = session.get(ChronologyNote, ids["chronology_notes"])
        assert lesson.recommendation == "Acopiar antes de las lluvias"
        assert lesson.what_happened == "La vía se cerró en abril 🌧"
        assert note.note == "Arranque <difícil> & lento"
