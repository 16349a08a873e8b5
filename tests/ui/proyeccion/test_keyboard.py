"""The Proyección wizard by keyboard: one Alt+letter per field on each page, Tab goes round."""

from __future__ import annotations

from tests.ui.keyboard.conftest import Keyboard
from tests.ui.keyboard.test_tab_and_mnemonics import check_page
from tests.ui.proyeccion.conftest import click, click_next


def test_every_proyeccion_page(qtbot, alliance_id, make_wizard):
    keys = Keyboard(qtbot)
    wizard = make_wizard(alliance_id)
    page = wizard.page_widget(wizard.currentId())
    click(qtbot, page.list.add_button)
    check_page(keys, wizard)
    qtbot.keyClicks(page.editor.what_edit, "Vivero")
    click_next(qtbot, wizard)
    click(qtbot, wizard.page_widget(wizard.currentId()).list.add_button)
    check_page(keys, wizard)
    qtbot.keyClicks(wizard.page_widget(wizard.currentId()).editor.place_edit, "Abejorral")
    qtbot.keyClicks(wizard.page_widget(wizard.currentId()).editor.whom_edit, "JAC")
    click_next(qtbot, wizard)
    partners = wizard.page_widget(wizard.currentId())
    click(qtbot, partners.retirements.add_button)
    click(qtbot, partners.joinings.add_button)
    check_page(keys, wizard)
    click(qtbot, partners.retirements.remove_button)
    click(qtbot, partners.joinings.remove_button)
    click_next(qtbot, wizard)
    check_page(keys, wizard)
