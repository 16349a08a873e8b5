"""The reports printed in English, read back with pypdf: the informe de evaluación, the plan de
trabajo, the informe de sistematización, the ficha de la alianza and the personal-data report.

Each one: English headings, "Page 1 of", "Verification code:" (or the report's own footer
line), dates in English and vocabulary labels in English; no Spanish program text.
"""

from __future__ import annotations

from datetime import date

from alianzas_desktop.documents.evaluation_pdf import evaluation_pdf_bytes
from alianzas_desktop.documents.person_report_pdf import person_report_pdf_bytes
from alianzas_desktop.documents.profile_pdf import profile_pdf_bytes
from alianzas_desktop.documents.systematization_pdf import systematization_pdf_bytes
from alianzas_desktop.documents.workplan_pdf import workplan_pdf_bytes
from alianzas_desktop.domain.systematization import LessonEntry
from alianzas_desktop.services import (
    agreements,
    evaluations,
    nacimiento,
    personal_data,
    systematization,
    workplan,
)
from tests.documents.readback import read_pdf
from tests.factories import nacimiento_data
from tests.review_factories import add_plan_activity, filled_review
from tests.workplan_factories import plan_data

TODAY = date(2026, 11, 30)


def _pages_say_english(printed) -> None:
    total = len(printed.pages)
    for number, page in enumerate(printed.pages, start=1):
        assert f"Page {number} of {total}" in " ".join(page.split())
    assert "Página" not in printed.text


def test_evaluation_report_in_english(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    add_plan_activity(db, alliance_id)
    evaluations.record_review(db, filled_review(db, alliance_id, date(2026, 5, 10), base=2), TODAY)
    data = filled_review(db, alliance_id, date(2026, 11, 20), base=3, by_partner=True)
    data.follow_ups[0].status = "cumplido"
    document = evaluations.evaluation_document(db, evaluations.record_review(db, data, TODAY))
    printed = read_pdf(evaluation_pdf_bytes(document, lang="en"))
    text = printed.text
    for fragment in (
        "EVALUATION REPORT",
        "Periodic review of November 20, 2026",
        "The alliance at a glance",
        "Score of each dimension",
        "Open relations",  # a condition, by its code
        "Shared responsibility",  # a value
        "Success factors",
        "Fulfilled",  # a commitment status
        "the partners disagree",
        "Verification code:",
        "Nov 20, 2026",
    ):
        assert fragment in text, fragment
    # The seed's words come from the app's own translation.
    assert "Complementary contributions: each partner provides what the others" in text
    for spanish in ("INFORME DE EVALUACIÓN", "Calificación", "Relaciones abiertas", "Cumplido"):
        assert spanish not in text, spanish
    _pages_say_english(printed)


def test_workplan_in_english(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    workplan.save_plan(db, plan_data(db, alliance_id), today=TODAY)
    printed = read_pdf(workplan_pdf_bytes(workplan.plan_document(db, alliance_id), lang="en"))
    text = printed.text
    for fragment in (
        "Work plan",
        "1. Activities",
        "2. Monthly schedule",
        "3. Information exchange",
        "4. Roles in the coordination",
        "5. Formalisation",
        "Expected result",
        "Verification code:",
    ):
        assert fragment in text, fragment
    assert any(month in text for month in ("Jan", "Feb", "Mar", "Apr", "Dec"))
    for spanish in ("Cronograma", "Actividades", "Formalización", "Resultado esperado"):
        assert spanish not in text, spanish
    _pages_say_english(printed)


def _systematized(db) -> str:
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    data = systematization.load_systematization(db, alliance_id)
    data.participants, data.purpose, data.central_axis = "Socios", "Aprender", "Eje"
    data.period_to = TODAY
    data.reflection = {"valor:confianza": "Sí", "condicion:relaciones_abiertas": "Abiertas"}
    data.conclusions = "Conclusión"
    data.lessons = [LessonEntry(what_happened="Comprar juntos", phase="nacimiento")]
    systematization.save_systematization(db, data, TODAY)
    return alliance_id


def test_systematization_report_in_english(db):
    alliance_id = _systematized(db)
    document = systematization.alliance_systematization_document(db, alliance_id)
    printed = read_pdf(systematization_pdf_bytes(document, lang="en"))
    text = printed.text
    for fragment in (
        "SYSTEMATIZATION REPORT",
        "Starting point",
        "Recovering the process lived",
        "Chronology",
        "In-depth reflection",
        "Trust:",  # a value's name before its guiding question
        "Lessons learned",
        "Lesson 1",
        "Nov 30, 2026",
        "Verification code:",
    ):
        assert fragment in text, fragment
    for spanish in ("INFORME DE SISTEMATIZACIÓN", "Punto de partida", "Lecciones aprendidas"):
        assert spanish not in text, spanish
    _pages_say_english(printed)


def test_profile_in_english(db):
    alliance_id = _systematized(db)
    printed = read_pdf(
        profile_pdf_bytes(systematization.profile_document(db, alliance_id, TODAY), lang="en")
    )
    text = printed.text
    for fragment in (
        "ALLIANCE PROFILE",
        "Partners by sector",
        "Public",
        "Civil society",
        "Contributions committed",
        "COP 48,000,000",
        "Main lessons",
        "Page 1 of 1",
        "Verification code:",
    ):
        assert fragment in text, fragment
    assert "FICHA" not in text and "$ 48.000.000" not in text


def test_person_report_in_english(db):
    data = nacimiento_data()
    representative = data.partners[1].representative
    representative.consent = True
    representative.consent_date = date(2026, 3, 2)
    alliance_id = nacimiento.found_alliance(db, data)
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    person_id = next(p for p in personal_data.list_people(db) if p.name == representative.name).id
    report = personal_data.person_report(db, person_id)
    printed = read_pdf(person_report_pdf_bytes(report, lang="en"))
    text = printed.text
    for fragment in (
        "PERSONAL DATA REPORT",
        "March 2, 2026",
        "On screen",  # the authorisation method
        "In force",
        "Your rights",
        "Issued",  # the agreement's status
        "Date of the report:",
    ):
        assert fragment in text, fragment
    for spanish in ("REPORTE DE DATOS PERSONALES", "Sus derechos", "Vigente", "En pantalla"):
        assert spanish not in text, spanish
    _pages_say_english(printed)
