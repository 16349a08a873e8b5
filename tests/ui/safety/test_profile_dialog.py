"""Archivo ▸ Perfil…: the name typed here is the one the audit trail records."""

from __future__ import annotations

from PySide6.QtCore import Qt

from alianzas_desktop.profile import load_profile
from alianzas_desktop.services import audit, nacimiento
from alianzas_desktop.ui.dialogs.profile_dialog import ProfileDialog
from tests.factories import nacimiento_data


def test_the_profile_is_saved_and_used_by_the_audit_trail(db, qtbot):
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Luz  Dary Cardenas")  # QTest types ASCII only
    qtbot.keyClicks(dialog.organization_edit, "Programa Nacional de Alianzas")
    qtbot.keyClicks(dialog.email_edit, "luz@alianzas.org")

    with qtbot.waitSignal(dialog.profile_saved) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert blocker.args == ["Luz Dary Cardenas"]
    assert load_profile().organization == "Programa Nacional de Alianzas"
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    assert {r.actor for r in audit.history_of_alliance(db, alliance_id)} == {"Luz Dary Cardenas"}


def test_a_name_is_required(qtbot):
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert not dialog.error_label.isHidden()
    assert load_profile().name == ""
