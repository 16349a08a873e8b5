"""Dates typed in the dialogs outside the wizards: a commitment's deadline after founding."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from alianzas_desktop.services import agreements, nacimiento
from alianzas_desktop.ui.dialogs.commitments_dialog import CommitmentsDialog
from tests.factories import nacimiento_data
from tests.ui.keyboard.conftest import show_active


def test_a_deadline_is_typed_in_the_commitments_dialog(db, qtbot, keys):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    dialog = show_active(qtbot, CommitmentsDialog(db, alliance_id))
    keys.alt("a")  # &Agregar compromiso: the focus goes to what is committed
    assert keys.focused() is dialog.description_edit
    keys.type("Adecuar el centro de acopio")
    keys.tab(3)  # tipo de aporte, valor, fecha límite
    assert keys.focused() is dialog.deadline_edit
    keys.replace("31/02/2027")
    keys.press(Qt.Key.Key_Return)  # an impossible date: said, and nothing is saved
    assert "no es una fecha" in dialog.messages["deadline"].message
    assert dialog.isVisible()
    keys.replace("28-2-27")
    with qtbot.waitSignal(dialog.commitments_saved):
        keys.alt("g")  # &Guardar

    latest = agreements.agreement_document(db, alliance_id)
    added = [c for c in latest.content["commitments"] if c["description"].startswith("Adecuar")]
    assert added[0]["deadline"] == date(2027, 2, 28).isoformat()
