"""The agenda's first reading off the window's start: read in the thread pool, shown when
it arrives, «Leyendo la agenda…» meanwhile; a reading asked for since wins."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QThreadPool

from alianzas_desktop.services import meetings
from alianzas_desktop.ui.main_window import MainWindow
from tests.meeting_factories import convened_meeting


def soon_meeting(db, alliance_id: str) -> None:
    data = convened_meeting(db, alliance_id)
    data.date = date.today() + timedelta(days=10)
    meetings.save_convocation(db, data)


def test_the_window_opens_saying_the_agenda_is_read_then_shows_it(qtbot, db, alliance_ids):
    soon_meeting(db, alliance_ids["Cacao para la Paz"])
    window = MainWindow(db)
    qtbot.addWidget(window)
    panel = window.agenda_panel
    assert panel.reading_job is not None  # the window is built without waiting for it
    assert panel.upcoming_empty.text() == "Leyendo la agenda…"
    assert panel.overdue_empty.text() == "Leyendo la agenda…"
    assert panel._upcoming_stack.currentWidget() is panel.upcoming_empty

    qtbot.waitUntil(lambda: panel.upcoming_model.rowCount() == 1, timeout=10_000)
    assert panel.upcoming_box.title() == "Próximas sesiones (1)"
    assert panel._upcoming_stack.currentWidget() is panel.upcoming_view
    assert panel.overdue_empty.text() == "Ningún compromiso vencido."
    assert panel.reading_job is None

    # Afterwards a refresh (after a write) is read at once, as before.
    soon_meeting(db, alliance_ids["Agua Limpia Veredal"])
    window.refresh()
    assert panel.upcoming_model.rowCount() == 2


def test_a_reading_asked_for_while_the_first_is_on_its_way_wins(qtbot, db, alliance_ids):
    soon_meeting(db, alliance_ids["Cacao para la Paz"])
    window = MainWindow(db)
    qtbot.addWidget(window)
    panel = window.agenda_panel
    first = panel.reading_job
    assert first is not None and not first.done  # handed to the pool when the loop is idle
    later = date.today() + timedelta(days=400)  # the meeting is past by then
    panel.refresh(today=later)
    # The first reading runs now and its answer (one upcoming meeting) arrives: dropped.
    qtbot.waitUntil(lambda: first.reported, timeout=10_000)
    assert first.result.upcoming_total == 1
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()
    assert panel.upcoming_model.rowCount() == 0
    assert panel.upcoming_box.title() == "Próximas sesiones (0)"
    assert panel.upcoming_empty.text() == "No hay sesiones convocadas."
