"""Signatures travel with their alliance: a reprint on another laptop carries the QR the
issuing laptop printed, and two laptops that signed the same acta exchange without conflict."""

from __future__ import annotations

from sqlalchemy import select

from alianzas_desktop.services import bundles, document_signing, meetings
from alianzas_desktop.services.verification import Outcome, verify
from alianzas_desktop.storage.models import Meeting
from alianzas_desktop.sync import signing


def the_acta(db) -> str:
    with db.reading() as session:
        return session.scalars(select(Meeting.id).where(Meeting.number.is_not(None))).one()


def test_a_reprint_on_another_laptop_carries_the_issuing_laptops_signature(
    laptop_a, laptop_b, tmp_path, monkeypatch
):
    meeting_id = the_acta(laptop_a)
    printed_on_a = meetings.acta_document(laptop_a, meeting_id)
    key_a = signing.signature_key_id(printed_on_a.signature)
    bundles.export_bundle(laptop_a, tmp_path / "a.alianzas")

    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(tmp_path / "laptop-b"))
    summary = bundles.import_bundle(laptop_b, tmp_path / "a.alianzas")
    assert summary.conflicts == 0
    reprinted_on_b = meetings.acta_document(laptop_b, meeting_id)
    assert signing.key_id(signing.public_signing_key()) != key_a
    assert reprinted_on_b.signature == printed_on_a.signature
    text = f"Alianzas - acta - {reprinted_on_b.signature} - para verificar: "
    assert verify(laptop_b, text + reprinted_on_b.verification_code).outcome is Outcome.FOUND


def test_two_laptops_that_signed_the_same_acta_exchange_without_conflict(
    laptop_a, laptop_b, tmp_path, monkeypatch
):
    meeting_id = the_acta(laptop_a)
    data_a = str(tmp_path / "laptop-a-datos")
    monkeypatch.setenv("ALIANZAS_DATA_DIR", data_a)
    bundles.export_bundle(laptop_a, tmp_path / "antes.alianzas")  # before anything was printed
    signed_on_a = meetings.acta_document(laptop_a, meeting_id).signature

    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(tmp_path / "laptop-b-datos"))
    bundles.import_bundle(laptop_b, tmp_path / "antes.alianzas")
    signed_on_b = meetings.acta_document(laptop_b, meeting_id).signature
    assert signed_on_b != signed_on_a  # B signed it too, with its own key

    monkeypatch.setenv("ALIANZAS_DATA_DIR", data_a)
    bundles.export_bundle(laptop_a, tmp_path / "despues.alianzas")
    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(tmp_path / "laptop-b-datos"))
    summary = bundles.import_bundle(laptop_b, tmp_path / "despues.alianzas")
    assert summary.conflicts == 0 and summary.frozen_different == 0
    code = meetings.acta_document(laptop_b, meeting_id).verification_code
    rows = document_signing.signed_documents(laptop_b, code)
    assert {row.signature for row in rows} == {signed_on_a, signed_on_b}
