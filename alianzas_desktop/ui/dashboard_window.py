"""The coordinator's view across alliances: filters (period, departamento, area), one tab per
table with its bars, and export to XLSX (every table) or CSV (the table shown)."""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.formatting import number, pesos, short_date
from alianzas_desktop.domain.vocabulary import ApplicationArea
from alianzas_desktop.services import dashboard
from alianzas_desktop.services.dashboard import Dashboard, DashboardFilters, DashboardTable
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import workers
from alianzas_desktop.ui.file_dialogs import save_file_name
from alianzas_desktop.ui.models.base import vocabulary_label
from alianzas_desktop.ui.widgets.bar_chart import BarChart
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import FieldMessage
from alianzas_desktop.ui.widgets.keyboard import buddy_label
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
# Translation context of the headers and titles the service gives in Spanish.
CONTEXT = "Dashboard"
# The titles, headers and notes services/dashboard.py gives in Spanish, marked for lupdate.
_SERVICE_TEXTS = (
    QT_TRANSLATE_NOOP("Dashboard", "Alianzas por fase"),
    QT_TRANSLATE_NOOP("Dashboard", "Alianzas por área"),
    QT_TRANSLATE_NOOP("Dashboard", "Alianzas por departamento"),
    QT_TRANSLATE_NOOP("Dashboard", "Compromisos por sector"),
    QT_TRANSLATE_NOOP("Dashboard", "Compromisos por lógica"),
    QT_TRANSLATE_NOOP("Dashboard", "Aportes por sector y tipo"),
    QT_TRANSLATE_NOOP("Dashboard", "Salud de las alianzas"),
    QT_TRANSLATE_NOOP("Dashboard", "Conflictos por nivel"),
    QT_TRANSLATE_NOOP("Dashboard", "Evaluaciones por dimensión"),
    QT_TRANSLATE_NOOP("Dashboard", "Fase"),
    QT_TRANSLATE_NOOP("Dashboard", "Alianzas"),
    QT_TRANSLATE_NOOP("Dashboard", "Área de aplicación"),
    QT_TRANSLATE_NOOP("Dashboard", "Departamento"),
    QT_TRANSLATE_NOOP("Dashboard", "Primera fundada"),
    QT_TRANSLATE_NOOP("Dashboard", "Última fundada"),
    QT_TRANSLATE_NOOP("Dashboard", "Sector"),
    QT_TRANSLATE_NOOP("Dashboard", "Compromisos"),
    QT_TRANSLATE_NOOP("Dashboard", "Cumplidos"),
    QT_TRANSLATE_NOOP("Dashboard", "% cumplidos"),
    QT_TRANSLATE_NOOP("Dashboard", "Lógica"),
    QT_TRANSLATE_NOOP("Dashboard", "Tipo de aporte"),
    QT_TRANSLATE_NOOP("Dashboard", "Valor estimado (pesos)"),
    QT_TRANSLATE_NOOP("Dashboard", "Salud"),
    QT_TRANSLATE_NOOP("Dashboard", "Nivel"),
    QT_TRANSLATE_NOOP("Dashboard", "Conflictos"),
    QT_TRANSLATE_NOOP("Dashboard", "Resueltos"),
    QT_TRANSLATE_NOOP("Dashboard", "Sin resolver"),
    QT_TRANSLATE_NOOP("Dashboard", "Grupo"),
    QT_TRANSLATE_NOOP("Dashboard", "Dimensión"),
    QT_TRANSLATE_NOOP("Dashboard", "Calificaciones"),
    QT_TRANSLATE_NOOP("Dashboard", "Promedio (1 a 5)"),
    QT_TRANSLATE_NOOP("Dashboard", "Última evaluación"),
    QT_TRANSLATE_NOOP("Dashboard", "Leída hoy con las reglas de salud de la alianza."),
)


def write_value(value: Any, column: str = "") -> str:
    """A cell as the coordinator reads it: $ for pesos, dd/mm/aaaa, decimal comma."""
    if value is None or value == "":
        return "—"
    if isinstance(value, datetime):
        return short_date(value.date())
    if isinstance(value, date):
        return short_date(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) and "pesos" in column:
        return pesos(value)
    if isinstance(value, int | float):
        return number(value)
    return str(value)


class DashboardTableModel(QAbstractTableModel):
    """The rows of one dashboard table; numbers aligned right."""

    def __init__(self, table: DashboardTable, parent=None):
        super().__init__(parent)
        self.table = table

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.table.columns)
        ):
            return QCoreApplication.translate(CONTEXT, self.table.columns[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.table.rows):
            return None
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return write_value(value, self.table.columns[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def chart_rows(table: DashboardTable) -> list[tuple[str, float | None]]:
    """(label, value) for the bars: the row's words joined, the chart column's figure."""
    rows = []
    for row in table.rows:
        words = [str(v) for v in row[: table.chart_column] if isinstance(v, str)]
        value = row[table.chart_column]
        rows.append((" · ".join(words), value if isinstance(value, int | float) else None))
    return rows


class TablePane(QWidget):
    """One table of the dashboard and its bars."""

    def __init__(self, table: DashboardTable, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = DashboardTableModel(table, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.chart = BarChart()
        column = table.columns[table.chart_column]
        maximum = 5.0 if "1 a 5" in column else 100.0 if column.startswith("%") else None
        self.chart.set_data(
            chart_rows(table), lambda v, c=column: write_value(v, c), maximum=maximum
        )
        self.note = QLabel(QCoreApplication.translate(CONTEXT, table.note) if table.note else "")
        self.note.setWordWrap(True)
        chart_title = QLabel(QCoreApplication.translate(CONTEXT, column))
        chart_title.setStyleSheet("font-weight: bold")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)

        # Assemble
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        right = QVBoxLayout()
        right.addWidget(chart_title)
        right.addWidget(scroll, 1)
        right.addWidget(self.note)
        layout.addLayout(right, 1)


class DashboardWindow(QDialog):
    """The programme's comparison of its alliances; built off the window's thread."""

    dashboard_loaded = Signal(object)  # Dashboard
    exported = Signal(str)  # the path written

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self.board: Dashboard | None = None
        self.setWindowTitle(self.tr("Tablero del programa — todas las alianzas"))
        self.from_edit = DateField(self.tr("dd/mm/aaaa"))
        self.to_edit = DateField(self.tr("dd/mm/aaaa"))
        self.from_message = FieldMessage()
        self.to_message = FieldMessage()
        self.from_edit.set_message(self.from_message)
        self.to_edit.set_message(self.to_message)
        self.departamento_combo = QComboBox()
        self.area_combo = QComboBox()
        self.area_combo.addItem(self.tr("Todas"), "")
        for area in ApplicationArea:
            self.area_combo.addItem(vocabulary_label(area), area.value)
        self.apply_button = QPushButton(self.tr("A&plicar filtros"))
        self.summary_label = QLabel()
        self.tabs = QTabWidget()
        self.xlsx_button = QPushButton(self.tr("Exportar a E&xcel (XLSX)…"))
        self.csv_button = QPushButton(self.tr("Exportar esta tabla a &CSV…"))
        self.close_button = QPushButton(self.tr("Cerrar"))
        self.failure = FieldMessage()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self.apply_button.clicked.connect(lambda: self.refresh())
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        self.csv_button.clicked.connect(lambda: self.export(".csv"))
        self.close_button.clicked.connect(self.accept)

        # Assemble
        filters = QHBoxLayout()
        filters.addWidget(buddy_label(self.tr("&Desde:"), self.from_edit))
        filters.addWidget(self.from_edit)
        filters.addWidget(buddy_label(self.tr("&Hasta:"), self.to_edit))
        filters.addWidget(self.to_edit)
        filters.addWidget(buddy_label(self.tr("Departa&mento:"), self.departamento_combo))
        filters.addWidget(self.departamento_combo, 1)
        filters.addWidget(buddy_label(self.tr("Á&rea:"), self.area_combo))
        filters.addWidget(self.area_combo, 1)
        filters.addWidget(self.apply_button)
        messages = QHBoxLayout()
        messages.addWidget(self.from_message)
        messages.addWidget(self.to_message)
        messages.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(messages)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.failure)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.resize(1100, 680)
        self._fill_departamentos()
        self.refresh()

    # -- filters -------------------------------------------------------------------------

    def _fill_departamentos(self) -> None:
        self.departamento_combo.clear()
        self.departamento_combo.addItem(self.tr("Todos"), "")
        for name in dashboard.departamentos(self._db):
            self.departamento_combo.addItem(name, name)

    def filters(self) -> DashboardFilters | None:
        """The filters as typed, or None (with the message beside the date) when unreadable."""
        readable = self.from_edit.check_text() & self.to_edit.check_text()
        if not readable:
            return None
        start, end = self.from_edit.value(), self.to_edit.value()
        if start and end and end < start:
            self.to_message.show_message(self.tr("La fecha final es anterior a la inicial."))
            return None
        self.to_message.clear_message()
        return DashboardFilters(
            period_from=start,
            period_to=end,
            departamento=self.departamento_combo.currentData() or "",
            area=self.area_combo.currentData() or "",
        )

    # -- the tables ----------------------------------------------------------------------

    def refresh(self) -> bool:
        """Build the dashboard for the filters as typed, in a worker: the window shows at
        once and its tables come when it reports (an office's takes 1–2 s, its commitments
        summed over 200,000). False, with the message beside the date, when a date cannot
        be read; the tables shown stay as they were."""
        filters = self.filters()
        if filters is None:
            return False
        self.failure.clear_message()
        self.summary_label.setText(self.tr("Calculando el tablero…"))
        db = self._db
        workers.start(
            lambda: dashboard.build_dashboard(db, filters),
            busy=(self.apply_button, self.xlsx_button, self.csv_button),
            on_finished=self._show_board,
            on_failed=self._show_failure,
            name="tablero del programa",
        )
        return True

    def _show_board(self, board: Dashboard) -> None:
        self.board = board
        current = self.tabs.currentIndex()
        self.tabs.clear()
        for table in board.tables:
            self.tabs.addTab(TablePane(table), QCoreApplication.translate(CONTEXT, table.title))
        self.tabs.setCurrentIndex(max(current, 0))
        self.summary_label.setText(
            self.tr("{0} alianzas con estos filtros (las archivadas no cuentan).").format(
                number(board.alliances)
            )
        )
        self.dashboard_loaded.emit(board)

    def _show_failure(self, error: BaseException) -> None:
        self.summary_label.clear()
        self.failure.show_message(worded(error))

    def current_table(self) -> DashboardTable | None:
        if self.board is None or self.tabs.currentIndex() < 0:
            return None
        return self.board.tables[self.tabs.currentIndex()]

    # -- export --------------------------------------------------------------------------

    def _choose_path(self, suffix: str) -> str:
        """The file to write; tests replace this method."""
        if suffix == ".xlsx":
            return save_file_name(
                self,
                self.tr("Exportar el tablero"),
                "tablero-alianzas.xlsx",
                self.tr("Libro de Excel (*.xlsx)"),
            )
        return save_file_name(
            self,
            self.tr("Exportar la tabla"),
            "tabla.csv",
            self.tr("Texto separado por comas (*.csv)"),
        )

    def export(self, suffix: str) -> str:
        filters = self.filters()
        table = self.current_table()
        if filters is None or table is None:
            return ""
        chosen = self._choose_path(suffix)
        if not chosen:
            return ""
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            workers.run(
                lambda: dashboard.export_dashboard(self._db, path, filters, table=table.key),
                busy=(self.xlsx_button, self.csv_button),
                name="exportar el tablero",
            )
        except ServiceError as error:
            self.failure.show_message(worded(error))
            return ""
        self.failure.clear_message()
        self.status_label.setText(self.tr("Guardado en {0}").format(path))
        self.exported.emit(str(path))
        return str(path)


def open_dashboard_window(window) -> DashboardWindow:
    """Open the dashboard over the main window; returns it once closed."""
    dialog = DashboardWindow(window.db, window)
    window.dashboard_window = dialog
    dialog.exec()
    dialog.deleteLater()
    return dialog
