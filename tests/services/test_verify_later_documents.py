"""Verificar also knows the plan de trabajo and the informe de evaluación by their codes."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.services import evaluations, nacimiento, verification, workplan
from tests.factories import nacimiento_data
from tests.review_factories import filled_review
from tests.workplan_factories import plan_data

TODAY = date(2026, 11, 30)


def test_a_printed_plan_is_found_until_the_plan_changes(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    data = plan_data(db, alliance_id)
    workplan.save_plan(db, data, today=TODAY)
    code = workplan.plan_code(workplan.plan_document(db, alliance_id))

    match = verification.find_document(db, code)
    assert match is not None and match.title == "Plan de trabajo (el vigente)"
    assert match.alliance_name == "Alianza Frijol del Páramo"

    data = workplan.load_setup(db, alliance_id).data
    data.activities[0].expected_result = "Otro resultado"
    workplan.save_plan(db, data, today=TODAY)
    assert verification.find_document(db, code) is None  # that paper is no longer the plan


def test_an_informe_de_evaluacion_is_found_by_its_code(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    evaluation_id = evaluations.record_review(
        db, filled_review(db, alliance_id, date(2026, 11, 20), base=3), TODAY
    )
    code = evaluations.evaluation_document(db, evaluation_id).verification_code

    match = verification.find_document(db, f"Código de verificación: {code}")
    assert match is not None and match.title == "Informe de evaluación"
    assert match.dated == date(2026, 11, 20)
    assert verification.find_document(db, "ZZZZ-ZZZZ-ZZZZ") is None


def test_a_matched_plan_and_informe_open_as_their_own_pdfs(db):
    # What «Abrir» in Verificar documento builds for the match (an acta's path before).
    from alianzas_desktop.ui.dialogs.verify_dialog import document_pdf
    from tests.documents.readback import read_pdf

    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    workplan.save_plan(db, plan_data(db, alliance_id), today=TODAY)
    plan = verification.find_document(
        db, workplan.plan_code(workplan.plan_document(db, alliance_id))
    )
    assert "PLAN DE TRABAJO" in read_pdf(document_pdf(db, plan)).text.upper()

    evaluation_id = evaluations.record_review(
        db, filled_review(db, alliance_id, date(2026, 11, 20), base=3), TODAY
    )
    code = evaluations.evaluation_document(db, evaluation_id).verification_code
    informe = verification.find_document(db, code)
    assert "INFORME DE EVALUACIÓN" in read_pdf(document_pdf(db, informe)).text.upper()
