"""Encrypted bundles: with a passphrase (scrypt derives the key) or to the office's X25519
public key (an ephemeral key agreed with it, HKDF-SHA256), AES-GCM sealing the sealed zip.

File layout: the magic ``ALIANZAS-CIFRADO\\n``, a two-byte length, a JSON header (algorithm,
then scrypt parameters and salt, or the ephemeral public key and the recipient's key id;
the nonce) and the ciphertext. The magic and header are the AES-GCM associated data, so
changing any of them (a weaker scrypt cost, another nonce, another ephemeral key) fails the
tag as a wrong secret or a changed byte would. Encrypted to a public key, a bundle can be
opened only with the matching private key: a laptop cannot read other laptops' bundles.
"""

from __future__ import annotations

import base64
import json
import logging
import os

logger = logging.getLogger(__name__)

MAGIC = b"ALIANZAS-CIFRADO\n"
OVERHEAD = 4096
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_MAX_N = 2**20


class CryptoError(ValueError):
    """A bundle that cannot be decrypted; the message is Spanish."""


PASSPHRASE_ALG = "scrypt+aes-256-gcm"
KEY_ALG = "x25519+hkdf-sha256+aes-256-gcm"
HKDF_INFO = b"alianzas-paquete-x25519-v1"

WRONG_KEY = (
    "No se pudo descifrar el paquete: la clave no lo abre, o el archivo está dañado o fue "
    "modificado."
)

WRONG_SECRET = (
    "No se pudo descifrar el paquete: la contraseña no es la correcta, o el archivo está "
    "dañado o fue modificado."
)


def is_encrypted(data: bytes) -> bool:
    return data.startswith(MAGIC)


def _aes():
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise CryptoError(
            "Esta instalación de Alianzas no trae el cifrado (paquete «cryptography»)."
        ) from exc
    return AESGCM, Scrypt


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    _aesgcm, scrypt = _aes()
    return scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt(data: bytes, passphrase: str) -> bytes:
    if not passphrase:
        raise CryptoError("La contraseña del paquete no puede estar vacía.")
    aesgcm, _scrypt = _aes()
    salt = os.urandom(16)
    nonce = os.urandom(12)
    header = json.dumps(
        {
            "alg": PASSPHRASE_ALG,
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": base64.b64encode(salt).decode("ascii"),
            "nonce": base64.b64encode(nonce).decode("ascii"),
        },
        sort_keys=True,
    ).encode("ascii")
    prefix = MAGIC + len(header).to_bytes(2, "big") + header
    key = _key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return prefix + aesgcm(key).encrypt(nonce, data, prefix)


def _split(data: bytes) -> tuple[bytes, dict]:
    """The authenticated prefix (magic, length, header) and the header read; CryptoError when
    it cannot be read (a wrong secret and a changed byte are not told apart)."""
    start = len(MAGIC)
    try:
        length = int.from_bytes(data[start : start + 2], "big")
        header = json.loads(data[start + 2 : start + 2 + length].decode("ascii"))
        if not isinstance(header, dict):
            raise ValueError("cabecera")
        nonce = base64.b64decode(header["nonce"], validate=True)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise CryptoError(WRONG_SECRET) from exc
    if len(nonce) != 12:
        raise CryptoError(WRONG_SECRET)
    return data[: start + 2 + length], header


def method(data: bytes) -> str | None:
    """PASSPHRASE_ALG or KEY_ALG for an encrypted bundle (None when not encrypted or unknown)."""
    if not is_encrypted(data):
        return None
    try:
        alg = _split(data)[1].get("alg")
    except CryptoError:
        return None
    return alg if alg in (PASSPHRASE_ALG, KEY_ALG) else None


def recipient_of(data: bytes) -> str:
    """The key id a bundle was encrypted to ("" when it was not encrypted to a key)."""
    try:
        recipient = _split(data)[1].get("recipient", "")
    except CryptoError:
        return ""
    return recipient if isinstance(recipient, str) else ""


def _open(aesgcm, key: bytes, nonce: bytes, data: bytes, prefix: bytes, wrong: str) -> bytes:
    from cryptography.exceptions import InvalidTag

    try:
        return aesgcm(key).decrypt(nonce, data[len(prefix) :], prefix)
    except (InvalidTag, ValueError) as exc:
        raise CryptoError(wrong) from exc


def decrypt(data: bytes, passphrase: str) -> bytes:
    aesgcm, _scrypt = _aes()
    prefix, header = _split(data)
    if header.get("alg") == KEY_ALG:
        raise CryptoError(
            "El paquete está cifrado para la clave de la oficina, no con una contraseña: "
            "se abre con la clave privada de la oficina."
        )
    if header.get("alg") != PASSPHRASE_ALG:
        raise CryptoError("El paquete está cifrado de una forma que Alianzas no conoce.")
    try:
        n, r, p = int(header["n"]), int(header["r"]), int(header["p"])
        salt = base64.b64decode(header["salt"], validate=True)
    except (ValueError, KeyError, TypeError) as exc:
        raise CryptoError(WRONG_SECRET) from exc
    if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4):
        raise CryptoError(WRONG_SECRET)
    if len(salt) != 16:
        raise CryptoError(WRONG_SECRET)
    nonce = base64.b64decode(header["nonce"])
    return _open(aesgcm, _key(passphrase, salt, n, r, p), nonce, data, prefix, WRONG_SECRET)


# -- to a public key (X25519) -----------------------------------------------------------------


def key_id(public_key: bytes) -> str:
    """A public key's short id: what a person compares, and what a bundle names its key by."""
    import hashlib

    return hashlib.sha256(public_key).hexdigest()[:16]


def _x25519():
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    return X25519PrivateKey, X25519PublicKey


def _shared_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=HKDF_INFO
    ).derive(shared)


def new_private_key() -> bytes:
    """32 random bytes: an X25519 private key."""
    private, _public = _x25519()
    from cryptography.hazmat.primitives import serialization

    return private.generate().private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def public_of(private_key: bytes) -> bytes:
    private, _public = _x25519()
    from cryptography.hazmat.primitives import serialization

    return (
        private.from_private_bytes(private_key)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def encrypt_for(data: bytes, public_key: bytes) -> bytes:
    """``data`` sealed so that only the holder of ``public_key``'s private key opens it."""
    aesgcm, _scrypt = _aes()
    private, public = _x25519()
    from cryptography.hazmat.primitives import serialization

    recipient = public.from_public_bytes(public_key)
    ephemeral = private.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    key = _shared_key(ephemeral.exchange(recipient), ephemeral_public, public_key)
    nonce = os.urandom(12)
    header = json.dumps(
        {
            "alg": KEY_ALG,
            "recipient": key_id(public_key),
            "epk": base64.b64encode(ephemeral_public).decode("ascii"),
            "nonce": base64.b64encode(nonce).decode("ascii"),
        },
        sort_keys=True,
    ).encode("ascii")
    prefix = MAGIC + len(header).to_bytes(2, "big") + header
    return prefix + aesgcm(key).encrypt(nonce, data, prefix)


def decrypt_with_key(data: bytes, private_key: bytes) -> bytes:
    aesgcm, _scrypt = _aes()
    prefix, header = _split(data)
    if header.get("alg") == PASSPHRASE_ALG:
        raise CryptoError(
            "El paquete está cifrado con una contraseña, no para una clave: indique la "
            "contraseña con la que se exportó."
        )
    if header.get("alg") != KEY_ALG:
        raise CryptoError("El paquete está cifrado de una forma que Alianzas no conoce.")
    private, public = _x25519()
    try:
        mine = private.from_private_bytes(private_key)
        ephemeral_public = base64.b64decode(header["epk"], validate=True)
        ephemeral = public.from_public_bytes(ephemeral_public)
    except (ValueError, KeyError, TypeError) as exc:
        raise CryptoError(WRONG_KEY) from exc
    my_public = public_of(private_key)
    if header.get("recipient") != key_id(my_public):
        wanted = "".join(c for c in str(header.get("recipient"))[:16] if c in "0123456789abcdef")
        raise CryptoError(
            f"Esta clave no abre el paquete: está cifrado para la clave {wanted or '?'}, y "
            f"esta es la clave {key_id(my_public)}."
        )
    try:
        shared = mine.exchange(ephemeral)
    except ValueError as exc:  # an all-zero shared secret: a crafted ephemeral key
        raise CryptoError(WRONG_KEY) from exc
    key = _shared_key(shared, ephemeral_public, my_public)
    nonce = base64.b64decode(header["nonce"])
    return _open(aesgcm, key, nonce, data, prefix, WRONG_KEY)
