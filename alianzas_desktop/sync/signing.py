"""Documents anyone can verify offline: this installation's Ed25519 key signs a document's
frozen content, and the QR carries that signature; a code or QR text is then checked against
the public keys of known devices, without the record in any database.

The printed code stays short for people (``domain.verification``); the QR text adds, before
the code (which a reader finds at the end), ``firma:1.<key id>.<digest>.<signature>``:
- the digest is the first 16 bytes of the SHA-256 the verification code is cut from, so the
  code can be recomputed from it and must match the printed one;
- the signature is Ed25519 over ``alianzas-documento-v1\\n`` and that digest;
- the key id is the first 8 hexadecimal digits of the SHA-256 of the raw public key.
One character changed anywhere in the payload or the code refuses it.

Keys are PEM files in the data folder's ``claves/``: ``firma-ed25519.pem`` (private, 0600,
never in a bundle) and ``equipos/<key id>.pem``, the other devices' public keys, which
arrive in bundles' manifests.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alianzas_desktop import paths
from alianzas_desktop.domain.verification import (
    _ALPHABET,
    CODE_LENGTH,
    canonical_json,
    code_from_text,
    qr_text,
)
from alianzas_desktop.files import write_durably
from alianzas_desktop.sync import keys

logger = logging.getLogger(__name__)

SIGNING_PRIVATE = "firma-ed25519.pem"
KNOWN_FOLDER = "equipos"
MESSAGE_PREFIX = b"alianzas-documento-v1\n"
DIGEST_BYTES = 16
KEY_ID_LENGTH = 8
_PAYLOAD = re.compile(
    r"firma:1\.([0-9a-f]{8})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{86})(?![A-Za-z0-9_.-])"
)


class SignatureState:
    VALID = "valida"
    UNSIGNED = "sin_firma"
    UNKNOWN_KEY = "clave_desconocida"
    INVALID = "invalida"


@dataclass(frozen=True)
class OfflineCheck:
    """What a code or QR text says without the database."""

    code: str
    state: str  # a SignatureState
    key_id: str
    message: str

    @property
    def valid(self) -> bool:
        return self.state == SignatureState.VALID


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _ed25519():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

    return Ed25519PrivateKey, Ed25519PublicKey


def _serialization():
    from cryptography.hazmat.primitives import serialization

    return serialization


def key_id(public_key: bytes) -> str:
    return hashlib.sha256(public_key).hexdigest()[:KEY_ID_LENGTH]


# -- keys ------------------------------------------------------------------------------------


# The key last read, by file and its modification time: a look through hundreds of plans
# signs each one, and reading the PEM file every time was a third of that.
_loaded: dict[Path, tuple[int, Any]] = {}


def _keys_folder() -> Path:
    """The keys folder, named without creating it (``keys.keys_dir`` makes it)."""
    return paths.data_dir() / keys.FOLDER


def has_signing_key() -> bool:
    """Whether this installation already made its signing key (reading never makes one)."""
    return (_keys_folder() / SIGNING_PRIVATE).exists()


# An Ed25519 private key in PKCS #8 (RFC 8410) is this DER prefix and its 32 random bytes.
_PKCS8_ED25519 = bytes.fromhex("302e020100300506032b657004220420")


def make_signing_key() -> bool:
    """This installation's signing key file, made when it has none (True when made now).

    Written from 32 bytes of the system's random source, exactly as cryptography would
    write them: making it at the window's first start does not load cryptography (about
    10 MiB and 70 ms), which reads the file at the first signature.
    """
    path = keys.keys_dir() / SIGNING_PRIVATE
    if path.exists():
        return False
    der = _PKCS8_ED25519 + secrets.token_bytes(32)
    pem = (
        b"-----BEGIN PRIVATE KEY-----\n" + base64.b64encode(der) + b"\n-----END PRIVATE KEY-----\n"
    )
    keys._write_private(path, pem)
    logger.info("Clave de firma de este equipo creada: %s", path)
    return True


def _private_key():
    """This installation's signing key, made the first time it is needed."""
    private, _public = _ed25519()
    serialization = _serialization()
    path = keys.keys_dir() / SIGNING_PRIVATE
    make_signing_key()
    stamp = path.stat().st_mtime_ns
    cached = _loaded.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    data = path.read_bytes()[: keys.MAX_KEY_FILE_BYTES]
    key = serialization.load_pem_private_key(data, password=None)
    if not isinstance(key, private):
        raise keys.KeyFileError(f"La clave de firma de este equipo está dañada: {path}")
    _loaded[path] = (stamp, key)
    return key


def public_signing_key() -> bytes:
    """This installation's signing public key (raw 32 bytes), made the first time."""
    serialization = _serialization()
    return (
        _private_key()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def _known_dir() -> Path:
    folder = keys.keys_dir() / KNOWN_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def remember_signing_key(public_key: bytes) -> str:
    """Keep another device's signing public key (from a bundle); its key id."""
    _private, public = _ed25519()
    serialization = _serialization()
    pem = public.from_public_bytes(public_key).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    ident = key_id(public_key)
    target = _known_dir() / f"{ident}.pem"
    if not target.exists() or target.read_bytes() != pem:
        write_durably(target, pem)
        logger.info("Clave de firma de otro equipo guardada: %s", ident)
    return ident


def known_signing_keys() -> dict[str, list[bytes]]:
    """{key id: [public keys]}: this installation's own and every device's kept here."""
    _private, public = _ed25519()
    serialization = _serialization()
    found: dict[str, list[bytes]] = {}
    if has_signing_key():  # checking a QR never makes this installation's key
        own = public_signing_key()
        found.setdefault(key_id(own), []).append(own)
    for path in sorted((_keys_folder() / KNOWN_FOLDER).glob("*.pem")):
        try:
            if path.stat().st_size > keys.MAX_KEY_FILE_BYTES:
                continue
            key = serialization.load_pem_public_key(path.read_bytes())
        except (OSError, ValueError, TypeError):
            logger.warning("Clave de otro equipo ilegible: %s", path)
            continue
        if isinstance(key, public):
            raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            if raw not in found.setdefault(key_id(raw), []):
                found[key_id(raw)].append(raw)
    return found


# -- signing and checking --------------------------------------------------------------------


def document_digest(kind: str, content: Any) -> bytes:
    """The SHA-256 the verification code is cut from (``domain.verification``), whole."""
    return hashlib.sha256(f"{kind}\n{canonical_json(content)}".encode()).digest()


def code_of_digest(digest: bytes) -> str:
    number = int.from_bytes(digest[:8], "big")
    chars = []
    for _ in range(CODE_LENGTH):
        number, rest = divmod(number, 32)
        chars.append(_ALPHABET[rest])
    raw = "".join(chars)
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def signature_payload(kind: str, content: Any) -> str:
    """``firma:1.…`` for a document's frozen content, signed by this installation."""
    digest = document_digest(kind, content)[:DIGEST_BYTES]
    key = _private_key()
    signature = key.sign(MESSAGE_PREFIX + digest)
    return f"firma:1.{key_id(public_signing_key())}.{b64url(digest)}.{b64url(signature)}"


def signed_qr_text(document: str, kind: str, content: Any, code: str) -> str:
    """The QR's text: the words and code of ``domain.verification.qr_text``, with the
    signature before the code (readers find the code at the end). ASCII only."""
    return qr_text(document, code, signature_payload(kind, content))


def signature_for_code(kind: str, content: Any, code: str) -> str:
    """This installation's ``firma:1.…`` for a document whose content gives ``code``; empty
    when it does not (content changed beneath the app is never signed)."""
    if code_of_digest(document_digest(kind, content)) != code:
        logger.warning("No se firma el documento %s: su contenido no da ese código", code)
        return ""
    return signature_payload(kind, content)


def signature_code(payload: str) -> str:
    """The verification code a ``firma:1.…`` text was made for; empty when it is not one."""
    match = _PAYLOAD.fullmatch(payload)
    if match is None:
        return ""
    try:
        digest = unb64url(match.group(2))
    except (binascii.Error, ValueError):
        return ""
    return code_of_digest(digest) if len(digest) == DIGEST_BYTES else ""


def signature_key_id(payload: str) -> str:
    match = _PAYLOAD.fullmatch(payload)
    return match.group(1) if match else ""


def check_offline(text: str, known: dict[str, list[bytes]] | None = None) -> OfflineCheck:
    """A code or a QR's text checked against the known devices' keys, without a database."""
    from cryptography.exceptions import InvalidSignature

    code = code_from_text(text)
    match = _PAYLOAD.search(text)
    if match is None:
        return OfflineCheck(
            code,
            SignatureState.UNSIGNED,
            "",
            "Este texto no trae firma: el código solo se puede verificar con la base de "
            "datos que tiene el documento.",
        )
    ident, digest_text, signature_text = match.groups()
    try:
        digest, signature = unb64url(digest_text), unb64url(signature_text)
    except (binascii.Error, ValueError):
        return OfflineCheck(code, SignatureState.INVALID, ident, _ALTERED)
    # Base64's last character has spare bits: a text that does not encode back the same is
    # altered even where the bytes are not.
    canonical = b64url(digest) == digest_text and b64url(signature) == signature_text
    if not canonical or len(digest) != DIGEST_BYTES or len(signature) != 64:
        return OfflineCheck(code, SignatureState.INVALID, ident, _ALTERED)
    if code_of_digest(digest) != code:
        return OfflineCheck(code, SignatureState.INVALID, ident, _ALTERED)
    candidates = (known if known is not None else known_signing_keys()).get(ident, [])
    if not candidates:
        return OfflineCheck(
            code,
            SignatureState.UNKNOWN_KEY,
            ident,
            f"La firma es de un equipo que este computador no conoce (clave {ident}): "
            "importe un paquete de ese equipo, o verifique con su base de datos.",
        )
    _private, public = _ed25519()
    for raw in candidates:
        try:
            public.from_public_bytes(raw).verify(signature, MESSAGE_PREFIX + digest)
        except InvalidSignature:
            continue
        return OfflineCheck(
            code,
            SignatureState.VALID,
            ident,
            f"Firma válida: el documento con el código {code} fue emitido en el equipo de "
            f"clave {ident} y no ha cambiado.",
        )
    return OfflineCheck(code, SignatureState.INVALID, ident, _ALTERED)


_ALTERED = (
    "La firma no corresponde: el código o el texto del QR fueron alterados, o el documento "
    "no es auténtico."
)
