"""Erasure beyond the live database: the automatic backups and the data folder's log files.

Each backup is erased with the same service on a copy beside it, rewritten without
free pages, and swapped in atomically; a backup that cannot be opened or erased
is left as it was and named in the result. Copies outside the backups folder are
out of reach, and the result says so.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from alianzas_desktop import paths
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.services.mentions import Needles
from alianzas_desktop.storage import backup as backups
from alianzas_desktop.storage.database import SCHEMA_HEAD, Database, DatabaseError, database_url
from alianzas_desktop.storage.guards import restore_missing_guards

logger = logging.getLogger(__name__)

LOG_PATTERNS = ("*.log", "*.log.*")


def open_copy(path: Path) -> Database:
    """A backup's working copy, brought to this version's schema without another backup.

    ``Database.open`` would first copy a file it upgrades into the backups folder,
    the very place being cleaned; here the copy is itself the spare. A backup from
    an older version comes out of the rewrite at this version's schema (restoring
    it would upgrade it anyway).
    """
    copy = Database(database_url(path))
    try:
        revision = copy.schema_revision()
        if revision is None:
            raise ServiceError(QT_TRANSLATE_NOOP("errores", "no es una base de datos de Alianzas"))
        if revision > SCHEMA_HEAD:
            raise ServiceError(
                QT_TRANSLATE_NOOP("errores", "es de una versión más nueva de Alianzas")
            )
        if revision != SCHEMA_HEAD:
            copy.upgrade()
        restore_missing_guards(copy.engine)
    except BaseException:
        copy.close()
        raise
    return copy


def clean_backups(stem: str, erase: Callable[[Database], None]) -> tuple[int, list[str]]:
    """Run ``erase`` on a copy of every automatic backup of database ``stem`` and swap it in.

    Returns how many were cleaned and a Spanish line for each that could not be.
    """
    cleaned = 0
    failed: list[str] = []
    for info in backups.list_backups(stem, count=False):

        def change(work: Path) -> None:
            copy = open_copy(work)
            try:
                erase(copy)
                copy.purge_free_space()
            finally:
                copy.close()

        try:
            backups.rewrite_backup(info.path, change)
        except (ServiceError, DatabaseError, backups.BackupError) as exc:
            failed.append(f"{info.path.name}: {exc}")
            logger.warning("No se limpió el respaldo %s", info.path.name)
        except Exception:  # a damaged copy raises what SQLite and Alembic raise
            failed.append(f"{info.path.name}: el respaldo está dañado o no se pudo abrir")
            logger.warning("No se limpió el respaldo %s", info.path.name, exc_info=True)
        else:
            cleaned += 1
    return cleaned, failed


def clean_log_files(needles: Needles, folder: Path | None = None) -> int:
    """Redact the person from the log files of the data folder; returns how many changed.

    Rewritten in place (same file), so a handler still appending to it goes on
    writing into the file on disk.
    """
    if not needles:
        return 0
    folder = folder or paths.data_dir()
    changed = 0
    for pattern in LOG_PATTERNS:
        for path in sorted(folder.glob(pattern)):
            if path.is_file() and _clean_log(path, needles):
                changed += 1
    return changed


def _clean_log(path: Path, needles: Needles) -> bool:
    try:
        with open(path, "r+b") as handle:
            raw = handle.read()
            text = raw.decode("utf-8", errors="surrogateescape")
            redacted = needles.redact(text)
            if redacted == text:
                return False
            handle.seek(0)
            handle.write(redacted.encode("utf-8", errors="surrogateescape"))
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        logger.warning("No se pudo limpiar el registro %s", path.name)
        return False
    return True
