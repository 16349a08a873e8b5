"""Choosing one person among everyone on record, as the people list does: by typing."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QHeaderView, QLineEdit, QVBoxLayout, QWidget

from alianzas_desktop.services.personal_data import PersonInfo
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.people.models import PersonListModel, PersonTableModel
from alianzas_desktop.ui.widgets.keyboard import search_leads_to

logger = logging.getLogger(__name__)


class PersonPicker(QWidget):
    """A search field over the people list (name and organisation): an office holds a
    hundred thousand people, read a page at a time, never all into a drop-down list.
    Down from the search goes into the list; the person chosen is the row selected."""

    def __init__(self, db: Database, person_id: str | None = None, parent=None):
        from alianzas_desktop.ui.widgets.table_view import make_table_view

        super().__init__(parent)
        self._wanted = person_id
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Escriba parte del nombre u organización…"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = PersonListModel(self)
        self.view = make_table_view(self.model, stretch=PersonTableModel.NAME, parent=self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(False)
        header = self.view.horizontalHeader()
        for column in (PersonTableModel.AUTHORIZATION, PersonTableModel.STATE):
            self.view.setColumnHidden(column, True)
        header.setSectionResizeMode(PersonTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PersonTableModel.ORGANIZATION, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(150)
        self.setFocusProxy(self.search_edit)

        self.search_edit.textChanged.connect(self.model.set_search_text)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.answered.connect(self._choose_again)
        search_leads_to(self.search_edit, self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view, 1)
        self.model.load(db)

    def person(self) -> PersonInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def person_id(self) -> str:
        person = self.person()
        return person.id if person is not None else ""

    def _remember(self) -> None:
        if self._wanted is None:
            self._wanted = self.person_id() or None

    def _choose_again(self) -> None:
        """The rows changed (a search answered): the person chosen before stays chosen."""
        wanted, self._wanted = self._wanted, None
        row = self.model.row_of_id(wanted) if wanted else -1
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
