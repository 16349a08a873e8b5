"""The demo's periodic reviews: three over time for the alliance in Consolidación."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.evaluation import group_average
from alianzas_desktop.domain.vocabulary import DimensionGroup, Phase
from alianzas_desktop.services import alliances, evaluations, nacimiento
from alianzas_desktop.services.demo_evaluations import DEMO_ALLIANCE, add_demo_evaluations
from tests.factories import nacimiento_data

TODAY = date(2026, 11, 30)


def test_three_reviews_rising_with_partners_apart_in_the_last(db):
    data = nacimiento_data()
    data.name = DEMO_ALLIANCE
    alliance_id = nacimiento.found_alliance(db, data)
    add_demo_evaluations(db, TODAY)  # not yet in Consolidación: nothing
    assert evaluations.list_evaluations(db, alliance_id) == []
    alliances.move_to_phase(db, alliance_id, Phase.CONSOLIDATION.value)
    add_demo_evaluations(db, TODAY)
    listed = evaluations.list_evaluations(db, alliance_id)
    assert [e.held_on for e in listed] == [
        date(2026, 10, 31),
        date(2026, 7, 13),
        date(2026, 4, 4),
    ]
    averages = [group_average(e.scores, DimensionGroup.VALUE) for e in reversed(listed)]
    assert averages == sorted(averages) and averages[0] < averages[-1]
    document = evaluations.evaluation_document(db, listed[0].id)
    apart = [d.label for d in document.dimensions if d.disagreement]
    assert apart == ["Manejar adecuadamente los conflictos"]
    assert len(document.history) == 3
    assert any(d.outcome == "compromiso" for d in document.decisions)
