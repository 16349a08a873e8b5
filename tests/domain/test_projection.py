"""Rules of the Proyección data: messages by field, and the draft round trip."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.projection import (
    JoiningEntry,
    ProjectionData,
    ReplicationEntry,
    RetirementEntry,
    SustainabilityEntry,
    validate_projection,
)
from alianzas_desktop.domain.vocabulary import Benefit

TODAY = date(2027, 3, 1)
START = date(2026, 3, 2)


def _data() -> ProjectionData:
    data = ProjectionData(alliance_id="a")
    data.sustainability = [
        SustainabilityEntry(what="Mantener el centro de acopio", funding="Alcaldía")
    ]
    return data


def test_a_plain_plan_is_valid():
    assert validate_projection(_data(), START, TODAY) == {}


def test_the_plan_needs_one_item():
    data = _data()
    data.sustainability = []
    assert "sustainability" in validate_projection(data, START, TODAY)


def test_date_and_partner_go_together():
    data = _data()
    item = data.sustainability[0]
    item.due_on = date(2027, 12, 1)
    errors = validate_projection(data, START, TODAY)
    assert f"sustainability.{item.key}.responsible_membership_id" in errors
    item.due_on, item.responsible_membership_id = None, "m1"
    errors = validate_projection(data, START, TODAY)
    assert "fecha" in errors[f"sustainability.{item.key}.due_on"]
    item.due_on = date(2027, 12, 1)
    assert validate_projection(data, START, TODAY) == {}
    assert item.becomes_commitment


def test_absurd_dates_and_huge_text():
    data = _data()
    item = data.sustainability[0]
    item.what = "x" * 1001
    item.due_on, item.responsible_membership_id = date(3000, 1, 1), "m1"
    errors = validate_projection(data, START, TODAY)
    assert "demasiado largo" in errors[f"sustainability.{item.key}.what"]
    assert "razonable" in errors[f"sustainability.{item.key}.due_on"]


def test_replication_needs_place_and_whom():
    data = _data()
    rep = ReplicationEntry()
    data.replications = [rep]
    errors = validate_projection(data, START, TODAY)
    assert errors[f"replications.{rep.key}.place"] == "Escriba dónde."
    assert f"replications.{rep.key}.with_whom" in errors


def test_partner_changes_and_closing():
    data = _data()
    gone = RetirementEntry(membership_id="m1", on=date(2026, 1, 1), reason="")
    new = JoiningEntry(name="", sector="")
    data.retirements, data.joinings = [gone], [new]
    data.closes = True
    errors = validate_projection(data, START, TODAY)
    assert "anterior al inicio" in errors[f"retirements.{gone.key}.on"]
    assert f"retirements.{gone.key}.reason" in errors
    assert f"joinings.{new.key}.name" in errors
    assert f"joinings.{new.key}.sector" in errors
    assert "closing_reason" in errors


def test_observed_benefit_needs_evidence():
    data = _data()
    data.benefit(Benefit.SOCIAL_LEARNING.value).observed = True
    errors = validate_projection(data, START, TODAY)
    assert "evidencia" in errors["benefits.aprendizaje_social.evidence"]


def test_draft_round_trip_keeps_everything():
    data = _data()
    data.sustainability[0].due_on = date(2027, 5, 4)
    data.replications = [ReplicationEntry(place="Abejorral <&> 🌱", with_whom="JAC")]
    data.retirements = [RetirementEntry(membership_id="m", on=date(2027, 1, 2), reason="r")]
    data.joinings = [JoiningEntry(name="Fundación Ñ", sector="sociedad_civil")]
    benefit = data.benefit(Benefit.DIVERSITY.value)
    benefit.observed, benefit.evidence, benefit.observed_on = True, "Acta 4", date(2027, 2, 1)
    data.closes, data.closing_reason = True, "Cumplió su propósito"
    again = ProjectionData.from_dict(data.to_dict())
    assert again == data
    assert [b.benefit for b in again.benefits] == [b.value for b in Benefit]


def test_a_draft_missing_benefits_gets_all_five():
    again = ProjectionData.from_dict({"alliance_id": "a", "benefits": []})
    assert len(again.benefits) == 5
