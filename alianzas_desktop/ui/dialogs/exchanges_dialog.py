"""Archivo ▸ Historial de intercambios…: every bundle exported or imported here, newest first."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from alianzas_desktop.domain.formatting import local_date_time
from alianzas_desktop.services import bundles
from alianzas_desktop.services.bundles import ExchangeDirection, ExchangeInfo
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import language
from alianzas_desktop.ui.models.base import RowTableModel
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen

logger = logging.getLogger(__name__)

DIRECTIONS = {
    ExchangeDirection.EXPORTED: QT_TRANSLATE_NOOP("ExchangeModel", "Exportado"),
    ExchangeDirection.IMPORTED: QT_TRANSLATE_NOOP("ExchangeModel", "Importado"),
}


def direction_label(code: str) -> str:
    try:
        label = DIRECTIONS[ExchangeDirection(code)]
    except ValueError:
        return code
    return QCoreApplication.translate("ExchangeModel", label)


class ExchangeModel(RowTableModel[ExchangeInfo]):
    """One bundle per row: when, which way, whose, and what it did."""

    CONTEXT = "ExchangeModel"
    WHEN, DIRECTION, FACILITATOR, DEVICE, FILE, ADDED, UPDATED, CONFLICTS = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("ExchangeModel", "Fecha"),
        QT_TRANSLATE_NOOP("ExchangeModel", "Sentido"),
        QT_TRANSLATE_NOOP("ExchangeModel", "Facilitador"),
        QT_TRANSLATE_NOOP("ExchangeModel", "Equipo"),
        QT_TRANSLATE_NOOP("ExchangeModel", "Archivo"),
        QT_TRANSLATE_NOOP("ExchangeModel", "Registros"),
        QT_TRANSLATE_NOOP("ExchangeModel", "Actualizados"),
        QT_TRANSLATE_NOOP("ExchangeModel", "Conflictos"),
    )
    RIGHT_ALIGNED = frozenset({ADDED, UPDATED, CONFLICTS})

    def display(self, item: ExchangeInfo, column: int) -> str:
        if column == self.WHEN:
            try:
                return local_date_time(datetime.fromisoformat(item.at))
            except ValueError:
                return item.at
        if column == self.DIRECTION:
            return direction_label(item.direction)
        if column == self.FACILITATOR:
            return item.facilitator or "—"
        if column == self.DEVICE:
            return item.device_id[:8]
        if column == self.FILE:
            return item.file_name
        if column == self.ADDED:
            return language.count(item.added)
        if column == self.UPDATED:
            return language.count(item.updated)
        if column == self.CONFLICTS:
            return language.count(item.conflicts)
        return ""

    def sort_value(self, item: ExchangeInfo, column: int):
        if column == self.WHEN:
            return item.at
        if column in (self.ADDED, self.UPDATED, self.CONFLICTS):
            return (item.added, item.updated, item.conflicts)[column - self.ADDED]
        return super().sort_value(item, column)

    def tooltip(self, item: ExchangeInfo, column: int) -> str | None:
        if column == self.DEVICE:
            return item.device_id
        if column == self.ADDED:
            return QCoreApplication.translate(
                "ExchangeModel",
                "Exportado: registros que llevó el paquete. Importado: registros agregados.",
            )
        return super().tooltip(item, column)


class ExchangesDialog(QDialog):
    """The history of bundles; read only."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        from alianzas_desktop.ui.widgets.table_view import make_table_view

        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Historial de intercambios"))

        self.intro_label = QLabel(
            self.tr(
                "Los paquetes exportados desde esta base de datos y los importados en ella: "
                "cuándo, de qué equipo y facilitador, y cuántos registros trajeron."
            )
        )
        self.intro_label.setWordWrap(True)
        self.model = ExchangeModel(self)
        self.view = make_table_view(self.model, stretch=ExchangeModel.FILE, parent=self)
        self.empty_label = QLabel(
            self.tr("Todavía no se ha exportado ni importado ningún paquete.")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))

        self.buttons.rejected.connect(self.reject)

        # Assemble
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1000, 480)
        self.refresh()

    def refresh(self) -> None:
        rows = bundles.list_exchanges(self._db)
        self.model.set_rows(rows)
        self.view.sortByColumn(ExchangeModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.empty_label.setVisible(not rows)
        if rows:
            self.view.selectRow(0)


def open_exchanges_dialog(window) -> ExchangesDialog:
    dialog = ExchangesDialog(window.db, window)
    dialog.exec()
    dialog.deleteLater()
    return dialog
