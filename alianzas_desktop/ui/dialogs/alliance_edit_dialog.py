"""Correcting a founded alliance's name, territory, purpose and structure (otrosí when issued).

The purpose and structure tabs are the Nacimiento wizard's own pages over the
alliance's data, so the same fields, guidance and rules apply after the founding.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.nacimiento import NacimientoData
from alianzas_desktop.services import alliance_changes
from alianzas_desktop.services.alliance_changes import AgreementChange
from alianzas_desktop.services.errors import ServiceError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wizards.nacimiento.purpose_page import PurposePage
from alianzas_desktop.ui.wizards.nacimiento.structure_page import StructurePage
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

BASICS, PURPOSE, STRUCTURE = range(3)
BASIC_FIELDS = ("name", "departamento", "municipio", "vereda")
_PURPOSE_FIELDS = ("purpose", "objectives", "conditions")


def _tab_of(key: str) -> int:
    field = key.split(".", 1)[0]
    if field in BASIC_FIELDS:
        return BASICS
    return PURPOSE if field in _PURPOSE_FIELDS else STRUCTURE


class AllianceEditDialog(QDialog):
    """The alliance's own data as the Nacimiento wizard asked it, checked by the same rules."""

    alliance_saved = Signal(str)  # the alliance id

    def __init__(self, db: Database, alliance_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._alliance_id = alliance_id
        self._data = alliance_changes.editable_data(db, alliance_id)
        self.change: AgreementChange | None = None
        self.setWindowTitle(self.tr("Corregir «{name}»").format(name=self._data.name))

        # Widgets
        self.name_edit = QLineEdit(self._data.name)
        self.departamento_edit = QLineEdit(self._data.departamento)
        self.municipio_edit = QLineEdit(self._data.municipio)
        self.vereda_edit = QLineEdit(self._data.vereda)
        self.vereda_edit.setPlaceholderText(self.tr("Opcional"))
        self.messages = {name: FieldMessage() for name in BASIC_FIELDS}
        # The wizard's pages edit the data in place, as they do in the wizard.
        self.purpose_page = PurposePage(self._data)
        self.structure_page = StructurePage(self._data)
        for page in (self.purpose_page, self.structure_page):
            page.load()
        self.tabs = QTabWidget()
        self.note_label = QLabel(
            self.tr(
                "El acuerdo de compromisos muestra estos datos. Si ya fue emitido, al guardar "
                "se abre una nueva versión (otrosí); la versión emitida no cambia."
            )
        )
        self.note_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))

        # Signals
        for name, edit in self._basic_edits().items():
            edit.textChanged.connect(lambda _t, name=name: self.messages[name].clear_message())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        basics = QFormLayout()
        basics.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, key in (
            (self.tr("&Nombre de la alianza:"), "name"),
            (self.tr("&Departamento:"), "departamento"),
            (self.tr("&Municipio:"), "municipio"),
            (self.tr("&Vereda o corregimiento:"), "vereda"),
        ):
            edit = self._basic_edits()[key]
            label = QLabel(text)
            label.setBuddy(edit)
            basics.addRow(label, with_message(edit, self.messages[key]))
        basics_tab = QWidget()
        basics_column = QVBoxLayout(basics_tab)
        basics_column.addLayout(basics)
        basics_column.addStretch(1)
        self.tabs.addTab(basics_tab, self.tr("Datos básicos"))
        for page, title in (
            (self.purpose_page, self.tr("Propósito y condiciones")),
            (self.structure_page, self.tr("Estructura")),
        ):
            holder = QWidget()  # the wizard's pages have no margins of their own
            QVBoxLayout(holder).addWidget(page)
            self.tabs.addTab(holder, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1040, 640)

    def _basic_edits(self) -> dict[str, QLineEdit]:
        return {
            "name": self.name_edit,
            "departamento": self.departamento_edit,
            "municipio": self.municipio_edit,
            "vereda": self.vereda_edit,
        }

    @property
    def data(self) -> NacimientoData:
        """The alliance with the values in the form."""
        for name, edit in self._basic_edits().items():
            setattr(self._data, name, edit.text())
        return self._data

    # -- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        for message in self.messages.values():
            message.clear_message()
        try:
            self.change = alliance_changes.update_alliance(self._db, self._alliance_id, self.data)
        except ValidationFailed as failed:
            self.show_errors(failed.errors)
            return False
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Corregir la alianza"), worded(error))
            return False
        self.alliance_saved.emit(self._alliance_id)
        self.accept()
        return True

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field, on whichever tab; the first one's tab comes forward."""
        for name, message in self.messages.items():
            message.show_message(errors.get(name, ""))
        self.purpose_page.show_errors(errors)
        self.structure_page.show_errors(errors)
        if errors:
            first = next(iter(errors))
            self.tabs.setCurrentIndex(_tab_of(first))
            edit = self._basic_edits().get(first)
            if edit is not None:
                edit.setFocus()

    @classmethod
    def edit_alliance(
        cls, db: Database, alliance_id: str, parent: QWidget | None = None
    ) -> tuple[AgreementChange | None, bool]:
        """Open the dialog; where the agreement holds the change, and whether it was saved."""
        dialog = cls(db, alliance_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        change = dialog.change
        dialog.deleteLater()
        return change, accepted
