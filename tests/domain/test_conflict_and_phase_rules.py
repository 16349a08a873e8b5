"""Conflict register entries and the checklist for leaving each phase."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.conflicts import ConflictData, validate_conflict
from alianzas_desktop.domain.phases import PhaseFacts, checklist, unmet, validate_phase_change

TODAY = date(2026, 6, 15)


def test_a_conflict_needs_what_happened_and_a_past_date():
    errors = validate_conflict(ConflictData(), TODAY)
    assert set(errors) == {"occurred_on", "description"}
    future = ConflictData(occurred_on=date(2026, 6, 16), description="x")
    assert validate_conflict(future, TODAY) == {
        "occurred_on": "La fecha no puede estar en el futuro."
    }
    early = ConflictData(occurred_on=date(2026, 1, 1), description="x")
    assert "occurred_on" in validate_conflict(early, TODAY, start_date=date(2026, 3, 2))
    assert validate_conflict(ConflictData(occurred_on=TODAY, description="x"), TODAY) == {}


def test_a_resolved_conflict_says_how_and_when():
    data = ConflictData(occurred_on=date(2026, 5, 1), description="x", status="resuelto")
    errors = validate_conflict(data, TODAY)
    assert set(errors) == {"resolution", "resolved_on"}
    data.resolution = "Diálogo directo"
    data.resolved_on = date(2026, 4, 30)
    assert validate_conflict(data, TODAY) == {
        "resolved_on": "La fecha de resolución es anterior al conflicto."
    }
    data.resolved_on = date(2026, 5, 1)
    assert validate_conflict(data, TODAY) == {}


def test_unknown_codes_and_huge_text_are_refused():
    data = ConflictData(
        level="otro", status="x", handling="y", occurred_on=TODAY, description="a" * 20_001
    )
    assert set(validate_conflict(data, TODAY)) == {"level", "status", "handling", "description"}


def test_leaving_nacimiento_without_a_signed_agreement_says_why():
    facts = PhaseFacts(
        purpose="Mejorar ingresos",
        agreement_issued=True,
        active_partners=3,
        partners_without_commitments=("Cooperativa La Loma",),
        conditions_met=4,
    )
    items = checklist("nacimiento", "puesta_en_marcha", facts)
    assert [i.code for i in items] == [
        "acuerdo_firmado",
        "socios_con_compromisos",
        "proposito_comun",
        "condiciones",
    ]
    missing = unmet(items)
    assert [i.why for i in missing] == [
        "El acuerdo de compromisos está emitido, pero no se ha registrado firmado.",
        "Sin compromisos: Cooperativa La Loma.",
    ]
    signed = PhaseFacts(
        purpose="Mejorar ingresos",
        agreement_issued=True,
        agreement_signed=True,
        active_partners=3,
        conditions_met=4,
    )
    assert unmet(checklist("nacimiento", "puesta_en_marcha", signed)) == []


def test_skipping_a_phase_asks_for_both_checklists_and_going_back_for_none():
    items = checklist("nacimiento", "consolidacion", PhaseFacts())
    assert {i.phase for i in items} == {"nacimiento", "puesta_en_marcha"}
    assert checklist("consolidacion", "nacimiento", PhaseFacts()) == []
    assert checklist("proyeccion", "proyeccion", PhaseFacts()) == []


def test_an_informal_alliance_needs_no_convenio():
    informal = {i.code: i.met for i in checklist("puesta_en_marcha", "consolidacion", PhaseFacts())}
    assert informal["formalizacion"] is True
    formal = PhaseFacts(formal=True)
    assert {i.code: i.met for i in checklist("puesta_en_marcha", "consolidacion", formal)}[
        "formalizacion"
    ] is False


def test_the_act_needs_a_sensible_date_and_a_reason():
    ok = validate_phase_change(
        "nacimiento", "puesta_en_marcha", TODAY, "Acuerdo firmado", today=TODAY
    )
    assert ok == {}
    errors = validate_phase_change("nacimiento", "nacimiento", date(2026, 6, 16), "", today=TODAY)
    assert errors == {
        "phase": "La alianza ya está en esa fase.",
        "on": "La fecha del cambio no puede estar en el futuro.",
        "reason": "Escriba por qué cambia de fase.",
    }
    assert "on" in validate_phase_change(
        "nacimiento", "proyeccion", date(1850, 1, 1), "x", today=TODAY
    )
    assert validate_phase_change(
        "puesta_en_marcha",
        "consolidacion",
        date(2026, 5, 1),
        "x",
        today=TODAY,
        last_change_on=date(2026, 5, 2),
    ) == {"on": "La fecha es anterior al último cambio de fase registrado."}
