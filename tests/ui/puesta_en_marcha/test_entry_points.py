"""Where the wizard opens from: the alliance page's button (new, continue, correct and
print) and Archivo ▸ Borradores."""

from __future__ import annotations

from datetime import date

import pytest

from alianzas_desktop.domain.vocabulary import DraftKind
from alianzas_desktop.services import drafts, workplan
from alianzas_desktop.ui.dialogs.drafts_dialog import DraftsDialog
from alianzas_desktop.ui.wizards.puesta_en_marcha.base import PAGE_ACTIVITIES, PAGE_FLOWS
from tests.documents.readback import read_pdf
from tests.ui.puesta_en_marcha.conftest import (
    add_activity,
    add_role,
    click,
    click_cancel,
    click_finish,
    click_next,
    fill_formalization,
    partner_id,
)
from tests.ui.puesta_en_marcha.test_wizard_flow import ALCALDIA, COOPERATIVA
from tests.ui.user_events import click_row, click_tab, click_tab_of
from tests.workplan_factories import ACTIVITIES, plan_data


@pytest.fixture
def window(db, qtbot, answers, previews):
    from alianzas_desktop.ui.main_window import MainWindow

    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_button_opens_keeps_a_draft_resumes_it_from_the_drafts_list_and_prints(
    qtbot, db, alliance_id, window, previews
):
    window.open_alliance(alliance_id)
    page = window.alliance_page
    click_tab_of(qtbot, page.tabs, page.puesta_launcher.plan_tab)
    button = page.puesta_button
    assert button.isEnabled() and button.isVisible()
    assert button.text() == "&Puesta en marcha…"
    assert not page.puesta_launcher.print_button.isEnabled()
    click(qtbot, button)
    wizard = page.puesta_launcher.wizard
    assert wizard is not None and wizard.isVisible()
    add_activity(
        qtbot,
        wizard,
        "Caracterización de las familias",
        partner_id(db, alliance_id, COOPERATIVA),
        date(2026, 4, 1),
        date(2026, 5, 15),
        "Censo",
    )
    click_next(qtbot, wizard)
    click_cancel(qtbot, wizard)
    qtbot.waitUntil(lambda: button.text() == "Continuar la &puesta en marcha…")

    dialog = DraftsDialog(db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    kinds = [dialog.model.row_at(r).kind for r in range(dialog.model.rowCount())]
    assert kinds == [DraftKind.PUESTA_EN_MARCHA]
    click_row(qtbot, dialog.table, 0)
    [draft] = drafts.list_drafts(db, DraftKind.PUESTA_EN_MARCHA)
    assert dialog.selected.id == draft.id
    window.show_list()
    resumed = window.resume_draft(dialog.selected)
    assert resumed is page.puesta_launcher.wizard
    assert window.alliance_page.alliance_id == alliance_id
    assert resumed.currentId() == PAGE_FLOWS
    assert resumed.data.activities[0].title == "Caracterización de las familias"
    from tests.ui.puesta_en_marcha.conftest import add_flow

    add_flow(qtbot, resumed, "reunion", "Mensual", "Coordinación", "Socios")
    click_next(qtbot, resumed)
    add_role(qtbot, resumed, "coordinacion", partner_id(db, alliance_id, ALCALDIA))
    click_next(qtbot, resumed)
    fill_formalization(qtbot, resumed, "Actas")
    click_next(qtbot, resumed)
    click_finish(qtbot, resumed)
    qtbot.waitUntil(lambda: len(previews) == 1)
    qtbot.waitUntil(lambda: button.text() == "Corregir el &plan de trabajo…")
    print_button = page.puesta_launcher.print_button
    assert print_button.isEnabled()
    assert drafts.list_drafts(db, DraftKind.PUESTA_EN_MARCHA) == []

    click_tab_of(qtbot, page.tabs, page.puesta_launcher.plan_tab)
    click(qtbot, print_button)
    assert len(previews) == 2
    assert "Caracterización de las familias" in read_pdf(previews[1]._pdf).text
    click(qtbot, button)
    again = page.puesta_launcher.wizard
    assert again.currentId() == PAGE_ACTIVITIES
    assert [a.title for a in again.data.activities] == ["Caracterización de las familias"]


def test_stored_plan_opens_for_correction_and_history_shows_it(qtbot, db, alliance_id, window):
    workplan.save_plan(db, plan_data(db, alliance_id), today=date(2026, 11, 30))
    window.open_alliance(alliance_id)
    page = window.alliance_page
    tab = page.puesta_launcher.plan_tab
    # Opening the page counts the plan's activities for the tab's title; choosing the tab
    # reads them, and the button in it says what it does for this alliance.
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == f"Plan de trabajo ({len(ACTIVITIES)})"
    assert tab.model.rowCount() == 0
    click_tab_of(qtbot, page.tabs, tab)
    assert tab.model.rowCount() == len(ACTIVITIES)
    assert page.puesta_button.text() == "Corregir el &plan de trabajo…"
    wizard = page.puesta_launcher.open_wizard()
    assert [a.title for a in wizard.data.activities] == list(ACTIVITIES)
    wizard.reject()
    with qtbot.waitSignal(page.audit_view.history_loaded):  # read in a worker
        click_tab(qtbot, page.tabs, page.history_tab_index)
    sentences = [r.summary for r in page.audit_view.model.rows]
    assert any(ACTIVITIES[0] in s for s in sentences), sentences


def test_plan_tab_shows_the_stored_plan(qtbot, qtmodeltester, db, alliance_id, window):
    page = window.alliance_page
    window.open_alliance(alliance_id)
    tab = page.puesta_launcher.plan_tab
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Plan de trabajo (0)"
    click_tab_of(qtbot, page.tabs, tab)
    assert tab.empty_label.isVisible() and not tab.view.isVisible()

    workplan.save_plan(db, plan_data(db, alliance_id), today=date(2026, 11, 30))
    window.open_alliance(alliance_id)
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Plan de trabajo (3)"
    qtmodeltester.check(tab.model)
    assert [tab.model.display(r, 0) for r in tab.model.rows] == list(ACTIVITIES)
    assert tab.model.display(tab.model.rows[2], tab.model.MILESTONE) == "◆"
    assert tab.view.isVisible() and not tab.empty_label.isVisible()
    details = tab.details_label.text()
    assert "Vocería:</b> María Eugenia Ríos — Alcaldía de Sonsón" in details
    assert "Reunión (Mensual)" in details
