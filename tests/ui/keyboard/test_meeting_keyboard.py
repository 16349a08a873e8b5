"""The meeting wizard from the keyboard alone: convene, take attendance, develop, close."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from alianzas_desktop.services import meetings
from alianzas_desktop.ui.wizards.meeting.attendee_dialog import AttendeeDialog
from alianzas_desktop.ui.wizards.meeting.base import (
    PAGE_ATTENDANCE,
    PAGE_CLOSING,
    PAGE_COMMITMENTS,
    PAGE_CONVOCATION,
    PAGE_DEVELOPMENT,
)

AGENDA = (
    "Verificación del quórum",
    "Informe de la asistencia técnica",
    "Plan de comercialización de la cosecha",
)


def when_open(keys, dialog_class, fill) -> None:
    """Fill ``dialog_class`` from the keyboard once it is open and active (exec() waits)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, dialog_class) and QApplication.activeWindow() is dialog:
            fill(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def next_page(keys, wizard, expected: int) -> None:
    keys.alt("g")  # Si&guiente
    assert wizard.currentId() == expected


def test_a_whole_meeting_is_held_from_the_keyboard(db, alliance_id, keys, meeting_wizard):
    wizard = meeting_wizard
    convocation = wizard.page_widget(PAGE_CONVOCATION)
    invited = [a.name for a in wizard.data.attendees]
    assert invited, "the partners' representatives are invited"

    # 1. Convocatoria: a two-digit year is this century's.
    keys.alt("f")
    assert keys.focused() is convocation.date_edit
    keys.replace("20-11-26")
    keys.alt("l")
    keys.type("Caseta comunal de La Loma")
    keys.alt("o")
    keys.type("Revisar el avance de la asistencia técnica")
    keys.alt("n")
    for title in AGENDA:
        keys.type(title)
        keys.press(Qt.Key.Key_Return)  # adds the item, and stays on the page
        assert wizard.currentId() == PAGE_CONVOCATION
        assert keys.focused() is convocation.agenda_edit
    assert [a.title for a in wizard.data.agenda] == list(AGENDA)
    # Shift+Tab goes back over the agenda's buttons to its list; Enter on an item corrects
    # its title, and the page stays.
    for _ in range(4):  # Quitar, Subir (Bajar is off at the last item), the list
        if keys.focused() is convocation.agenda_table:
            break
        keys.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert keys.focused() is convocation.agenda_table
    keys.press(Qt.Key.Key_Up)

    def correct_title(dialog: QInputDialog) -> None:
        keys.replace("Informe de la asistencia técnica (avance)")
        keys.press(Qt.Key.Key_Return)

    when_open(keys, QInputDialog, correct_title)
    keys.press(Qt.Key.Key_Return)
    keys.qtbot.waitUntil(lambda: wizard.data.agenda[1].title.endswith("(avance)"))
    wizard.activateWindow()
    keys.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert wizard.currentId() == PAGE_CONVOCATION
    next_page(keys, wizard, PAGE_ATTENDANCE)

    # 2. Asistencia: everyone invited came, and one more person is added in the dialog.
    keys.alt("o")

    def add_person(dialog: AttendeeDialog) -> None:
        assert keys.focused() is dialog.name_edit
        keys.type("Aurelio Cañas Muñoz")
        keys.alt("o")
        keys.type("Cooperativa de Productores de La Loma")
        keys.alt("c")
        keys.type("Tesorero")
        keys.alt("a")  # &Agregar

    when_open(keys, AttendeeDialog, add_person)
    keys.alt("p")  # Agregar &persona…
    keys.qtbot.waitUntil(lambda: "Aurelio Cañas Muñoz" in [a.name for a in wizard.data.attendees])
    # A window manager gives the wizard back the focus when the dialog closes; offscreen, ask.
    wizard.activateWindow()
    keys.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    next_page(keys, wizard, PAGE_DEVELOPMENT)

    # 3. Desarrollo: the second item, what was said and one decision by consensus.
    development = wizard.page_widget(PAGE_DEVELOPMENT)
    keys.alt("o")
    assert keys.focused() is development.agenda_table
    keys.press(Qt.Key.Key_Down)
    keys.alt("d")
    keys.type("El técnico informó visitas a 45 de las 60 fincas.")
    keys.alt("a")
    assert keys.focused() is development.decision_text_edit
    keys.type("Priorizar las 15 fincas sin visita")
    assert development.consensus_check.isChecked()  # a new decision is by consensus
    keys.alt("c")  # …but this one was voted: 5 for, 1 against
    keys.alt("f")
    keys.replace("5")
    keys.alt("n")
    keys.replace("1")
    next_page(keys, wizard, PAGE_COMMITMENTS)

    # 4. Compromisos: a new one, its deadline typed without separators.
    commitments = wizard.page_widget(PAGE_COMMITMENTS)
    partner = commitments.partners[0]
    keys.alt("a")
    keys.type("Visitar las 15 fincas pendientes")
    keys.alt("o")
    keys.choose(partner.membership_id)
    keys.alt("l")
    keys.type("15012027")
    keys.alt("p")
    keys.choose("talento_humano")
    keys.alt("i")
    keys.choose("tecnica")
    next_page(keys, wizard, PAGE_CLOSING)

    # 5. Cierre: the next meeting, who signs (Space ticks), and Alt+E closes.
    keys.alt("x")
    keys.type("15-1-27")
    keys.alt("u")
    keys.type("Alcaldía de Sonsón")
    keys.alt("m")
    keys.press(Qt.Key.Key_Space)
    keys.alt("e")
    assert wizard.closed_id is not None

    stored = meetings.meeting_data(db, wizard.closed_id)
    assert stored.date == date(2026, 11, 20)
    assert stored.start_time == time(9, 0)
    assert stored.place == "Caseta comunal de La Loma"
    assert [a.title for a in stored.agenda] == [
        AGENDA[0],
        "Informe de la asistencia técnica (avance)",
        AGENDA[2],
    ]
    assert stored.agenda[1].notes == "El técnico informó visitas a 45 de las 60 fincas."
    present = {a.name for a in stored.attendees if a.status == "asistio"}
    assert present == {*invited, "Aurelio Cañas Muñoz"}
    [aurelio] = [a for a in stored.attendees if a.name == "Aurelio Cañas Muñoz"]
    assert (aurelio.cargo, aurelio.sector) == ("Tesorero", "sociedad_civil")
    assert [a.name for a in stored.attendees if a.signs] == [invited[0]]
    assert (stored.next_date, stored.next_place) == (date(2027, 1, 15), "Alcaldía de Sonsón")
    acta = meetings.acta_document(db, wizard.closed_id)
    assert acta.number == 1
    [decision] = acta.content["agenda"][1]["decisions"]
    assert decision["text"] == "Priorizar las 15 fincas sin visita"
    assert (decision["by_consensus"], decision["votes_for"], decision["votes_against"]) == (
        False,
        5,
        1,
    )
    new = [
        c
        for c in meetings.pending_commitments(db, alliance_id)
        if c.description == "Visitar las 15 fincas pendientes"
    ]
    assert [(c.membership_id, c.deadline) for c in new] == [
        (partner.membership_id, date(2027, 1, 15))
    ]
