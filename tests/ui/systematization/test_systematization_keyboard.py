"""The sistematización wizard by keyboard: one Alt+letter per field on each page, Tab goes round."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from alianzas_desktop.ui.wizards.systematization.base import PAGE_ARRIVAL, PAGE_CHRONOLOGY
from tests.ui.keyboard.conftest import Keyboard
from tests.ui.keyboard.test_tab_and_mnemonics import check_page
from tests.ui.nacimiento.conftest import type_into
from tests.ui.systematization.test_systematization_flow import click_wizard_button
from tests.ui.user_events import click_button, click_row

NEXT = QWizard.WizardButton.NextButton


def test_every_systematization_page(qtbot, alliance_id, make_wizard):
    keys = Keyboard(qtbot)
    wizard = make_wizard(alliance_id)
    wizard.data.participants = "Socios"
    wizard.data.purpose, wizard.data.central_axis = "Aprender", "Eje"
    wizard.data.period_to = wizard.data.period_from
    wizard.data.reflection = {"valor:confianza": "Sí"}
    for page in wizard.pages.values():
        page.load()
    for _ in range(PAGE_CHRONOLOGY):
        check_page(keys, wizard)
        click_wizard_button(qtbot, wizard, NEXT)
    page = wizard.page_widget(PAGE_CHRONOLOGY)
    check_page(keys, wizard)
    click_button(qtbot, page.add_button)  # the milestone fields become enabled
    check_page(keys, wizard)
    click_wizard_button(qtbot, wizard, NEXT)
    check_page(keys, wizard)
    click_wizard_button(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_ARRIVAL
    page = wizard.page_widget(PAGE_ARRIVAL)
    click_button(qtbot, page.add_button)
    type_into(qtbot, page.editor.what_edit, "Algo")
    click_row(qtbot, page.table, 0)
    check_page(keys, wizard)
