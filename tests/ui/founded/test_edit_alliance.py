"""Correcting an alliance's data from its page: typed into the real dialog, an otrosí opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from alianzas_desktop.services import agreements, alliances
from alianzas_desktop.ui.dialogs.alliance_edit_dialog import (
    PURPOSE,
    STRUCTURE,
    AllianceEditDialog,
)
from tests.ui.founded.conftest import click, type_text
from tests.ui.user_events import click_tab


def test_correcting_name_territory_and_structure_opens_version_2(
    db, qtbot, page, issued_alliance, drive
):
    [issued] = alliances.alliance_detail(db, issued_alliance).versions
    before = agreements.document_for_version(db, issued.id).content

    def steps(dialog: AllianceEditDialog) -> None:
        type_text(qtbot, dialog.name_edit, "Alianza Frijol y Maíz del Páramo", replace=True)
        type_text(qtbot, dialog.vereda_edit, "El Roble", replace=True)
        click_tab(qtbot, dialog.tabs, PURPOSE)
        dialog.purpose_page.objectives_edit.setFocus()
        qtbot.keyClick(
            dialog.purpose_page.objectives_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier
        )
        type_text(qtbot, dialog.purpose_page.objectives_edit, "\n3. Sembrar maíz en rotación.")
        click(qtbot, dialog.purpose_page.condition_checks["complementariedad"])
        type_text(
            qtbot,
            dialog.purpose_page.condition_notes["complementariedad"],
            "Falta el agua",
            replace=True,
        )
        click_tab(qtbot, dialog.tabs, STRUCTURE)
        click(qtbot, dialog.structure_page.formality_radios["formal"])
        type_text(qtbot, dialog.structure_page.legal_figure_edit, "Convenio de asociación")
        type_text(qtbot, dialog.structure_page.meeting_rhythm_edit, "Cada dos meses", replace=True)
        click(qtbot, dialog.save_button)

    seen = drive(AllianceEditDialog, steps)
    with qtbot.waitSignal(page.alliance_changed) as changed:
        click(qtbot, page.edit_button)

    assert changed.args == [issued_alliance]
    assert not seen[0].isVisible()
    assert page.title_label.text() == "Alianza Frijol y Maíz del Páramo"
    assert "El Roble" in page.subtitle_label.text()
    latest = agreements.agreement_document(db, issued_alliance)
    assert latest.number == 2 and latest.is_draft
    content = latest.content["alliance"]
    assert content["name"] == "Alianza Frijol y Maíz del Páramo"
    assert content["vereda"] == "El Roble"
    assert content["objectives"].endswith("3. Sembrar maíz en rotación.")
    assert content["formality"] == "formal"
    assert content["legal_figure"] == "Convenio de asociación"
    assert content["meeting_rhythm"] == "Cada dos meses"
    conditions = {c["condition"]: c for c in latest.content["conditions"]}
    assert conditions["complementariedad"]["met"] is False
    assert conditions["complementariedad"]["note"] == "Falta el agua"
    # The issued version stays as it was printed, and the page shows the new draft.
    assert agreements.document_for_version(db, issued.id).content == before
    assert page.tabs.currentIndex() == 2
    assert page.selected_version().number == 2


def test_the_wizard_rules_are_shown_next_to_each_field(db, qtbot, issued_alliance):
    dialog = AllianceEditDialog(db, issued_alliance)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.municipio_edit, "", replace=True)
    click_tab(qtbot, dialog.tabs, STRUCTURE)
    click(qtbot, dialog.structure_page.formality_radios["formal"])
    click_tab(qtbot, dialog.tabs, PURPOSE)

    click(qtbot, dialog.save_button)

    assert dialog.isVisible()
    assert dialog.messages["municipio"].message == "Escriba el municipio."
    assert "figura jurídica" in dialog.structure_page.messages["legal_figure"].message
    assert dialog.tabs.currentIndex() == 0
    assert dialog.focusWidget() is dialog.municipio_edit
    assert [v.number for v in alliances.alliance_detail(db, issued_alliance).versions] == [1]
    # Typing clears the message of that field.
    type_text(qtbot, dialog.municipio_edit, "Sonsón")
    assert dialog.messages["municipio"].message == ""


def test_cancel_changes_nothing(db, qtbot, page, issued_alliance, drive):
    def steps(dialog: AllianceEditDialog) -> None:
        type_text(qtbot, dialog.name_edit, "Otro nombre", replace=True)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    seen = drive(AllianceEditDialog, steps)
    click(qtbot, page.edit_button)
    [dialog] = seen
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert page.title_label.text() == "Alianza Frijol del Páramo"
    assert alliances.alliance_detail(db, issued_alliance).name == "Alianza Frijol del Páramo"
    assert len(alliances.alliance_detail(db, issued_alliance).versions) == 1


def test_saving_without_changes_opens_no_version(db, qtbot, page, issued_alliance, drive):
    seen = drive(AllianceEditDialog, lambda dialog: click(qtbot, dialog.save_button))
    click(qtbot, page.edit_button)
    [dialog] = seen
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(alliances.alliance_detail(db, issued_alliance).versions) == 1
