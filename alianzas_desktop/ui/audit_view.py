"""An alliance's change history: who changed which record, and each field before → after."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from alianzas_desktop.domain.formatting import local_date_time
from alianzas_desktop.profile import NO_PROFILE
from alianzas_desktop.services import audit
from alianzas_desktop.services.audit import AuditRecord
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import language, palette, workers
from alianzas_desktop.ui.models.base import RowTableModel
from alianzas_desktop.ui.people.models import SearchProxy
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


class AuditTableModel(RowTableModel[AuditRecord]):
    """One logged change per row, newest first, in a sentence naming its record; read-only."""

    CONTEXT = "AuditTableModel"
    WHEN, WHO, ACTION, RECORD, CHANGES = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "Fecha y hora"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Quién"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Acción"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Registro"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Cambios"),
    )

    def row_id(self, item: AuditRecord) -> str:
        return f"{item.record_id}@{item.at.isoformat()}@{item.action}"

    def display(self, item: AuditRecord, column: int) -> str:
        if column == self.WHEN:
            return local_date_time(item.at, language.current_language())
        if column == self.WHO:
            if item.actor and item.actor != NO_PROFILE:  # the stored «Sin perfil» is no name
                return item.actor
            return QCoreApplication.translate("AuditTableModel", "Sin perfil")
        if column == self.ACTION:
            return QCoreApplication.translate(self.CONTEXT, item.action_label)
        if column == self.RECORD:
            return QCoreApplication.translate(self.CONTEXT, item.table_label)
        if column == self.CHANGES:
            return worded(item.summary)  # a Message: the history's sentence in this language
        return ""

    def sort_value(self, item: AuditRecord, column: int):
        if column == self.WHEN:
            return item.at.isoformat()
        return super().sort_value(item, column)

    def tooltip(self, item: AuditRecord, column: int) -> str | None:
        if column == self.CHANGES:
            return full_text(item)
        return super().tooltip(item, column)


def full_text(item: AuditRecord) -> str:
    """The sentence and, below it, every value the entry records, one per line."""
    lines = [worded(item.summary)]
    lines += [f"• {worded(line)}" for line in item.details if line not in item.summary]
    return "\n".join(lines)


class EntryDetails(QLabel):
    """Below a history table: the selected entry in full, for the keyboard as for the mouse."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumHeight(self.fontMetrics().height() * 3)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def show_entry(self, item: AuditRecord | None) -> None:
        if item is None:
            self.clear()
            return
        heading = f"{item.when} · {item.actor}" if item.actor else item.when
        self.setText(f"{heading}\n{full_text(item)}")

    def follow(self, view, model: AuditTableModel) -> None:
        """Show whichever row of ``view`` (over a proxy of ``model``) is current."""

        def changed(current: QModelIndex, _previous: QModelIndex) -> None:
            if not current.isValid():
                self.show_entry(None)
                return
            row = view.model().mapToSource(current).row()
            self.show_entry(model.row_at(row) if 0 <= row < model.rowCount() else None)

        view.selectionModel().currentRowChanged.connect(changed)
        view.model().modelReset.connect(lambda: self.show_entry(None))


class AuditView(QWidget):
    """The «Historial de cambios» of one alliance, with a filter box; read-only."""

    history_loaded = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None):
        from alianzas_desktop.ui.widgets.table_view import make_table_view

        super().__init__(parent)
        self._db = db
        self._alliance_id: str | None = None
        self._stale = False  # the alliance changed while the history was not on screen

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(
            self.tr("Filtrar por persona, acción, registro o dato…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setStyleSheet(palette.text_style(palette.muted()))
        self.model = AuditTableModel(self)
        self.view = make_table_view(self.model, stretch=AuditTableModel.CHANGES, parent=self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view.setModel(self.proxy)
        self.view.sortByColumn(AuditTableModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.details = EntryDetails(self)
        self.note_label = QLabel(
            self.tr(
                "Cada cambio queda registrado con la fecha, quién lo hizo (según el perfil) y "
                "los valores antes y después. Este historial no se puede modificar."
            )
        )
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(palette.text_style(palette.muted()))

        self.filter_edit.textChanged.connect(self._filter)
        self.details.follow(self.view, self.model)

        # Assemble
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.note_label)

    def set_database(self, db: Database) -> None:
        self._db = db
        self._alliance_id = None
        self.model.set_rows([])

    def load(self, alliance_id: str) -> None:
        if alliance_id != self._alliance_id:
            self.model.set_rows([])  # never another alliance's history, even for a moment
        self._alliance_id = alliance_id
        self.reload()

    def reload(self) -> None:
        """Read the history now if it is on screen, else when its tab is first shown.

        An alliance's history is half of what opening its page costs at the office (hundreds
        of entries); most visits never look at it.
        """
        if self._alliance_id is None:
            return
        if not self.isVisibleTo(self.window()):
            self._stale = True
            return
        self._stale = False
        db, alliance_id = self._db, self._alliance_id
        self.count_label.setText(self.tr("Leyendo el historial…"))
        # In a worker: an office's busiest alliance has hundreds of entries, each worded
        # change by change (a quarter of a second on the window's thread).
        workers.start(
            lambda: (alliance_id, audit.history_of_alliance(db, alliance_id)),
            on_finished=self._show_history,
            on_failed=self._history_failed,
            name="historial de la alianza",
        )

    def _show_history(self, answer: tuple[str, list[AuditRecord]]) -> None:
        alliance_id, rows = answer
        if alliance_id != self._alliance_id or self._stale:
            return  # another alliance's, or read again once shown
        self.model.set_rows(rows)
        self._update_count()
        self.history_loaded.emit(len(rows))

    def _history_failed(self, error: BaseException) -> None:
        self.count_label.setText(worded(error))

    def show_if_stale(self) -> None:
        """Read the history if the alliance changed while it was hidden (its tab chosen)."""
        if self._stale:
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.show_if_stale()

    def _filter(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        text = (
            self.tr("{total} cambios").format(total=language.count(total))
            if shown == total
            else self.tr("{shown} de {total} cambios").format(
                shown=language.count(shown), total=language.count(total)
            )
        )
        self.count_label.setText(text)
