"""Documents verified offline: a signed QR checked against known devices' keys, no database."""

from __future__ import annotations

import stat

import pytest

from alianzas_desktop.domain.verification import code_from_text, verification_code
from alianzas_desktop.services import bundles
from alianzas_desktop.sync import keys, signing
from alianzas_desktop.sync.signing import SignatureState

CONTENT = {"acta": 3, "decisiones": ["Comprar la despulpadora", "Fecha: 05/11/2026"]}


def _qr(kind: str = "acta") -> tuple[str, str]:
    code = verification_code(kind, CONTENT)
    return code, signing.signed_qr_text("acta", kind, CONTENT, code)


def test_a_signed_qr_is_valid_here_and_its_code_still_reads(tmp_path):
    code, text = _qr()
    assert text.isascii() and text.endswith(code)
    assert code_from_text(text) == code  # the existing readers still find the code
    check = signing.check_offline(text)
    assert check.valid and check.code == code
    assert check.key_id == signing.key_id(signing.public_signing_key())
    assert "Firma válida" in check.message
    path = keys.keys_dir() / signing.SIGNING_PRIVATE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_key_made_at_start_is_what_cryptography_writes_and_it_signs(monkeypatch):
    """The window's first start writes the key file without cryptography: the same PKCS #8
    PEM that cryptography writes for those 32 bytes, read back at the first signature."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    seed = bytes(range(7, 39))
    monkeypatch.setattr(signing.secrets, "token_bytes", lambda n: seed[:n])
    assert signing.make_signing_key()
    assert not signing.make_signing_key()  # made once, never replaced
    path = keys.keys_dir() / signing.SIGNING_PRIVATE
    expected = Ed25519PrivateKey.from_private_bytes(seed)
    assert path.read_bytes() == expected.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    public = expected.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    assert signing.public_signing_key() == public
    _code, text = _qr()
    assert signing.check_offline(text).valid


def test_one_character_changed_anywhere_in_the_payload_or_code_is_refused():
    code, text = _qr()
    start = text.index("firma:1.")
    payload = range(start + len("firma:1."), text.index(" ", start))
    printed = range(len(text) - len(code), len(text))
    refused = 0
    for position in [*payload, *printed]:
        original = text[position]
        if original in "-. :":
            continue
        replacement = "B" if original != "B" else "C"
        if original.isdigit():
            replacement = "7" if original != "7" else "8"
        elif original.islower():
            replacement = "b" if original != "b" else "c"
        altered = text[:position] + replacement + text[position + 1 :]
        check = signing.check_offline(altered)
        assert not check.valid, (position, altered)
        refused += 1
    assert refused > 120


def test_an_unsigned_code_and_an_unknown_device(tmp_path, monkeypatch):
    code, text = _qr()
    assert signing.check_offline(code).state == SignatureState.UNSIGNED
    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(tmp_path / "otro-equipo"))
    check = signing.check_offline(text)
    assert check.state == SignatureState.UNKNOWN_KEY
    assert check.key_id in check.message


def test_keys_travel_in_bundles_so_the_office_verifies_without_the_record(
    laptop_a, laptop_b, tmp_path, monkeypatch
):
    _code, text = _qr()  # printed on laptop A
    bundle = tmp_path / "a.alianzas"
    bundles.export_bundle(laptop_a, bundle)
    secret = (keys.keys_dir() / signing.SIGNING_PRIVATE).read_bytes()
    assert secret.split(b"\n")[1] not in bundle.read_bytes()
    assert bundles.inspect_bundle(bundle)["device_id"]

    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(tmp_path / "oficina"))
    assert signing.check_offline(text).state == SignatureState.UNKNOWN_KEY
    bundles.preview_import(laptop_b, bundle)  # a dry run keeps nothing, not even the key
    assert signing.check_offline(text).state == SignatureState.UNKNOWN_KEY
    bundles.import_bundle(laptop_b, bundle)
    assert signing.check_offline(text).valid
    # The same bundle again (nothing new) keeps the key as it is.
    bundles.import_bundle(laptop_b, bundle)
    assert signing.check_offline(text).valid


@pytest.mark.parametrize("kind", ["acta", "acuerdo"])
def test_the_code_comes_from_the_signed_digest(kind):
    digest = signing.document_digest(kind, CONTENT)
    assert signing.code_of_digest(digest) == verification_code(kind, CONTENT)


def test_a_signed_qr_text_verifies_and_another_code_in_it_does_not():
    code = verification_code("acuerdo", CONTENT)
    text = signing.signed_qr_text("acuerdo de compromisos", "acuerdo", CONTENT, code)
    result = signing.check_offline(text)
    assert (result.valid, result.code, result.state) == (True, code, SignatureState.VALID)
    assert not signing.check_offline(text.replace(code, verification_code("acta", CONTENT))).valid
