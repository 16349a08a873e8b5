"""Writing files so that they survive a power cut: data, then its folder, on disk.

A rename is only durable once the folder that holds it has been flushed: on a
laptop that loses power right after «Guardado», the old file or nothing would
be there otherwise. Used for exports, backups and the profile.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import sys
from pathlib import Path

logger = logging.getLogger(__name__)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a new or renamed file in it) to disk; no-op on Windows."""
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def refuse_special_target(target: Path) -> None:
    """A target that exists must be a regular file: a rename over a device (``/dev/null``, run
    as root) or a folder would replace it. Raises the OSError the callers already translate."""
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    if not stat.S_ISREG(mode):
        raise OSError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))


def replace_durably(temporary: Path, target: Path) -> None:
    """Flush ``temporary``, rename it over ``target`` and flush the folder."""
    refuse_special_target(target)
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    fsync_folder(target.parent)


def write_durably(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary beside it: never half a file."""
    refuse_special_target(target)
    temporary = target.with_name(target.name + ".parcial")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)
