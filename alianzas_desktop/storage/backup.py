"""Backups with SQLite's online backup API, their rotation, checks and restore.

A raw file copy of a live WAL database can miss committed pages; the backup API
copies a consistent snapshot. Automatic copies live in the data folder's
``respaldos`` and rotate: the newest ten, plus the newest of each month.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alianzas_desktop import paths

logger = logging.getLogger(__name__)

KEEP_NEWEST = 10
# alianzas-20261130-174500-diario.sqlite; a second copy in the same second adds -2, -3…
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<count>\d+))?-(?P<reason>[a-z-]+)\.sqlite$"
)


class BackupError(Exception):
    """A backup or restore that could not be done; the message is Spanish."""


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int
    alliances: int | None
    meetings: int | None = None


def _connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def copy_database(source: Path, target: Path) -> None:
    """Consistent copy of ``source`` into ``target`` (overwritten) with the backup API.

    Only a new path or a regular file is ever replaced: never a device, a folder or a
    pipe (``-o /dev/null`` run as root once turned the device into a file).
    """
    if target.exists() and not target.is_file():
        raise BackupError(f"{target} no es un archivo: elija otro nombre para el respaldo.")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".parcial")
    partial.unlink(missing_ok=True)
    try:
        with _connect_readonly(source) as src, sqlite3.connect(partial) as dst:
            src.backup(dst)
        partial.replace(target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"No se pudo copiar la base de datos: {exc}") from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            f"No se pudo escribir el respaldo en {target.parent}: {exc.strerror or exc}"
        ) from exc


def check_database(path: Path) -> CheckResult:
    """quick_check and foreign_key_check; never writes to the file."""
    if not path.exists():
        return CheckResult(False, f"No existe el archivo {path}.")
    try:
        with _connect_readonly(path) as connection:
            quick = connection.execute("PRAGMA quick_check").fetchall()
            if quick != [("ok",)]:
                return CheckResult(
                    False, "La base de datos está dañada (falló la verificación de integridad)."
                )
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                return CheckResult(
                    False,
                    f"La base de datos tiene {len(broken)} referencias rotas entre registros.",
                )
            has_schema = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
            ).fetchone()[0]
            if not has_schema:
                return CheckResult(False, "El archivo no es una base de datos de Alianzas.")
    except sqlite3.DatabaseError:
        return CheckResult(False, "El archivo está dañado o no es una base de datos de Alianzas.")
    return CheckResult(True, "ok")


def _count(path: Path, table: str) -> int | None:
    try:
        with _connect_readonly(path) as connection:
            return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return None


def automatic_backup(database: Path, reason: str, *, rotate_after: bool = True) -> Path | None:
    """Copy the database into the backups folder; None when there is nothing to copy.

    Names never collide: a copy never replaces another. ``rotate_after=False``
    keeps the rotation away until the caller knows the copy is no longer the
    only clean one (before an upgrade, until the upgrade has succeeded).
    """
    if not database.exists() or database.stat().st_size == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = paths.backups_dir()
    target = folder / f"{database.stem}-{stamp}-{reason}.sqlite"
    count = 2
    while target.exists():
        target = folder / f"{database.stem}-{stamp}-{count}-{reason}.sqlite"
        count += 1
    copy_database(database, target)
    if rotate_after:
        rotate(database.stem)
    logger.info("Respaldo automático (%s): %s", reason, target)
    return target


def daily_backup_if_due(database: Path) -> Path | None:
    today = datetime.now().strftime("%Y%m%d")
    for info in list_backups(database.stem, count=False):
        if info.created.strftime("%Y%m%d") == today:
            return None
    return automatic_backup(database, "diario")


def list_backups(stem: str | None = None, *, count: bool = True) -> list[BackupInfo]:
    """Automatic backups, newest first."""
    found = []
    for path in paths.backups_dir().glob("*.sqlite"):
        match = _NAME.match(path.name)
        if not match or (stem is not None and match["stem"] != stem):
            continue
        found.append(
            BackupInfo(
                path=path,
                created=datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S"),
                reason=match["reason"],
                size=path.stat().st_size,
                alliances=_count(path, "alliances") if count else None,
                meetings=_count(path, "meetings") if count else None,
            )
        )
    return sorted(found, key=lambda b: b.created, reverse=True)


def rotate(stem: str) -> list[Path]:
    """Keep the newest KEEP_NEWEST plus the newest of every month; returns what was removed."""
    backups = list_backups(stem, count=False)
    keep = {b.path for b in backups[:KEEP_NEWEST]}
    seen_months: set[str] = set()
    for backup in backups:
        month = backup.created.strftime("%Y%m")
        if month not in seen_months:
            seen_months.add(month)
            keep.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def restore(database: Path, backup: Path) -> Path | None:
    """Replace ``database`` with ``backup`` after checking it; the current file is backed up first.

    Returns the safety copy of the replaced database.
    """
    result = check_database(backup)
    if not result.ok:
        raise BackupError(f"El respaldo no sirve: {result.message}")
    safety = automatic_backup(database, "antes-de-restaurar") if database.exists() else None
    try:
        with _connect_readonly(backup) as src, sqlite3.connect(database) as dst:
            src.backup(dst)
    except sqlite3.Error as exc:
        raise BackupError(f"No se pudo restaurar el respaldo: {exc}") from exc
    logger.info("Restaurado %s desde %s", database, backup)
    return safety
