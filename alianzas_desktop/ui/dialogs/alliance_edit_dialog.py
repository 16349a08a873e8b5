"""Correcting a founded alliance's name, territory, purpose and structure (otrosí when issued)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.nacimiento import NacimientoData
from alianzas_desktop.domain.vocabulary import Complexity, Formality
from alianzas_desktop.services import alliance_changes
from alianzas_desktop.services.alliance_changes import AgreementChange
from alianzas_desktop.services.errors import ServiceError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.models.base import vocabulary
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen

logger = logging.getLogger(__name__)

BASICS, PURPOSE, STRUCTURE = range(3)
# Which tab shows each field, to bring the first error into view.
_TAB_OF = {
    "name": BASICS,
    "departamento": BASICS,
    "municipio": BASICS,
    "vereda": BASICS,
    "purpose": PURPOSE,
    "objectives": PURPOSE,
}


def _row(form: QFormLayout, text: str, field: QWidget, buddy: QWidget) -> None:
    """A form row whose label's Alt+letter takes the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, field)


def _radio_row(buttons: list[QRadioButton]) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        layout.addWidget(button)
    layout.addStretch(1)
    return box


def _text_box(placeholder: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


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
        self.name_edit = QLineEdit()
        self.departamento_edit = QLineEdit()
        self.municipio_edit = QLineEdit()
        self.vereda_edit = QLineEdit()
        self.vereda_edit.setPlaceholderText(self.tr("Opcional"))
        self.purpose_edit = _text_box(self.tr("¿Qué quieren lograr juntos los socios?"), 110)
        self.objectives_edit = _text_box(self.tr("Opcional: uno por línea"), 110)
        self.formality_group = QButtonGroup(self)
        self.formality_radios: dict[str, QRadioButton] = {}
        for member in Formality:
            radio = QRadioButton(vocabulary(member.label))
            self.formality_radios[member.value] = radio
            self.formality_group.addButton(radio)
        self.legal_figure_edit = QLineEdit()
        self.legal_figure_edit.setPlaceholderText(self.tr("Convenio de asociación"))
        self.complexity_group = QButtonGroup(self)
        self.complexity_radios: dict[str, QRadioButton] = {}
        for member in Complexity:
            radio = QRadioButton(vocabulary(member.label))
            self.complexity_radios[member.value] = radio
            self.complexity_group.addButton(radio)
        self.coordination_body_edit = QLineEdit()
        self.coordination_members_edit = _text_box("", 56)
        self.decision_rules_edit = _text_box("", 56)
        self.meeting_rhythm_edit = QLineEdit()
        self.duration_edit = QLineEdit()
        self.messages = {name: FieldMessage() for name in alliance_changes.EDITABLE_FIELDS}
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
        for radio in self.formality_radios.values():
            radio.toggled.connect(self._update_legal_figure)
        for name, widget in self._fields().items():
            signal = (
                widget.textChanged
                if isinstance(widget, QLineEdit | QPlainTextEdit)
                else widget.toggled
            )
            signal.connect(lambda *_a, name=name: self.messages[name].clear_message())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        basics = QFormLayout()
        for text, key, widget in (
            (self.tr("&Nombre de la alianza:"), "name", self.name_edit),
            (self.tr("&Departamento:"), "departamento", self.departamento_edit),
            (self.tr("&Municipio:"), "municipio", self.municipio_edit),
            (self.tr("&Vereda o corregimiento:"), "vereda", self.vereda_edit),
        ):
            _row(basics, text, with_message(widget, self.messages[key]), widget)
        purpose = QFormLayout()
        _row(
            purpose,
            self.tr("&Propósito común:"),
            with_message(self.purpose_edit, self.messages["purpose"]),
            self.purpose_edit,
        )
        _row(
            purpose,
            self.tr("&Objetivos:"),
            with_message(self.objectives_edit, self.messages["objectives"]),
            self.objectives_edit,
        )
        structure = QFormLayout()
        structure.addRow(
            self.tr("Tipo de alianza:"),
            with_message(
                _radio_row(list(self.formality_radios.values())), self.messages["formality"]
            ),
        )
        _row(
            structure,
            self.tr("Figura &jurídica:"),
            with_message(self.legal_figure_edit, self.messages["legal_figure"]),
            self.legal_figure_edit,
        )
        structure.addRow(
            self.tr("Organización:"),
            with_message(
                _radio_row(list(self.complexity_radios.values())), self.messages["complexity"]
            ),
        )
        for text, key, widget in (
            (
                self.tr("Instancia de &coordinación:"),
                "coordination_body",
                self.coordination_body_edit,
            ),
            (
                self.tr("&Quiénes la integran:"),
                "coordination_members",
                self.coordination_members_edit,
            ),
            (self.tr("Cómo se &decide:"), "decision_rules", self.decision_rules_edit),
            (self.tr("Cada cuánto se &reúnen:"), "meeting_rhythm", self.meeting_rhythm_edit),
            (self.tr("D&uración:"), "duration", self.duration_edit),
        ):
            _row(structure, text, with_message(widget, self.messages[key]), widget)
        for form, title in (
            (basics, self.tr("Datos básicos")),
            (purpose, self.tr("Propósito")),
            (structure, self.tr("Estructura")),
        ):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            page = QWidget()
            column = QVBoxLayout(page)
            column.addLayout(form)
            column.addStretch(1)
            self.tabs.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)

        self._load(self._data)
        fit_to_screen(self, 760, 560)

    def _fields(self) -> dict[str, QWidget]:
        return {
            "name": self.name_edit,
            "departamento": self.departamento_edit,
            "municipio": self.municipio_edit,
            "vereda": self.vereda_edit,
            "purpose": self.purpose_edit,
            "objectives": self.objectives_edit,
            "legal_figure": self.legal_figure_edit,
            "coordination_body": self.coordination_body_edit,
            "coordination_members": self.coordination_members_edit,
            "decision_rules": self.decision_rules_edit,
            "meeting_rhythm": self.meeting_rhythm_edit,
            "duration": self.duration_edit,
        }

    def _load(self, data: NacimientoData) -> None:
        for name, widget in self._fields().items():
            value = getattr(data, name)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        for code, radio in self.formality_radios.items():
            radio.setChecked(code == data.formality)
        for code, radio in self.complexity_radios.items():
            radio.setChecked(code == data.complexity)
        self._update_legal_figure()

    def _update_legal_figure(self, *_args) -> None:
        formal = self.formality_radios[Formality.FORMAL.value].isChecked()
        self.legal_figure_edit.setEnabled(formal)
        if not formal:
            self.messages["legal_figure"].clear_message()

    @property
    def data(self) -> NacimientoData:
        """The alliance with the values in the form."""
        data = NacimientoData.from_dict(self._data.to_dict())
        for name, widget in self._fields().items():
            text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            setattr(data, name, text)
        data.formality = next(
            (code for code, radio in self.formality_radios.items() if radio.isChecked()), ""
        )
        data.complexity = next(
            (code for code, radio in self.complexity_radios.items() if radio.isChecked()), ""
        )
        return data

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
            QMessageBox.warning(self, self.tr("Corregir la alianza"), str(error))
            return False
        self.alliance_saved.emit(self._alliance_id)
        self.accept()
        return True

    def show_errors(self, errors: dict[str, str]) -> None:
        first = None
        for name, text in errors.items():
            message = self.messages.get(name)
            if message is None:
                continue
            message.show_message(text)
            first = first or name
        if first is not None:
            self.tabs.setCurrentIndex(_TAB_OF.get(first, STRUCTURE))
            widget = self._fields().get(first)
            if widget is not None:
                widget.setFocus()

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
