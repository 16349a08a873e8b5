"""What is typed on the structure page, optional fields included, reaches the agreement."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
from alianzas_desktop.services import agreements
from tests.documents.readback import read_pdf
from tests.ui.nacimiento.conftest import fill_until_summary

# As typed by fill_structure (tests/ui/nacimiento/conftest.py).
TYPED = {
    "legal_figure": "Convenio de asociación",
    "coordination_body": "Comité de la alianza",
    "coordination_members": "Un delegado por socio",
    "decision_rules": "Por consenso",
    "meeting_rhythm": "Mensual",
    "duration": "Dos años",
}


def test_every_structure_field_typed_is_stored_and_printed(qtbot, wizard, db):
    fill_until_summary(qtbot, wizard)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    with qtbot.waitSignal(wizard.alliance_founded) as founded:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    document = agreements.agreement_document(db, founded.args[0])
    stored = {key: document.content["alliance"].get(key) for key in TYPED}
    assert stored == TYPED
    text = read_pdf(agreement_pdf_bytes(document)).text
    assert [value for value in TYPED.values() if value not in text] == []
