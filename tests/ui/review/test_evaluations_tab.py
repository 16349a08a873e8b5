"""The «Evaluaciones» tab on the alliance page: list, charts, informe, and the review wizard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QWizard

from alianzas_desktop.domain.vocabulary import DraftKind
from alianzas_desktop.services import drafts, evaluations
from alianzas_desktop.ui.evaluations_tab import EvaluationTableModel
from alianzas_desktop.ui.main_window import MainWindow
from alianzas_desktop.ui.wizards.review.base import PAGE_REFLECTION, PAGE_SCORES
from alianzas_desktop.ui.wizards.review.models import ScoreModel
from alianzas_desktop.ui.wizards.review.wizard import ReviewWizard
from tests.documents.readback import read_pdf
from tests.review_factories import filled_review
from tests.ui.nacimiento.conftest import type_date, type_into
from tests.ui.review.conftest import click_wizard_button
from tests.ui.user_events import (
    choose,
    choose_text,
    click_button,
    click_row,
    click_tab,
    click_tab_of,
)

TODAY = date(2026, 11, 30)


@pytest.fixture
def window(db, qtbot):
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.resize(1300, 740)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_tab_lists_evaluations_draws_charts_and_prints_the_informe(
    qtbot, db, alliance_id, window, previews
):
    evaluations.record_review(db, filled_review(db, alliance_id, date(2026, 5, 10), base=1), TODAY)
    evaluations.record_review(db, filled_review(db, alliance_id, date(2026, 11, 20), base=3), TODAY)
    window.open_alliance(alliance_id)
    page = window.alliance_page
    tab = page.evaluations_tab
    click_tab_of(qtbot, page.tabs, tab)
    assert tab.model.rowCount() == 2
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Evaluaciones (2)"
    assert tab.model.index(0, EvaluationTableModel.DATE).data() == "20/11/2026"
    # The radar shows the newest evaluation with the one before it overlaid.
    assert tab.radar.latest == [3, 4, 5, 3] and tab.radar.previous == [1, 2, 3, 1]
    assert len(tab.trend.dates) == 2 and len(tab.trend.series) == 4
    assert [row[0] for row in tab.bars.rows][0] == "Alcaldía de Sonsón"
    image = tab.radar.grab().toImage()
    # Painted: the filled shape of the scores covers the centre, which is not the background.
    centre = image.pixelColor(image.width() // 2, image.height() // 2 + 12)
    assert centre != tab.radar.palette().base().color()
    click_row(qtbot, tab.view, 1)
    assert tab.radar.latest == [1, 2, 3, 1] and tab.radar.previous is None
    click_button(qtbot, tab.report_button)
    assert len(previews) == 1
    text = read_pdf(previews[0].pdf_bytes).body
    assert "INFORME DE EVALUACIÓN" in text and "10 de mayo de 2026" in text


def test_review_button_starts_and_then_resumes_the_draft(qtbot, db, alliance_id, window, answers):
    window.open_alliance(alliance_id)
    page = window.alliance_page
    tab = page.evaluations_tab
    click_tab_of(qtbot, page.tabs, tab)
    assert tab.model.rowCount() == 0 and "primera revisión" in tab.hint.text()
    assert not tab.report_button.isEnabled()
    click_button(qtbot, tab.review_button)
    wizard: ReviewWizard = tab.last_wizard
    qtbot.waitExposed(wizard)
    click_wizard_button(qtbot, wizard, QWizard.WizardButton.NextButton)
    scores = wizard.page_widget(PAGE_SCORES)
    click_row(qtbot, scores.table, 0, ScoreModel.SCORE)
    qtbot.keyClicks(scores.table, "52")
    click_wizard_button(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert answers.asked_keep == 1
    [draft] = drafts.list_drafts(db, DraftKind.REVIEW.value)

    click_button(qtbot, tab.review_button)
    resumed: ReviewWizard = tab.last_wizard
    assert resumed is not wizard and resumed.draft_id == draft.id
    assert resumed.currentId() == PAGE_SCORES
    assert [s.score for s in resumed.data.scores[:3]] == [5, 2, None]
    resumed.reject()


def test_models_pass_the_model_tester(qtmodeltester, db, alliance_id):
    evaluations.record_review(db, filled_review(db, alliance_id, date(2026, 11, 20)), TODAY)
    model = EvaluationTableModel()
    model.set_rows(evaluations.list_evaluations(db, alliance_id))
    qtmodeltester.check(model)
    context = evaluations.review_context(db, alliance_id)
    data = evaluations.new_review_data(context, TODAY)
    score_model = ScoreModel(data, context.partners, context.previous_scores)
    qtmodeltester.check(score_model)
    assert score_model.columnCount() == 4 + len(context.partners) + 1
    assert score_model.set_score(0, ScoreModel.SCORE, 4) and data.scores[0].score == 4
    assert not score_model.set_score(0, ScoreModel.DIMENSION, 4)


def test_archivo_borradores_resumes_a_review_on_its_alliance(
    qtbot, db, alliance_id, window, answers
):
    window.open_alliance(alliance_id)
    tab = window.alliance_page.evaluations_tab
    click_tab_of(qtbot, window.alliance_page.tabs, tab)
    click_button(qtbot, tab.review_button)
    first: ReviewWizard = tab.last_wizard
    qtbot.waitExposed(first)
    click_wizard_button(qtbot, first, QWizard.WizardButton.NextButton)
    scores = first.page_widget(PAGE_SCORES)
    click_row(qtbot, scores.table, 0, ScoreModel.SCORE)
    qtbot.keyClicks(scores.table, "3")
    click_wizard_button(qtbot, first, QWizard.WizardButton.CancelButton)
    [draft] = drafts.list_drafts(db, DraftKind.REVIEW.value)
    click_tab(qtbot, window.alliance_page.tabs, 0)  # elsewhere on the page
    resumed = window.resume_draft(draft)
    assert isinstance(resumed, ReviewWizard) and resumed.draft_id == draft.id
    assert window.alliance_page.alliance_id == alliance_id
    assert window.alliance_page.tabs.currentWidget() is tab
    assert resumed.currentId() == PAGE_SCORES
    assert resumed.data.scores[0].score == 3
    resumed.reject()


def test_a_review_finished_from_the_tab_shows_in_the_list_and_the_page(
    qtbot, db, alliance_id, window, answers, previews
):
    window.open_alliance(alliance_id)
    page = window.alliance_page
    tab = page.evaluations_tab
    click_tab_of(qtbot, page.tabs, tab)
    click_button(qtbot, tab.review_button)
    wizard: ReviewWizard = tab.last_wizard
    qtbot.waitExposed(wizard)
    commitments_before = page.commitment_model.rowCount()
    click_wizard_button(qtbot, wizard, QWizard.WizardButton.NextButton)
    scores = wizard.page_widget(PAGE_SCORES)
    click_row(qtbot, scores.table, 0, ScoreModel.SCORE)
    qtbot.keyClicks(scores.table, "4" * 16)
    click_wizard_button(qtbot, wizard, QWizard.WizardButton.NextButton)
    reflection = wizard.page_widget(PAGE_REFLECTION)
    click_button(qtbot, reflection.add_button)
    type_into(qtbot, reflection.editor.text_edit, "Sesión mensual de la mesa")
    choose(qtbot, reflection.editor.outcome_combo, "compromiso")
    choose_text(qtbot, reflection.editor.organization_combo, "Alcaldía de Sonsón")
    type_date(qtbot, reflection.editor.deadline_edit, date.today() + timedelta(days=30))
    with qtbot.waitSignal(tab.evaluations_changed):
        click_wizard_button(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: len(previews) == 1)
    assert tab.model.rowCount() == 1
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Evaluaciones (1)"
    assert page.commitment_model.rowCount() == commitments_before + 1
    assert tab.radar.latest == [4, 4, 4, 4]
