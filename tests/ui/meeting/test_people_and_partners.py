"""People at a meeting and their partner: the partner's sector, and the partner's people first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from alianzas_desktop.domain.meeting import AttendeeEntry, NewCommitmentEntry
from alianzas_desktop.services.meetings import alliance_partners
from alianzas_desktop.ui.wizards.meeting.attendee_dialog import AttendeeDialog
from alianzas_desktop.ui.wizards.meeting.commitment_editors import NewCommitmentEditor
from tests.ui.user_events import choose


def test_a_person_typed_for_a_partner_takes_its_name_and_sector(db, alliance_id, qtbot):
    partners = alliance_partners(db, alliance_id)
    cooperativa = next(p for p in partners if p.sector == "sociedad_civil")
    dialog = AttendeeDialog(partners)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.name_edit, "Rosa Elvira Mejia")
    dialog.organization_combo.lineEdit().clear()
    qtbot.keyClicks(dialog.organization_combo.lineEdit(), "cooperativa de productores de la loma")

    assert dialog.sector_combo.currentData() == "sociedad_civil"
    assert not dialog.sector_combo.isEnabled()
    entry = dialog.entry
    assert entry.organization == cooperativa.organization
    assert entry.organization_id == cooperativa.organization_id
    assert entry.sector == "sociedad_civil"


def test_another_organisation_keeps_the_sector_chosen(db, alliance_id, qtbot):
    dialog = AttendeeDialog(alliance_partners(db, alliance_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.organization_combo.lineEdit(), "Parroquia San Juan")
    assert dialog.sector_combo.isEnabled()
    choose(qtbot, dialog.sector_combo, "sociedad_civil")
    assert dialog.entry.organization_id is None
    assert dialog.entry.sector == "sociedad_civil"


def test_the_responsible_list_puts_the_chosen_partners_people_first(db, alliance_id, qtbot):
    partners = alliance_partners(db, alliance_id)
    alcaldia = next(p for p in partners if p.sector == "publico")
    empresa = next(p for p in partners if p.sector == "privado")
    present = [
        AttendeeEntry(name="Jorge Iván Cardona", organization_id=empresa.organization_id),
        AttendeeEntry(name="Ana Milena Zapata", organization_id=None, is_guest=True),
        AttendeeEntry(name="María Eugenia Ríos", organization_id=alcaldia.organization_id),
        AttendeeEntry(name="Carlos Ríos", organization_id=alcaldia.organization_id),
    ]
    editor = NewCommitmentEditor()
    qtbot.addWidget(editor)
    editor.set_choices(partners, present)
    entry = NewCommitmentEntry()
    editor.set_entry(entry)
    editor.show()

    editor.organization_combo.setFocus()
    target = editor.organization_combo.findData(alcaldia.membership_id)
    for _ in range(target + 1):  # from no choice down to the Alcaldía, by keyboard
        qtbot.keyClick(editor.organization_combo, Qt.Key.Key_Down)

    combo = editor.responsible_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[:3] == ["(solo la organización)", "María Eugenia Ríos", "Carlos Ríos"]
    assert names[4:] == ["Jorge Iván Cardona", "Ana Milena Zapata"]  # after a separator
    assert entry.membership_id == alcaldia.membership_id
