"""What the operating system said about a file, in one Spanish sentence.

Python's messages («File name too long», «No such file or directory») would
otherwise reach the facilitator in English; the detail stays in the log.
"""

from __future__ import annotations

import errno
import logging

logger = logging.getLogger(__name__)

_BY_ERRNO = {
    errno.ENOENT: "no existe el archivo o la carpeta",
    errno.EACCES: "no hay permiso para usar el archivo o la carpeta",
    errno.EPERM: "no hay permiso para usar el archivo o la carpeta",
    errno.ENAMETOOLONG: "el nombre del archivo es demasiado largo",
    errno.ENOSPC: "el disco está lleno",
    errno.EROFS: "el disco o la memoria es de solo lectura",
    errno.EISDIR: "es una carpeta, no un archivo",
    errno.ENOTDIR: "una parte de la ruta no es una carpeta",
    errno.EEXIST: "ya existe un archivo con ese nombre",
    errno.EIO: "el disco no respondió al leer o escribir (¿memoria retirada o dañada?)",
    errno.EBUSY: "el archivo está ocupado por otro programa",
    errno.EINVAL: "el nombre del archivo no es válido",
}


SHOWN_PATH = 160


def spanish_os_error(exc: OSError, path: object | None = None) -> str:
    """«No se pudo usar /media/usb/copia.sqlite: el disco está lleno.»"""
    reason = _BY_ERRNO.get(exc.errno or 0, "el sistema no permitió usar el archivo")
    where = path if path is not None else exc.filename
    logger.warning("Error del sistema con %s: %s", where, exc)
    if where:
        return f"No se pudo usar {shown_path(where)}: {reason}."
    return f"No se pudo usar el archivo: {reason}."


def shown_path(path: object) -> str:
    """A path as a person reads it: one line, a very long one cut in the middle (the log has it)."""
    text = " ".join(str(path).split())
    if len(text) <= SHOWN_PATH:
        return text
    return text[: SHOWN_PATH // 2] + "…" + text[-(SHOWN_PATH // 2 - 1) :]
