"""One record's history dialog: a commitment's follow-up and its changes, in sentences."""

from __future__ import annotations

from PySide6.QtCore import Qt

from alianzas_desktop.profile import Profile, save_profile
from alianzas_desktop.services import meetings, nacimiento
from alianzas_desktop.ui.audit_view import AuditTableModel
from alianzas_desktop.ui.dialogs.record_history_dialog import RecordHistoryDialog
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting

COMMITMENT = "Compromiso «Convocar y organizar a las familias productoras»"


def _followed_commitment(db) -> str:
    save_profile(Profile(name="Ana Milena Zapata"))
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, meeting_id)
    return data.follow_ups[0].commitment_id


def test_a_commitments_history_reads_as_sentences(db, qtbot, qtmodeltester):
    commitment_id = _followed_commitment(db)
    dialog = RecordHistoryDialog(
        db, commitment_id, "Cooperativa: Convocar y organizar", is_commitment=True
    )
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.changes_model)
    qtmodeltester.check(dialog.follow_model)

    changes = dialog.changes_model
    sentences = [
        changes.index(r, AuditTableModel.CHANGES).data() for r in range(changes.rowCount())
    ]
    assert sentences == [f"{COMMITMENT} creado", f"{COMMITMENT}: Pendiente → Cumplido"]
    assert {changes.index(r, AuditTableModel.WHO).data() for r in range(2)} == {"Ana Milena Zapata"}
    assert dialog.changes_view.isColumnHidden(AuditTableModel.RECORD)
    follow = dialog.follow_model
    assert [follow.index(0, c).data() for c in range(1, 4)] == [
        "No. 1",
        "Pendiente → Cumplido",
        "Las familias quedaron organizadas en 4 grupos",
    ]


def test_the_selected_change_is_shown_in_full(db, qtbot):
    commitment_id = _followed_commitment(db)
    dialog = RecordHistoryDialog(db, commitment_id, "Compromiso", is_commitment=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    # The newest change is shown in full as the dialog opens.
    assert dialog.details.text().splitlines()[1:] == [f"{COMMITMENT}: Pendiente → Cumplido"]

    dialog.changes_view.setFocus()
    qtbot.keyClick(dialog.changes_view, Qt.Key.Key_Up)
    lines = dialog.details.text().splitlines()
    assert lines[0].endswith(" · Ana Milena Zapata")
    assert lines[1] == f"{COMMITMENT} creado"
    assert "• socio: «Cooperativa de Productores de La Loma»" in lines
    assert "• fecha límite: 01/06/2026" in lines
    assert "• lógica: Ética" in lines


def test_an_alliances_history_dialog_names_the_alliance(db, qtbot, qtmodeltester):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    dialog = RecordHistoryDialog(db, alliance_id, "Alianza Frijol del Páramo")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.changes_model)
    assert dialog.changes_model.index(0, AuditTableModel.CHANGES).data() == (
        "Alianza «Alianza Frijol del Páramo» creada"
    )
    assert dialog.follow_model.rowCount() == 0
