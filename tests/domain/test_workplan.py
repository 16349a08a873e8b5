"""The Puesta en marcha rules: required fields, dates, limits, roles and the convenio."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.fields import LONG_TEXT_MAX, SHORT_TEXT_MAX
from alianzas_desktop.domain.workplan import (
    MAX_ACTIVITIES,
    ActivityEntry,
    FlowEntry,
    RoleEntry,
    WorkplanData,
    months_between,
    plan_span,
    validate_activities,
    validate_flows,
    validate_formalization,
    validate_plan,
    validate_roles,
)

TODAY = date(2026, 11, 30)


def activity(**changes) -> ActivityEntry:
    values = dict(
        title="Escuela de campo",
        responsible_membership_id="m1",
        start_date=date(2026, 5, 1),
        end_date=date(2026, 6, 30),
        expected_result="Ocho sesiones",
    )
    values.update(changes)
    return ActivityEntry(**values)


def complete() -> WorkplanData:
    return WorkplanData(
        alliance_id="a1",
        activities=[activity()],
        flows=[FlowEntry(frequency="Mensual", informs="Comité", informed="Socios")],
        roles=[RoleEntry(membership_id="m1", is_spokesperson=True)],
        decision_recording="Actas",
    )


def test_a_complete_plan_passes():
    assert validate_plan(complete(), TODAY) == {}


def test_an_empty_plan_names_each_missing_part():
    errors = validate_plan(WorkplanData(), TODAY)
    assert set(errors) == {"activities", "flows", "roles", "decision_recording"}
    assert errors["activities"] == "Agregue al menos una actividad al plan de trabajo."


def test_activity_fields_are_required():
    item = ActivityEntry()
    errors = validate_activities(WorkplanData(activities=[item]), TODAY)
    prefix = f"activities.{item.key}."
    assert errors[prefix + "title"] == "Escriba la actividad."
    assert errors[prefix + "responsible_membership_id"] == "Elija el socio responsable."
    assert errors[prefix + "start_date"] == "Indique la fecha de inicio."
    assert errors[prefix + "end_date"] == "Indique la fecha de finalización."
    assert errors[prefix + "expected_result"] == "Escriba el resultado esperado."


def test_end_before_start_is_refused_and_same_day_is_a_milestone_day():
    bad = activity(start_date=date(2026, 6, 2), end_date=date(2026, 6, 1))
    same = activity(start_date=date(2026, 6, 1), end_date=date(2026, 6, 1))
    errors = validate_activities(WorkplanData(activities=[bad, same]), TODAY)
    assert errors == {
        f"activities.{bad.key}.end_date": "La actividad no puede terminar antes de empezar."
    }


def test_absurd_dates_and_endless_activities():
    old = activity(start_date=date(1900, 1, 1))
    far = activity(end_date=date(2090, 1, 1))
    long = activity(start_date=date(2026, 1, 1), end_date=date(2036, 1, 2))
    leap = activity(start_date=date(2028, 2, 29), end_date=date(2038, 2, 28))
    errors = validate_activities(WorkplanData(activities=[old, far, long, leap]), TODAY)
    assert errors[f"activities.{old.key}.start_date"].startswith("La fecha no es razonable")
    assert errors[f"activities.{far.key}.end_date"].startswith("La fecha no es razonable")
    assert "más de 10 años" in errors[f"activities.{long.key}.end_date"]
    assert f"activities.{leap.key}.end_date" not in errors


def test_text_limits_and_the_number_of_activities():
    item = activity(title="x" * (SHORT_TEXT_MAX + 1), expected_result="y" * (LONG_TEXT_MAX + 1))
    errors = validate_activities(WorkplanData(activities=[item]), TODAY)
    assert "demasiado largo" in errors[f"activities.{item.key}.title"]
    assert "20.000" in errors[f"activities.{item.key}.expected_result"]
    many = WorkplanData(activities=[activity() for _ in range(MAX_ACTIVITIES + 1)])
    assert "300" in validate_activities(many, TODAY)["activities"]


def test_markup_and_emoji_are_ordinary_text():
    item = activity(title="<b>Taller</b> & feria 🌱", expected_result="<script>")
    assert validate_activities(WorkplanData(activities=[item]), TODAY) == {}


def test_flows_need_frequency_and_both_ends():
    item = FlowEntry(channel="paloma")
    errors = validate_flows(WorkplanData(flows=[item]))
    prefix = f"flows.{item.key}."
    assert errors[prefix + "channel"] == "Elija el canal."
    assert errors[prefix + "frequency"] == "Escriba con qué frecuencia."
    assert errors[prefix + "informs"] == "Escriba quién informa."
    assert errors[prefix + "informed"] == "Escriba a quién se informa."
    assert prefix + "records_kept_at" not in errors


def test_roles_need_a_partner_one_spokesperson_and_a_name_for_other():
    other = RoleEntry(role="otro", membership_id="m1")
    nobody = RoleEntry(role="tesoreria")
    errors = validate_roles(WorkplanData(roles=[other, nobody]))
    assert errors[f"roles.{other.key}.role_note"] == "Escriba cuál es el rol."
    assert errors[f"roles.{nobody.key}.membership_id"] == "Elija el socio al que representa."
    assert errors["spokesperson"].startswith("Marque quién habla")
    two = [RoleEntry(membership_id="m1", is_spokesperson=True) for _ in range(2)]
    assert validate_roles(WorkplanData(roles=two))["spokesperson"].startswith("Solo una")


def test_formal_alliance_needs_its_convenio_informal_one_its_records():
    formal = WorkplanData(formality="formal")
    errors = validate_formalization(formal, TODAY)
    assert set(errors) == {"legal_figure", "convenio_number", "convenio_date"}
    formal.legal_figure = "Asociación"
    formal.convenio_number = "CV-014"
    formal.convenio_date = date(2026, 12, 1)
    assert validate_formalization(formal, TODAY) == {
        "convenio_date": "La fecha del convenio no puede ser posterior a hoy."
    }
    formal.convenio_date = date(2026, 4, 2)
    assert validate_formalization(formal, TODAY) == {}
    informal = WorkplanData(formality="informal")
    assert validate_formalization(informal, TODAY) == {
        "decision_recording": "Escriba cómo se registran las decisiones."
    }


def test_draft_round_trip_keeps_everything():
    data = complete()
    data.formality = "formal"
    data.convenio_date = date(2026, 4, 2)
    data.activities[0].commitment_ids = ["c1", "c2"]
    data.activities[0].is_milestone = True
    again = WorkplanData.from_dict(data.to_dict())
    assert again == data
    assert again.activities[0].start_date == date(2026, 5, 1)


def test_draft_from_an_older_version_ignores_unknown_fields():
    payload = complete().to_dict()
    payload["future"] = 1
    payload["activities"][0]["colour"] = "red"
    payload["activities"][0]["start_date"] = "no es fecha"
    again = WorkplanData.from_dict(payload)
    assert again.activities[0].start_date is None
    assert again.activities[0].title == "Escuela de campo"


def test_span_and_months():
    items = [activity(), activity(start_date=date(2026, 11, 3), end_date=date(2027, 2, 1))]
    first, last = plan_span(items)
    assert (first, last) == (date(2026, 5, 1), date(2027, 2, 1))
    months = months_between(first, last)
    assert months[0] == date(2026, 5, 1) and months[-1] == date(2027, 2, 1)
    assert len(months) == 10
    assert plan_span([ActivityEntry()]) is None
