"""Nothing lost: the meeting's draft, resuming after a restart; and the models' contracts."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.meeting import DecisionEntry
from alianzas_desktop.services import agenda, drafts, meetings
from alianzas_desktop.ui.agenda_panel import OverdueCommitmentsModel, UpcomingMeetingsModel
from alianzas_desktop.ui.main_window import MainWindow
from alianzas_desktop.ui.meetings_tab import MeetingTableModel
from alianzas_desktop.ui.wizards.meeting import models
from alianzas_desktop.ui.wizards.meeting.base import (
    PAGE_ATTENDANCE,
    PAGE_CONVOCATION,
)
from tests.meeting_factories import convened_meeting, hold_meeting
from tests.ui.meeting.conftest import (
    AGENDA,
    click,
    click_next,
    fill_convocation,
    mark_attendance,
    type_into,
)
from tests.ui.user_events import click_row, click_tab


def test_next_is_refused_with_messages_beside_the_fields(qtbot, alliance_id, make_wizard):
    wizard = make_wizard(alliance_id)
    click_next(qtbot, wizard)
    page = wizard.page_widget(PAGE_CONVOCATION)
    assert wizard.currentId() == PAGE_CONVOCATION
    assert page.messages["place"].message == "Escriba el lugar."
    assert page.agenda_message.message == "Agregue al menos un punto al orden del día."
    type_into(qtbot, page.place_edit, "Caseta")
    assert page.messages["place"].message == ""


def test_agenda_items_move_up_and_down(qtbot, alliance_id, make_wizard, person_dialog):
    wizard = make_wizard(alliance_id)
    fill_convocation(qtbot, wizard, person_dialog)
    page = wizard.page_widget(PAGE_CONVOCATION)
    click(qtbot, page.agenda_up_button)  # the last one added is selected
    assert [a.title for a in wizard.data.agenda] == [AGENDA[0], AGENDA[2], AGENDA[1]]
    assert page.agenda_model.index(1, 0).data() == "2"
    click(qtbot, page.agenda_remove_button)
    assert [a.title for a in wizard.data.agenda] == [AGENDA[0], AGENDA[1]]


def test_interrupted_meeting_resumes_after_restarting_the_app(
    qtbot, db, alliance_id, answers, previews, person_dialog
):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_alliance(alliance_id)
    page = window.alliance_page
    click_tab(qtbot, page.tabs, page.meetings_tab_index)
    click(qtbot, page.meetings_tab.new_button)  # Nueva sesión…
    wizard = page.meetings_tab.wizard
    qtbot.waitExposed(wizard)
    fill_convocation(qtbot, wizard, person_dialog)
    click(qtbot, wizard.convocation_page.save_button)
    meeting_id = wizard.meeting_id
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_ATTENDANCE
    with qtbot.waitSignal(wizard.draft_saved, timeout=3000):
        mark_attendance(qtbot, wizard, 0, "asistio")
        mark_attendance(qtbot, wizard, 2, "ausente_excusa")

    wizard.close()  # closed keeping the draft; a kill mid-typing: tests/ui/test_draft_kill.py
    assert answers.asked_keep == 1
    [draft] = drafts.list_drafts(db, "sesion")
    assert draft.subject_id == meeting_id
    assert draft.page == PAGE_ATTENDANCE
    assert draft.title == "Sesión del 20/11/2026 — Alianza Frijol del Páramo"
    assert window.alliance_page.meetings_tab.wizard is None

    again = MainWindow(db)  # the app is opened again
    qtbot.addWidget(again)
    asked = []
    choice = again.offer_resume_draft(ask=lambda d: asked.append(d.kind) or "continue")
    assert (choice, asked) == ("continue", ["sesion"])
    resumed = again.alliance_page.meetings_tab.wizard
    assert resumed is not None and resumed.draft_id == draft.id
    assert resumed.meeting_id == meeting_id
    assert resumed.currentId() == PAGE_ATTENDANCE
    assert [a.title for a in resumed.data.agenda] == list(AGENDA)
    statuses = [a.status for a in resumed.data.attendees]
    assert statuses[:3] == ["asistio", "invitado", "ausente_excusa"]
    assert resumed.data.attendees[4].name == "Gloria Amparo Henao"
    page = resumed.page_widget(PAGE_CONVOCATION)
    assert page.date_edit.value() == date(2026, 11, 20)
    assert page.place_edit.text() == "Caseta comunal de La Loma"
    assert resumed.page_widget(PAGE_ATTENDANCE).model.index(2, 4).data() == "Ausente con excusa"


def test_continuing_a_convened_meeting_starts_from_what_was_stored(
    qtbot, db, alliance_id, answers, previews
):
    meeting_id = meetings.save_convocation(db, convened_meeting(db, alliance_id))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_alliance(alliance_id)
    page = window.alliance_page
    click_tab(qtbot, page.tabs, page.meetings_tab_index)
    tab = page.meetings_tab
    click_row(qtbot, tab.view, 0)
    assert tab.selected_meeting().id == meeting_id
    assert tab.continue_button.isEnabled() and not tab.acta_button.isEnabled()
    click(qtbot, tab.continue_button)
    wizard = tab.wizard
    assert wizard.meeting_id == meeting_id and wizard.draft_id is None
    assert len(wizard.data.attendees) == 5
    click_next(qtbot, wizard)
    assert meetings.list_meetings(db, alliance_id)[0].status == "en_curso"


def test_models_keep_the_qt_contract(qtmodeltester, db, alliance_id):
    data = convened_meeting(db, alliance_id)
    partners = meetings.alliance_partners(db, alliance_id)
    hold_meeting(data, partners)
    data.decisions.append(DecisionEntry(agenda_key=data.agenda[0].key, text="Otra"))
    for model in (
        models.AgendaModel(data),
        models.AttendeeModel(data),
        models.DecisionModel(data),
        models.NewCommitmentModel(data),
        models.FollowUpModel(data),
        models.SignerModel(data),
    ):
        qtmodeltester.check(model)
    proxy = models.AgendaItemProxy()
    proxy.setSourceModel(models.DecisionModel(data))
    proxy.set_agenda_key(data.agenda[0].key)
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)

    meeting_id = meetings.save_convocation(db, convened_meeting(db, alliance_id))
    table = MeetingTableModel()
    table.set_rows(meetings.list_meetings(db, alliance_id))
    assert table.row_of_id(meeting_id) == 0
    qtmodeltester.check(table)
    upcoming = UpcomingMeetingsModel()
    upcoming.set_rows(agenda.upcoming_meetings(db, date(2026, 1, 1)))
    qtmodeltester.check(upcoming)
    overdue = OverdueCommitmentsModel()
    overdue.set_rows(agenda.overdue_commitments(db, date(2027, 12, 31)))
    assert overdue.rowCount() == 3
    qtmodeltester.check(overdue)


def test_attendee_guest_flag_and_signers_are_checkable(db, alliance_id):
    from PySide6.QtCore import Qt

    data = convened_meeting(db, alliance_id)
    attendees = models.AttendeeModel(data)
    index = attendees.index(0, models.AttendeeModel.GUEST)
    assert attendees.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert data.attendees[0].is_guest
    attendees.set_status([0, 1], "asistio")
    signers = models.SignerModel(data)
    assert signers.rowCount() == 2
    signers.setData(
        signers.index(1, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert data.attendees[1].signs


def test_the_overdue_red_follows_the_theme(db, alliance_id, qapp):
    """The agenda's red is worked out once per palette, and again when the theme changes."""
    from PySide6.QtCore import Qt

    from alianzas_desktop import settings
    from alianzas_desktop.ui import appearance, palette

    overdue = OverdueCommitmentsModel()
    overdue.set_rows(agenda.overdue_commitments(db, date(2027, 12, 31)))
    cell = overdue.index(0, OverdueCommitmentsModel.DESCRIPTION)
    try:
        appearance.apply_theme(qapp, settings.THEME_LIGHT)
        light = cell.data(Qt.ItemDataRole.ForegroundRole)
        assert light == palette.overdue()
        appearance.apply_theme(qapp, settings.THEME_DARK)
        dark = cell.data(Qt.ItemDataRole.ForegroundRole)
        assert dark == palette.overdue() and dark != light
    finally:
        appearance.apply_theme(qapp, settings.THEME_SYSTEM)
