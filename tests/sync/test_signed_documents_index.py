"""Verificar at office scale: plans de trabajo and informes de evaluación are found by their
code through the index of printed codes, and a code nobody printed costs the same few
queries however many plans and informes the database holds."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from datetime import date

from sqlalchemy import event

from alianzas_desktop.services import document_signing, evaluations, workplan
from alianzas_desktop.services.verification import find_document
from alianzas_desktop.storage.signature_models import SignedKind
from tests.review_factories import filled_review
from tests.ui.app.conftest import ALLIANCES, found
from tests.workplan_factories import plan_data

TODAY = date(2026, 11, 30)
NOBODY_PRINTED = "ZZZZ-ZZZZ-ZZZZ"


@contextmanager
def counted_statements(db):
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def planned_alliance(db, name: str, municipio: str, departamento: str) -> str:
    alliance_id = found(db, name, municipio, departamento)
    workplan.save_plan(db, plan_data(db, alliance_id), today=TODAY)
    return alliance_id


def test_a_built_plan_and_informe_are_found_through_the_index(db):
    alliance_id = planned_alliance(db, *ALLIANCES[0])
    plan_code = workplan.plan_code(workplan.plan_document(db, alliance_id))
    [plan_row] = document_signing.signed_documents(db, plan_code)
    assert (plan_row.kind, plan_row.record_id) == (SignedKind.WORKPLAN, alliance_id)
    assert find_document(db, plan_code).alliance_id == alliance_id
    evaluation_id = evaluations.record_review(
        db, filled_review(db, alliance_id, date(2026, 11, 20), base=3), TODAY
    )
    informe = evaluations.evaluation_document(db, evaluation_id)

    [informe_row] = document_signing.signed_documents(db, informe.verification_code)
    assert (informe_row.kind, informe_row.record_id) == (SignedKind.EVALUATION, evaluation_id)
    assert find_document(db, informe.verification_code).evaluation_id == evaluation_id


def test_a_code_nobody_printed_costs_the_same_queries_with_more_plans(db):
    first = planned_alliance(db, *ALLIANCES[0])
    workplan.plan_document(db, first)  # shown or printed once: indexed
    with counted_statements(db) as one_plan:
        assert find_document(db, NOBODY_PRINTED) is None

    for name, municipio, departamento in ALLIANCES[1:]:
        workplan.plan_document(db, planned_alliance(db, name, municipio, departamento))
    with counted_statements(db) as three_plans:
        assert find_document(db, NOBODY_PRINTED) is None
    assert len(three_plans) == len(one_plan) <= 16


def test_plans_printed_before_the_index_are_looked_through_once(db):
    alliance_id = planned_alliance(db, *ALLIANCES[0])
    code = workplan.plan_code(workplan.plan_document(db, alliance_id))
    with sqlite3.connect(db.path) as raw:  # as a database from before migration 0012
        raw.execute("DELETE FROM document_signatures")
    with counted_statements(db) as first_miss:
        assert find_document(db, NOBODY_PRINTED) is None
    # The look through built (and so indexed) the plan: the next miss asks the index only.
    assert document_signing.signed_documents(db, code)
    with counted_statements(db) as next_miss:
        assert find_document(db, NOBODY_PRINTED) is None
    assert len(next_miss) < len(first_miss)
    assert find_document(db, code).title == "Plan de trabajo (el vigente)"


def test_a_printed_agreement_draft_is_found_by_its_provisional_code(db):
    from alianzas_desktop.services import agreements

    alliance_id = found(db, *ALLIANCES[0])
    draft = agreements.agreement_document(db, alliance_id)  # printed as a borrador
    assert draft.is_draft and draft.signature == ""
    [row] = document_signing.signed_documents(db, draft.verification_code)
    assert (row.kind, row.record_id, row.key_id) == (
        SignedKind.AGREEMENT_DRAFT,
        draft.version_id,
        "",
    )
    match = find_document(db, draft.verification_code)
    assert match is not None and match.version_id == draft.version_id


def test_acta_annexes_from_before_the_index_are_looked_through_once(db):
    from alianzas_desktop.services import meetings
    from tests.meeting_factories import convened_meeting, hold_meeting

    alliance_id = found(db, *ALLIANCES[0])
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, meeting_id)
    meetings.add_addendum(db, meeting_id, "Donde dice 4.200 debe decir 4.300")
    code = meetings.acta_document(db, meeting_id).annex_code
    [row] = document_signing.signed_documents(db, code)
    assert (row.kind, row.record_id) == (SignedKind.ACTA_ANNEXES, meeting_id)

    with sqlite3.connect(db.path) as raw:  # as a database from before migration 0012
        raw.execute("DELETE FROM document_signatures")
    assert find_document(db, code).meeting_id == meeting_id  # looked through
    with counted_statements(db) as first_miss:
        assert find_document(db, NOBODY_PRINTED) is None  # looked through, and indexed
    assert document_signing.signed_documents(db, code)
    with counted_statements(db) as next_miss:
        assert find_document(db, NOBODY_PRINTED) is None
    assert len(next_miss) < len(first_miss)
    assert find_document(db, code).meeting_id == meeting_id  # now through the index
