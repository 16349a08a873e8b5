"""Opening an alliance page reads the tab on screen; each other tab is read when chosen."""

from __future__ import annotations

import pytest

from alianzas_desktop.services import meetings
from alianzas_desktop.ui.alliance_page import AlliancePage
from tests.meeting_factories import convened_meeting
from tests.ui.user_events import click_button, click_tab, click_tab_of


def _convene(db, alliance_id: str) -> str:
    return meetings.save_convocation(db, convened_meeting(db, alliance_id))


@pytest.fixture
def page(db, alliance_ids, qtbot):
    widget = AlliancePage(db)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_tabs_are_read_when_chosen_and_again_after_a_change(db, page, alliance_ids, qtbot):
    alliance_id = alliance_ids["Cacao para la Paz"]
    _convene(db, alliance_id)
    page.load(alliance_id)
    tabs, sessions = page.tabs, page.meetings_tab
    sessions_index = tabs.indexOf(sessions)
    assert tabs.currentIndex() == 0  # «Socios», read with the page
    assert page.partner_model.rowCount() > 0
    # Every other tab waits, its title already counting what it holds.
    waiting = (
        sessions,
        page.puesta_launcher.plan_tab,
        page.commitments_board,
        page.evaluations_tab,
        page.conflicts_tab,
        page.proyeccion_tab,
        page.systematization_tab,
    )
    assert all(page.tab_loader.is_stale(w) for w in waiting)
    assert page.tab_loader.is_stale(sessions) and sessions.model.rowCount() == 0
    assert tabs.tabText(sessions_index) == "Sesiones (1)"

    click_tab(qtbot, tabs, sessions_index)
    assert sessions.model.rowCount() == 1 and not page.tab_loader.is_stale(sessions)

    _convene(db, alliance_id)  # a change while the tab is on screen: read again at once
    page.reload()
    assert sessions.model.rowCount() == 2
    assert tabs.tabText(sessions_index) == "Sesiones (2)"

    click_tab(qtbot, tabs, 0)
    _convene(db, alliance_id)  # a change while it is hidden: counted, read when chosen
    page.reload()
    assert tabs.tabText(sessions_index) == "Sesiones (3)"
    assert sessions.model.rowCount() == 2
    click_tab(qtbot, tabs, sessions_index)
    assert sessions.model.rowCount() == 3


def test_another_alliance_never_shows_the_first_ones_rows(db, page, alliance_ids, qtbot):
    first, second = alliance_ids["Cacao para la Paz"], alliance_ids["Agua Limpia Veredal"]
    _convene(db, first)
    page.load(first)
    click_tab_of(qtbot, page.tabs, page.meetings_tab)
    click_tab(qtbot, page.tabs, 0)
    page.load(second)
    assert page.meetings_tab.model.rowCount() == 0  # not the first alliance's, even hidden
    assert page.tabs.tabText(page.tabs.indexOf(page.meetings_tab)) == "Sesiones (0)"


def test_new_meeting_from_the_top_opens_for_the_alliance_shown(db, page, alliance_ids, qtbot):
    """«Nueva sesión» sits above the tabs: it serves the alliance shown, its tab unread."""
    first, second = alliance_ids["Cacao para la Paz"], alliance_ids["Agua Limpia Veredal"]
    page.load(first)
    page.load(second)
    assert page.tab_loader.is_stale(page.meetings_tab)
    click_button(qtbot, page.new_meeting_button)
    wizard = page.meetings_tab.wizard
    assert wizard is not None and wizard.data.alliance_id == second
    wizard.reject()
