"""The on-the-spot attendee dialog asks for a minor's legal representative."""

from __future__ import annotations

from PySide6.QtCore import Qt

from alianzas_desktop.services import meetings, nacimiento
from alianzas_desktop.ui.wizards.meeting.attendee_dialog import AttendeeDialog
from tests.factories import nacimiento_data
from tests.ui.nacimiento.conftest import tick


def _click_agregar(qtbot, dialog) -> None:
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.text().replace("&", "") == "Agregar"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_minor_with_consent_needs_a_guardian(db, qtbot):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    dialog = AttendeeDialog(meetings.alliance_partners(db, alliance_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name_edit, "Camila Restrepo")
    assert not dialog.guardian_edit.isEnabled()
    tick(qtbot, dialog.minor_check)
    tick(qtbot, dialog.consent_check)
    qtbot.keyClicks(dialog.phone_edit, "3001112233")
    _click_agregar(qtbot, dialog)
    assert dialog.result() == 0
    assert "representante legal" in dialog.guardian_message.message

    qtbot.keyClicks(dialog.guardian_edit, "Rosa Nungo")
    _click_agregar(qtbot, dialog)
    entry = dialog.entry
    assert dialog.result() == 1
    assert (entry.is_minor, entry.guardian, entry.phone) == (True, "Rosa Nungo", "3001112233")
