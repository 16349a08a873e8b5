"""The review wizard by keyboard: one Alt+letter per field on each page, Tab goes round."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from alianzas_desktop.ui.wizards.review.base import PAGE_REFLECTION, PAGE_SCORES
from alianzas_desktop.ui.wizards.review.models import ScoreModel
from tests.ui.keyboard.conftest import Keyboard
from tests.ui.keyboard.test_tab_and_mnemonics import check_page
from tests.ui.review.conftest import click_wizard_button
from tests.ui.user_events import click_button, click_row

NEXT = QWizard.WizardButton.NextButton


def test_every_review_page(qtbot, alliance_id, make_wizard):
    keys = Keyboard(qtbot)
    wizard = make_wizard(alliance_id)
    check_page(keys, wizard)
    click_wizard_button(qtbot, wizard, NEXT)
    scores = wizard.page_widget(PAGE_SCORES)
    click_row(qtbot, scores.table, 0, ScoreModel.SCORE)
    qtbot.keyClicks(scores.table, "3" * 16)
    check_page(keys, wizard)
    click_button(qtbot, scores.by_partner_check)
    check_page(keys, wizard)
    click_wizard_button(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_REFLECTION
    page = wizard.page_widget(PAGE_REFLECTION)
    check_page(keys, wizard)
    click_button(qtbot, page.add_button)
    check_page(keys, wizard)
