"""The alliance page: issuing, saving and signing agreement versions through the services."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QMessageBox

from alianzas_desktop.services import agreements
from alianzas_desktop.ui import file_dialogs
from alianzas_desktop.ui.alliance_page import AlliancePage
from alianzas_desktop.ui.dialogs.sign_version_dialog import SignVersionDialog


@pytest.fixture
def page(db, alliance_ids, qtbot):
    widget = AlliancePage(db)
    qtbot.addWidget(widget)
    widget.load(alliance_ids["Cacao para la Paz"])
    return widget


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
        page.issue_button.click()
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


def test_declining_the_confirmation_keeps_the_draft(db, page, monkeypatch, no_modal):
    answer(monkeypatch, QMessageBox.StandardButton.No)
    assert page.issue_version() is False
    assert agreements.list_versions(db, page.alliance_id)[0].status == "borrador"
    assert no_modal == []


def test_emitir_e_imprimir_from_the_draft_preview(db, page, monkeypatch, no_modal):
    from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    printed = []
    monkeypatch.setattr(
        DocumentPreviewDialog, "print_document", lambda self: printed.append(self) or True
    )
    page.preview_version()
    [preview] = no_modal
    [hook] = [b for b in preview.buttons.buttons() if b.text() == "Emitir e imprimir…"]
    draft_pdf = preview.pdf_bytes
    hook.click()
    assert agreements.list_versions(db, page.alliance_id)[0].status == "emitido"
    assert printed == [preview]
    assert preview.pdf_bytes != draft_pdf


def test_save_pdf_from_the_page(page, tmp_path, monkeypatch):
    target = tmp_path / "acuerdo"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: str(target))
    saved = page.save_version_pdf()
    assert saved == str(target) + ".pdf"
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
        dialog.choose_button.click()
        assert dialog.file_label.text() == "acuerdo firmado.jpg"
        assert dialog.signed_on == date.today()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignVersionDialog, "exec", sign)
    assert page.sign_button.isEnabled()
    with qtbot.waitSignal(page.version_signed):
        page.sign_button.click()
    assert agreements.signed_scan(db, version.id) == (scan.name, scan.read_bytes())
    [stored] = agreements.list_versions(db, page.alliance_id)
    assert stored.status == "firmado"
    assert stored.signed_on == date.today()
    assert page.scan_button.isEnabled()
    assert not page.sign_button.isEnabled()

    opened = []
    monkeypatch.setattr(
        "alianzas_desktop.ui.alliance_page.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    path = page.open_signed_scan()
    assert opened == [str(path)]
    assert path.read_bytes() == scan.read_bytes()


def test_signing_a_draft_is_refused(db, page, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a[2])))
    assert page.register_signature() is False
    assert warnings and "Primero emita" in warnings[0]
    assert agreements.list_versions(db, page.alliance_id)[0].status == "borrador"


def _stream(data: bytes):
    import io

    return io.BytesIO(data)
