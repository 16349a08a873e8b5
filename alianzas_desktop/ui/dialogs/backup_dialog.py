"""Archivo ▸ Respaldo…: back up now to a USB stick, see the automatic backups, restore one."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop import paths
from alianzas_desktop.domain.formatting import date_time, number
from alianzas_desktop.storage import backup
from alianzas_desktop.storage.backup import BackupError, BackupInfo, CheckResult
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import file_dialogs, palette, workers
from alianzas_desktop.ui.models.base import RowTableModel
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

REASONS = {
    "diario": QT_TRANSLATE_NOOP("BackupTableModel", "Diario"),
    "antes-de-actualizar": QT_TRANSLATE_NOOP("BackupTableModel", "Antes de actualizar"),
    "antes-de-restaurar": QT_TRANSLATE_NOOP("BackupTableModel", "Antes de restaurar"),
    "antes-de-importar": QT_TRANSLATE_NOOP("BackupTableModel", "Antes de importar"),
}


def reason_label(reason: str) -> str:
    label = REASONS.get(reason)
    if label is None:
        return reason.replace("-", " ").capitalize()
    return QCoreApplication.translate("BackupTableModel", label)


def file_size(size: int) -> str:
    """'850 KB', '1,2 MB' — the way a file explorer shows it."""
    if size < 1024 * 1024:
        return f"{number(max(1, round(size / 1024)))} KB"
    return f"{number(round(size / (1024 * 1024), 1))} MB"


class BackupTableModel(RowTableModel[BackupInfo]):
    """One automatic backup per row, newest first."""

    CONTEXT = "BackupTableModel"
    DATE, REASON, ALLIANCES, MEETINGS, SIZE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupTableModel", "Fecha"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Motivo"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Alianzas"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Sesiones"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Tamaño"),
    )
    RIGHT_ALIGNED = frozenset({ALLIANCES, MEETINGS, SIZE})

    def row_id(self, item: BackupInfo) -> str:
        return str(item.path)

    def display(self, item: BackupInfo, column: int) -> str:
        if column == self.DATE:
            return date_time(item.created)
        if column == self.REASON:
            return reason_label(item.reason)
        if column == self.ALLIANCES:
            return "—" if item.alliances is None else str(item.alliances)
        if column == self.MEETINGS:
            return "—" if item.meetings is None else str(item.meetings)
        if column == self.SIZE:
            return file_size(item.size)
        return ""

    def sort_value(self, item: BackupInfo, column: int):
        if column == self.DATE:
            return item.created.isoformat()
        if column == self.ALLIANCES:
            return item.alliances if item.alliances is not None else -1
        if column == self.MEETINGS:
            return item.meetings if item.meetings is not None else -1
        if column == self.SIZE:
            return item.size
        return super().sort_value(item, column)

    def tooltip(self, item: BackupInfo, column: int) -> str | None:
        return str(item.path)


# -- hooks tests replace -----------------------------------------------------------------


def choose_target(parent: QWidget, suggested: Path) -> str:
    return file_dialogs.save_file_name(
        parent,
        QCoreApplication.translate("BackupDialog", "Guardar respaldo"),
        str(suggested),
        QCoreApplication.translate("BackupDialog", "Respaldo de Alianzas (*.sqlite)"),
    )


def choose_source(parent: QWidget, start: Path) -> str:
    return file_dialogs.open_file_name(
        parent,
        QCoreApplication.translate("BackupDialog", "Restaurar desde un archivo"),
        str(start),
        QCoreApplication.translate(
            "BackupDialog", "Base de datos de Alianzas (*.sqlite *.db);;Todos los archivos (*)"
        ),
    )


def copy_and_check(source: Path, destination: Path) -> CheckResult:
    """The copy and its verification; runs in a worker (both open their own connections)."""
    backup.copy_database(source, destination)
    return backup.check_database(destination)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget, title: str, text: str, *, warning: bool = False) -> None:
    if warning:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


class BackupDialog(QDialog):
    """Backups of the open database; a restore asks the window to reopen the file."""

    backed_up = Signal(str)
    database_restored = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None):
        from alianzas_desktop.ui.widgets.table_view import make_table_view

        super().__init__(parent)
        self._db = db
        self._job: workers.Job | None = None
        self.setWindowTitle(self.tr("Respaldo"))

        self.intro_label = QLabel(
            self.tr(
                "Alianzas guarda una copia automática cada día, antes de actualizar el programa "
                "y antes de restaurar. Guarde también copias fuera del computador, por ejemplo "
                "en una memoria USB, con «Respaldar ahora…»."
            )
        )
        self.intro_label.setWordWrap(True)
        self.backup_now_button = QPushButton(self.tr("Respaldar ahora…"))
        self.backup_now_button.setDefault(True)
        self.list_label = QLabel(self.tr("Respaldos automáticos en este computador"))
        font = self.list_label.font()
        font.setBold(True)
        self.list_label.setFont(font)
        self.model = BackupTableModel(self)
        self.view = make_table_view(self.model, stretch=BackupTableModel.REASON, parent=self)
        self.empty_label = QLabel(self.tr("Todavía no hay respaldos automáticos."))
        self.empty_label.setStyleSheet(palette.text_style(palette.muted()))
        self.restore_button = QPushButton(self.tr("Restaurar…"))
        self.restore_file_button = QPushButton(self.tr("Restaurar desde un archivo…"))
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        self.where_label.setStyleSheet(palette.text_style(palette.muted()))
        self.where_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy_label = QLabel(self.tr("Guardando y verificando la copia…"))
        self.busy_bar = workers.busy_bar()
        self.busy_row = QWidget()
        self.busy_row.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))

        self.backup_now_button.clicked.connect(lambda: self.backup_now())
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.restore_file_button.clicked.connect(lambda: self.restore_from_file())
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        self.buttons.rejected.connect(self.reject)

        # Assemble
        now_row = QHBoxLayout()
        now_row.addWidget(self.intro_label, 1)
        now_row.addSpacing(12)
        now_row.addWidget(self.backup_now_button, 0, Qt.AlignmentFlag.AlignTop)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.empty_label)
        restore_row.addStretch(1)
        restore_row.addWidget(self.restore_file_button)
        restore_row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(now_row)
        layout.addSpacing(10)
        layout.addWidget(self.list_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(restore_row)
        busy_layout = QHBoxLayout(self.busy_row)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar, 1)
        self.busy_bar.show()
        layout.addWidget(self.where_label)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 760, 480)
        self.refresh()

    # -- state ------------------------------------------------------------------------

    @property
    def database_path(self) -> Path | None:
        return self._db.path

    def set_database(self, db: Database) -> None:
        self._db = db
        self.refresh()

    def refresh(self) -> None:
        path = self.database_path
        rows = backup.list_backups(path.stem) if path else []
        self.model.set_rows(rows)
        self.view.sortByColumn(BackupTableModel.DATE, Qt.SortOrder.DescendingOrder)
        if rows:
            self.view.selectRow(0)
        self.empty_label.setVisible(not rows)
        if path is None:
            self.where_label.setText(
                self.tr(
                    "Esta base de datos está en un servidor: sus respaldos los hace el servidor."
                )
            )
        else:
            self.where_label.setText(
                self.tr("Base de datos: {path}\nRespaldos automáticos: {folder}").format(
                    path=path, folder=paths.backups_dir()
                )
            )
        for button in (self.backup_now_button, self.restore_file_button):
            button.setEnabled(path is not None)
        self._update_actions()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.view.model().mapToSource(rows[0]).row())

    def select_backup(self, path: Path) -> None:
        row = self.model.row_of_id(str(path))
        if row >= 0:
            index = self.view.model().mapFromSource(self.model.index(row, 0))
            self.view.selectRow(index.row())

    def _update_actions(self, *_args) -> None:
        self.restore_button.setEnabled(
            self.database_path is not None and self.selected_backup() is not None
        )

    # -- actions ----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A backup is being written; the dialog stays open until it ends."""
        return self._job is not None

    def backup_now(self, target: str | None = None) -> workers.Job | None:
        """Copy the database to a chosen place (a USB stick) in the background.

        The copy of a large database takes seconds: it runs in a worker while the window
        keeps answering; ``backed_up`` tells when it is written and verified. Returns the
        job, or None when nothing was started.
        """
        from alianzas_desktop.ui.widgets.document_preview import default_save_folder

        source = self.database_path
        if source is None or self.busy:
            return None
        if target is None:
            name = f"Respaldo Alianzas {datetime.now():%Y-%m-%d %H%M}.sqlite"
            target = choose_target(self, default_save_folder() / name)
        if not target:
            return None
        destination = Path(target)
        if destination.suffix.lower() not in (".sqlite", ".db"):
            destination = destination.with_name(destination.name + ".sqlite")
        self._job = workers.start(
            lambda: copy_and_check(source, destination),
            busy=self._action_widgets(),
            indicator=self.busy_row,
            on_finished=lambda check: self._backup_written(destination, check),
            on_failed=self._backup_failed,
            name="respaldo",
        )
        return self._job

    def _action_widgets(self) -> list[QWidget]:
        return [self.backup_now_button, self.restore_button, self.restore_file_button, self.buttons]

    def _backup_written(self, destination: Path, check: CheckResult) -> None:
        self._job = None
        if not check.ok:
            inform(
                self,
                self.tr("Respaldo defectuoso"),
                self.tr("La copia en {path} no quedó bien: {problem}").format(
                    path=destination, problem=check.message
                ),
                warning=True,
            )
            return
        inform(
            self,
            self.tr("Respaldo guardado"),
            self.tr("Se guardó y verificó una copia de la base de datos en:\n{path}").format(
                path=destination
            ),
        )
        self.backed_up.emit(str(destination))

    def _backup_failed(self, error: BaseException) -> None:
        self._job = None
        if isinstance(error, BackupError):
            text = worded(error)
        else:
            logger.error("Respaldo fallido", exc_info=error)
            text = self.tr("No se pudo escribir la copia: {error}").format(error=error)
        inform(self, self.tr("No se pudo respaldar"), text, warning=True)

    def reject(self) -> None:
        """Not while a backup is being written: its result still has to be told."""
        if self.busy:
            return
        super().reject()

    def restore_selected(self) -> bool:
        chosen = self.selected_backup()
        if chosen is None:
            return False
        question = self.tr(
            "Se reemplazará la base de datos actual por el respaldo del {when}. Antes se "
            "guardará una copia de la base actual («antes de restaurar»), para poder "
            "volver atrás.\n\n¿Restaurar este respaldo?"
        ).format(when=date_time(chosen.created))
        return self._restore(chosen.path, question)

    def restore_from_file(self, source: str | None = None) -> bool:
        """A copy kept elsewhere (a USB stick); it is checked before anything changes."""
        from alianzas_desktop.ui.widgets.document_preview import default_save_folder

        if self.database_path is None:
            return False
        if source is None:
            source = choose_source(self, default_save_folder())
        if not source:
            return False
        question = self.tr(
            "Se reemplazará la base de datos actual por la copia en:\n{path}\n\nAntes se "
            "guardará una copia de la base actual («antes de restaurar»), para poder "
            "volver atrás.\n\n¿Restaurar esta copia?"
        ).format(path=source)
        return self._restore(Path(source), question)

    def _restore(self, source: Path, question: str) -> bool:
        database = self.database_path
        if database is None:
            return False
        check = backup.check_database(source)
        if not check.ok:
            inform(
                self,
                self.tr("No se puede restaurar"),
                self.tr(
                    "Ese archivo no sirve como respaldo: {problem}\nNo se modificó nada."
                ).format(problem=check.message),
                warning=True,
            )
            return False
        if source.resolve() == database.resolve():
            inform(
                self,
                self.tr("No se puede restaurar"),
                self.tr("Ese archivo es la base de datos abierta."),
                warning=True,
            )
            return False
        if check.altered:
            inform(
                self,
                self.tr("No se puede restaurar"),
                self.tr(
                    "Ese respaldo tiene documentos alterados (el contenido no corresponde al "
                    "código):\n{documents}\nNo se modificó nada."
                ).format(documents="\n".join(check.altered)),
                warning=True,
            )
            return False
        undone = backup.documents_undone(database, source)
        if undone:
            question += self.tr(
                "\n\nAtención: el respaldo es anterior a estos documentos emitidos después, "
                "que volverían a borrador:\n{documents}"
            ).format(documents="\n".join(undone))
        if not confirm(self, self.tr("Restaurar"), question):
            return False
        # The open connections are closed first so the copy replaces a quiet file. Restoring
        # stays on this thread on purpose: were the loop turning meanwhile, a timer of the
        # window could reopen a connection to the file being replaced.
        self._db.close()
        try:
            safety = backup.restore(database, source, undo_issued=True)  # asked above
        except BackupError as exc:
            inform(self, self.tr("No se pudo restaurar"), worded(exc), warning=True)
            return False
        logger.info("Restaurado desde %s; copia previa %s", source, safety)
        self.database_restored.emit(str(database))
        self.refresh()
        inform(
            self,
            self.tr("Respaldo restaurado"),
            self.tr(
                "Se restauró la base de datos. La versión anterior quedó en la lista como "
                "respaldo «Antes de restaurar»."
            ),
        )
        return True


def open_backup_dialog(window) -> BackupDialog:
    """Archivo ▸ Respaldo…: the main window reopens the database after a restore."""

    def reopen(path: str) -> None:
        if window.open_database(path):
            dialog.set_database(window.db)

    dialog = BackupDialog(window.db, window)
    dialog.database_restored.connect(reopen)
    window.backup_dialog = dialog
    dialog.exec()
    dialog.deleteLater()
    return dialog
