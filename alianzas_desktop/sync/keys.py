"""This installation's X25519 key pair and the office's public key, as files in the data folder.

The private key never leaves the data folder and never travels in a bundle (bundles carry
database records; these are files). The office gives laptops its public key
(``alianzas keys export-public``), each laptop installs it (``alianzas keys install-office``),
and bundles encrypted to it open only at the office, with its private key.
Keys are PEM files (PKCS#8 for the private key, SubjectPublicKeyInfo for public ones), so
other tools can read them too.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from alianzas_desktop import paths
from alianzas_desktop.files import fsync_folder, refuse_special_target, write_durably
from alianzas_desktop.sync import crypto

logger = logging.getLogger(__name__)

FOLDER = "claves"
OWN_PRIVATE = "equipo-x25519.pem"  # this installation's private key
OFFICE_PUBLIC = "oficina-x25519.pub.pem"  # the office's public key, once installed
MAX_KEY_FILE_BYTES = 4096


class KeyFileError(ValueError):
    """A key file that cannot be used; the message is one Spanish sentence."""


@dataclass(frozen=True)
class KeyInfo:
    key_id: str
    path: str


def keys_dir() -> Path:
    folder = paths.data_dir() / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    try:
        folder.chmod(0o700)
    except OSError:  # a file system without modes (a FAT stick): nothing to tighten
        pass
    return folder


def _serialization():
    from cryptography.hazmat.primitives import serialization

    return serialization


def public_pem(public_key: bytes) -> bytes:
    serialization = _serialization()
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    return X25519PublicKey.from_public_bytes(public_key).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def private_pem(private_key: bytes) -> bytes:
    serialization = _serialization()
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.from_private_bytes(private_key).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _read_small(path: Path, what: str) -> bytes:
    path = Path(path)
    try:
        # A key is a few hundred bytes: a device (/dev/zero) or a big file is not one.
        if not path.is_file() or path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise KeyFileError(f"El archivo de la {what} no es un archivo de clave: {path}")
        return path.read_bytes()
    except OSError as exc:
        raise KeyFileError(f"No se pudo leer el archivo de la {what}: {path}") from exc


def read_public_key_file(path: Path) -> bytes:
    """The raw X25519 public key in a PEM file; KeyFileError otherwise."""
    data = _read_small(path, "clave pública")
    if b"PRIVATE KEY" in data:
        raise KeyFileError(
            "Ese archivo es una clave privada: no se instala ni se reparte. Use la clave "
            "pública (alianzas keys export-public)."
        )
    serialization = _serialization()
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError) as exc:
        raise KeyFileError(f"El archivo no es una clave pública de Alianzas: {path}") from exc
    if not isinstance(key, X25519PublicKey):
        raise KeyFileError(f"El archivo no es una clave pública X25519 de Alianzas: {path}")
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def read_private_key_file(path: Path) -> bytes:
    """The raw X25519 private key in a PEM file; KeyFileError otherwise."""
    data = _read_small(path, "clave privada")
    serialization = _serialization()
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyFileError(f"El archivo no es una clave privada de Alianzas: {path}") from exc
    if not isinstance(key, X25519PrivateKey):
        raise KeyFileError(f"El archivo no es una clave privada X25519 de Alianzas: {path}")
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def _write_private(target: Path, data: bytes) -> None:
    """Written readable by its owner only from the first byte, then renamed into place."""
    refuse_special_target(target)
    temporary = target.with_name(target.name + ".parcial")
    temporary.unlink(missing_ok=True)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def own_private_key() -> bytes:
    """This installation's private key, made the first time it is needed."""
    path = keys_dir() / OWN_PRIVATE
    if path.exists():
        return read_private_key_file(path)
    private_key = crypto.new_private_key()
    _write_private(path, private_pem(private_key))
    logger.info("Clave de cifrado de este equipo creada: %s", path)
    return private_key


def existing_private_key() -> bytes | None:
    """This installation's private key if it has one (nothing is created)."""
    path = keys_dir() / OWN_PRIVATE
    return read_private_key_file(path) if path.exists() else None


def export_public_key(target: Path) -> KeyInfo:
    """Write this installation's public key to ``target`` (the office gives it to laptops)."""
    public_key = crypto.public_of(own_private_key())
    write_durably(Path(target), public_pem(public_key))
    return KeyInfo(crypto.key_id(public_key), str(target))


def install_office_key(source: Path) -> KeyInfo:
    """Keep the office's public key: bundles can then be encrypted to it."""
    public_key = read_public_key_file(source)
    target = keys_dir() / OFFICE_PUBLIC
    write_durably(target, public_pem(public_key))
    logger.info("Clave pública de la oficina instalada: %s", crypto.key_id(public_key))
    return KeyInfo(crypto.key_id(public_key), str(target))


def office_key() -> KeyInfo | None:
    """The office's public key installed here, or None."""
    path = keys_dir() / OFFICE_PUBLIC
    if not path.exists():
        return None
    return KeyInfo(crypto.key_id(read_public_key_file(path)), str(path))


def office_public_key() -> bytes | None:
    path = keys_dir() / OFFICE_PUBLIC
    return read_public_key_file(path) if path.exists() else None
