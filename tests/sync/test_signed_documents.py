"""A printed acta's or agreement's QR carries its signature: verified on a computer whose
database has never seen the record, refused when altered or signed by an unknown device."""

from __future__ import annotations

import pytest

from alianzas_desktop.domain.verification import code_from_text, qr_text
from alianzas_desktop.services import agreements, document_signing, meetings, nacimiento
from alianzas_desktop.services.verification import Outcome, find_document, verify
from alianzas_desktop.storage.database import Database
from alianzas_desktop.sync import signing
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting


@pytest.fixture
def alliance_id(db):
    return nacimiento.found_alliance(db, nacimiento_data())


@pytest.fixture
def closed_acta(db, alliance_id):
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, meeting_id)
    return meetings.acta_document(db, meeting_id)


@pytest.fixture
def office(tmp_path, monkeypatch):
    """Another computer: its own data folder and an empty database of its own."""

    def elsewhere(name: str, knows: list[bytes]) -> Database:
        monkeypatch.setenv("ALIANZAS_DATA_DIR", str(tmp_path / name))
        for key in knows:
            signing.remember_signing_key(key)
        database = Database.open(tmp_path / name / "vacia.sqlite")
        opened.append(database)
        return database

    opened: list[Database] = []
    yield elsewhere
    for database in opened:
        database.close()


def scanned(document, words: str = "acta") -> str:
    """What a phone reads from the document's QR."""
    return qr_text(words, document.verification_code, document.signature)


def test_a_closed_actas_qr_verifies_where_only_the_public_key_is_known(db, closed_acta, office):
    text = scanned(closed_acta)
    assert text.isascii() and code_from_text(text) == closed_acta.verification_code
    assert signing.signature_code(closed_acta.signature) == closed_acta.verification_code
    laptop_key = signing.public_signing_key()

    empty = office("oficina", knows=[laptop_key])
    assert find_document(empty, closed_acta.verification_code) is None  # no record here

    result = verify(empty, text)
    assert result.outcome is Outcome.SIGNED and result.accepted
    assert result.key_id == signing.key_id(laptop_key)
    assert "Firma válida" in result.verdict() and "no lo tiene" in result.verdict()
    # The bare code, without the signature, cannot be verified there.
    assert verify(empty, closed_acta.verification_code).outcome is Outcome.NOT_FOUND


def _altered(text: str, position: int) -> str:
    original = text[position]
    if original.isdigit():
        replacement = "7" if original != "7" else "8"
    elif original.islower():
        replacement = "b" if original != "b" else "c"
    else:
        replacement = "B" if original != "B" else "C"
    return text[:position] + replacement + text[position + 1 :]


def test_one_character_altered_anywhere_in_signature_or_code_is_refused(db, closed_acta, office):
    text = scanned(closed_acta)
    empty = office("oficina", knows=[signing.public_signing_key()])
    start = text.index("firma:1.") + len("firma:1.")
    signature_end = text.index(" ", start)
    positions = [
        *range(start, signature_end),
        *range(len(text) - len(closed_acta.verification_code), len(text)),
    ]
    key_positions = range(start, start + signing.KEY_ID_LENGTH)
    refused = 0
    for position in positions:
        if text[position] in "-.":
            continue
        result = verify(empty, _altered(text, position))
        assert not result.accepted, (position, _altered(text, position))
        # A changed key id names a device nobody knows; anything else breaks the signature.
        expected = Outcome.UNKNOWN_KEY if position in key_positions else Outcome.ALTERED_SIGNATURE
        assert result.outcome is expected, position
        refused += 1
    assert refused > 120
    assert "alterados" in verify(empty, _altered(text, signature_end - 1)).verdict()


def test_a_signature_from_an_unknown_device_is_refused_with_its_key_id(closed_acta, office):
    text = scanned(closed_acta)
    stranger = office("otro-equipo", knows=[])
    result = verify(stranger, text)
    assert result.outcome is Outcome.UNKNOWN_KEY and not result.accepted
    assert result.key_id in result.verdict() and "no conoce" in result.verdict()


def test_the_altered_qr_is_refused_even_where_the_record_is(db, closed_acta):
    text = scanned(closed_acta)
    assert verify(db, text).outcome is Outcome.FOUND
    position = text.index("firma:1.") + 20
    result = verify(db, _altered(text, position))
    assert result.outcome is Outcome.ALTERED_SIGNATURE and result.match is None


def test_a_reprint_carries_the_first_signature_stored_even_on_another_laptop(
    db, closed_acta, monkeypatch, tmp_path
):
    again = meetings.acta_document(db, closed_acta.meeting_id)
    assert again.signature == closed_acta.signature
    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(tmp_path / "otro-portatil"))
    other_key = signing.key_id(signing.public_signing_key())
    assert other_key != signing.signature_key_id(closed_acta.signature)
    # The same database (as a bundle brings it) on another laptop prints the same QR.
    assert meetings.acta_document(db, closed_acta.meeting_id).signature == closed_acta.signature
    [row] = document_signing.signed_documents(db, closed_acta.verification_code)
    assert (row.record_id, row.alliance_id) == (closed_acta.meeting_id, closed_acta.alliance_id)


def test_an_issued_agreement_is_signed_and_a_draft_is_not(db, alliance_id, office):
    [version] = agreements.list_versions(db, alliance_id)
    draft = agreements.document_for_version(db, version.id)
    assert draft.is_draft and draft.signature == ""
    agreements.issue_version(db, version.id)
    issued = agreements.document_for_version(db, version.id)
    assert signing.signature_code(issued.signature) == issued.verification_code
    assert agreements.agreement_document(db, alliance_id).signature == issued.signature
    empty = office("oficina", knows=[signing.public_signing_key()])
    assert verify(empty, scanned(issued, "acuerdo de compromisos")).accepted


def test_content_that_no_longer_gives_its_code_is_not_signed():
    content = {"acta": 1}
    assert signing.signature_for_code("acta", content, "AAAA-BBBB-CCCC") == ""
