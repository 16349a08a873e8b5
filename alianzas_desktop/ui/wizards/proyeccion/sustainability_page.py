"""Page 1: sostenibilidad — what continues after the initial resources, who funds it, where
it takes root (public policy, municipal plan or budget, the partners' own organisations);
with a date and a responsible partner it becomes that partner's commitment."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.projection import (
    Errors,
    SustainabilityEntry,
    validate_sustainability,
)
from alianzas_desktop.domain.vocabulary import ContributionKind, Logic, PolicyPath
from alianzas_desktop.services.projection import ProjectionPartner
from alianzas_desktop.ui.widgets.keyboard import buddy_label, labelled_row
from alianzas_desktop.ui.wizards.entry_form import EntryForm, vocabulary_combo
from alianzas_desktop.ui.wizards.proyeccion.base import EntryListBox, ProyeccionPage
from alianzas_desktop.ui.wizards.proyeccion.models import SustainabilityListModel

logger = logging.getLogger(__name__)


def text_box(placeholder: str, height: int = 48) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(height)
    return edit


def partner_combo(partners: Sequence[ProjectionPartner], empty: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(empty, "")
    for partner in partners:
        if not partner.retired:
            combo.addItem(partner.organization, partner.membership_id)
    return combo


class SustainabilityEditor(EntryForm):
    def __init__(self, partners: Sequence[ProjectionPartner], parent: QWidget | None = None):
        super().__init__(parent)
        self.what_edit = text_box(self.tr("¿Qué sigue funcionando cuando se acaben los recursos?"))
        self.funding_edit = text_box(self.tr("¿Quién lo financia, con qué recursos?"))
        self.path_combo = vocabulary_combo(PolicyPath)
        self.partner_combo = partner_combo(partners, self.tr("(sin responsable)"))
        self.due_edit = self._deadline_edit("due_on")
        self.logic_combo = vocabulary_combo(Logic)
        self.kind_combo = vocabulary_combo(ContributionKind)
        self.commitment_note = QLabel()
        self.commitment_note.setWordWrap(True)

        self.what_edit.textChanged.connect(lambda: self._set("what", self.what_edit.toPlainText()))
        self.funding_edit.textChanged.connect(
            lambda: self._set("funding", self.funding_edit.toPlainText())
        )
        self.path_combo.currentIndexChanged.connect(
            lambda i: self._set("policy_path", self.path_combo.itemData(i))
        )
        self.partner_combo.currentIndexChanged.connect(
            lambda i: self._set("responsible_membership_id", self.partner_combo.itemData(i) or "")
        )
        self.due_edit.value_changed.connect(lambda day: self._set("due_on", day))
        self.logic_combo.currentIndexChanged.connect(
            lambda i: self._set("logic", self.logic_combo.itemData(i))
        )
        self.kind_combo.currentIndexChanged.connect(
            lambda i: self._set("kind", self.kind_combo.itemData(i))
        )
        self.edited.connect(lambda _field: self._show_commitment_note())

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            form, self.tr("Qué &continúa:"), self._field("what", self.what_edit), self.what_edit
        )
        labelled_row(
            form,
            self.tr("Quién lo &financia:"),
            self._field("funding", self.funding_edit),
            self.funding_edit,
        )
        labelled_row(
            form,
            self.tr("&Dónde se inscribe:"),
            self._field("policy_path", self.path_combo),
            self.path_combo,
        )
        labelled_row(
            form,
            self.tr("Socio &responsable:"),
            self._field("responsible_membership_id", self.partner_combo),
            self.partner_combo,
        )
        labelled_row(form, self.tr("Fec&ha:"), self._field("due_on", self.due_edit), self.due_edit)
        kinds = QHBoxLayout()
        kinds.setContentsMargins(0, 0, 0, 0)
        kinds.addWidget(self._field("logic", self.logic_combo), 1)
        kinds.addWidget(buddy_label(self.tr("Tipo de a&porte:"), self.kind_combo))
        kinds.addWidget(self._field("kind", self.kind_combo), 1)
        kinds_box = QWidget()
        kinds_box.setLayout(kinds)
        labelled_row(form, self.tr("&Lógica:"), kinds_box, self.logic_combo)
        form.addRow("", self.commitment_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_item(None)

    def set_item(self, item: SustainabilityEntry | None) -> None:
        self.entry = item
        self._loading = True
        try:
            shown = item or SustainabilityEntry()
            self.what_edit.setPlainText(shown.what)
            self.funding_edit.setPlainText(shown.funding)
            self.path_combo.setCurrentIndex(max(self.path_combo.findData(shown.policy_path), 0))
            self.partner_combo.setCurrentIndex(
                max(self.partner_combo.findData(shown.responsible_membership_id), 0)
            )
            self.due_edit.set_value(shown.due_on)
            self.logic_combo.setCurrentIndex(max(self.logic_combo.findData(shown.logic), 0))
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(shown.kind), 0))
        finally:
            self._loading = False
        self.setEnabled(item is not None)
        self.show_entry_errors("\0", {})
        self._show_commitment_note()

    def _show_commitment_note(self) -> None:
        item = self.entry
        if item is not None and item.becomes_commitment:
            text = self.tr("Con fecha y socio responsable, queda como compromiso de ese socio.")
        else:
            text = self.tr("Con fecha y socio responsable se vuelve un compromiso.")
        self.commitment_note.setText(text)


class SustainabilityPage(ProyeccionPage):
    topic = "sustainability"

    def __init__(self, data, partners: Sequence[ProjectionPartner], parent=None):
        super().__init__(data, parent)
        self.setTitle(self.tr("1. Sostenibilidad"))
        self.setSubTitle(
            self.tr("Lo que continúa después de los recursos iniciales, y quién responde por ello.")
        )
        self.editor = SustainabilityEditor(partners)
        self.list = EntryListBox(
            "sustainability",
            SustainabilityListModel(lambda: self.data.sustainability, partners, self),
            self.editor,
            self.editor.set_item,
            SustainabilityEntry,
            self.tr("&Agregar acción"),
            self.tr("&Quitar"),
            lambda: self.editor.what_edit,
            self,
        )
        self.messages["sustainability"] = self.list.list_message
        self.list.edited.connect(lambda section: self.edited(section))

        # Assemble
        top = QHBoxLayout()
        top.addLayout(self.list.box, 1)
        top.addWidget(self.editor, 1)
        content = QVBoxLayout()
        content.addLayout(top, 1)
        self.assemble_with_guidance(content)

    def load_widgets(self) -> None:
        self.list.load()

    def validate(self) -> Errors:
        return validate_sustainability(self.data)

    def show_errors(self, errors: Errors) -> None:
        super().show_errors(errors)
        self.list.show_errors(errors)
