"""Verificar documento with the text a phone reads from a signed QR, on a computer whose
database does not have the document: the signature decides."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from alianzas_desktop.domain.verification import qr_text
from alianzas_desktop.services import agreements
from alianzas_desktop.storage.database import Database
from alianzas_desktop.sync import signing
from alianzas_desktop.ui.dialogs.verify_dialog import VerifyDialog
from tests.ui.app.conftest import found


@pytest.fixture
def scanned(db):
    """The QR text of an issued agreement printed on this laptop."""
    alliance_id = found(db, "Cacao para la Paz", "Tumaco", "Nariño")
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    document = agreements.document_for_version(db, version.id)
    return qr_text("acuerdo de compromisos", document.verification_code, document.signature)


@pytest.fixture
def office_db(tmp_path, monkeypatch, scanned):
    """The office: another data folder that knows the laptop's public key, an empty database."""
    laptop_key = signing.public_signing_key()
    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(tmp_path / "oficina"))
    signing.remember_signing_key(laptop_key)
    database = Database.open(tmp_path / "oficina" / "vacia.sqlite")
    yield database
    database.close()


def typed_and_checked(qtbot, dialog, text: str) -> bool:
    qtbot.keyClicks(dialog.code_edit, text)
    with qtbot.waitSignal(dialog.checked) as checked:
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    return checked.args[0]


def test_typing_a_signed_qr_text_verifies_it_without_the_record(office_db, scanned, qtbot):
    dialog = VerifyDialog(office_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert typed_and_checked(qtbot, dialog, scanned) is True
    text = dialog.result_label.text()
    assert text.startswith("✔ Firma válida") and "no lo tiene" in text
    assert not dialog.open_button.isEnabled()  # nothing here to open
    assert dialog.code_edit.isEnabled() and dialog.verify_button.isEnabled()


def test_typing_it_with_one_character_changed_is_refused(office_db, scanned, qtbot):
    dialog = VerifyDialog(office_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    position = scanned.index("firma:1.") + 40
    altered = scanned[:position] + ("x" if scanned[position] != "x" else "y")
    altered += scanned[position + 1 :]

    assert typed_and_checked(qtbot, dialog, altered) is False
    assert dialog.result_label.text().startswith("✘ La firma no corresponde")
    assert not dialog.open_button.isEnabled()


def test_a_device_nobody_here_knows_is_named(tmp_path, monkeypatch, scanned, qtbot):
    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(tmp_path / "otro"))
    database = Database.open(tmp_path / "otra.sqlite")
    dialog = VerifyDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert typed_and_checked(qtbot, dialog, scanned) is False
    key = signing.signature_key_id(scanned.split(" - ")[2])
    assert f"no conoce (clave {key})" in dialog.result_label.text()
    database.close()


def test_the_laptop_that_has_the_record_names_it_and_the_signature(db, scanned, qtbot):
    dialog = VerifyDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert typed_and_checked(qtbot, dialog, scanned) is True
    text = dialog.result_label.text()
    assert "Acuerdo de compromisos, versión 1" in text and "Firma válida del equipo" in text
    assert dialog.open_button.isEnabled()
