"""Damage SQLite reports while the window works: the damaged-database dialog, never a traceback.

The storage layer lets go of a damaged file the moment SQLite reports it and tells its
damage handlers, in whatever thread met it. This route brings that news to the window's
thread and asks what to do, as at start-up: restore the newest backup that holds data
(the damaged file set aside, byte for byte), open another file, or quit.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from alianzas_desktop.storage import database as storage_database
from alianzas_desktop.storage.backup import BackupError
from alianzas_desktop.storage.database import Database, DatabaseDamagedError
from alianzas_desktop.ui import startup_checks
from alianzas_desktop.ui.dialogs.damaged_database_dialog import DamagedChoice

logger = logging.getLogger(__name__)


class DamageRoute(QObject):
    """Sends a damaged database of ``window`` to the damaged-database dialog, once."""

    found = Signal(object)  # the Database SQLite found damaged; emitted from any thread
    handled = Signal(str)  # the DamagedChoice taken, once the window is safe again

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        self._answering = False
        # Queued even from the window's thread: the error first unwinds the screen that met it.
        self.found.connect(self._answer, Qt.ConnectionType.QueuedConnection)
        handler = self._notify
        storage_database.damage_handlers.append(handler)

        def forget(*_args) -> None:
            if handler in storage_database.damage_handlers:
                storage_database.damage_handlers.remove(handler)

        window.destroyed.connect(forget)
        self.forget = forget

    def _notify(self, db: Database, _error: DatabaseDamagedError) -> None:
        try:
            self.found.emit(db)
        except RuntimeError:  # the window is gone: nobody left to ask
            logger.info("Base dañada encontrada sin ventana que la muestre")

    def _answer(self, db: Database) -> None:
        if self._answering or db is not self._window.db:
            return  # already asking, or a database this window no longer shows
        self._answering = True
        try:
            choice = self._resolve(db)
        finally:
            self._answering = False
        self.handled.emit(choice.value)

    def _resolve(self, db: Database) -> DamagedChoice:
        problem = str(db.damaged)
        path = db.path
        if path is None:  # a server database: its administrators restore it
            QMessageBox.critical(
                self._window, QCoreApplication.translate("DamageRoute", "Alianzas"), problem
            )
            self._window.close()
            return DamagedChoice.QUIT
        while True:
            good = startup_checks.newest_good_backup(path)
            choice = startup_checks.ask_damaged(path, problem, good)
            if choice == DamagedChoice.QUIT:
                self._window.close()
                return choice
            if choice == DamagedChoice.OPEN_OTHER:
                chosen = startup_checks.choose_database_file(path.parent)
                if chosen and self._window.open_database(chosen):
                    return choice
                continue
            if good is None:
                continue
            if self._restore(db, good.path):
                return choice
            self._window.close()
            return DamagedChoice.QUIT

    def _restore(self, db: Database, good) -> bool:
        """Set the damaged file aside, copy the backup into its place and reopen it."""
        path = db.path
        db.close()  # nothing was written since the damage: this lets go of the file and lock
        try:
            startup_checks.restore_over_damaged(path, good)
        except (OSError, BackupError) as exc:
            logger.exception("No se pudo restaurar sobre la base dañada")
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            startup_checks.show_critical(
                QCoreApplication.translate("DamageRoute", "No se pudo restaurar"),
                QCoreApplication.translate(
                    "DamageRoute",
                    "No se pudo apartar el archivo dañado ni poner el respaldo en su lugar "
                    "(¿carpeta de solo lectura o disco lleno?). Alianzas se cerrará sin "
                    "escribir en él.\n\n{error}",
                ).format(error=detail),
            )
            return False
        logger.info("Restaurado %s desde %s mientras se trabajaba", path, good)
        return self._window.open_database(str(path))
