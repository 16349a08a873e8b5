"""Backups with SQLite's online backup API, their rotation, checks and restore.

A raw file copy of a live WAL database can miss committed pages; the backup API
copies a consistent snapshot. Automatic copies live in the data folder's
``respaldos`` and rotate: the newest ten, plus the newest of each month.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alianzas_desktop import paths
from alianzas_desktop.files import replace_durably
from alianzas_desktop.storage import guards, integrity

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
    """``ok`` says the file is a sound Alianzas database; ``problems`` what else was found.

    Problems do not make a file damaged: an altered document or a missing guard is
    reported (``alianzas check``, the start-up warnings) and a backup holding an
    altered document is not restored.
    """

    ok: bool
    message: str
    altered: tuple[str, ...] = ()  # issued documents whose content no longer gives their code
    missing_guards: tuple[str, ...] = ()
    # Not damaged but never one of ours: another program's file, a half-created schema.
    not_alianzas: bool = False

    @property
    def problems(self) -> list[str]:
        lines = [f"{title}: {integrity.ALTERED}." for title in self.altered]
        if self.missing_guards:
            lines.append(
                f"Faltan {len(self.missing_guards)} protecciones de los documentos emitidos "
                f"({', '.join(self.missing_guards)}); Alianzas las repone al abrir la base "
                "para trabajar."
            )
        return lines


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int
    alliances: int | None
    meetings: int | None = None
    people: int | None = None

    @property
    def holds_data(self) -> bool:
        """Whether the copy has records: an empty one is nothing to go back to."""
        return any(n for n in (self.alliances, self.people, self.meetings))


def _connect_readonly(path: Path) -> sqlite3.Connection:
    # A URI, so the path is percent-encoded: «copia?v2.sqlite» is that file, not «copia».
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)


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
        replace_durably(partial, target)
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
                # What SQLite found, for whoever looks into it (the dialog says «dañada»).
                logger.error("quick_check de %s: %s", path, [row[0] for row in quick[:10]])
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
                return CheckResult(
                    False, "El archivo no es una base de datos de Alianzas.", not_alianzas=True
                )
            if connection.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 0:
                return CheckResult(
                    False,
                    "La base de datos quedó a medio crear: no es una base de datos de Alianzas "
                    "utilizable.",
                    not_alianzas=True,
                )
            altered = tuple(d.describe() for d in integrity.altered_documents(connection))
            missing = tuple(guards.missing_guards(connection))
    except sqlite3.DatabaseError:
        return CheckResult(
            False,
            "El archivo está dañado o no es una base de datos de Alianzas.",
            not_alianzas=not has_sqlite_header(path),
        )
    return CheckResult(True, "ok", altered=altered, missing_guards=missing)


SQLITE_HEADER = b"SQLite format 3\x00"


def has_sqlite_header(path: Path) -> bool:
    """Whether the file starts as every SQLite database does (a damaged one usually still does)."""
    try:
        with open(path, "rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


COUNTED = ("alliances", "meetings", "people")


def record_counts(path: Path) -> dict[str, int | None]:
    """How many alliances, meetings and people ``path`` holds; None where it cannot be read."""
    counts: dict[str, int | None] = dict.fromkeys(COUNTED)
    try:
        connection = _connect_readonly(path)
    except sqlite3.Error:
        return counts
    try:
        for table in COUNTED:
            try:
                counts[table] = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            except sqlite3.Error:
                counts[table] = None
    finally:
        connection.close()
    return counts


def holds_data(path: Path) -> bool:
    """Whether the file holds records (an empty or unreadable file holds none)."""
    return any(n for n in record_counts(path).values())


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
    """Today's first copy, when the database holds records.

    A copy of an empty file (or one SQLite cannot count) would be the newest backup, and
    rotation would then drop good ones for it.
    """
    if not database.is_file() or not holds_data(database):
        return None
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
        counts = record_counts(path) if count else {}
        found.append(
            BackupInfo(
                path=path,
                created=datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S"),
                reason=match["reason"],
                size=path.stat().st_size,
                alliances=counts.get("alliances"),
                meetings=counts.get("meetings"),
                people=counts.get("people"),
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


class UndoesIssuedError(BackupError):
    """The backup predates documents issued since: restoring it would undo them."""

    def __init__(self, documents: list[str]):
        self.documents = documents
        more = f" y {len(documents) - 1} más" if len(documents) > 1 else ""
        super().__init__(
            "El respaldo es anterior a documentos emitidos después y los volvería borrador: "
            f"{documents[0]}{more}. No se restauró nada."
        )


def documents_undone(database: Path, backup: Path) -> list[str]:
    """Issued agreements and closed actas of ``database`` that restoring ``backup`` would undo.

    One Spanish line each, naming the document and what it is in the backup. The
    window and ``alianzas restore`` ask before going on when this is not empty.
    """
    if not database.exists() or database.stat().st_size == 0:
        return []
    try:
        with _connect_readonly(database) as current, _connect_readonly(backup) as older:
            return integrity.documents_undone_by(current, older)
    except sqlite3.DatabaseError:
        return []  # a damaged current file has nothing left to protect from the restore


def restore(database: Path, backup: Path, *, undo_issued: bool = False) -> Path | None:
    """Replace ``database`` with ``backup`` after checking it; the current file is backed up first.

    A backup whose issued documents no longer match their codes is refused. One
    that would turn documents issued since it was taken back into drafts is refused
    too (UndoesIssuedError, listing them) unless ``undo_issued`` says the user agreed.
    Returns the safety copy of the replaced database.
    """
    result = check_database(backup)
    if not result.ok:
        raise BackupError(f"El respaldo no sirve: {result.message}")
    if result.altered:
        more = f" (y {len(result.altered) - 1} más)" if len(result.altered) > 1 else ""
        raise BackupError(
            f"El respaldo no sirve: {result.altered[0]}{more}: {integrity.ALTERED}. "
            "No se restauró nada."
        )
    if not undo_issued:
        undone = documents_undone(database, backup)
        if undone:
            raise UndoesIssuedError(undone)
    safety = automatic_backup(database, "antes-de-restaurar") if database.exists() else None
    try:
        with _connect_readonly(backup) as src, sqlite3.connect(database) as dst:
            src.backup(dst)
    except sqlite3.Error as exc:
        raise BackupError(f"No se pudo restaurar el respaldo: {exc}") from exc
    logger.info("Restaurado %s desde %s", database, backup)
    return safety


_SIDECARS = ("-wal", "-shm", "-journal")


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", *_SIDECARS):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def rewrite_backup(path: Path, change: Callable[[Path], None]) -> None:
    """Apply ``change`` to a copy of the backup ``path``, then swap the copy in atomically.

    The copy lives beside the backup (same disk, so the rename is atomic) under a
    name ``list_backups`` ignores; until the rename the backup is untouched, and a
    failure leaves it as it was. ``change`` must close its connections; whatever
    WAL they leave is folded in before the swap, and the old file's sidecars go
    with it.
    """
    work = path.with_name(path.name + ".reescribiendo")
    _remove_with_sidecars(work)
    try:
        copy_database(path, work)
        change(work)
        with closing(sqlite3.connect(work)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("PRAGMA journal_mode=DELETE")
        replace_durably(work, path)
        for suffix in _SIDECARS:
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    except sqlite3.Error as exc:
        raise BackupError(f"No se pudo reescribir el respaldo: {exc}") from exc
    except OSError as exc:
        raise BackupError(f"No se pudo reescribir el respaldo: {exc.strerror or exc}") from exc
    finally:
        _remove_with_sidecars(work)
