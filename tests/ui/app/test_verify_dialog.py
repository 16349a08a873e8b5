"""Herramientas ▸ Verificar documento…: a printed code leads to its document."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from alianzas_desktop.services import agreements, alliances
from alianzas_desktop.ui.dialogs.verify_dialog import VerifyDialog
from tests.ui.app.conftest import found


@pytest.fixture
def issued(db):
    alliance_id = found(db, "Cacao para la Paz", "Tumaco", "Nariño")
    version = alliances.alliance_detail(db, alliance_id).versions[-1]
    agreements.issue_version(db, version.id)
    return next(
        v for v in alliances.alliance_detail(db, alliance_id).versions if v.id == version.id
    )


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_typing_a_printed_code_names_the_agreement_and_opens_it(db, issued, qtbot, no_modal):
    dialog = VerifyDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    loose = issued.verification_code.lower().replace("-", " ")

    qtbot.keyClicks(dialog.code_edit, loose)
    with qtbot.waitSignal(dialog.checked) as checked:
        qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)

    assert checked.args == [True]
    text = dialog.result_label.text()
    assert "Acuerdo de compromisos, versión 1" in text and "Cacao para la Paz" in text
    assert "emitido" in text
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    preview = no_modal[-1]
    assert issued.verification_code in pdf_text(preview.pdf_bytes)


def test_the_text_a_phone_reads_from_the_qr_is_accepted(db, issued, qtbot):
    dialog = VerifyDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    scanned = f"Alianzas - acuerdo de compromisos - para verificar: {issued.verification_code}"
    QApplication.clipboard().setText(scanned)  # what a phone shows on scanning the page's QR
    dialog.code_edit.setFocus()
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.code_edit.text() == scanned
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.match is not None and dialog.match.version_id == issued.id


def test_an_unknown_code_says_so_and_opens_nothing(db, issued, qtbot):
    dialog = VerifyDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.code_edit, "ZZZZ-ZZZZ-ZZZZ")
    with qtbot.waitSignal(dialog.checked) as checked:
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert checked.args == [False]
    assert "Ningún documento" in dialog.result_label.text()
    assert not dialog.open_button.isEnabled()


def test_the_tools_menu_lists_it(window, qtbot):
    menu = next(a.menu() for a in window.menuBar().actions() if "Herramientas" in a.text())
    assert window.verify_action in menu.actions()
