"""From the main window to the printed agreement: the whole Nacimiento through real widgets.

The facilitator clicks «Nueva alianza», fills every page (going back once and
leaving a required field empty once), closes the wizard mid-way keeping the
draft, reopens it from the main window, finishes, and the agreement's preview
holds every party, every commitment, the signature blocks, «Página 1 de» and
the verification code.
"""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from alianzas_desktop.services import agreements, drafts
from alianzas_desktop.ui.main_window import MainWindow
from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog
from alianzas_desktop.ui.wizards.nacimiento.base import (
    PAGE_BASICS,
    PAGE_COMMITMENTS,
    PAGE_PARTNERS,
    PAGE_SUMMARY,
)
from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard
from tests.ui.nacimiento.conftest import (
    PARTNERS,
    add_commitment,
    add_partner,
    click_back,
    click_next,
    fill_basics,
    fill_purpose,
    fill_structure,
    type_into,
)


@pytest.fixture
def previews(monkeypatch):
    opened: list[DocumentPreviewDialog] = []

    def fake_exec(self):
        opened.append(self)
        return 0

    monkeypatch.setattr(DocumentPreviewDialog, "exec", fake_exec)
    monkeypatch.setattr(DocumentPreviewDialog, "open", lambda self: opened.append(self))
    return opened


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


def test_a_whole_alliance_from_the_main_window_to_its_agreement(qtbot, db, monkeypatch, previews):
    from datetime import date

    monkeypatch.setattr(NacimientoWizard, "_ask_keep_draft", lambda self: "keep")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    with qtbot.waitSignal(window.wizard_opened) as opened:
        qtbot.mouseClick(window.empty_button, Qt.MouseButton.LeftButton)  # «Nueva alianza»
    wizard = opened.args[0]
    qtbot.waitExposed(wizard)

    # Datos básicos, with the name left empty first: the message shows, no advance.
    fill_basics(qtbot, wizard, name="")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_BASICS
    basics = wizard.page_widget(PAGE_BASICS)
    assert basics.messages["name"].message == "Escriba el nombre de la alianza."
    assert basics.messages["name"].isVisible()
    type_into(qtbot, basics.name_edit, "Alianza Cacao de Tumaco")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_PARTNERS
    for name, sector, nit in PARTNERS:
        add_partner(qtbot, wizard, name, sector, nit)

    # Back to the basics and forward again: what was typed is kept.
    click_back(qtbot, wizard)
    assert basics.name_edit.text() == "Alianza Cacao de Tumaco"
    click_next(qtbot, wizard)
    assert wizard.page_widget(PAGE_PARTNERS).model.rowCount() == 3
    click_next(qtbot, wizard)
    fill_purpose(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_COMMITMENTS
    add_commitment(qtbot, wizard, 0, "Dos técnicos agrícolas", "48.000.000", date(2026, 12, 15))

    # The facilitator closes the wizard, keeping the draft (a kill: tests/ui/test_draft_kill.py) …
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    draft_id = wizard.draft_id
    assert draft_id is not None
    assert [d.id for d in drafts.list_drafts(db, "nacimiento")] == [draft_id]

    # … and the facilitator comes back to exactly where they were.
    with qtbot.waitSignal(window.wizard_opened) as reopened:
        window.offer_resume_draft(ask=lambda draft: "continue")
    wizard = reopened.args[0]
    assert wizard.currentId() == PAGE_COMMITMENTS
    add_commitment(qtbot, wizard, 1, "Comprar la cosecha", "120.000.000", date(2027, 6, 30))
    add_commitment(qtbot, wizard, 2, "Convocar a las familias", "", date(2026, 6, 1), "etica")
    click_next(qtbot, wizard)
    fill_structure(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUMMARY

    with qtbot.waitSignal(wizard.alliance_founded) as founded:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    alliance_id = founded.args[0]
    qtbot.waitUntil(lambda: bool(previews))

    pdf = previews[-1].pdf_bytes
    text = _text(pdf)
    document = agreements.agreement_document(db, alliance_id)
    assert "Alianza Cacao de Tumaco" in text
    for name, _sector, _nit in PARTNERS:
        assert name in text
    for what in ("Dos técnicos agrícolas", "Comprar la cosecha", "Convocar a las familias"):
        assert what in text
    assert "$ 48.000.000" in text
    assert "testigo" in text.lower()
    assert "Página 1 de" in text
    assert document.verification_code in text
    assert re.search(r"Versión 1", text)
    assert drafts.list_drafts(db, "nacimiento") == []
