"""File pickers that never open the files they list, and never hand back an open database.

Qt's file dialog asks its icon provider for each file's icon and type, and the
default provider (like the desktop's own dialogs) reads a file's first bytes
to guess its type. Reading the open database through a second descriptor
makes the kernel drop the POSIX locks SQLite holds on it; another program can
then delete the write-ahead log the app is still writing into. So every picker
in the app is Qt's own dialog with a provider that judges by the name only.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QFileIconProvider,
    QHeaderView,
    QMessageBox,
    QTreeView,
    QWidget,
)

from alianzas_desktop.storage.instance_lock import DatabaseLock
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen

logger = logging.getLogger(__name__)

# Companions SQLite keeps beside a database: never a sensible choice either.
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name alone: nothing is opened or read."""

    def __init__(self):
        super().__init__()
        self._mime = QMimeDatabase()

    def icon(self, target) -> QIcon:
        if isinstance(target, QAbstractFileIconProvider.IconType):
            return super().icon(target)
        info = QFileInfo(target)
        kind = (
            QAbstractFileIconProvider.IconType.Folder
            if info.isDir()
            else QAbstractFileIconProvider.IconType.File
        )
        return super().icon(kind)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Carpeta")
        if info.suffix().lower() in ("sqlite", "db"):
            return QCoreApplication.translate("FileDialogs", "Base de datos")
        mime = self._mime.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)
        return mime.comment()


def make_file_dialog(
    parent: QWidget | None,
    caption: str,
    start: str,
    filters: str,
    *,
    saving: bool,
) -> QFileDialog:
    """The app's file dialog: Qt's own widgets, Spanish, name-only icons."""
    # Built on the file system's root, and only then pointed at ``start``: given a file
    # at construction, Qt selects it at once and asks the default provider its type.
    dialog = QFileDialog(parent, caption, QDir.rootPath())
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(NameOnlyIconProvider())
    dialog.setNameFilters(filters.split(";;"))
    target = Path(start) if start else Path.home()
    if target.is_dir():
        dialog.setDirectory(str(target))
    else:
        dialog.setDirectory(str(target.parent))
        dialog.selectFile(target.name)
    fit_to_screen(dialog, 820, 480)
    _widen_columns(dialog)
    if saving:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _widen_columns(dialog: QFileDialog) -> None:
    """The name takes the room left; size, type and date get enough to be read whole."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    metrics = view.fontMetrics()
    for column, sample in ((1, "8888,8 KiB"), (2, "Base de datos"), (3, "30/11/2026 17:43")):
        header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)


def is_open_database(path: Path) -> bool:
    """Whether ``path`` is a database some Alianzas window or command is using, or a companion."""
    name = path.name
    for suffix in DATABASE_COMPANIONS:
        if (
            name.endswith(suffix)
            and DatabaseLock(path.with_name(name[: -len(suffix)])).is_held_elsewhere()
        ):
            return True
    return DatabaseLock(path).is_held_elsewhere()


def _choose(
    parent: QWidget | None,
    caption: str,
    start: str,
    filters: str,
    *,
    saving: bool,
    allow_open_database: bool = False,
) -> str:
    while True:
        dialog = make_file_dialog(parent, caption, start, filters, saving=saving)
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles()[0] if accepted and dialog.selectedFiles() else ""
        dialog.deleteLater()
        if not chosen:
            return ""
        if allow_open_database or not is_open_database(Path(chosen)):
            return chosen
        logger.warning("Se eligió la base de datos abierta en un diálogo de archivos: %s", chosen)
        QMessageBox.warning(
            parent,
            caption,
            QCoreApplication.translate(
                "FileDialogs",
                "Ese archivo es la base de datos que Alianzas tiene abierta. Elija otro archivo.",
            ),
        )
        start = chosen


def open_file_name(
    parent: QWidget | None,
    caption: str,
    start: str,
    filters: str,
    *,
    allow_open_database: bool = False,
) -> str:
    """The chosen existing file's path, or '' when cancelled."""
    return _choose(
        parent, caption, start, filters, saving=False, allow_open_database=allow_open_database
    )


def save_file_name(parent: QWidget | None, caption: str, start: str, filters: str) -> str:
    """The path to write (asks before replacing a file), or '' when cancelled."""
    return _choose(parent, caption, start, filters, saving=True)
