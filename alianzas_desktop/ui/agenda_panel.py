"""The main window's agenda: upcoming meetings and overdue commitments of every alliance."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.services import agenda
from alianzas_desktop.services.meetings import MeetingSummary, PendingCommitment
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import language, palette
from alianzas_desktop.ui.models.base import RowTableModel, vocabulary
from alianzas_desktop.ui.models.roles import ALLIANCE_ROLE

logger = logging.getLogger(__name__)


class UpcomingMeetingsModel(RowTableModel[MeetingSummary]):
    CONTEXT = "UpcomingMeetingsModel"
    DATE, ALLIANCE, PLACE, STATUS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("UpcomingMeetingsModel", "Fecha"),
        QT_TRANSLATE_NOOP("UpcomingMeetingsModel", "Alianza"),
        QT_TRANSLATE_NOOP("UpcomingMeetingsModel", "Lugar"),
        QT_TRANSLATE_NOOP("UpcomingMeetingsModel", "Estado"),
    )

    def display(self, item: MeetingSummary, column: int) -> str:
        if column == self.DATE:
            return short_date(item.date)
        if column == self.ALLIANCE:
            return item.alliance_name
        if column == self.PLACE:
            return item.place
        if column == self.STATUS:
            return vocabulary(item.status_label)
        return ""

    def sort_value(self, item: MeetingSummary, column: int):
        return item.date.isoformat() if column == self.DATE else super().sort_value(item, column)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == ALLIANCE_ROLE and index.isValid():
            return self.row_at(index.row()).alliance_id
        return super().data(index, role)


# Rows a column's width is measured on (the table shows a dozen): Qt's default, a
# thousand, measured all 200 rows of each list at every refresh.
SIZED_ROWS = 40


class OverdueCommitmentsModel(RowTableModel[PendingCommitment]):
    CONTEXT = "OverdueCommitmentsModel"
    _colour: tuple[int, QColor] | None = None  # the overdue red for the palette in use
    DEADLINE, DESCRIPTION, ORGANIZATION, ALLIANCE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("OverdueCommitmentsModel", "Venció"),
        QT_TRANSLATE_NOOP("OverdueCommitmentsModel", "Compromiso"),
        QT_TRANSLATE_NOOP("OverdueCommitmentsModel", "Responsable"),
        QT_TRANSLATE_NOOP("OverdueCommitmentsModel", "Alianza"),
    )

    def display(self, item: PendingCommitment, column: int) -> str:
        if column == self.DEADLINE:
            return short_date(item.deadline)
        if column == self.DESCRIPTION:
            return item.description
        if column == self.ORGANIZATION:
            return item.organization
        if column == self.ALLIANCE:
            return item.alliance_name
        return ""

    def sort_value(self, item: PendingCommitment, column: int):
        if column == self.DEADLINE:
            return item.deadline.isoformat()
        return super().sort_value(item, column)

    def _overdue_colour(self) -> QColor:
        # Worked out once per palette (a theme switch changes its key), not per cell painted.
        key = QApplication.palette().cacheKey()
        if self._colour is None or self._colour[0] != key:
            self._colour = (key, palette.overdue())
        return self._colour[1]

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._overdue_colour()
        if role == ALLIANCE_ROLE:
            return self.row_at(index.row()).alliance_id
        return super().data(index, role)


class AgendaPanel(QWidget):
    """Two lists side by side; double-clicking a row opens its alliance."""

    alliance_requested = Signal(str)
    refreshed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        from alianzas_desktop.ui.widgets.table_view import make_table_view

        self._db = db
        self._shown: agenda.Agenda | None = None  # what the lists show now
        # Readings asked of the thread pool; one arriving after a newer reading was asked
        # for (or for another database) is dropped.
        self._asked = 0
        self.reading_job = None  # the pending background reading (workers.Job), if any
        # An office follows thousands of alliances: the most urgent rows, the rest counted.
        self.limit = agenda.AGENDA_LIMIT
        self.upcoming_titles = (
            self.tr("Próximas sesiones ({0})"),
            self.tr("Próximas sesiones: {shown} de {total} (las más cercanas primero)"),
        )
        self.overdue_titles = (
            self.tr("Compromisos vencidos ({0})"),
            self.tr("Compromisos vencidos: {shown} de {total} (los más antiguos primero)"),
        )
        self.upcoming_model = UpcomingMeetingsModel(self)
        self.overdue_model = OverdueCommitmentsModel(self)
        self.upcoming_view = make_table_view(
            self.upcoming_model, stretch=UpcomingMeetingsModel.PLACE, parent=self
        )
        self.overdue_view = make_table_view(
            self.overdue_model, stretch=OverdueCommitmentsModel.DESCRIPTION, parent=self
        )
        for view, columns in (
            (self.upcoming_view, (UpcomingMeetingsModel.ALLIANCE,)),
            (
                self.overdue_view,
                (OverdueCommitmentsModel.ORGANIZATION, OverdueCommitmentsModel.ALLIANCE),
            ),
        ):
            view.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
            for column in columns:
                # Long names would leave no room for what matters: the commitment, the place.
                view.horizontalHeader().setSectionResizeMode(
                    column, QHeaderView.ResizeMode.Interactive
                )
                view.horizontalHeader().resizeSection(column, 150)
        self.upcoming_none = self.tr("No hay sesiones convocadas.")
        self.overdue_none = self.tr("Ningún compromiso vencido.")
        self.upcoming_empty = QLabel(self.upcoming_none)
        self.overdue_empty = QLabel(self.overdue_none)
        for label in (self.upcoming_empty, self.overdue_empty):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet(palette.text_style(palette.muted()))
        self.upcoming_box = QGroupBox()
        self.overdue_box = QGroupBox()

        self.upcoming_view.doubleClicked.connect(self._open)
        self.overdue_view.doubleClicked.connect(self._open)
        self.upcoming_view.activated.connect(self._open)
        self.overdue_view.activated.connect(self._open)

        # Assemble
        self._upcoming_stack = self._stack(
            self.upcoming_box, self.upcoming_view, self.upcoming_empty
        )
        self._overdue_stack = self._stack(self.overdue_box, self.overdue_view, self.overdue_empty)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.upcoming_box, 1)
        layout.addWidget(self.overdue_box, 1)
        self.setMinimumHeight(130)

    @staticmethod
    def _stack(box: QGroupBox, view: QTableView, empty: QLabel) -> QStackedLayout:
        stack = QStackedLayout()
        stack.addWidget(view)
        stack.addWidget(empty)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addLayout(stack)
        return stack

    def set_database(self, db: Database) -> None:
        self._db = db
        self._shown = None
        self.refresh()

    def refresh(self, today: date | None = None) -> None:
        """Read the agenda again and show it.

        Until a first reading is shown (a new window, another database) it is read in the
        thread pool and shown when it arrives, «Leyendo la agenda…» meanwhile: on the
        office's database the first reading took 0.6 s of the start. Afterwards (a
        refresh after a write, usually answered from the service's last reading) it is
        read here, as the caller expects it shown on return.
        """
        if self._shown is None and today is None:
            self._read_in_background()
            return
        self._asked += 1  # a background reading still on its way is older than this one
        self.reading_job = None
        self._show_read(self._read(self._db, today, self.limit))

    @staticmethod
    def _read(db: Database, today: date | None, limit: int) -> agenda.Agenda:
        try:
            return agenda.agenda(db, today, limit)
        except Exception:  # the agenda is a convenience; never block the list
            logger.exception("No se pudo leer la agenda")
            return agenda.Agenda([], 0, [], 0)

    def _read_in_background(self) -> None:
        from alianzas_desktop.ui import workers

        self._asked += 1
        asked, db, limit = self._asked, self._db, self.limit
        self._show_reading()
        # The service opens its own session for each query; its cache has its own lock.
        self.reading_job = workers.start(
            lambda: self._read(db, None, limit),
            name="leer la agenda",
            cursor=False,
            on_finished=lambda read: self._arrived(asked, read),
        )

    def _arrived(self, asked: int, read: agenda.Agenda) -> None:
        from shiboken6 import isValid

        # Dropped when a newer reading was asked for since, or the panel is gone.
        if asked != self._asked or not isValid(self):
            return
        self.reading_job = None
        self._show_read(read)

    def _show_reading(self) -> None:
        """The lists empty, each saying the agenda is being read."""
        reading = self.tr("Leyendo la agenda…")
        for label, stack in (
            (self.upcoming_empty, self._upcoming_stack),
            (self.overdue_empty, self._overdue_stack),
        ):
            label.setText(reading)
            stack.setCurrentIndex(1)
        self.upcoming_box.setTitle(self.upcoming_titles[0].format("…"))
        self.overdue_box.setTitle(self.overdue_titles[0].format("…"))
        self._name_views()

    def _name_views(self) -> None:
        """Each list is named by its box's title, counts included, as it changes."""
        for box, view in (
            (self.upcoming_box, self.upcoming_view),
            (self.overdue_box, self.overdue_view),
        ):
            view.setAccessibleName(box.title())

    def _show_read(self, read: agenda.Agenda) -> None:
        if read is not self._shown:  # the service hands back the same reading when unchanged
            self._show(read)
        self.refreshed.emit()

    def _show(self, read: agenda.Agenda) -> None:
        self._shown = read
        upcoming, overdue = read.upcoming, read.overdue
        self.upcoming_model.set_rows(upcoming)
        self.overdue_model.set_rows(overdue)
        self.upcoming_box.setTitle(self._title(self.upcoming_titles, read.upcoming_total, upcoming))
        self.overdue_box.setTitle(self._title(self.overdue_titles, read.overdue_total, overdue))
        self._name_views()
        style = (
            f"QGroupBox {{ color: {palette.css(palette.overdue())}; font-weight: 600; }}"
            if overdue
            else ""
        )
        if self.overdue_box.styleSheet() != style:  # restyling the box costs more than reading
            self.overdue_box.setStyleSheet(style)
        self.upcoming_empty.setText(self.upcoming_none)
        self.overdue_empty.setText(self.overdue_none)
        self._upcoming_stack.setCurrentIndex(0 if upcoming else 1)
        self._overdue_stack.setCurrentIndex(0 if overdue else 1)

    @staticmethod
    def _title(titles: tuple[str, str], total: int, shown: list) -> str:
        """«Compromisos vencidos (12)», or with a long list how many are shown of how many."""
        everything, some = titles
        if total > len(shown):
            return some.format(shown=language.count(len(shown)), total=language.count(total))
        return everything.format(language.count(total))

    def _open(self, index) -> None:
        alliance_id = index.data(ALLIANCE_ROLE)
        if alliance_id:
            self.alliance_requested.emit(alliance_id)
