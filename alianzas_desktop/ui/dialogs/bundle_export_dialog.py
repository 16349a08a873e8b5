"""Archivo ▸ Exportar paquete…: which alliances, with or without a passphrase, and where."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.services import alliance_list, bundles
from alianzas_desktop.services.alliance_list import ListedAlliance
from alianzas_desktop.services.bundles import ExportSummary
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import file_dialogs, language, workers
from alianzas_desktop.ui.models.base import fold
from alianzas_desktop.ui.models.roles import ID_ROLE, SEARCH_ROLE
from alianzas_desktop.ui.widgets.field_error import FieldMessage, hint_label, with_message
from alianzas_desktop.ui.widgets.keyboard import buddy_label, labelled_row, search_leads_to
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

EXTENSION = ".alianzas"
FILTER = QT_TRANSLATE_NOOP("BundleExportDialog", "Paquete de Alianzas (*.alianzas)")
MIN_PASSPHRASE = 8


class AllianceChoiceModel(QAbstractListModel):
    """The alliances as a list of check boxes; the checked ones travel."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ListedAlliance] = []
        self._checked: set[str] = set()

    def set_rows(self, rows: list[ListedAlliance]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._checked &= {r.id for r in rows}
        self.endResetModel()

    @property
    def checked_ids(self) -> list[str]:
        return [r.id for r in self._rows if r.id in self._checked]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.name} — {item.territory}" if item.territory else item.name
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = item.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return item.id
        if role == SEARCH_ROLE:
            return fold(f"{item.name} {item.territory}")
        return None

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        alliance_id = self._rows[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(alliance_id)
        else:
            self._checked.discard(alliance_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )


class FoldedFilter(QSortFilterProxyModel):
    """Keeps the rows whose folded text holds the folded search («sonson» finds «Sonsón»)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._needle = fold(text.strip())
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = fold(text.strip())
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in (index.data(SEARCH_ROLE) or "")


# -- hooks tests replace -----------------------------------------------------------------


def choose_target(parent: QWidget, suggested: Path) -> str:
    return file_dialogs.save_file_name(
        parent,
        QCoreApplication.translate("BundleExportDialog", "Guardar paquete"),
        str(suggested),
        QCoreApplication.translate("BundleExportDialog", FILTER),
    )


def inform(parent: QWidget, title: str, text: str, *, warning: bool = False) -> None:
    if warning:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def suggested_target() -> Path:
    from alianzas_desktop.ui.widgets.document_preview import default_save_folder

    return default_save_folder() / f"Alianzas {date.today():%Y-%m-%d}{EXTENSION}"


class BundleExportDialog(QDialog):
    """Exports a bundle in the background; ``exported`` carries the file written."""

    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._job: workers.Job | None = None
        self.summary: ExportSummary | None = None
        self.setWindowTitle(self.tr("Exportar paquete"))

        self.intro_label = QLabel(
            self.tr(
                "Un paquete lleva alianzas con todo lo que tienen (socios, compromisos, "
                "sesiones, actas, documentos y archivos) a otro computador o a la oficina, "
                "en una memoria USB o por correo. Al importarlo allá se combinan los "
                "registros sin duplicar ni perder nada."
            )
        )
        self.intro_label.setWordWrap(True)
        self.all_radio = QRadioButton(self.tr("&Todas las alianzas"))
        self.chosen_radio = QRadioButton(self.tr("Solo las &elegidas:"))
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.all_radio)
        self.scope_group.addButton(self.chosen_radio)
        self.all_radio.setChecked(True)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Buscar por nombre o territorio…"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = AllianceChoiceModel(self)
        self.proxy = FoldedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.list_view = QListView()
        self.list_view.setModel(self.proxy)
        self.list_view.setUniformItemSizes(True)
        self.choice_message = FieldMessage()
        self.office = bundles.office_key()
        self.cipher_label = QLabel(self.tr("Cifrado:"))
        self.plain_radio = QRadioButton(self.tr("Sin c&ifrar"))
        self.passphrase_radio = QRadioButton(self.tr("Con una &contraseña"))
        self.office_radio = QRadioButton(self.tr("Para la o&ficina"))
        self.cipher_group = QButtonGroup(self)
        for button in (self.plain_radio, self.passphrase_radio, self.office_radio):
            self.cipher_group.addButton(button)
        self.encrypt_hint = hint_label(
            self.tr(
                "Recomendado: si la memoria se pierde, nadie puede leer un paquete cifrado. "
                "Diga la contraseña a quien lo importará por otro medio (en persona o por "
                "teléfono), no en el mismo correo."
            )
        )
        if self.office is not None:
            self.office_radio.setText(
                self.tr("Para la o&ficina (clave {key})").format(key=self.office.key_id)
            )
            self.office_radio.setToolTip(
                self.tr("Solo la oficina podrá abrirlo, con su clave privada; ni este equipo.")
            )
            self.office_radio.setChecked(True)
        else:
            self.office_radio.setEnabled(False)
            self.office_radio.setToolTip(
                self.tr(
                    "Aún no se ha instalado la clave de la oficina (alianzas keys install-office)."
                )
            )
            self.plain_radio.setChecked(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_message = FieldMessage()
        self.target_edit = QLineEdit(str(suggested_target()))
        self.browse_button = QPushButton(self.tr("E&legir…"))
        self.target_message = FieldMessage()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.busy_row = QWidget()
        self.busy_label = QLabel(self.tr("Preparando el paquete…"))
        self.busy_bar = workers.busy_bar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("E&xportar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))

        self.scope_group.buttonToggled.connect(lambda *_a: self._update_scope())
        self.search_edit.textChanged.connect(self.proxy.set_search)
        # Enter in the search marks the alliance chosen in the list (or the first found)
        # instead of pressing «Exportar».
        search_leads_to(self.search_edit, self.list_view, self._toggle_mark)
        self.model.dataChanged.connect(lambda *_a: self._chosen_changed())
        self.cipher_group.buttonToggled.connect(lambda *_a: self._update_encryption())
        self.passphrase_edit.textChanged.connect(self.passphrase_message.clear_message)
        self.repeat_edit.textChanged.connect(self.passphrase_message.clear_message)
        self.target_edit.textChanged.connect(self.target_message.clear_message)
        self.browse_button.clicked.connect(lambda: self.browse())
        self.buttons.accepted.connect(lambda: self.export())
        self.buttons.rejected.connect(self.reject)

        # Assemble
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.intro_label)
        layout.addSpacing(6)
        layout.addWidget(self.all_radio)
        layout.addWidget(self.chosen_radio)
        chosen_box = QVBoxLayout()
        chosen_box.setContentsMargins(24, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(buddy_label(self.tr("&Buscar:"), self.search_edit))
        search_row.addWidget(self.search_edit, 1)
        chosen_box.addLayout(search_row)
        chosen_box.addWidget(self.list_view, 1)
        chosen_box.addWidget(self.choice_message)
        layout.addLayout(chosen_box, 1)
        layout.addSpacing(6)
        cipher_row = QHBoxLayout()
        cipher_row.addWidget(self.cipher_label)
        for button in (self.plain_radio, self.passphrase_radio, self.office_radio):
            cipher_row.addWidget(button)
        cipher_row.addStretch(1)
        layout.addLayout(cipher_row)
        form = QFormLayout()
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.encrypt_hint)
        labelled_row(form, self.tr("Contra&seña:"), self.passphrase_edit, self.passphrase_edit)
        labelled_row(
            form,
            self.tr("&Repítala:"),
            with_message(self.repeat_edit, self.passphrase_message),
            self.repeat_edit,
        )
        layout.addLayout(form)
        layout.addSpacing(6)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.browse_button)
        target_box = QVBoxLayout()
        target_box.addWidget(buddy_label(self.tr("&Guardar en:"), self.target_edit))
        target_box.addLayout(target_row)
        target_box.addWidget(self.target_message)
        layout.addLayout(target_box)
        busy_layout = QHBoxLayout(self.busy_row)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar, 1)
        self.busy_bar.show()
        self.busy_row.hide()
        layout.addWidget(self.result_label)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, 620)

        # Their own columns only (name and place): an office's 5,000 with their partners and
        # deadlines took over a second to read.
        self.model.set_rows(alliance_list.light_alliances(db, include_archived=True))
        self._update_scope()
        self._update_encryption()

    # -- state ------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def chosen_ids(self) -> list[str] | None:
        """The alliances to export; None means all."""
        return None if self.all_radio.isChecked() else self.model.checked_ids

    def _toggle_mark(self, index) -> None:
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        mark = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        self.proxy.setData(index, mark, Qt.ItemDataRole.CheckStateRole)
        self.list_view.setCurrentIndex(index)

    def _update_scope(self) -> None:
        chosen = self.chosen_radio.isChecked()
        for widget in (self.search_edit, self.list_view):
            widget.setEnabled(chosen)
        self.choice_message.clear_message()

    def _chosen_changed(self) -> None:
        self.choice_message.clear_message()
        if self.model.checked_ids and not self.chosen_radio.isChecked():
            self.chosen_radio.setChecked(True)

    def _update_encryption(self) -> None:
        on = self.passphrase_radio.isChecked()
        for widget in (self.passphrase_edit, self.repeat_edit):
            widget.setEnabled(on)
        self.passphrase_message.clear_message()

    def browse(self) -> None:
        current = self.target_edit.text().strip()
        chosen = choose_target(self, Path(current) if current else suggested_target())
        if chosen:
            self.target_edit.setText(chosen)

    # -- export -----------------------------------------------------------------------

    def _target(self) -> Path | None:
        text = self.target_edit.text().strip()
        if not text:
            self.target_message.show_message(self.tr("Indique dónde guardar el paquete."))
            return None
        target = Path(text).expanduser()
        if target.suffix.lower() != EXTENSION:
            target = target.with_name(target.name + EXTENSION)
        if target.exists() and not target.is_file():
            self.target_message.show_message(
                self.tr("Eso no es un archivo: indique un archivo nuevo o uno existente.")
            )
            return None
        if not target.parent.is_dir():
            self.target_message.show_message(
                self.tr("No existe la carpeta {folder}.").format(folder=target.parent)
            )
            return None
        return target

    def _passphrase(self) -> tuple[str | None, bool]:
        """(passphrase or None, valid)."""
        if not self.passphrase_radio.isChecked():
            return None, True
        first, second = self.passphrase_edit.text(), self.repeat_edit.text()
        if len(first) < MIN_PASSPHRASE:
            self.passphrase_message.show_message(
                self.tr("Escriba una contraseña de al menos {n} caracteres.").format(
                    n=MIN_PASSPHRASE
                )
            )
            self.passphrase_edit.setFocus()
            return None, False
        if first != second:
            self.passphrase_message.show_message(
                self.tr("Las dos contraseñas no coinciden: escríbala igual en los dos campos.")
            )
            self.repeat_edit.setFocus()
            return None, False
        return first, True

    def export(self) -> workers.Job | None:
        """Check the choices, then write the bundle in a worker."""
        if self.busy:
            return None
        chosen = self.chosen_ids
        if chosen is not None and not chosen:
            self.choice_message.show_message(
                self.tr("Marque al menos una alianza, o elija «Todas las alianzas».")
            )
            self.list_view.setFocus()
            return None
        passphrase, valid = self._passphrase()
        if not valid:
            return None
        target = self._target()
        if target is None:
            self.target_edit.setFocus()
            return None
        if target.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Reemplazar el archivo"),
                self.tr("Ya existe {path}.\n¿Reemplazarlo por el paquete nuevo?").format(
                    path=target
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        self.result_label.hide()
        db = self._db
        office = (
            Path(self.office.path)
            if self.office is not None and self.office_radio.isChecked()
            else None
        )
        self._job = workers.start(
            lambda: bundles.export_bundle(db, target, chosen, passphrase, office),
            busy=self._action_widgets(),
            indicator=self.busy_row,
            on_finished=self._exported,
            on_failed=self._failed,
            name="exportar paquete",
        )
        return self._job

    def _action_widgets(self) -> list[QWidget]:
        return [
            self.all_radio,
            self.chosen_radio,
            self.search_edit,
            self.list_view,
            self.plain_radio,
            self.passphrase_radio,
            self.office_radio,
            self.passphrase_edit,
            self.repeat_edit,
            self.target_edit,
            self.browse_button,
            self.buttons,
        ]

    def _exported(self, summary: ExportSummary) -> None:
        self._job = None
        self.summary = summary
        alliances_count = summary.counts.get("alliances", 0)
        text = self.tr(
            "Paquete guardado en:\n{path}\n{alliances} alianza(s), {records} registros y "
            "{files} archivo(s) adjunto(s)."
        ).format(
            path=summary.path,
            alliances=language.count(alliances_count),
            records=language.count(sum(summary.counts.values())),
            files=language.count(summary.attachments),
        )
        if summary.recipient:
            text += "\n" + self.tr(
                "Está cifrado para la oficina (clave {key}): solo la oficina podrá abrirlo."
            ).format(key=summary.recipient)
        elif summary.encrypted:
            text += "\n" + self.tr("Está cifrado: quien lo importe necesitará la contraseña.")
        self.result_label.setText(text)
        self.result_label.show()
        self.exported.emit(summary.path)
        inform(self, self.tr("Paquete exportado"), text)

    def _failed(self, error: BaseException) -> None:
        self._job = None
        if isinstance(error, ServiceError):
            text = worded(error)
        else:
            logger.error("Exportación fallida", exc_info=error)
            text = self.tr("No se pudo escribir el paquete: {error}").format(error=error)
        self.failed.emit(text)
        inform(self, self.tr("No se pudo exportar"), text, warning=True)

    def reject(self) -> None:
        """Not while the bundle is being written: its outcome still has to be told."""
        if self.busy:
            return
        super().reject()


def open_export_dialog(window) -> BundleExportDialog:
    dialog = BundleExportDialog(window.db, window)
    dialog.exec()
    dialog.deleteLater()
    return dialog
