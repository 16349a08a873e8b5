"""Editing an alliance's commitments after its founding; an issued agreement gets an otrosí.

Commitments are edited in memory and saved at once through
``agreements.replace_commitments``: when the latest agreement version is already
issued, that opens a new draft version and the issued one stays as it was.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain import formatting
from alianzas_desktop.domain.nacimiento import CommitmentDraft
from alianzas_desktop.domain.vocabulary import CommitmentStatus, ContributionKind, Logic
from alianzas_desktop.services import agreements, alliances
from alianzas_desktop.services.errors import ServiceError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.models.base import RowTableModel, vocabulary
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message
from alianzas_desktop.ui.widgets.keyboard import tab_leaves
from alianzas_desktop.ui.widgets.sizing import lines_tall
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wizards.nacimiento.commitment_editor import parse_pesos
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


class DraftCommitmentModel(RowTableModel[CommitmentDraft]):
    """The commitments being edited: organisation, what, value, deadline."""

    CONTEXT = "DraftCommitmentModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DraftCommitmentModel", "Socio"),
        QT_TRANSLATE_NOOP("DraftCommitmentModel", "Compromiso"),
        QT_TRANSLATE_NOOP("DraftCommitmentModel", "Valor estimado"),
        QT_TRANSLATE_NOOP("DraftCommitmentModel", "Fecha límite"),
    )
    ORGANIZATION, DESCRIPTION, VALUE, DEADLINE = range(4)
    RIGHT_ALIGNED = frozenset({VALUE, DEADLINE})

    def __init__(self, partners: dict[str, str], parent=None):
        super().__init__(parent)
        self._partners = partners

    def row_id(self, item: CommitmentDraft) -> str:
        return item.key

    def display(self, item: CommitmentDraft, column: int) -> str:
        if column == self.ORGANIZATION:
            return self._partners.get(item.partner_key, "")
        if column == self.DESCRIPTION:
            return item.description
        if column == self.VALUE:
            return formatting.pesos(item.estimated_value) if item.estimated_value else "—"
        if column == self.DEADLINE:
            return formatting.short_date(item.deadline)
        return ""

    def refresh(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))


class CommitmentsDialog(QDialog):
    """Add, change or withdraw commitments; saving may open a new agreement version."""

    commitments_saved = Signal(str)  # id of the draft agreement version holding them

    def __init__(self, db: Database, alliance_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._alliance_id = alliance_id
        detail = alliances.alliance_detail(db, alliance_id)
        self._start = detail.start_date
        self._partners = {p.membership_id: p.organization for p in detail.partners}
        self._items = [
            CommitmentDraft(
                key=c.id,
                partner_key=c.membership_id,
                description=c.description,
                kind=c.kind,
                estimated_value=c.estimated_value,
                deadline=c.deadline,
                logic=c.logic,
            )
            for c in detail.commitments
            # A retired partner's commitments stay as recorded; they are not edited here.
            if c.status != CommitmentStatus.CANCELLED and c.membership_id in self._partners
        ]
        self._current: CommitmentDraft | None = None
        self._loading = False
        self.setWindowTitle(self.tr("Compromisos de «{name}»").format(name=detail.name))
        fit_to_screen(self, 980, 560)

        # Widgets
        self.model = DraftCommitmentModel(self._partners, self)
        self.model.set_rows(self._items)
        self.table = tab_leaves(QTableView())  # Tab goes on to the buttons and the form
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            DraftCommitmentModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        header.setSectionResizeMode(
            DraftCommitmentModel.ORGANIZATION, QHeaderView.ResizeMode.Interactive
        )
        header.resizeSection(DraftCommitmentModel.ORGANIZATION, 170)
        self.table.setWordWrap(False)
        self.add_button = QPushButton(self.tr("&Agregar compromiso"))
        self.remove_button = QPushButton(self.tr("&Retirar"))
        self.remove_button.setToolTip(
            self.tr("El compromiso queda cancelado; las versiones firmadas lo conservan.")
        )
        self.partner_combo = QComboBox()
        for membership_id, name in self._partners.items():
            self.partner_combo.addItem(name, membership_id)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(lines_tall(self.description_edit, 4.3))
        self.description_edit.setTabChangesFocus(True)  # Tab goes on to the next field
        self.kind_combo = QComboBox()
        for member in ContributionKind:
            self.kind_combo.addItem(vocabulary(member.label), member.value)
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("Opcional, en pesos: 1.500.000"))
        self.deadline_edit = DateField()
        self.logic_combo = QComboBox()
        for member in Logic:
            self.logic_combo.addItem(vocabulary(member.label), member.value)
            self.logic_combo.setItemData(
                self.logic_combo.count() - 1, member.description, Qt.ItemDataRole.ToolTipRole
            )
        self.messages = {
            name: FieldMessage() for name in ("description", "estimated_value", "deadline")
        }
        self.deadline_edit.set_message(self.messages["deadline"])
        self.general_message = FieldMessage()
        self.note = QLabel(
            self.tr(
                "Si el acuerdo ya fue emitido, al guardar se abre una nueva versión (otrosí) "
                "con estos cambios; la versión emitida no cambia."
            )
        )
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.editor = QWidget()

        # Signals
        self.add_button.clicked.connect(self.add_commitment)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().currentRowChanged.connect(self._select_row)
        self.partner_combo.currentIndexChanged.connect(self._store)
        self.description_edit.textChanged.connect(self._store)
        self.kind_combo.currentIndexChanged.connect(self._store)
        self.value_edit.editingFinished.connect(self._store)
        self.deadline_edit.value_changed.connect(self._store)
        self.logic_combo.currentIndexChanged.connect(self._store)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        editor_column = QVBoxLayout(self.editor)
        editor_column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        editor_column.addLayout(form)
        editor_column.addStretch()
        form.addRow(self.tr("Socio:"), self.partner_combo)
        form.addRow(
            self.tr("Compromiso:"),
            with_message(self.description_edit, self.messages["description"]),
        )
        form.addRow(self.tr("Tipo de aporte:"), self.kind_combo)
        form.addRow(
            self.tr("Valor estimado ($):"),
            with_message(self.value_edit, self.messages["estimated_value"]),
        )
        form.addRow(
            self.tr("Fecha límite:"), with_message(self.deadline_edit, self.messages["deadline"])
        )
        form.addRow(self.tr("Lógica:"), self.logic_combo)
        left = QVBoxLayout()
        left.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch()
        left.addLayout(row)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.editor, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.general_message)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self._select(0 if self._items else -1)

    # -- editing ----------------------------------------------------------------------

    def _select(self, row: int) -> None:
        if row < 0:
            self._current = None
            self.editor.setEnabled(False)
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._select_row(index)

    def _select_row(self, index, _previous=None) -> None:
        if not index.isValid():
            return
        self._current = self.model.row_at(index.row())
        self.editor.setEnabled(True)
        self._loading = True
        item = self._current
        self.partner_combo.setCurrentIndex(max(0, self.partner_combo.findData(item.partner_key)))
        self.description_edit.setPlainText(item.description)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(item.kind)))
        self.value_edit.setText(
            formatting.number(item.estimated_value) if item.estimated_value else ""
        )
        self.deadline_edit.set_value(item.deadline)
        self.logic_combo.setCurrentIndex(max(0, self.logic_combo.findData(item.logic)))
        for message in self.messages.values():
            message.clear_message()
        self._loading = False

    def _store(self, *_args) -> None:
        if self._loading or self._current is None:
            return
        item = self._current
        item.partner_key = self.partner_combo.currentData()
        item.description = self.description_edit.toPlainText()
        item.kind = self.kind_combo.currentData()
        try:
            item.estimated_value = parse_pesos(self.value_edit.text())
            self.messages["estimated_value"].clear_message()
        except ValueError:
            self.messages["estimated_value"].show_message(
                self.tr("Escriba el valor en pesos, por ejemplo 1.500.000.")
            )
        item.deadline = self.deadline_edit.value()
        item.logic = self.logic_combo.currentData()
        self.model.refresh(self._items.index(item))

    def add_commitment(self) -> None:
        default = max(date.today(), self._start)
        item = CommitmentDraft(partner_key=self.partner_combo.itemData(0) or "", deadline=default)
        self._items.append(item)
        self.model.set_rows(self._items)
        self._select(len(self._items) - 1)
        self.description_edit.setFocus()

    def remove_selected(self) -> None:
        if self._current is None:
            return
        row = self._items.index(self._current)
        del self._items[row]
        self.model.set_rows(self._items)
        self._select(min(row, len(self._items) - 1))

    @property
    def commitments(self) -> list[CommitmentDraft]:
        return list(self._items)

    # -- saving -------------------------------------------------------------------------

    def save(self) -> None:
        if self._current is not None and not self.deadline_edit.check_text():
            return  # what was typed is not a date: its message is on show
        self._store()
        for message in self.messages.values():
            message.clear_message()
        self.general_message.clear_message()
        try:
            version_id = agreements.replace_commitments(self._db, self._alliance_id, self._items)
        except ValidationFailed as failed:
            self._show_errors(failed.errors)
            return
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Compromisos"), worded(error))
            return
        self.commitments_saved.emit(version_id)
        self.accept()

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, text in errors.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "commitments":
                row = next((i for i, c in enumerate(self._items) if c.key == parts[1]), -1)
                if row >= 0:
                    self._select(row)
                    message = self.messages.get(parts[2])
                    if message is not None:
                        message.show_message(text)
                        return
            self.general_message.show_message(text)
            return
