"""What every Proyección page shares: the ProjectionData it edits, page numbers, the page for
an error key, and a box that edits one list of the data (a table beside the chosen entry's
form)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.projection import Errors, ProjectionData
from alianzas_desktop.ui.models.entry_list import EntryListModel
from alianzas_desktop.ui.models.roles import ID_ROLE
from alianzas_desktop.ui.widgets.field_error import FieldMessage
from alianzas_desktop.ui.widgets.keyboard import tab_leaves
from alianzas_desktop.ui.wizards.entry_form import EntryForm
from alianzas_desktop.ui.wizards.page import WizardPage
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

PAGE_SUSTAINABILITY, PAGE_REPLICATION, PAGE_PARTNERS, PAGE_BENEFITS = range(4)
_PAGE_OF_SECTION = {
    "sustainability": PAGE_SUSTAINABILITY,
    "replications": PAGE_REPLICATION,
    "retirements": PAGE_PARTNERS,
    "joinings": PAGE_PARTNERS,
    "closing_reason": PAGE_PARTNERS,
    "benefits": PAGE_BENEFITS,
}


def page_for_error(key: str) -> int:
    """The page holding the field an error key names ("replications.<k>.place" → Réplica)."""
    return _PAGE_OF_SECTION.get(key.split(".", 1)[0], PAGE_BENEFITS)


class ProyeccionPage(WizardPage):
    """A wizard page over the shared ProjectionData; guidance comes from proyeccion.json."""

    GUIDANCE_SOURCE = "proyeccion"
    data: ProjectionData


class EntryListBox(QObject):
    """A table of the entries of one list of the data, add and remove, and the chosen entry's
    form; messages keyed "<section>.<key>.<field>" go to the form of their entry."""

    edited = Signal(str)  # the section, on any change to the list or an entry

    def __init__(
        self,
        section: str,
        model: EntryListModel,
        editor: EntryForm,
        set_entry: Callable[[object], None],
        new_entry: Callable[[], object],
        add_text: str,
        remove_text: str,
        first_field: Callable[[], QWidget],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.section = section
        self.model = model
        self.editor = editor
        self._set_entry = set_entry
        self._new_entry = new_entry
        self._first_field = first_field
        self._errors: Errors = {}
        self.table = tab_leaves(QTableView())
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(remove_text)
        self.list_message = FieldMessage()

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_selected)
        self.editor.edited.connect(self._entry_edited)

        # Assemble
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.box = QVBoxLayout()
        self.box.addWidget(self.table, 1)
        self.box.addLayout(buttons)
        self.box.addWidget(self.list_message)

    # -- life cycle ------------------------------------------------------------------

    def load(self) -> None:
        self.model.reset()
        if self.model.rowCount():
            self.select_row(0)
        else:
            self._set_entry(None)
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    def select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _current_changed(self, current, _previous) -> None:
        key = current.data(ID_ROLE) if current.isValid() else None
        row = self.model.row_of(key) if key else -1
        self._set_entry(self.model.entry_at(row))
        self.editor.show_entry_errors(self._prefix(), self._errors)

    def _prefix(self) -> str:
        entry = self.editor.entry
        return f"{self.section}.{entry.key}." if entry is not None else "\0"

    def add_entry(self) -> None:
        row = self.model.append(self._new_entry())
        self.select_row(row)
        self.remove_button.setEnabled(True)
        self._first_field().setFocus()
        self.list_message.clear_message()
        self.edited.emit(self.section)

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        self.model.remove(index.row())
        if self.model.rowCount():
            self.select_row(min(index.row(), self.model.rowCount() - 1))
        else:
            self._set_entry(None)
        self.remove_button.setEnabled(self.model.rowCount() > 0)
        self.edited.emit(self.section)

    def _entry_edited(self, field: str) -> None:
        entry = self.editor.entry
        if entry is not None:
            self._errors.pop(f"{self.section}.{entry.key}.{field}", None)
            self.model.refresh_row(self.model.row_of(entry.key))
        self.edited.emit(self.section)

    # -- checking ----------------------------------------------------------------------

    def show_errors(self, errors: Errors) -> None:
        self._errors = {k: v for k, v in errors.items() if k.startswith(self.section + ".")}
        bad_keys = {k.split(".")[1] for k in self._errors}
        entries = [self.model.entry_at(r) for r in range(self.model.rowCount())]
        bad = [e for e in entries if e.key in bad_keys]
        if bad and (self.editor.entry is None or self.editor.entry not in bad):
            self.select_row(self.model.row_of(bad[0].key))
        self.editor.show_entry_errors(self._prefix(), self._errors)
        lines = [worded(errors.get(self.section, ""))]
        if bad:
            lines.append(
                self.tr(
                    "Hay {0} fila(s) con datos por corregir: elija cada una para ver qué falta."
                ).format(len(bad))
            )
        self.list_message.show_message("\n".join(line for line in lines if line))
