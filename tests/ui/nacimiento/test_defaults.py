"""Sensible starting values: the facilitator from the profile, the deadline calendar's month."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from alianzas_desktop.profile import Profile, save_profile
from alianzas_desktop.ui.wizards.nacimiento.base import PAGE_BASICS, PAGE_COMMITMENTS, PAGE_PARTNERS
from tests.ui.nacimiento.conftest import (
    PARTNERS,
    add_partner,
    click_next,
    fill_basics,
    fill_purpose,
    type_date,
)


def test_new_wizard_proposes_the_profile_name_as_facilitator(make_wizard, _data_dir):
    _data_dir.mkdir(parents=True, exist_ok=True)
    save_profile(Profile(name="  Luz Dary Gómez "))
    wizard = make_wizard()
    assert wizard.page_widget(PAGE_BASICS).facilitator_edit.text() == "Luz Dary Gómez"
    assert wizard.data.facilitator == "Luz Dary Gómez"
    assert wizard.draft_id is None  # a proposal is not an edit: no draft yet


def test_without_profile_the_facilitator_is_empty(wizard):
    assert wizard.page_widget(PAGE_BASICS).facilitator_edit.text() == ""


def _open_deadline_calendar(qtbot, wizard):
    page = wizard.page_widget(PAGE_COMMITMENTS)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    edit = page.editor.deadline_edit
    assert edit.value() is None
    button = edit.findChild(QToolButton)  # the calendar button at the field's right
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # opens the popup
    calendar = edit.calendar_popup.calendar
    qtbot.waitUntil(calendar.isVisible)
    return calendar


def test_deadline_calendar_opens_on_the_start_month_not_1989(qtbot, wizard):
    start = date(date.today().year + 1, 3, 2)
    fill_basics(qtbot, wizard)
    type_date(qtbot, wizard.page_widget(PAGE_BASICS).start_date_edit, start)
    click_next(qtbot, wizard)
    for name, sector, identifier in PARTNERS:
        add_partner(qtbot, wizard, name, sector, identifier)
    click_next(qtbot, wizard)
    fill_purpose(qtbot, wizard)
    click_next(qtbot, wizard)
    calendar = _open_deadline_calendar(qtbot, wizard)
    assert (calendar.yearShown(), calendar.monthShown()) == (start.year, start.month)


def test_partners_guidance_fits_without_scrolling(qtbot, wizard):
    """The longest guidance is read whole on a small laptop screen (window 660 px high)."""
    fill_basics(qtbot, wizard)
    click_next(qtbot, wizard)
    wizard.resize(1100, 660)
    QApplication.processEvents()
    guidance = wizard.page_widget(PAGE_PARTNERS).guidance
    assert guidance.isVisible()
    assert guidance.document().size().height() <= guidance.viewport().height()
    assert guidance.verticalScrollBar().maximum() == 0
