"""Archivo ▸ Importar paquete…: choose a bundle, see what it would change, then apply it."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.formatting import local_date_time
from alianzas_desktop.domain.history_text import TABLES
from alianzas_desktop.services import bundles
from alianzas_desktop.services.bundles import (
    ChangeAction,
    Encryption,
    ImportSummary,
    PassphraseNeeded,
    WrongSecret,
)
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import file_dialogs, language, workers
from alianzas_desktop.ui.models.base import RowTableModel
from alianzas_desktop.ui.widgets.field_error import FieldMessage
from alianzas_desktop.ui.widgets.keyboard import buddy_label
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

FILTER = QT_TRANSLATE_NOOP(
    "BundleImportDialog", "Paquete de Alianzas (*.alianzas);;Todos los archivos (*)"
)


@dataclass(frozen=True)
class KindCount:
    """What a bundle does to one kind of record."""

    table: str
    label: str
    added: int
    updated: int
    conflicts: int
    frozen_different: int
    deleted: int = 0


# Kinds the history does not name (or names like another: the agreement and its versions).
KIND_LABELS = {
    "agreement_versions": QT_TRANSLATE_NOOP("KindCountModel", "Versión del acuerdo"),
    "plan_activity_commitments": QT_TRANSLATE_NOOP(
        "KindCountModel", "Compromiso de una actividad del plan"
    ),
    "sustainability_items": QT_TRANSLATE_NOOP("KindCountModel", "Elemento de sostenibilidad"),
    "replications": QT_TRANSLATE_NOOP("KindCountModel", "Réplica"),
    "observed_benefits": QT_TRANSLATE_NOOP("KindCountModel", "Beneficio observado"),
    "systematizations": QT_TRANSLATE_NOOP("KindCountModel", "Sistematización"),
    "chronology_notes": QT_TRANSLATE_NOOP("KindCountModel", "Nota de la cronología"),
    "lessons": QT_TRANSLATE_NOOP("KindCountModel", "Lección aprendida"),
}


def kind_label(table: str) -> str:
    """A kind of record in words: the history's name, or ours for the kinds it lacks."""
    if table in KIND_LABELS:
        return QCoreApplication.translate("KindCountModel", KIND_LABELS[table])
    return TABLES.get(table, (table, False))[0]


def kind_counts(summary: ImportSummary) -> list[KindCount]:
    """The summary's changes counted by kind of record, in the history's words."""
    counts: dict[str, Counter] = {}
    for change in summary.changes:
        counts.setdefault(change.table, Counter())[change.action] += 1
    rows = [
        KindCount(
            table=table,
            label=kind_label(table),
            added=c[ChangeAction.ADDED.value],
            updated=c[ChangeAction.UPDATED.value],
            conflicts=c[ChangeAction.CONFLICT.value],
            frozen_different=c[ChangeAction.FROZEN_DIFFERENT.value]
            + c[ChangeAction.DELETION_REFUSED.value],
            deleted=c[ChangeAction.DELETED.value],
        )
        for table, c in counts.items()
    ]
    return sorted(rows, key=lambda r: r.label)


class KindCountModel(RowTableModel[KindCount]):
    """One row per kind of record the bundle adds, updates or leaves in conflict."""

    CONTEXT = "KindCountModel"
    KIND, ADDED, UPDATED, CONFLICTS, FROZEN, DELETED = range(6)
    # The figures' headers on two lines: on one, they took the width the kinds' names need
    # («Autorización de tratamiento de datos» was cut to «Autorizació…»).
    HEADERS = (
        QT_TRANSLATE_NOOP("KindCountModel", "Tipo de registro"),
        QT_TRANSLATE_NOOP("KindCountModel", "Se\nagregan"),
        QT_TRANSLATE_NOOP("KindCountModel", "Se\nactualizan"),
        QT_TRANSLATE_NOOP("KindCountModel", "En\nconflicto"),
        QT_TRANSLATE_NOOP("KindCountModel", "Documento\ndistinto"),
        QT_TRANSLATE_NOOP("KindCountModel", "Se\neliminan"),
    )
    RIGHT_ALIGNED = frozenset({ADDED, UPDATED, CONFLICTS, FROZEN, DELETED})

    def row_id(self, item: KindCount) -> str:
        return item.table

    def display(self, item: KindCount, column: int) -> str:
        if column == self.KIND:
            return item.label
        value = {
            self.ADDED: item.added,
            self.UPDATED: item.updated,
            self.CONFLICTS: item.conflicts,
            self.FROZEN: item.frozen_different,
            self.DELETED: item.deleted,
        }.get(column, 0)
        return language.count(value) if value else "—"


def when_text(iso: str) -> str:
    try:
        return local_date_time(datetime.fromisoformat(iso))
    except ValueError:
        return iso


# -- hooks tests replace -----------------------------------------------------------------


def choose_source(parent: QWidget, start: Path) -> str:
    return file_dialogs.open_file_name(
        parent,
        QCoreApplication.translate("BundleImportDialog", "Importar paquete"),
        str(start),
        QCoreApplication.translate("BundleImportDialog", FILTER),
    )


def inform(parent: QWidget, title: str, text: str, *, warning: bool = False) -> None:
    if warning:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


class BundleImportDialog(QDialog):
    """Nothing is applied until the preview was seen and «Importar» pressed."""

    previewed = Signal(object)  # ImportSummary (dry run)
    imported = Signal(object)  # ImportSummary (applied, or nothing new)
    refused = Signal(str)  # the one Spanish message

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._job: workers.Job | None = None
        self.preview: ImportSummary | None = None
        self.result: ImportSummary | None = None
        self._previewed_with: tuple[str, str] | None = None
        self.setWindowTitle(self.tr("Importar paquete"))

        self.intro_label = QLabel(
            self.tr(
                "Elija un paquete (.alianzas) exportado en otro computador o en la oficina. "
                "Antes de aplicar nada verá lo que se agregará, lo que se actualizará y lo que "
                "quedará en conflicto. Antes de importar se guarda un respaldo automático."
            )
        )
        self.intro_label.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Ruta del paquete .alianzas"))
        self.browse_button = QPushButton(self.tr("E&legir…"))
        self.path_message = FieldMessage()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = buddy_label(
            self.tr("C&ontraseña del paquete:"), self.passphrase_edit
        )
        self.passphrase_message = FieldMessage()
        self.key_label = QLabel(
            self.tr(
                "Este paquete está cifrado para la clave de la oficina: se abre con la clave "
                "privada de este equipo, si es el de la oficina."
            )
        )
        self.key_label.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("&Ver qué trae"))
        self.origin_label = QLabel()
        self.origin_label.setWordWrap(True)
        self.origin_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model = KindCountModel(self)
        from alianzas_desktop.ui.widgets.table_view import make_table_view

        self.view = make_table_view(self.model, stretch=KindCountModel.KIND, parent=self)
        # The kinds' names whole; the figures share what is left.
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.ResizeToContents
                if column == KindCountModel.KIND
                else QHeaderView.ResizeMode.Stretch,
            )
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message = FieldMessage()
        self.busy_row = QWidget()
        self.busy_label = QLabel()
        self.busy_bar = workers.busy_bar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Importar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))

        self.path_edit.textChanged.connect(lambda *_a: self._source_changed())
        self.passphrase_edit.textChanged.connect(lambda *_a: self._source_changed())
        self.path_edit.returnPressed.connect(lambda: self.show_preview())
        self.passphrase_edit.returnPressed.connect(lambda: self.show_preview())
        self.browse_button.clicked.connect(lambda: self.browse())
        self.preview_button.clicked.connect(lambda: self.show_preview())
        self.buttons.accepted.connect(lambda: self.apply())
        self.buttons.rejected.connect(self.reject)

        # Assemble
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.intro_label)
        layout.addSpacing(6)
        layout.addWidget(buddy_label(self.tr("&Paquete:"), self.path_edit))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        layout.addLayout(path_row)
        layout.addWidget(self.path_message)
        self.passphrase_row = QWidget()
        passphrase_layout = QHBoxLayout(self.passphrase_row)
        passphrase_layout.setContentsMargins(0, 0, 0, 0)
        passphrase_layout.addWidget(self.passphrase_label)
        passphrase_layout.addWidget(self.passphrase_edit, 1)
        layout.addWidget(self.passphrase_row)
        layout.addWidget(self.passphrase_message)
        layout.addWidget(self.key_label)
        preview_row = QHBoxLayout()
        preview_row.addStretch(1)
        preview_row.addWidget(self.preview_button)
        layout.addLayout(preview_row)
        layout.addWidget(self.origin_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.message)
        busy_layout = QHBoxLayout(self.busy_row)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar, 1)
        self.busy_bar.show()
        self.busy_row.hide()
        layout.addWidget(self.busy_row)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 720, 600)
        self._source_changed()

    # -- state ------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    @property
    def passphrase(self) -> str | None:
        return self.passphrase_edit.text() or None

    def _source(self) -> tuple[str, str]:
        return (self.path_edit.text().strip(), self.passphrase_edit.text())

    def _source_changed(self) -> None:
        """Another file or passphrase: the preview shown no longer tells what would happen."""
        self.path_message.clear_message()
        self.passphrase_message.clear_message()
        self.message.clear_message()
        path = self.path
        how = bundles.encryption_of(path) if path is not None and path.is_file() else ""
        by_passphrase = how == Encryption.PASSPHRASE
        self.passphrase_row.setVisible(by_passphrase or bool(self.passphrase_edit.text()))
        self.key_label.setVisible(how == Encryption.KEY)
        if self._previewed_with is not None and self._previewed_with != self._source():
            self._clear_preview()
        self._update_buttons()

    def _clear_preview(self) -> None:
        self.preview = None
        self._previewed_with = None
        self.model.set_rows([])
        self.origin_label.clear()
        self.totals_label.clear()

    def _update_buttons(self) -> None:
        self.preview_button.setEnabled(self.path is not None)
        ready = self.preview is not None and self.result is None
        self.import_button.setEnabled(ready and self._has_work(self.preview))
        self.import_button.setDefault(ready)
        self.preview_button.setDefault(not ready)

    @staticmethod
    def _has_work(summary: ImportSummary | None) -> bool:
        if summary is None:
            return False
        return bool(
            summary.added
            or summary.updated
            or summary.new_conflicts
            or summary.erasures
            or summary.deleted
        )

    def browse(self) -> None:
        from alianzas_desktop.ui.widgets.document_preview import default_save_folder

        chosen = choose_source(self, self.path or default_save_folder())
        if chosen:
            self.path_edit.setText(chosen)
            self.show_preview()

    # -- preview ----------------------------------------------------------------------

    def show_preview(self) -> workers.Job | None:
        """Read and check the whole bundle and plan it against the database; nothing written."""
        path = self.path
        if self.busy:
            return None
        if path is None:
            self.path_message.show_message(self.tr("Indique el paquete que quiere importar."))
            self.path_edit.setFocus()
            return None
        self.result = None
        self._clear_preview()
        source = self._source()
        db, passphrase = self._db, self.passphrase
        self.busy_label.setText(self.tr("Revisando el paquete…"))
        self._job = workers.start(
            lambda: bundles.preview_import(db, path, passphrase),
            busy=self._action_widgets(),
            indicator=self.busy_row,
            on_finished=lambda summary: self._previewed(summary, source),
            on_failed=self._refused,
            name="revisar paquete",
        )
        return self._job

    def _previewed(self, summary: ImportSummary, source: tuple[str, str]) -> None:
        self._job = None
        self.preview = summary
        self._previewed_with = source
        self._show_summary(summary)
        self._update_buttons()
        if self._has_work(summary):
            self.import_button.setFocus()
        self.previewed.emit(summary)

    def _show_summary(self, summary: ImportSummary) -> None:
        if summary.facilitator:
            origin = self.tr("Paquete de {who} (equipo {device}), creado el {when}")
        else:
            origin = self.tr(
                "Paquete de un equipo sin facilitador registrado ({device}), creado el {when}"
            )
        self.origin_label.setText(
            origin.format(
                who=summary.facilitator,
                device=summary.device_id[:8],
                when=when_text(summary.created_at),
            )
        )
        self.model.set_rows(kind_counts(summary))
        lines = [
            self.tr("Se agregarán {added}, se actualizarán {updated}, en conflicto {conflicts}.")
            if summary.dry_run
            else self.tr(
                "Se agregaron {added}, se actualizaron {updated}, en conflicto {conflicts}."
            )
        ]
        lines[0] = lines[0].format(
            added=language.count(summary.added),
            updated=language.count(summary.updated),
            conflicts=language.count(summary.conflicts),
        )
        if summary.conflicts:
            lines.append(
                self.tr(
                    "Los registros en conflicto cambiaron en los dos equipos: cada uno conserva "
                    "su valor hasta que alguien elija, campo por campo, en «Conflictos de "
                    "sincronización…». No se pierde nada."
                )
            )
        if summary.deleted:
            lines.append(
                (
                    self.tr("Se eliminarán {n} registro(s) que el otro equipo eliminó.")
                    if summary.dry_run
                    else self.tr("Se eliminaron {n} registro(s) que el otro equipo eliminó.")
                ).format(n=language.count(summary.deleted))
            )
        if summary.refused_deletions:
            lines.append(
                self.tr(
                    "{n} eliminación(es) de documentos emitidos o cerrados se rechazan: esos "
                    "documentos no se borran."
                ).format(n=language.count(summary.refused_deletions))
            )
        if summary.waiting:
            lines.append(
                self.tr(
                    "{n} registro(s) pertenecen a registros eliminados aquí: quedan en espera "
                    "hasta que el otro equipo decida sobre la eliminación."
                ).format(n=language.count(summary.waiting))
            )
        if summary.frozen_different:
            lines.append(
                self.tr(
                    "{n} documento(s) emitido(s) o cerrado(s) llegan distintos con el mismo "
                    "identificador: no se tocan."
                ).format(n=language.count(summary.frozen_different))
            )
        if summary.erasures:
            lines.append(
                self.tr(
                    "{n} persona(s) suprimida(s) en el otro equipo se suprimirán también aquí."
                ).format(n=language.count(summary.erasures))
            )
        if summary.kept_erased:
            lines.append(
                self.tr(
                    "{n} dato(s) de personas suprimidas aquí no se recibirán: siguen suprimidos."
                ).format(n=language.count(summary.kept_erased))
            )
        if summary.dry_run and not self._has_work(summary):
            lines.append(self.tr("El paquete no trae nada nuevo: no hay nada que importar."))
        self.totals_label.setText("\n".join(lines))

    def _refused(self, error: BaseException) -> None:
        self._job = None
        if isinstance(error, ServiceError):
            text = worded(error)
        else:
            logger.error("Paquete no leído", exc_info=error)
            text = self.tr("No se pudo leer el paquete: {error}").format(error=error)
        by_passphrase = self.passphrase_row.isVisible()
        if isinstance(error, PassphraseNeeded) or (
            isinstance(error, WrongSecret) and by_passphrase
        ):
            self.passphrase_row.show()
            self.passphrase_message.show_message(text)
            self.passphrase_edit.setFocus()
            self.passphrase_edit.selectAll()
        else:
            self.message.show_message(text)
        self._update_buttons()
        self.refused.emit(text)

    # -- apply ------------------------------------------------------------------------

    def apply(self) -> workers.Job | None:
        """Apply the bundle previewed (checked again whole, in one transaction)."""
        path = self.path
        if self.busy or path is None or self.preview is None:
            return None
        if self._previewed_with != self._source():
            return self.show_preview()
        db, passphrase = self._db, self.passphrase
        self.busy_label.setText(self.tr("Importando: respaldo automático y combinación…"))
        self._job = workers.start(
            lambda: bundles.import_bundle(db, path, passphrase),
            busy=self._action_widgets(),
            indicator=self.busy_row,
            on_finished=self._applied,
            on_failed=self._refused,
            name="importar paquete",
        )
        return self._job

    def _applied(self, summary: ImportSummary) -> None:
        self._job = None
        self.result = summary
        self._show_summary(summary)
        self._update_buttons()
        self.imported.emit(summary)
        text = self.tr(
            "Paquete importado: {added} agregado(s), {updated} actualizado(s), "
            "{deleted} eliminado(s), {conflicts} en conflicto."
        ).format(
            added=language.count(summary.added),
            updated=language.count(summary.updated),
            deleted=language.count(summary.deleted),
            conflicts=language.count(summary.conflicts),
        )
        if summary.conflicts:
            text += "\n" + self.tr(
                "Revise los conflictos en Archivo ▸ Conflictos de sincronización…"
            )
        if summary.backup:
            text += "\n" + self.tr("Respaldo previo: {path}").format(path=summary.backup)
        inform(self, self.tr("Paquete importado"), text)

    def _action_widgets(self) -> list[QWidget]:
        return [
            self.path_edit,
            self.browse_button,
            self.passphrase_edit,
            self.preview_button,
            self.buttons,
        ]

    def reject(self) -> None:
        """Not while the bundle is being read or applied."""
        if self.busy:
            return
        super().reject()


def open_import_dialog(window) -> BundleImportDialog:
    """The dialog over the window's database; after an import the window reloads."""
    dialog = BundleImportDialog(window.db, window)
    dialog.imported.connect(lambda summary: _reload(window, summary))
    dialog.exec()
    dialog.deleteLater()
    return dialog


def _reload(window, summary: ImportSummary) -> None:
    if not summary.applied:
        return
    window.refresh()
    page = getattr(window, "alliance_page", None)
    if page is not None and window.stack.currentWidget() is page:
        page.reload()
