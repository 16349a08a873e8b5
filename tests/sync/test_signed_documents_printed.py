"""The signed QR printed on an acta's pages reads with a scanner, and `alianzas verify` checks
it on a computer whose database does not have the acta."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes
from alianzas_desktop.domain.verification import qr_text
from alianzas_desktop.services import meetings, nacimiento
from alianzas_desktop.storage.database import Database
from alianzas_desktop.sync import signing
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting
from tests.qr_scan import needs_scanner, scan_first_page_qr


@pytest.fixture
def closed_acta(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, meeting_id)
    return meetings.acta_document(db, meeting_id)


@needs_scanner
def test_the_printed_acta_qr_reads_as_words_signature_and_code(closed_acta, tmp_path):
    text = scan_first_page_qr(acta_pdf_bytes(closed_acta), tmp_path)
    assert text == qr_text("acta", closed_acta.verification_code, closed_acta.signature)
    assert closed_acta.signature.startswith("firma:1.")
    assert signing.check_offline(text).valid


@needs_scanner
def test_the_printed_agreement_qr_reads_with_its_signature(db, tmp_path):
    from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
    from alianzas_desktop.services import agreements

    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id)
    document = agreements.document_for_version(db, version.id)
    text = scan_first_page_qr(agreement_pdf_bytes(document), tmp_path)
    assert text == qr_text("acuerdo de compromisos", document.verification_code, document.signature)
    assert signing.check_offline(text).valid


def alianzas(*args: str, data_dir) -> subprocess.CompletedProcess:
    env = dict(os.environ, ALIANZAS_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "alianzas_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_cli_verify_checks_a_qr_text_without_the_record(closed_acta, tmp_path, monkeypatch):
    text = qr_text("acta", closed_acta.verification_code, closed_acta.signature)
    laptop_key = signing.public_signing_key()
    office = tmp_path / "oficina"
    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(office))
    signing.remember_signing_key(laptop_key)
    Database.open(office / "vacia.sqlite").close()
    empty = str(office / "vacia.sqlite")

    valid = alianzas("verify", "--db", empty, text, data_dir=office)
    assert valid.returncode == 0, valid.stderr
    assert "Firma válida" in valid.stdout and closed_acta.verification_code in valid.stdout

    position = text.index("firma:1.") + 30
    altered = text[:position] + ("A" if text[position] != "A" else "B") + text[position + 1 :]
    refused = alianzas("verify", "--db", empty, altered, data_dir=office)
    assert refused.returncode == 1
    assert "La firma no corresponde" in refused.stderr and refused.stdout == ""

    stranger = tmp_path / "otro"
    Database.open(tmp_path / "otra.sqlite").close()
    unknown = alianzas("verify", "--db", str(tmp_path / "otra.sqlite"), text, data_dir=stranger)
    assert unknown.returncode == 1
    assert "no conoce" in unknown.stderr and signing.signature_key_id(text.split()[4]) in (
        unknown.stderr
    )
