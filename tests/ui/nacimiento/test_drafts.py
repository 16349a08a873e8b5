"""Nothing lost: the wizard's draft is written as the facilitator types and restored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from alianzas_desktop.services import drafts
from alianzas_desktop.ui.wizards.nacimiento.base import (
    PAGE_BASICS,
    PAGE_COMMITMENTS,
    PAGE_PARTNERS,
    PAGE_PURPOSE,
    PAGE_SUMMARY,
)
from tests.ui.nacimiento.conftest import (
    PARTNERS,
    add_partner,
    click_back,
    click_next,
    fill_basics,
    fill_purpose,
    fill_until_summary,
    type_into,
)


def test_typing_saves_a_draft_after_a_pause(qtbot, wizard, db):
    page = wizard.page_widget(PAGE_BASICS)
    with qtbot.waitSignal(wizard.draft_saved, timeout=3000) as saved:
        type_into(qtbot, page.name_edit, "Alianza del Cacao")
    [draft] = drafts.list_drafts(db, "nacimiento")
    assert saved.args == [draft.id]
    assert wizard.draft_id == draft.id
    assert draft.title == "Alianza del Cacao"
    assert draft.payload["name"] == "Alianza del Cacao"
    assert draft.page == PAGE_BASICS


def test_draft_without_name_has_a_plain_title(qtbot, wizard, db):
    page = wizard.page_widget(PAGE_BASICS)
    with qtbot.waitSignal(wizard.draft_saved, timeout=3000):
        type_into(qtbot, page.municipio_edit, "Sonsón")
    [draft] = drafts.list_drafts(db, "nacimiento")
    assert draft.title == "Alianza sin nombre"


def test_page_change_saves_at_once(qtbot, wizard, db):
    fill_basics(qtbot, wizard)
    with qtbot.waitSignal(wizard.draft_saved, timeout=1000):
        click_next(qtbot, wizard)
    [draft] = drafts.list_drafts(db, "nacimiento")
    assert draft.page == PAGE_PARTNERS
    assert draft.payload["facilitator"] == "Ana Milena Zapata"


def test_close_midway_keep_then_reopen_restores_fields_and_page(
    qtbot, wizard, db, keep_draft_question, make_wizard
):
    fill_basics(qtbot, wizard)
    click_next(qtbot, wizard)
    for partner in PARTNERS:
        add_partner(qtbot, wizard, *partner)
    click_next(qtbot, wizard)
    fill_purpose(qtbot, wizard, "Que 60 familias vivan mejor del frijol")

    wizard.close()  # the window's close button

    assert keep_draft_question.asked == 1
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert not wizard.isVisible()
    [draft] = drafts.list_drafts(db, "nacimiento")
    assert draft.id == wizard.draft_id
    assert draft.page == PAGE_PURPOSE
    assert draft.title == "Alianza Frijol del Páramo"

    again = make_wizard(draft.id)

    assert again.draft_id == draft.id
    assert again.currentId() == PAGE_PURPOSE
    purpose = again.page_widget(PAGE_PURPOSE)
    assert purpose.purpose_edit.toPlainText() == "Que 60 familias vivan mejor del frijol"
    assert all(check.isChecked() for check in purpose.condition_checks.values())
    assert purpose.condition_notes["socios_activos"].text() == "Revisado"
    # History is real: Back goes to the partners, then to the basics, all filled.
    click_back(qtbot, again)
    partners = again.page_widget(PAGE_PARTNERS)
    assert again.currentId() == PAGE_PARTNERS
    assert [partners.model.index(r, 0).data() for r in range(3)] == [p[0] for p in PARTNERS]
    assert partners.editor.name_edit.text() == PARTNERS[0][0]
    click_back(qtbot, again)
    basics = again.page_widget(PAGE_BASICS)
    assert basics.name_edit.text() == "Alianza Frijol del Páramo"
    assert basics.departamento_edit.text() == "Antioquia"
    assert basics.vereda_edit.text() == "La Loma"
    assert basics.area_combo.currentData() == "productividad"
    assert basics.start_date_edit.value().isoformat() == "2026-03-02"
    assert basics.facilitator_edit.text() == "Ana Milena Zapata"
    # Reopening did not create a second draft.
    assert len(drafts.list_drafts(db, "nacimiento")) == 1


def test_cancel_with_discard_removes_the_draft(qtbot, wizard, db, keep_draft_question):
    keep_draft_question.answer = "discard"
    fill_basics(qtbot, wizard)
    click_next(qtbot, wizard)
    assert drafts.list_drafts(db, "nacimiento")

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)

    assert keep_draft_question.asked == 1
    assert not wizard.isVisible()
    assert drafts.list_drafts(db, "nacimiento") == []


def test_cancel_the_question_keeps_the_wizard_open(qtbot, wizard, db, keep_draft_question):
    keep_draft_question.answer = "cancel"
    fill_basics(qtbot, wizard)
    click_next(qtbot, wizard)

    wizard.close()

    assert wizard.isVisible()
    assert wizard.currentId() == PAGE_PARTNERS
    assert len(drafts.list_drafts(db, "nacimiento")) == 1


def test_closing_an_untouched_wizard_asks_nothing(qtbot, wizard, db, keep_draft_question):
    wizard.close()
    assert keep_draft_question.asked == 0
    assert drafts.list_drafts(db, "nacimiento") == []


def test_restored_draft_on_summary_can_be_finished(
    qtbot, wizard, db, keep_draft_question, make_wizard
):
    fill_until_summary(qtbot, wizard)
    wizard.close()
    draft_id = wizard.draft_id

    again = make_wizard(draft_id)
    assert again.currentId() == PAGE_SUMMARY
    assert "Convocar a las familias" in again.page_widget(PAGE_SUMMARY).browser.toPlainText()
    commitments = again.page_widget(PAGE_COMMITMENTS)
    assert commitments.shares.rowCount() == 3

    with qtbot.waitSignal(again.alliance_founded):
        qtbot.mouseClick(again.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert drafts.list_drafts(db, "nacimiento") == []
    assert keep_draft_question.asked == 1  # only the first close asked


def test_unknown_draft_id_starts_fresh(make_wizard):
    fresh = make_wizard("no-existe")
    assert fresh.currentId() == PAGE_BASICS
    assert fresh.draft_id is None
    assert fresh.page_widget(PAGE_BASICS).name_edit.text() == ""
