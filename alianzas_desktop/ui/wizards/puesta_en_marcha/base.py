"""What every Puesta en marcha page shares: the WorkplanData it edits, page numbers, and a
page that edits a list (a table of entries beside the form of the chosen one)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.workplan import Errors, WorkplanData
from alianzas_desktop.ui.models.entry_list import EntryListModel
from alianzas_desktop.ui.models.roles import ID_ROLE
from alianzas_desktop.ui.widgets.keyboard import tab_leaves
from alianzas_desktop.ui.wizards.entry_form import EntryForm
from alianzas_desktop.ui.wizards.page import WizardPage

logger = logging.getLogger(__name__)

PAGE_ACTIVITIES, PAGE_FLOWS, PAGE_ROLES, PAGE_FORMALIZATION, PAGE_SUMMARY = range(5)
_PAGE_OF_SECTION = {
    "activities": PAGE_ACTIVITIES,
    "flows": PAGE_FLOWS,
    "roles": PAGE_ROLES,
    "spokesperson": PAGE_ROLES,
    "legal_figure": PAGE_FORMALIZATION,
    "convenio_number": PAGE_FORMALIZATION,
    "convenio_date": PAGE_FORMALIZATION,
    "scan": PAGE_FORMALIZATION,
    "decision_recording": PAGE_FORMALIZATION,
}


def page_for_error(key: str) -> int:
    """The page holding the field an error key names ("flows.<k>.frequency" → Intercambio)."""
    return _PAGE_OF_SECTION.get(key.split(".", 1)[0], PAGE_SUMMARY)


def error_prefixes(errors: Errors, section: str) -> set[str]:
    """{"activities.<key>.", …}: the entries of ``section`` that have a message."""
    return {".".join(k.split(".", 2)[:2]) + "." for k in errors if k.startswith(section + ".")}


class PuestaPage(WizardPage):
    """A wizard page over the shared WorkplanData; guidance comes from puesta_en_marcha.json."""

    GUIDANCE_SOURCE = "puesta_en_marcha"
    data: WorkplanData


class ListPage(PuestaPage):
    """A table of the entries of one list of the data, add and remove, and the chosen
    entry's form beside it. Subclasses give ``SECTION``, the model, the form and
    ``new_entry()``, then call ``_build_list()`` and place ``list_box`` and ``editor``."""

    SECTION = ""

    def _build_list(
        self,
        model: EntryListModel,
        editor: EntryForm,
        add_text: str,
        first_field: Callable[[], QWidget],
    ) -> None:
        self._errors: Errors = {}
        self.model = model
        self.editor = editor
        self._first_field = first_field
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
        self.remove_button = QPushButton(self.tr("&Quitar"))
        self.list_message = self.message_for(self.SECTION)

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_selected)
        self.editor.edited.connect(self._entry_edited)

        # Assemble
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.list_box = QVBoxLayout()
        self.list_box.addWidget(self.table, 1)
        self.list_box.addLayout(buttons)
        self.list_box.addWidget(self.list_message)

    # -- what subclasses give --------------------------------------------------------

    def new_entry(self):
        raise NotImplementedError

    def entries(self) -> list:
        return getattr(self.data, self.SECTION)

    def set_entry(self, entry) -> None:
        """Show ``entry`` (or None) in the form."""
        raise NotImplementedError

    # -- life cycle ------------------------------------------------------------------

    def load_widgets(self) -> None:
        self.model.reset()
        if self.model.rowCount():
            self.select_row(0)
        else:
            self.set_entry(None)
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    # -- choosing and editing ----------------------------------------------------------

    def select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def select_key(self, key: str) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.select_row(row)

    def _current_changed(self, current, _previous) -> None:
        key = current.data(ID_ROLE) if current.isValid() else None
        row = self.model.row_of(key) if key else -1
        self.set_entry(self.model.entry_at(row))
        self.editor.show_entry_errors(self._prefix(), self._errors)

    def _prefix(self) -> str:
        entry = self.editor.entry
        return f"{self.SECTION}.{entry.key}." if entry is not None else "\0"

    def add_entry(self) -> None:
        entry = self.new_entry()
        row = self.model.append(entry)
        self.select_row(row)
        self.remove_button.setEnabled(True)
        self._first_field().setFocus()
        self.list_message.clear_message()
        self.edited(self.SECTION)

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        self.model.remove(index.row())
        if self.model.rowCount():
            self.select_row(min(index.row(), self.model.rowCount() - 1))
        else:
            self.set_entry(None)
        self.remove_button.setEnabled(self.model.rowCount() > 0)
        self.edited(self.SECTION)

    def _entry_edited(self, field: str) -> None:
        entry = self.editor.entry
        if entry is not None:
            self._errors.pop(f"{self.SECTION}.{entry.key}.{field}", None)
            self.model.refresh_row(self.model.row_of(entry.key))
        self.edited()

    # -- checking ----------------------------------------------------------------------

    def show_errors(self, errors: Errors) -> None:
        super().show_errors(errors)
        self._errors = {k: v for k, v in errors.items() if k.startswith(self.SECTION + ".")}
        bad = [
            e
            for e in self.entries()
            if f"{self.SECTION}.{e.key}." in error_prefixes(errors, self.SECTION)
        ]
        if bad and (self.editor.entry is None or self.editor.entry not in bad):
            self.select_key(bad[0].key)
        self.editor.show_entry_errors(self._prefix(), self._errors)
        if bad:
            current = self.list_message.message
            text = self.tr(
                "Hay {0} fila(s) con datos por corregir: elija cada una para ver qué falta."
            ).format(len(bad))
            self.list_message.show_message(f"{current}\n{text}".strip())
