"""Bundles encrypted with a passphrase: scrypt derives the key, AES-GCM seals the sealed zip.

File layout: the magic ``ALIANZAS-CIFRADO\\n``, a two-byte length, a JSON header (algorithm,
scrypt parameters, salt, nonce) and the ciphertext. The magic and header are the AES-GCM
associated data, so changing any of them (a weaker scrypt cost, another nonce) fails the
tag as a wrong passphrase or a changed byte would.
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
            "alg": "scrypt+aes-256-gcm",
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


def decrypt(data: bytes, passphrase: str) -> bytes:
    aesgcm, _scrypt = _aes()
    start = len(MAGIC)
    try:
        length = int.from_bytes(data[start : start + 2], "big")
        header_bytes = data[start + 2 : start + 2 + length]
        header = json.loads(header_bytes.decode("ascii"))
        if header.get("alg") != "scrypt+aes-256-gcm":
            raise CryptoError("El paquete está cifrado de una forma que Alianzas no conoce.")
        n, r, p = int(header["n"]), int(header["r"]), int(header["p"])
        salt = base64.b64decode(header["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
    except CryptoError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise CryptoError(WRONG_SECRET) from exc
    if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4):
        raise CryptoError(WRONG_SECRET)
    if len(salt) != 16 or len(nonce) != 12:
        raise CryptoError(WRONG_SECRET)
    prefix = data[: start + 2 + length]
    try:
        from cryptography.exceptions import InvalidTag

        return aesgcm(_key(passphrase, salt, n, r, p)).decrypt(nonce, data[len(prefix) :], prefix)
    except (InvalidTag, ValueError) as exc:
        raise CryptoError(WRONG_SECRET) from exc
