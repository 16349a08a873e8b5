"""The Puesta en marcha wizard driven through its widgets: the whole plan typed and stored,
a close mid-way that keeps the draft and resumes it, refusals said beside their fields."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.vocabulary import DraftKind
from alianzas_desktop.services import drafts, workplan
from alianzas_desktop.ui.wizards.puesta_en_marcha.base import (
    PAGE_ACTIVITIES,
    PAGE_FLOWS,
    PAGE_FORMALIZATION,
    PAGE_ROLES,
    PAGE_SUMMARY,
)
from tests.documents.readback import read_pdf
from tests.ui.puesta_en_marcha.conftest import (
    add_activity,
    add_flow,
    add_role,
    click,
    click_cancel,
    click_finish,
    click_next,
    fill_formalization,
    partner_id,
    type_date,
    type_into,
)

ALCALDIA = "Alcaldía de Sonsón"
EMPRESA = "Comercializadora El Páramo S.A.S."
COOPERATIVA = "Cooperativa de Productores de La Loma"
TITLES = (
    "Caracterización de las familias — vereda La Loma",
    "Escuela de campo: manejo del fríjol <módulo 1> & abonos 🌱",
    "Primera compra de cosecha",
)


def _activities(qtbot, db, alliance_id, wizard) -> None:
    add_activity(
        qtbot,
        wizard,
        TITLES[0],
        partner_id(db, alliance_id, COOPERATIVA),
        date(2026, 4, 1),
        date(2026, 5, 15),
        "Censo de 60 familias",
        person_row=1,
        commitment_rows=(2,),
    )
    add_activity(
        qtbot,
        wizard,
        TITLES[1],
        partner_id(db, alliance_id, ALCALDIA),
        date(2026, 5, 1),
        date(2026, 11, 30),
        "Ocho sesiones de campo",
        person_row=1,
        commitment_rows=(0,),
    )
    add_activity(
        qtbot,
        wizard,
        TITLES[2],
        partner_id(db, alliance_id, EMPRESA),
        date(2026, 12, 1),
        date(2026, 12, 1),
        "Cosecha comprada a precio acordado",
        commitment_rows=(1,),
        milestone=True,
    )


def test_whole_plan_by_keyboard_and_clicks_is_stored_and_printed(
    qtbot, db, alliance_id, make_wizard, previews
):
    wizard = make_wizard(alliance_id)
    saved = []
    wizard.plan_saved.connect(saved.append)
    assert wizard.currentId() == PAGE_ACTIVITIES
    _activities(qtbot, db, alliance_id, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_FLOWS
    add_flow(
        qtbot,
        wizard,
        "reunion",
        "Mensual",
        "Secretaría técnica",
        "Todos los socios",
        "Libro de actas en la Alcaldía",
    )
    add_flow(qtbot, wizard, "whatsapp", "Semanal", COOPERATIVA, "Comité de la alianza")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_ROLES
    add_role(qtbot, wizard, "coordinacion", partner_id(db, alliance_id, ALCALDIA), person_row=1)
    add_role(qtbot, wizard, "veeduria", partner_id(db, alliance_id, COOPERATIVA))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_FORMALIZATION
    assert not wizard.page_widget(PAGE_FORMALIZATION).formal_box.isVisible()  # informal
    fill_formalization(qtbot, wizard, "Actas numeradas, firmadas por quienes asisten")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUMMARY
    summary = wizard.page_widget(PAGE_SUMMARY).browser.toPlainText()
    assert TITLES[1] in summary
    with qtbot.waitSignal(wizard.plan_saved):
        click_finish(qtbot, wizard)
    assert saved == [alliance_id]
    assert not wizard.isVisible()

    stored = workplan.load_setup(db, alliance_id)
    assert stored.has_plan
    assert [a.title for a in stored.data.activities] == list(TITLES)
    first, second, third = stored.data.activities
    assert (first.start_date, first.end_date) == (date(2026, 4, 1), date(2026, 5, 15))
    assert third.is_milestone and not second.is_milestone
    document = workplan.plan_document(db, alliance_id)
    assert document.activities[1].person == "María Eugenia Ríos"
    assert document.activities[0].person == "Luz Dary Ñustes"
    assert document.activities[2].commitments == (
        f"{EMPRESA}: Comprar toda la cosecha a precio acordado",
    )
    assert [f.informs for f in document.flows] == ["Secretaría técnica", COOPERATIVA]
    assert [(r.role_label, r.is_spokesperson) for r in document.roles] == [
        ("Coordinación", True),
        ("Veeduría", False),
    ]
    assert document.decision_recording == "Actas numeradas, firmadas por quienes asisten"
    assert drafts.list_drafts(db, DraftKind.PUESTA_EN_MARCHA) == []

    qtbot.waitUntil(lambda: len(previews) == 1)
    text = read_pdf(previews[0]._pdf).text
    for title in TITLES[::2]:
        assert title in text
    assert "Escuela de campo: manejo del fríjol <módulo 1> & abonos □" in text
    assert "Cronograma por meses" in text


def test_close_mid_way_keeps_the_draft_and_resumes_it(qtbot, db, alliance_id, make_wizard, answers):
    wizard = make_wizard(alliance_id)
    _activities(qtbot, db, alliance_id, wizard)
    click_next(qtbot, wizard)
    add_flow(qtbot, wizard, "llamada", "Cada quince días", "Coordinación", "Socios")
    click_cancel(qtbot, wizard)
    assert answers.asked_keep == 1
    assert not wizard.isVisible()
    assert not workplan.has_plan(db, alliance_id)
    [draft] = drafts.list_drafts(db, DraftKind.PUESTA_EN_MARCHA)
    assert draft.subject_id == alliance_id
    assert draft.page == PAGE_FLOWS

    again = make_wizard(alliance_id, draft_id=draft.id)
    assert again.currentId() == PAGE_FLOWS
    flows = again.page_widget(PAGE_FLOWS)
    assert flows.editor.frequency_edit.text() == "Cada quince días"
    assert [a.title for a in again.data.activities] == list(TITLES)
    click_next(qtbot, again)
    add_role(qtbot, again, "coordinacion", partner_id(db, alliance_id, ALCALDIA))
    click_next(qtbot, again)
    fill_formalization(qtbot, again, "Actas")
    click_next(qtbot, again)
    click_finish(qtbot, again)
    stored = workplan.plan_document(db, alliance_id)
    assert [a.title for a in stored.activities] == list(TITLES)
    assert stored.flows[0].frequency == "Cada quince días"
    assert drafts.list_drafts(db, DraftKind.PUESTA_EN_MARCHA) == []


def test_refusals_are_said_beside_their_fields(qtbot, db, alliance_id, make_wizard):
    wizard = make_wizard(alliance_id)
    page = wizard.page_widget(PAGE_ACTIVITIES)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_ACTIVITIES
    assert page.list_message.message == "Agregue al menos una actividad al plan de trabajo."
    click(qtbot, page.add_button)
    type_into(qtbot, page.editor.title_edit, "x" * 201)
    type_date(qtbot, page.editor.start_edit, date(2026, 6, 2))
    type_date(qtbot, page.editor.end_edit, date(2026, 6, 1))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_ACTIVITIES
    messages = page.editor.messages
    assert messages["title"].message.startswith("El texto es demasiado largo")
    assert messages["end_date"].message == "La actividad no puede terminar antes de empezar."
    assert messages["responsible_membership_id"].message == "Elija el socio responsable."
    assert messages["expected_result"].message == "Escriba el resultado esperado."
    assert "1 fila(s)" in page.list_message.message
    # Correcting a field clears its message only.
    type_date(qtbot, page.editor.end_edit, date(2026, 6, 30))
    assert messages["end_date"].message == ""
    assert messages["title"].message != ""
    assert not workplan.has_plan(db, alliance_id)


def test_roles_keep_one_spokesperson(qtbot, db, alliance_id, make_wizard):
    wizard = make_wizard(alliance_id)
    _activities(qtbot, db, alliance_id, wizard)
    click_next(qtbot, wizard)
    add_flow(qtbot, wizard, "correo", "Mensual", "Coordinación", "Socios")
    click_next(qtbot, wizard)
    page = wizard.page_widget(PAGE_ROLES)
    add_role(qtbot, wizard, "coordinacion", partner_id(db, alliance_id, ALCALDIA))
    add_role(qtbot, wizard, "otro", partner_id(db, alliance_id, EMPRESA))
    assert [r.is_spokesperson for r in wizard.data.roles] == [True, False]
    from tests.ui.puesta_en_marcha.conftest import tick

    tick(qtbot, page.editor.spokesperson_check)
    assert [r.is_spokesperson for r in wizard.data.roles] == [False, True]
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_ROLES
    assert page.editor.messages["role_note"].message == "Escriba cuál es el rol."
    type_into(qtbot, page.editor.note_edit, "Enlace con compradores")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_FORMALIZATION
