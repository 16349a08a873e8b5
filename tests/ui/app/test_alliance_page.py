"""The alliance page: issuing, saving and signing agreement versions through the services."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from alianzas_desktop.services import agreements
from alianzas_desktop.ui import file_dialogs
from alianzas_desktop.ui.alliance_page import AlliancePage
from alianzas_desktop.ui.dialogs.sign_version_dialog import SignVersionDialog
from tests.ui.user_events import click_button, click_tab_of


@pytest.fixture
def page(db, alliance_ids, qtbot):
    widget = AlliancePage(db)
    qtbot.addWidget(widget)
    widget.load(alliance_ids["Cacao para la Paz"])
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def press(qtbot, page: AlliancePage, button) -> None:
    """Click a button of the page, on its tab."""
    click_tab_of(qtbot, page.tabs, button)
    click_button(qtbot, button)


def shown(qtbot, dialog):
    """A dialog whose exec() a test replaced, shown as exec() would show it."""
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def answer(monkeypatch, button):
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_issuing_from_the_page_freezes_the_version(db, page, qtbot, monkeypatch, no_modal):
    version = page.selected_version()
    assert version.status == "borrador"
    assert page.issue_button.isEnabled()
    assert not page.sign_button.isEnabled()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.version_issued) as issued:
        press(qtbot, page, page.issue_button)
    assert issued.args == [version.id]
    assert asked and asked[0].startswith("Al emitir, el contenido queda congelado")
    [stored] = agreements.list_versions(db, page.alliance_id)
    assert stored.status == "emitido"
    assert stored.verification_code
    assert page.version_model.index(0, 1).data() == "Emitido"
    assert not page.issue_button.isEnabled()
    assert page.sign_button.isEnabled()
    [preview] = no_modal
    assert "emitida" in preview.note_label.text()
    text = "".join(p.extract_text() for p in PdfReader(_stream(preview.pdf_bytes)).pages)
    assert stored.verification_code in text


def test_declining_the_confirmation_keeps_the_draft(db, page, qtbot, monkeypatch, no_modal):
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    press(qtbot, page, page.issue_button)
    assert asked
    assert agreements.list_versions(db, page.alliance_id)[0].status == "borrador"
    assert no_modal == []


def test_emitir_e_imprimir_from_the_draft_preview(db, page, qtbot, monkeypatch, no_modal):
    from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    printed = []
    monkeypatch.setattr(
        DocumentPreviewDialog, "print_document", lambda self: printed.append(self) or True
    )
    press(qtbot, page, page.preview_button)
    [preview] = no_modal
    shown(qtbot, preview)
    [hook] = [b for b in preview.buttons.buttons() if b.text() == "Emitir e imprimir…"]
    draft_pdf = preview.pdf_bytes
    click_button(qtbot, hook)
    assert agreements.list_versions(db, page.alliance_id)[0].status == "emitido"
    assert printed == [preview]
    assert preview.pdf_bytes != draft_pdf


def test_save_pdf_from_the_page(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "acuerdo"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: str(target))
    press(qtbot, page, page.save_button)
    saved = str(target) + ".pdf"
    reader = PdfReader(saved)
    assert "Cacao para la Paz" in reader.pages[0].extract_text()


def test_registering_the_signature_stores_the_scan(db, page, tmp_path, qtbot, monkeypatch):
    version = page.selected_version()
    agreements.issue_version(db, version.id)
    page.reload()
    scan = tmp_path / "acuerdo firmado.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0 foto del acuerdo firmado")
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(scan))

    def sign(dialog):
        shown(qtbot, dialog)
        click_button(qtbot, dialog.choose_button)
        assert dialog.file_label.text() == "acuerdo firmado.jpg"
        assert dialog.signed_on == date.today()
        click_button(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.result()

    monkeypatch.setattr(SignVersionDialog, "exec", sign)
    assert page.sign_button.isEnabled()
    with qtbot.waitSignal(page.version_signed):
        press(qtbot, page, page.sign_button)
    assert agreements.signed_scan(db, version.id) == (scan.name, scan.read_bytes())
    [stored] = agreements.list_versions(db, page.alliance_id)
    assert stored.status == "firmado"
    assert stored.signed_on == date.today()
    assert page.scan_button.isEnabled()
    assert not page.sign_button.isEnabled()

    opened = []
    monkeypatch.setattr(
        "alianzas_desktop.ui.agreement_versions.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    press(qtbot, page, page.scan_button)
    [path] = opened
    assert Path(path).read_bytes() == scan.read_bytes()


def test_signing_a_draft_is_refused(db, page, monkeypatch):
    assert not page.sign_button.isEnabled()  # the button is off; the page refuses all the same
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a[2])))
    assert page.register_signature() is False
    assert warnings and "Primero emita" in warnings[0]
    assert agreements.list_versions(db, page.alliance_id)[0].status == "borrador"


def _stream(data: bytes):
    import io

    return io.BytesIO(data)
