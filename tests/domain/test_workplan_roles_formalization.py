"""The plan's coordination roles and formalisation, message by message and at each limit."""

from __future__ import annotations

from datetime import date

import pytest

from alianzas_desktop.domain.workplan import (
    RoleEntry,
    WorkplanData,
    validate_formalization,
    validate_roles,
)

TODAY = date(2026, 11, 30)
SPOKESPERSON = "Marque quién habla en nombre de la alianza (vocería)."


def _role(key: str, **values) -> RoleEntry:
    values.setdefault("membership_id", "m1")
    return RoleEntry(key=key, **values)


def test_one_spokesperson_among_the_roles():
    assert validate_roles(WorkplanData(roles=[_role("r1", is_spokesperson=True)])) == {}
    roles = [_role("r1"), _role("r2", is_spokesperson=True), _role("r3")]
    assert validate_roles(WorkplanData(roles=roles)) == {}


def test_no_roles_at_all():
    assert validate_roles(WorkplanData()) == {
        "roles": "Agregue al menos un miembro de la instancia de coordinación."
    }


def test_fifty_roles_at_most():
    roles = [_role(f"r{n}", is_spokesperson=n == 0) for n in range(50)]
    assert validate_roles(WorkplanData(roles=roles)) == {}
    roles.append(_role("r50"))
    assert validate_roles(WorkplanData(roles=roles)) == {"roles": "Se admiten hasta 50 miembros."}


def test_each_role_message():
    roles = [_role("r1", role="rey", membership_id=""), _role("r2"), _role("r3")]
    assert validate_roles(WorkplanData(roles=roles)) == {
        "roles.r1.role": "Elija el rol.",
        "roles.r1.membership_id": "Elija el socio al que representa.",
        "spokesperson": SPOKESPERSON,
    }
    roles = [_role("r1", is_spokesperson=True), _role("r2", is_spokesperson=True)]
    assert validate_roles(WorkplanData(roles=roles)) == {
        "spokesperson": "Solo una persona lleva la vocería de la alianza."
    }


@pytest.mark.parametrize(
    "role", ["coordinacion", "secretaria_tecnica", "tesoreria", "veeduria", "otro"]
)
def test_every_role_is_known(role):
    roles = [_role("r1", role=role, role_note="Enlace", is_spokesperson=True)]
    assert validate_roles(WorkplanData(roles=roles)) == {}


def test_the_note_says_what_another_role_is():
    roles = [_role("r1", role="otro", role_note=" ", is_spokesperson=True)]
    assert validate_roles(WorkplanData(roles=roles)) == {
        "roles.r1.role_note": "Escriba cuál es el rol."
    }
    roles[0].role_note = "n" * 200
    assert validate_roles(WorkplanData(roles=roles)) == {}
    roles[0].role_note = "n" * 201
    assert validate_roles(WorkplanData(roles=roles)) == {
        "roles.r1.role_note": "El texto es demasiado largo: máximo 200 caracteres."
    }
    roles[0].role = "tesoreria"
    roles[0].role_note = ""
    assert validate_roles(WorkplanData(roles=roles)) == {}


def _formal(**values) -> WorkplanData:
    data = WorkplanData(
        formality="formal",
        legal_figure="Convenio de asociación",
        convenio_number="CV-014",
        convenio_date=date(2026, 4, 2),
    )
    for name, value in values.items():
        setattr(data, name, value)
    return data


def test_a_formal_alliance_with_its_convenio():
    assert validate_formalization(_formal(), TODAY) == {}
    assert validate_formalization(_formal(convenio_date=TODAY), TODAY) == {}


def test_an_empty_formal_alliance():
    data = _formal(legal_figure="", convenio_number="", convenio_date=None)
    assert validate_formalization(data, TODAY) == {
        "legal_figure": "Escriba la figura jurídica.",
        "convenio_number": "Escriba el número del convenio.",
        "convenio_date": "Indique la fecha del convenio.",
    }


@pytest.mark.parametrize(("attr", "limit"), [("legal_figure", 200), ("convenio_number", 60)])
def test_formal_text_limits(attr, limit):
    assert validate_formalization(_formal(**{attr: "x" * limit}), TODAY) == {}
    assert validate_formalization(_formal(**{attr: "x" * (limit + 1)}), TODAY) == {
        attr: f"El texto es demasiado largo: máximo {limit} caracteres."
    }


def test_the_convenio_date():
    assert validate_formalization(_formal(convenio_date=date(2026, 12, 1)), TODAY) == {
        "convenio_date": "La fecha del convenio no puede ser posterior a hoy."
    }
    assert validate_formalization(_formal(convenio_date=date(1989, 12, 31)), TODAY) == {
        "convenio_date": "La fecha no es razonable: debe estar entre 1990 y 2056."
    }
    assert validate_formalization(_formal(convenio_date=date(2057, 1, 1)), TODAY) == {
        "convenio_date": "La fecha no es razonable: debe estar entre 1990 y 2056."
    }
    # Judged against the given today; without one, against the machine's.
    data = _formal(convenio_date=date(2039, 1, 1))
    assert validate_formalization(data, date(2040, 1, 1)) == {}
    assert validate_formalization(data) == {
        "convenio_date": "La fecha del convenio no puede ser posterior a hoy."
    }


def test_the_scan_name_length():
    assert validate_formalization(_formal(scan_name="a" * 255), TODAY) == {}
    assert validate_formalization(_formal(scan_name="a" * 256), TODAY) == {
        "scan": "El nombre del archivo es demasiado largo."
    }


def test_decision_records_are_required_only_of_an_informal_alliance():
    informal = WorkplanData(formality="informal")
    assert validate_formalization(informal, TODAY) == {
        "decision_recording": "Escriba cómo se registran las decisiones."
    }
    informal.decision_recording = "d" * 20_000
    assert validate_formalization(informal, TODAY) == {}
    informal.decision_recording = "d" * 20_001
    too_long = {"decision_recording": "El texto es demasiado largo: máximo 20.000 caracteres."}
    assert validate_formalization(informal, TODAY) == too_long
    assert validate_formalization(_formal(decision_recording=""), TODAY) == {}
    assert validate_formalization(_formal(decision_recording="d" * 20_001), TODAY) == too_long
    # The informal alliance's convenio fields are not asked for.
    informal.decision_recording = "Actas"
    informal.scan_name = "a" * 300
    assert validate_formalization(informal, TODAY) == {}


def test_validate_plan_passes_today_on_to_activities_and_formalization():
    from alianzas_desktop.domain.workplan import ActivityEntry, FlowEntry, validate_plan

    data = _formal(convenio_date=date(2070, 1, 1))
    data.activities = [
        ActivityEntry(
            key="a1",
            title="Taller",
            responsible_membership_id="m1",
            start_date=date(2070, 2, 1),
            end_date=date(2070, 3, 1),
            expected_result="Ocho sesiones",
        )
    ]
    data.flows = [FlowEntry(frequency="Mensual", informs="Comité", informed="Socios")]
    data.roles = [_role("r1", is_spokesperson=True)]
    far_today = date(2071, 1, 1)
    assert validate_plan(data, far_today) == {}
    # Without a date, today is the machine's: 2070 is then beyond its thirty years.
    unreasonable = f"La fecha no es razonable: debe estar entre 1990 y {date.today().year + 30}."
    assert validate_plan(data) == {
        "activities.a1.start_date": unreasonable,
        "activities.a1.end_date": unreasonable,
        "convenio_date": unreasonable,
    }
