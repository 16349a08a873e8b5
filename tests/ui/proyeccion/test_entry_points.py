"""Where the wizard opens from: the alliance page's «Proyección» tab (start, continue a
draft, correct), and the closing meeting it offers when the alliance closes."""

from __future__ import annotations

import pytest

from alianzas_desktop.domain.vocabulary import Benefit, DraftKind, MeetingKind
from alianzas_desktop.services import drafts
from alianzas_desktop.ui.wizards.meeting.wizard import MeetingWizard
from alianzas_desktop.ui.wizards.proyeccion.base import PAGE_BENEFITS, PAGE_PARTNERS
from alianzas_desktop.ui.wizards.proyeccion.launch import ProyeccionTab
from tests.ui.proyeccion.conftest import (
    click,
    click_cancel,
    click_finish,
    click_next,
    tick,
    type_into,
)
from tests.ui.proyeccion.test_wizard_flow import _sustainability
from tests.ui.user_events import click_tab_of


@pytest.fixture
def window(db, qtbot, answers, monkeypatch):
    from alianzas_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MeetingWizard, "_ask_keep_draft", lambda _self: "discard")
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_tab_opens_keeps_a_draft_and_offers_the_closing_meeting(
    qtbot, db, alliance_id, window, monkeypatch, qtmodeltester
):
    asked = []
    monkeypatch.setattr(
        ProyeccionTab, "_ask_closing_meeting", lambda _self: asked.append(1) or True
    )
    window.open_alliance(alliance_id)
    page = window.alliance_page
    tab = page.proyeccion_tab
    click_tab_of(qtbot, page.tabs, tab)
    assert tab.open_button.text() == "Pr&oyección…" and tab.open_button.isEnabled()
    with qtbot.waitSignal(tab.wizard_opened) as opened:
        click(qtbot, tab.open_button)
    wizard = opened.args[0]
    _sustainability(qtbot, db, alliance_id, wizard)
    click_cancel(qtbot, wizard)
    assert len(drafts.list_drafts(db, DraftKind.PROYECCION)) == 1
    qtbot.waitUntil(lambda: tab.wizard is None)
    tab.load(alliance_id, 3)
    assert tab.open_button.text() == "C&ontinuar la proyección…"

    with qtbot.waitSignal(tab.wizard_opened) as opened:
        click(qtbot, tab.open_button)
    wizard = opened.args[0]
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_PARTNERS
    partners = wizard.page_widget(PAGE_PARTNERS)
    tick(qtbot, partners.closes_check)
    type_into(qtbot, partners.closing_edit, "Cumplió su propósito: el acopio es municipal")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_BENEFITS
    row = wizard.page_widget(PAGE_BENEFITS).row(Benefit.SUSTAINABILITY.value)
    tick(qtbot, row.check)
    type_into(qtbot, row.evidence, "Acuerdo municipal 012 de 2026")
    with qtbot.waitSignal(tab.closing_meeting_opened, timeout=5000) as meeting:
        click_finish(qtbot, wizard)
    assert asked == [1]
    meeting_wizard = meeting.args[0]
    assert meeting_wizard.data.kind == MeetingKind.EXTRAORDINARY.value
    assert "Cierre de la alianza" in meeting_wizard.data.objective
    qtbot.waitUntil(lambda: tab.item_count == 2, timeout=5000)
    assert tab.open_button.text() == "C&orregir la proyección…"
    qtmodeltester.check(tab.model)
    assert tab.model.index(0, 4).data() == "Sí"  # the first item became a commitment
    assert tab.model.index(0, 2).data() == "Alcaldía de Sonsón"
    assert drafts.list_drafts(db, DraftKind.PROYECCION) == []


def test_a_draft_resumes_from_the_drafts_list(qtbot, db, alliance_id, window):
    from alianzas_desktop.ui.dialogs.drafts_dialog import DraftsDialog
    from alianzas_desktop.ui.wizards.proyeccion.wizard import ProyeccionWizard

    first = ProyeccionWizard(db, alliance_id)
    qtbot.addWidget(first)
    first.show()
    _sustainability(qtbot, db, alliance_id, first)
    click_next(qtbot, first)
    click_cancel(qtbot, first)
    [draft] = drafts.list_drafts(db, DraftKind.PROYECCION)
    listed = DraftsDialog(db, window)
    qtbot.addWidget(listed)
    assert draft.id in [listed.model.row_at(r).id for r in range(listed.model.rowCount())]
    wizard = window.resume_draft(draft)
    assert isinstance(wizard, ProyeccionWizard)
    assert wizard.currentId() == 1
    assert window.alliance_page.tabs.currentWidget() is window.alliance_page.proyeccion_tab
