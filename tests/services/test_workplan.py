"""The workplan service: the plan stored in one go, read back, linked and audited."""

from __future__ import annotations

from datetime import date

import pytest

from alianzas_desktop.domain.workplan import ActivityEntry, RoleEntry
from alianzas_desktop.services import alliance_changes, audit, nacimiento, workplan
from alianzas_desktop.services.errors import ServiceError, ValidationFailed
from alianzas_desktop.storage.work_models import PlanActivity
from tests.factories import nacimiento_data
from tests.workplan_factories import ACTIVITIES, plan_data

TODAY = date(2026, 11, 30)


@pytest.fixture
def alliance_id(db) -> str:
    return nacimiento.found_alliance(db, nacimiento_data())


def test_setup_offers_partners_people_and_open_commitments(db, alliance_id):
    setup = workplan.load_setup(db, alliance_id)
    assert not setup.has_plan
    assert [p.organization for p in setup.partners] == [
        "Alcaldía de Sonsón",
        "Comercializadora El Páramo S.A.S.",
        "Cooperativa de Productores de La Loma",
    ]
    assert setup.partners[0].people[0].name == "María Eugenia Ríos"
    assert len(setup.commitments) == 3
    assert setup.data.formality == "informal"
    assert setup.data.activities == []


def test_save_and_read_back(db, alliance_id):
    data = plan_data(db, alliance_id)
    workplan.save_plan(db, data, today=TODAY)
    assert workplan.has_plan(db, alliance_id)
    again = workplan.load_setup(db, alliance_id)
    assert again.has_plan
    assert [a.title for a in again.data.activities] == list(ACTIVITIES)
    assert [a.key for a in again.data.activities] == [a.key for a in data.activities]
    assert again.data.activities[0].commitment_ids == data.activities[0].commitment_ids
    assert again.data.activities[2].is_milestone
    assert [f.channel for f in again.data.flows] == ["reunion", "whatsapp"]
    assert again.data.roles[0].is_spokesperson
    assert again.data.decision_recording == "En actas numeradas, firmadas por los asistentes"

    document = workplan.plan_document(db, alliance_id)
    assert document.activities[1].organization == "Alcaldía de Sonsón"
    assert document.activities[1].person == "María Eugenia Ríos"
    assert document.activities[0].commitments == (
        "Cooperativa de Productores de La Loma: Convocar y organizar a las familias productoras",
    )
    assert document.roles[0].role_label == "Coordinación"
    assert document.flows[1].channel_label == "WhatsApp"

    listed = workplan.list_activities(db, alliance_id)
    assert [a.title for a in listed] == list(ACTIVITIES)
    assert listed[0].status_label == "Pendiente"
    assert listed[2].organization == "Comercializadora El Páramo S.A.S."


def test_saving_again_keeps_matching_rows_and_removes_the_rest(db, alliance_id):
    data = plan_data(db, alliance_id)
    workplan.save_plan(db, data, today=TODAY)
    first_id = data.activities[0].key
    with db.transaction() as session:
        session.get(PlanActivity, first_id).status = "en_curso"
    data = workplan.load_setup(db, alliance_id).data
    data.activities[0].title = "Caracterización ajustada"
    del data.activities[1]
    data.activities.append(
        ActivityEntry(
            title="Feria de cierre",
            responsible_membership_id=data.activities[0].responsible_membership_id,
            start_date=date(2027, 1, 10),
            end_date=date(2027, 1, 10),
            expected_result="Feria",
        )
    )
    workplan.save_plan(db, data, today=TODAY)
    listed = workplan.list_activities(db, alliance_id)
    assert [a.title for a in listed] == [
        "Caracterización ajustada",
        ACTIVITIES[2],
        "Feria de cierre",
    ]
    assert listed[0].id == first_id and listed[0].status == "en_curso"


def test_refusals_change_nothing(db, alliance_id):
    data = plan_data(db, alliance_id)
    workplan.save_plan(db, data, today=TODAY)
    bad = workplan.load_setup(db, alliance_id).data
    bad.activities[0].title = "Nuevo título"
    bad.activities[1].end_date = date(2026, 1, 1)
    with pytest.raises(ValidationFailed) as failed:
        workplan.save_plan(db, bad, today=TODAY)
    key = f"activities.{bad.activities[1].key}.end_date"
    assert failed.value.errors == {key: "La actividad no puede terminar antes de empezar."}
    assert workplan.list_activities(db, alliance_id)[0].title == ACTIVITIES[0]


def test_partners_people_and_commitments_must_be_the_alliances(db, alliance_id):
    other = nacimiento_data()
    other.name = "Otra alianza"
    other_id = nacimiento.found_alliance(db, other)
    foreign = workplan.load_setup(db, other_id)
    data = plan_data(db, alliance_id)
    data.activities[0].responsible_membership_id = foreign.partners[0].membership_id
    data.activities[1].commitment_ids = [foreign.commitments[0].id]
    data.roles.append(
        RoleEntry(
            role="veeduria",
            membership_id=data.roles[0].membership_id,
            person_id=foreign.partners[2].people[0].id,
        )
    )
    with pytest.raises(ValidationFailed) as failed:
        workplan.save_plan(db, data, today=TODAY)
    errors = failed.value.errors
    assert errors[f"activities.{data.activities[0].key}.responsible_membership_id"] == (
        "Ese socio no es de esta alianza."
    )
    assert f"activities.{data.activities[1].key}.commitment_ids" in errors
    assert errors[f"roles.{data.roles[2].key}.person_id"] == "Esa persona no es de ese socio."
    assert not workplan.has_plan(db, alliance_id)


def test_formal_alliance_stores_its_convenio_and_scan(db, alliance_id):
    alliance_changes.update_alliance  # noqa: B018 - the structure is changed below
    data = plan_data(db, alliance_id)
    data.formality = "formal"
    # The stored structure rules: an informal alliance is not asked for a convenio.
    data.legal_figure = "Asociación"
    workplan.save_plan(db, data, today=TODAY)
    assert workplan.convenio_scan(db, alliance_id) is None
    assert workplan.plan_document(db, alliance_id).convenio_number == ""


def test_scan_is_stored_replaced_and_kept(db, alliance_id, monkeypatch):
    with db.transaction() as session:
        from alianzas_desktop.storage.models import Alliance

        session.get(Alliance, alliance_id).formality = "formal"
    data = plan_data(db, alliance_id)
    assert data.formality == "formal"
    data.legal_figure = "Convenio de asociación"
    data.convenio_number = "CV-2026-014"
    data.convenio_date = date(2026, 4, 2)
    data.scan_name = "convenio firmado.pdf"
    with pytest.raises(ValidationFailed) as failed:
        workplan.save_plan(db, data, scan=b"x" * (workplan.MAX_SCAN_BYTES + 1), today=TODAY)
    assert failed.value.errors == {"scan": "El archivo es demasiado grande (máximo 30 MB)."}
    workplan.save_plan(db, data, scan=b"%PDF-1.4 firmado", today=TODAY)
    assert workplan.convenio_scan(db, alliance_id) == ("convenio firmado.pdf", b"%PDF-1.4 firmado")
    again = workplan.load_setup(db, alliance_id).data
    assert again.has_stored_scan and again.convenio_number == "CV-2026-014"
    workplan.save_plan(db, again, today=TODAY)  # no new file: the scan stays
    assert workplan.convenio_scan(db, alliance_id)[1] == b"%PDF-1.4 firmado"
    document = workplan.plan_document(db, alliance_id)
    assert document.is_formal and document.scan_name == "convenio firmado.pdf"
    again.remove_scan = True
    workplan.save_plan(db, again, today=TODAY)
    assert workplan.convenio_scan(db, alliance_id) is None


def test_archived_alliance_refuses(db, alliance_id):
    alliance_changes.archive_alliance(db, alliance_id)
    with pytest.raises(ServiceError, match="archivada"):
        workplan.save_plan(db, plan_data(db, alliance_id), today=TODAY)


def test_history_shows_the_plan(db, alliance_id):
    data = plan_data(db, alliance_id)
    workplan.save_plan(db, data, today=TODAY)
    records = audit.history_of_alliance(db, alliance_id)
    tables = {r.table for r in records}
    assert {"plan_activities", "information_flows", "coordination_members"} <= tables
    created = [r for r in records if r.table == "plan_activities"]
    assert len(created) == 3
    assert any(ACTIVITIES[0] in r.summary for r in created), [r.summary for r in created]


def test_code_changes_with_content_and_finds_the_plan(db, alliance_id):
    data = plan_data(db, alliance_id)
    workplan.save_plan(db, data, today=TODAY)
    document = workplan.plan_document(db, alliance_id)
    code = workplan.plan_code(document)
    assert workplan.find_plan_by_code(db, code.lower()).alliance_id == alliance_id
    data.activities[0].title = "Otra cosa"
    workplan.save_plan(db, data, today=TODAY)
    assert workplan.plan_code(workplan.plan_document(db, alliance_id)) != code
    assert workplan.find_plan_by_code(db, code) is None
    as_dict = workplan.plan_as_dict(db, alliance_id)
    assert as_dict["activities"][0]["start_date"] == "2026-04-01"
    assert as_dict["verification_code"] != code


def test_demo_plans(db):
    from alianzas_desktop.documents.workplan_pdf import workplan_pdf_bytes
    from alianzas_desktop.services.demo import build_demo
    from alianzas_desktop.services.demo_workplan import PLANS, add_demo_workplan
    from tests.documents.readback import read_pdf

    build_demo(db, today=TODAY)
    add_demo_workplan(db, today=TODAY)
    by_name = {s.name: s.id for s in workplan_alliances(db)}
    for name, activities in PLANS.items():
        document = workplan.plan_document(db, by_name[name])
        assert [a.title for a in document.activities] == [a[0] for a in activities]
        assert any(r.is_spokesperson for r in document.roles)
    water = workplan.plan_document(db, by_name["Agua Limpia para San Jacinto"])
    assert water.is_formal and water.convenio_number == "CA-2026-031"
    assert workplan.convenio_scan(db, by_name["Agua Limpia para San Jacinto"])[1][:4] == b"%PDF"
    text = read_pdf(workplan_pdf_bytes(water)).text
    assert "Construcción de la bocatoma y el tanque" in text


def workplan_alliances(db):
    from alianzas_desktop.services import alliances

    return alliances.list_alliances(db, include_archived=True)


def test_hostile_text_is_stored_as_typed_and_blank_edges_trimmed(db, alliance_id):
    data = plan_data(db, alliance_id)
    data.activities[0].title = "  <b>Taller</b> & feria 🌱\x07 "
    data.flows[0].informs = "<script>alert(1)</script>"
    workplan.save_plan(db, data, today=TODAY)
    document = workplan.plan_document(db, alliance_id)
    assert document.activities[0].title == "<b>Taller</b> & feria 🌱"
    assert document.flows[0].informs == "<script>alert(1)</script>"
