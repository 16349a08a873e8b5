"""The checklist for leaving each phase, item by item, and the checks on the act itself."""

from __future__ import annotations

from datetime import date

import pytest

from alianzas_desktop.domain.phases import (
    ChecklistItem,
    PhaseFacts,
    checklist,
    is_forward,
    unmet,
    validate_phase_change,
)

TODAY = date(2026, 6, 15)
READY_BIRTH = PhaseFacts(
    purpose="Mejorar ingresos",
    agreement_issued=True,
    agreement_signed=True,
    active_partners=3,
    conditions_met=4,
)
READY_START_UP = PhaseFacts(plan_activities=1, coordination_members=1, information_flows=1)


def _items(from_phase: str, to_phase: str, facts: PhaseFacts) -> dict[str, ChecklistItem]:
    return {item.code: item for item in checklist(from_phase, to_phase, facts)}


def test_leaving_start_up_when_nothing_is_ready():
    items = checklist("puesta_en_marcha", "consolidacion", PhaseFacts(formal=True))
    assert items == [
        ChecklistItem(
            "plan_de_trabajo",
            "puesta_en_marcha",
            "Hay un plan de trabajo con actividades, responsables y fechas.",
            False,
            "No hay actividades en el plan de trabajo.",
        ),
        ChecklistItem(
            "roles_coordinacion",
            "puesta_en_marcha",
            "Están definidos los papeles de coordinación.",
            False,
            "No se han definido los papeles de coordinación.",
        ),
        ChecklistItem(
            "intercambio_informacion",
            "puesta_en_marcha",
            "Está acordado cómo se intercambia la información.",
            False,
            "No se ha acordado cómo circula la información entre los socios.",
        ),
        ChecklistItem(
            "formalizacion",
            "puesta_en_marcha",
            "Si la alianza es formal, su convenio está registrado.",
            False,
            "La alianza es formal y su convenio no está registrado.",
        ),
    ]


def test_leaving_start_up_when_everything_is_ready():
    for facts in (
        READY_START_UP,
        PhaseFacts(**{**vars(READY_START_UP), "formal": True, "convenio_recorded": True}),
    ):
        items = checklist("puesta_en_marcha", "consolidacion", facts)
        assert [(i.met, i.why) for i in items] == [(True, "")] * 4


def test_leaving_consolidation_when_nothing_is_ready():
    facts = PhaseFacts(overdue_commitments=2, open_critical_incidents=3)
    assert checklist("consolidacion", "proyeccion", facts) == [
        ChecklistItem(
            "evaluacion",
            "consolidacion",
            "Los socios hicieron al menos una evaluación periódica.",
            False,
            "No se ha registrado ninguna evaluación periódica.",
        ),
        ChecklistItem(
            "seguimiento",
            "consolidacion",
            "Ningún compromiso vencido sin seguimiento.",
            False,
            "Hay 2 compromisos vencidos sin cumplir.",
        ),
        ChecklistItem(
            "conflictos",
            "consolidacion",
            "Ningún incidente crítico abierto.",
            False,
            "Hay 3 incidentes críticos abiertos.",
        ),
    ]


def test_one_overdue_commitment_and_one_incident_in_the_singular():
    items = _items(
        "consolidacion", "proyeccion", PhaseFacts(overdue_commitments=1, open_critical_incidents=1)
    )
    assert items["seguimiento"].why == "Hay un compromiso vencido sin cumplir."
    assert items["conflictos"].why == "Hay un incidente crítico abierto."


def test_leaving_consolidation_when_everything_is_ready():
    items = checklist("consolidacion", "proyeccion", PhaseFacts(evaluations=1))
    assert [(i.code, i.met, i.why) for i in items] == [
        ("evaluacion", True, ""),
        ("seguimiento", True, ""),
        ("conflictos", True, ""),
    ]


def test_leaving_birth_item_by_item():
    items = _items("nacimiento", "puesta_en_marcha", PhaseFacts(purpose="  ", conditions_met=3))
    assert items["acuerdo_firmado"].why == "El acuerdo de compromisos no se ha emitido ni firmado."
    assert items["acuerdo_firmado"].text == (
        "El acuerdo de compromisos está emitido y firmado por los socios."
    )
    assert items["socios_con_compromisos"].why == "La alianza no tiene socios activos."
    assert items["proposito_comun"].why == "No se ha escrito el propósito común."
    assert items["condiciones"].why == "Se cumplen 3 de las 4 condiciones."
    assert items["condiciones"].text == "Se revisaron las cuatro condiciones de una alianza."
    assert unmet(checklist("nacimiento", "puesta_en_marcha", READY_BIRTH)) == []
    two_missing = PhaseFacts(active_partners=2, partners_without_commitments=("A", "B"))
    assert (
        _items("nacimiento", "puesta_en_marcha", two_missing)["socios_con_compromisos"].why
        == "Sin compromisos: A, B."
    )


def test_from_birth_to_projection_asks_for_three_checklists():
    phases = [i.phase for i in checklist("nacimiento", "proyeccion", PhaseFacts())]
    assert phases == ["nacimiento"] * 4 + ["puesta_en_marcha"] * 4 + ["consolidacion"] * 3


def test_unknown_phases_have_no_checklist():
    assert checklist("nacimiento", "otra", PhaseFacts()) == []
    assert checklist("otra", "proyeccion", PhaseFacts()) == []


def test_forward_is_by_the_methodology_order():
    assert is_forward("nacimiento", "puesta_en_marcha")
    assert is_forward("puesta_en_marcha", "proyeccion")
    assert not is_forward("consolidacion", "puesta_en_marcha")
    assert not is_forward("consolidacion", "consolidacion")


def test_unmet_keeps_order():
    items = checklist("consolidacion", "proyeccion", PhaseFacts(overdue_commitments=1))
    assert [i.code for i in unmet(items)] == ["evaluacion", "seguimiento"]


def _change(**overrides):
    values = dict(
        from_phase="nacimiento",
        to_phase="puesta_en_marcha",
        on=TODAY,
        reason="Acuerdo firmado",
        today=TODAY,
    )
    values.update(overrides)
    return validate_phase_change(**values)


def test_the_act_and_its_phase():
    assert _change() == {}
    assert _change(to_phase="sexta") == {"phase": "Esa fase no existe."}
    assert _change(to_phase="nacimiento") == {"phase": "La alianza ya está en esa fase."}
    assert _change(from_phase="proyeccion", to_phase="nacimiento") == {}


def test_the_date_of_the_act():
    assert _change(on=None) == {"on": "Indique la fecha del cambio."}
    assert _change(on=date(1989, 12, 31)) == {
        "on": "La fecha no es razonable: debe estar entre 1990 y 2056."
    }
    assert _change(on=date(2026, 6, 16)) == {
        "on": "La fecha del cambio no puede estar en el futuro."
    }
    # A date past the reasonable range keeps the range message.
    assert _change(on=date(2057, 1, 1)) == {
        "on": "La fecha no es razonable: debe estar entre 1990 y 2056."
    }


@pytest.mark.parametrize(
    ("start", "last", "on", "message"),
    [
        (date(2026, 3, 2), None, date(2026, 3, 1), "La fecha es anterior al inicio de la alianza."),
        (date(2026, 3, 2), None, date(2026, 3, 2), None),
        (
            None,
            date(2026, 5, 2),
            date(2026, 5, 1),
            "La fecha es anterior al último cambio de fase registrado.",
        ),
        (None, date(2026, 5, 2), date(2026, 5, 2), None),
        (
            date(2026, 3, 2),
            date(2026, 5, 2),
            date(2026, 3, 1),
            "La fecha es anterior al inicio de la alianza.",
        ),
    ],
)
def test_the_date_against_the_start_and_the_last_change(start, last, on, message):
    expected = {"on": message} if message else {}
    assert _change(on=on, start_date=start, last_change_on=last) == expected


def test_the_reason():
    assert _change(reason=" ") == {"reason": "Escriba por qué cambia de fase."}
    assert _change(reason="", reason_required=False) == {}
    assert _change(reason="r" * 20_000) == {}
    assert _change(reason="r" * 20_001, reason_required=False) == {
        "reason": "El texto es demasiado largo: máximo 20.000 caracteres."
    }


def test_leaving_birth_when_nothing_is_ready():
    assert checklist("nacimiento", "puesta_en_marcha", PhaseFacts()) == [
        ChecklistItem(
            "acuerdo_firmado",
            "nacimiento",
            "El acuerdo de compromisos está emitido y firmado por los socios.",
            False,
            "El acuerdo de compromisos no se ha emitido ni firmado.",
        ),
        ChecklistItem(
            "socios_con_compromisos",
            "nacimiento",
            "Cada socio tiene al menos un compromiso (socios activos).",
            False,
            "La alianza no tiene socios activos.",
        ),
        ChecklistItem(
            "proposito_comun",
            "nacimiento",
            "El propósito común está escrito y acordado.",
            False,
            "No se ha escrito el propósito común.",
        ),
        ChecklistItem(
            "condiciones",
            "nacimiento",
            "Se revisaron las cuatro condiciones de una alianza.",
            False,
            "Se cumplen 0 de las 4 condiciones.",
        ),
    ]


def test_leaving_birth_at_the_edges():
    one_partner = PhaseFacts(active_partners=1, conditions_met=4, conditions_total=4)
    items = _items("nacimiento", "puesta_en_marcha", one_partner)
    assert (items["socios_con_compromisos"].met, items["socios_con_compromisos"].why) == (True, "")
    assert (items["condiciones"].met, items["condiciones"].why) == (True, "")
    items = _items(
        "nacimiento", "puesta_en_marcha", PhaseFacts(conditions_met=5, conditions_total=6)
    )
    assert items["condiciones"].why == "Se cumplen 5 de las 6 condiciones."
    signed = _items("nacimiento", "puesta_en_marcha", PhaseFacts(agreement_signed=True))
    assert (signed["acuerdo_firmado"].met, signed["acuerdo_firmado"].why) == (True, "")
    missing = PhaseFacts(active_partners=2, partners_without_commitments=("Coop",))
    assert not _items("nacimiento", "puesta_en_marcha", missing)["socios_con_compromisos"].met
