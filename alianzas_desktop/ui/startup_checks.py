"""Start-up checks before the database opens: damage, newer schema, removable drives.

A damaged file is never written to: it is renamed aside (bytes unchanged) and a
good backup is copied into its place with SQLite's backup API. Everything that
would block (the dialog, the file picker) is a module-level hook tests replace.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from alianzas_desktop import paths
from alianzas_desktop.storage import backup, guards
from alianzas_desktop.storage import database as storage_database
from alianzas_desktop.storage.backup import BackupError, BackupInfo
from alianzas_desktop.storage.database import (
    SCHEMA_HEAD,
    Database,
    DatabaseDamagedError,
    DatabaseError,
    NewerSchemaError,
    ensure_not_empty_file,
    is_removable,
)
from alianzas_desktop.storage.os_errors import spanish_os_error
from alianzas_desktop.storage.write_gate import WriteGate
from alianzas_desktop.ui import file_dialogs, workers
from alianzas_desktop.ui.dialogs.damaged_database_dialog import DamagedChoice, DamagedDatabaseDialog

logger = logging.getLogger(__name__)

SIDE_FILES = ("-wal", "-shm", "-journal")
# From this size the full check (seconds: it reads the whole file) and the daily copy run
# after the window shows, writes held until the check has passed (storage.write_gate).
DEFER_CHECK_BYTES = 64 * 2**20
# An intact small file is checked before this: the progress box shows only for big ones.
PROGRESS_DELAY_MS = 500


@dataclass
class StartupOutcome:
    """The opened database (None when the app must not start) and warnings to show."""

    db: Database | None
    exit_code: int = 0
    warnings: list[str] = field(default_factory=list)
    set_aside: list[Path] = field(default_factory=list)
    restored_from: Path | None = None
    # A large file that passed the quick look: the full check is still to run.
    deferred_check: Path | None = None


# -- hooks tests replace -----------------------------------------------------------------


def ask_damaged(path: Path, problem: str, good: BackupInfo | None) -> DamagedChoice:
    return DamagedDatabaseDialog.ask(path, problem, good)


def choose_database_file(start: Path) -> str:
    return file_dialogs.open_file_name(
        None,
        QCoreApplication.translate("StartupChecks", "Abrir base de datos"),
        str(start),
        QCoreApplication.translate(
            "StartupChecks", "Base de datos de Alianzas (*.sqlite *.db);;Todos los archivos (*)"
        ),
    )


def show_critical(title: str, text: str) -> None:
    QMessageBox.critical(None, title, text)


# -- the checks ----------------------------------------------------------------------------


def sqlite_path(target: str | Path | None) -> Path | None:
    """The file behind ``target``, or None for a server URL (nothing to check on disk)."""
    if target is None:
        return paths.default_database_path()
    text = str(target)
    if "://" in text:
        if text.startswith("sqlite:///"):
            return Path(text.removeprefix("sqlite:///"))
        return None
    return Path(text).expanduser().resolve()


def check_with_progress(path: Path) -> backup.CheckResult:
    """``backup.check_database`` in a worker while a small busy box says what is going on.

    The integrity check reads the whole file: seconds on a large database, before any
    window exists. It opens its own read-only connection in the worker's thread.
    """
    progress = QProgressDialog(
        QCoreApplication.translate("StartupChecks", "Revisando la base de datos…"), "", 0, 0
    )
    progress.setWindowTitle(QCoreApplication.translate("StartupChecks", "Alianzas"))
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    progress.setValue(0)
    try:
        return workers.run(lambda: backup.check_database(path), name="revisión de la base")
    finally:
        progress.reset()
        progress.deleteLater()


def newest_good_backup(path: Path) -> BackupInfo | None:
    """The newest automatic backup of this database that holds records and passes the checks.

    An empty copy (of a file that was empty for a moment) is never offered in place of an
    older one with the facilitator's work, nor is one SQLite cannot read.
    """
    for info in backup.list_backups(path.stem):
        if not info.holds_data:
            logger.info("Respaldo sin datos, no se ofrece: %s", info.path)
            continue
        if check_with_progress(info.path).ok:
            return info
    return None


def aside_name(path: Path, now: datetime | None = None) -> Path:
    """'alianzas.sqlite' -> 'alianzas.dañada-20261125-101500.sqlite' in the same folder."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.dañada-{stamp}{path.suffix}")
    counter = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.dañada-{stamp}-{counter}{path.suffix}")
        counter += 1
    return candidate


def set_aside(path: Path) -> list[Path]:
    """Rename the damaged file and its companions; their bytes are not touched."""
    target = aside_name(path)
    moved = [target]
    path.rename(target)
    for suffix in SIDE_FILES:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion_target = target.with_name(target.name + suffix)
            companion.rename(companion_target)
            moved.append(companion_target)
    logger.warning("Base de datos dañada apartada: %s -> %s", path, target)
    return moved


def restore_over_damaged(path: Path, good: Path) -> list[Path]:
    """Set the damaged file aside and put a copy of ``good`` in its place."""
    moved = set_aside(path)
    backup.copy_database(good, path)
    logger.info("Restaurado %s desde %s", path, good)
    return moved


def refusal(path: Path, *, named: bool) -> str | None:
    """Why ``path`` cannot be opened at all, found before anything reads or writes it.

    ``named`` when the user gave the path (``--db``, «Abrir otro archivo…»): its folder
    must exist, since creating folders is writing where nobody asked.
    """
    try:
        if named and not path.parent.is_dir():
            return QCoreApplication.translate(
                "StartupChecks",
                "La carpeta {folder} no existe: revise la ruta de la base de datos. "
                "No se creó nada.",
            ).format(folder=path.parent)
        if path.exists() and not path.is_file():
            return QCoreApplication.translate(
                "StartupChecks",
                "{path} no es un archivo de base de datos (es una carpeta o un dispositivo). "
                "No se modificó nada.",
            ).format(path=path)
    except OSError as exc:
        return spanish_os_error(exc, path)
    return None


def quick_look(path: Path) -> bool:
    """Whether a large file may open before its full check: sound header and schema.

    It must start as SQLite files do, be this version's Alianzas schema (an upgrade first
    copies the file, which must have passed the check) and lack no guard (putting one
    back writes). Anything else takes the full check first, as every file used to.
    """
    try:
        if path.stat().st_size < DEFER_CHECK_BYTES or not backup.has_sqlite_header(path):
            return False
        with closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)) as raw:
            names = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in names:
                return False
            revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] != SCHEMA_HEAD:
                return False
            return not guards.missing_guards(raw)
    except (sqlite3.Error, OSError) as exc:
        logger.info("Sin vistazo rápido de %s: %s", path, exc)
        return False


def check_file(path: Path) -> backup.CheckResult:
    """The integrity check; a zero-byte file is not an Alianzas database, and is never read."""
    try:
        ensure_not_empty_file(path)
    except DatabaseError as exc:
        return backup.CheckResult(False, str(exc), not_alianzas=True)
    return check_with_progress(path)


def _refuse(outcome: StartupOutcome, text: str) -> StartupOutcome:
    """One Spanish box, and the app does not start."""
    logger.error("No se abre la base de datos: %s", text)
    show_critical(
        QCoreApplication.translate("StartupChecks", "Alianzas"),
        QCoreApplication.translate(
            "StartupChecks", "No se pudo abrir la base de datos.\n\n{error}"
        ).format(error=text),
    )
    outcome.exit_code = 1
    return outcome


def open_checked(target: str | Path | None) -> StartupOutcome:
    """Check, repair on request and open the database; the outcome says what happened.

    A file that is not an Alianzas database at all (empty, a folder, a device, another
    program's file) gets one message and the app does not start; a damaged one gets the
    damaged-database dialog. Nothing is written before the file has passed: a large file
    that passes the quick look opens at once, its full check left to ``DeferredCheck``,
    which holds every write until it has passed.
    """
    outcome = StartupOutcome(db=None)
    current = target
    result = None
    while True:
        outcome.deferred_check = None
        result = None
        path = sqlite_path(current)
        if path is not None:
            problem = refusal(path, named=current is not None)
            if problem is not None:
                return _refuse(outcome, problem)
        if path is not None and path.exists() and quick_look(path):
            outcome.deferred_check = path
        elif path is not None and path.exists():
            result = check_file(path)
            if not result.ok:
                # Not ours at all (empty, another program's): one message, unless a backup
                # of this name holds data, which the damaged-database dialog then offers.
                if result.not_alianzas and newest_good_backup(path) is None:
                    text = result.message
                    if str(path) not in text:
                        text = QCoreApplication.translate(
                            "StartupChecks", "{problem}\nArchivo: {path} (no se ha modificado)."
                        ).format(problem=text, path=path)
                    return _refuse(outcome, text)
                current = _handle_damaged(path, result.message, outcome)
                if current is None:
                    outcome.exit_code = 1
                    return outcome
                continue
        try:
            # The window holds the lock beside the file while it works on it.
            db = Database.open(current, exclusive=True)
        except NewerSchemaError as exc:
            logger.error("Base de datos de una versión más reciente: %s", path)
            show_critical(
                QCoreApplication.translate("StartupChecks", "Versión más reciente"), str(exc)
            )
            outcome.exit_code = 1
            return outcome
        except DatabaseDamagedError as exc:  # damage the check did not reach
            if path is None:
                return _refuse(outcome, str(exc))
            current = _handle_damaged(path, str(exc), outcome)
            if current is None:
                outcome.exit_code = 1
                return outcome
            continue
        except DatabaseError as exc:
            return _refuse(outcome, str(exc))
        except OSError as exc:
            return _refuse(outcome, spanish_os_error(exc, path))
        break
    outcome.db = db
    if result is not None and result.problems:  # altered documents, guards put back on opening
        outcome.warnings.append(
            QCoreApplication.translate(
                "StartupChecks", "La revisión de la base de datos encontró:\n{problems}"
            ).format(problems="\n".join(result.problems))
        )
    if outcome.deferred_check is None:
        db.daily_backup()
    if db.path is not None and is_removable(db.path):
        outcome.warnings.append(
            QCoreApplication.translate(
                "StartupChecks",
                "La base de datos está en una memoria USB u otra unidad extraíble ({path}). "
                "Si la memoria se desconecta, se pueden perder datos: trabaje en el disco del "
                "computador y use la memoria solo para respaldos.",
            ).format(path=db.path)
        )
    return outcome


class DeferredCheck(QObject):
    """The full check of a large file and its daily copy, in a worker after the window shows.

    Writes wait at the gate until the check has passed; damage found is reported as
    damage found while working (``ui.damage_route``): the same dialog as at start-up,
    with nothing written to the file meanwhile. Problems that do not stop the app (an
    altered document) become the same warnings as at start-up.
    """

    finished = Signal(object)  # the backup.CheckResult

    def __init__(self, db: Database, path: Path, parent: QWidget):
        super().__init__(parent)
        self._db = db
        self._path = path
        self._parent = parent
        self.result: backup.CheckResult | None = None
        self.warning_boxes: list[QMessageBox] = []
        self.gate = WriteGate(db.engine)
        self.job = workers.start(
            self._work, on_finished=self._done, on_failed=self._failed, name="revisión de la base"
        )

    def _work(self) -> backup.CheckResult:
        """In the worker: the check, then the gate opened (or closed for good), then the copy."""
        try:
            result = backup.check_database(self._path)
        except Exception as exc:  # never leave writes waiting for an answer that never comes
            self.gate.refuse(str(exc))
            raise
        if not result.ok:
            self.gate.refuse(result.message)
            return result
        self.gate.open_gate()
        try:
            self._db.daily_backup()
        except Exception:  # a missed copy is logged, as at start-up; the file is sound
            logger.exception("No se pudo hacer el respaldo diario")
        return result

    def _failed(self, error: BaseException) -> None:
        """The check itself could not run: treated as a check that failed."""
        self._done(backup.CheckResult(False, str(error)))

    def _done(self, result: backup.CheckResult) -> None:
        self.result = result
        if result.ok:
            if result.problems:
                self.warning_boxes = show_warnings(
                    self._parent,
                    [
                        QCoreApplication.translate(
                            "StartupChecks", "La revisión de la base de datos encontró:\n{problems}"
                        ).format(problems="\n".join(result.problems))
                    ],
                )
        elif self._db.damaged is None:  # else SQLite reported it first: already being asked
            logger.error("La revisión diferida encontró daño en %s: %s", self._path, result.message)
            self._db.damaged = DatabaseDamagedError(result.message)
            self._db.engine.dispose()
            for handler in list(storage_database.damage_handlers):
                handler(self._db, self._db.damaged)
        self.finished.emit(result)

    def wait(self) -> backup.CheckResult:
        """The result, the event loop turning meanwhile (the bench and tests)."""
        workers.wait(self.job)
        return self.result


def _handle_damaged(path: Path, problem: str, outcome: StartupOutcome) -> Path | None:
    """Ask what to do with a damaged file; the next file to try, or None to quit."""
    while True:
        good = newest_good_backup(path)
        choice = ask_damaged(path, problem, good)
        if choice == DamagedChoice.QUIT:
            return None
        if choice == DamagedChoice.OPEN_OTHER:
            chosen = choose_database_file(path.parent)
            if chosen:
                return Path(chosen)
            continue
        if good is None:
            continue
        try:
            outcome.set_aside = restore_over_damaged(path, good.path)
        except (OSError, BackupError) as exc:
            logger.exception("No se pudo restaurar sobre la base dañada")
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            show_critical(
                QCoreApplication.translate("StartupChecks", "No se pudo restaurar"),
                QCoreApplication.translate(
                    "StartupChecks",
                    "No se pudo apartar el archivo dañado ni poner el respaldo en su lugar "
                    "(¿carpeta de solo lectura o disco lleno?). No se modificó nada.\n\n{error}",
                ).format(error=detail),
            )
            return None
        outcome.restored_from = good.path
        return path


def show_warnings(parent: QWidget, warnings: list[str]) -> list[QMessageBox]:
    """Non-blocking warnings over the main window; the boxes, so tests can read them."""
    boxes = []
    for text in warnings:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("StartupChecks", "Atención"))
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        boxes.append(box)
    return boxes


def install_error_hook(parent_getter) -> object:
    """Storage failures that escape a screen become a Spanish message, not a silent log line.

    Returns the previous hook so ``run`` can put it back.
    """
    previous = sys.excepthook

    def hook(kind, value, traceback) -> None:
        if isinstance(value, DatabaseDamagedError):
            # The damage route (ui.damage_route) was told by the storage layer and asks
            # what to do; a second box here would only repeat it.
            logger.error("Base de datos dañada mientras se trabajaba: %s", value)
            return
        logger.error("Error no controlado", exc_info=(kind, value, traceback))
        if isinstance(value, DatabaseError):
            text = str(value)
        else:
            text = QCoreApplication.translate(
                "StartupChecks",
                "Ocurrió un error inesperado; lo que se estaba guardando no quedó a medias. "
                "Si se repite, anote qué estaba haciendo y avise al equipo de soporte.",
            )
        QMessageBox.warning(
            parent_getter(), QCoreApplication.translate("StartupChecks", "Alianzas"), text
        )

    sys.excepthook = hook
    return previous
