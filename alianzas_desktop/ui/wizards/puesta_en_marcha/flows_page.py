"""Page 2: intercambio de información — by which channel, how often, who informs whom and
where the records are kept."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.fields import SHORT_TEXT_MAX
from alianzas_desktop.domain.vocabulary import InformationChannel
from alianzas_desktop.domain.workplan import Errors, FlowEntry, validate_flows
from alianzas_desktop.services.workplan import PlanPartner
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.wizards.entry_form import EntryForm, vocabulary_combo
from alianzas_desktop.ui.wizards.puesta_en_marcha.base import ListPage
from alianzas_desktop.ui.wizards.puesta_en_marcha.models import FlowListModel

logger = logging.getLogger(__name__)


def _who_combo(partners: Sequence[PlanPartner], extra: Sequence[str]) -> QComboBox:
    """A combo to type anyone, offering the partners and the usual groups."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("")
    for text in (*extra, *(p.organization for p in partners if not p.retired)):
        combo.addItem(text)
    combo.lineEdit().setMaxLength(SHORT_TEXT_MAX * 2)
    return combo


class FlowEditor(EntryForm):
    def __init__(self, partners: Sequence[PlanPartner], parent: QWidget | None = None):
        super().__init__(parent)
        groups = (self.tr("Todos los socios"), self.tr("Comité de la alianza"))
        self.channel_combo = vocabulary_combo(InformationChannel)
        self.frequency_edit = QLineEdit()
        self.frequency_edit.setPlaceholderText(self.tr("Semanal, mensual, tras cada sesión…"))
        self.frequency_edit.setMaxLength(SHORT_TEXT_MAX * 2)
        self.informs_combo = _who_combo(partners, groups)
        self.informed_combo = _who_combo(partners, groups)
        self.records_edit = QLineEdit()
        self.records_edit.setPlaceholderText(self.tr("Libro de actas, carpeta compartida…"))
        self.records_edit.setMaxLength(SHORT_TEXT_MAX * 2)

        self.channel_combo.currentIndexChanged.connect(
            lambda i: self._set("channel", self.channel_combo.itemData(i))
        )
        self.frequency_edit.textChanged.connect(lambda text: self._set("frequency", text))
        self.informs_combo.editTextChanged.connect(lambda text: self._set("informs", text))
        self.informed_combo.editTextChanged.connect(lambda text: self._set("informed", text))
        self.records_edit.textChanged.connect(lambda text: self._set("records_kept_at", text))

        # Assemble
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            form, self.tr("&Canal:"), self._field("channel", self.channel_combo), self.channel_combo
        )
        labelled_row(
            form,
            self.tr("&Frecuencia:"),
            self._field("frequency", self.frequency_edit),
            self.frequency_edit,
        )
        labelled_row(
            form,
            self.tr("Quién &informa:"),
            self._field("informs", self.informs_combo),
            self.informs_combo,
        )
        labelled_row(
            form,
            self.tr("&Destinatarios:"),
            self._field("informed", self.informed_combo),
            self.informed_combo,
        )
        labelled_row(
            form,
            self.tr("Dónde quedan los regi&stros:"),
            self._field("records_kept_at", self.records_edit),
            self.records_edit,
        )
        self.set_flow(None)

    def set_flow(self, item: FlowEntry | None) -> None:
        self.entry = item
        self._loading = True
        try:
            shown = item or FlowEntry()
            self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(shown.channel), 0))
            self.frequency_edit.setText(shown.frequency)
            self.informs_combo.setEditText(shown.informs)
            self.informed_combo.setEditText(shown.informed)
            self.records_edit.setText(shown.records_kept_at)
        finally:
            self._loading = False
        self.setEnabled(item is not None)
        self.show_entry_errors("\0", {})


class FlowsPage(ListPage):
    topic = "flows"
    SECTION = "flows"

    def __init__(self, data, partners: Sequence[PlanPartner], parent=None):
        super().__init__(data, parent)
        self.setTitle(self.tr("2. Intercambio de información"))
        self.setSubTitle(self.tr("Cómo se mantienen informados los socios entre sesiones."))
        editor = FlowEditor(partners)
        self._build_list(
            FlowListModel(lambda: self.data.flows, self),
            editor,
            self.tr("&Agregar canal"),
            lambda: editor.channel_combo,
        )

        # Assemble
        top = QHBoxLayout()
        top.addLayout(self.list_box, 1)
        top.addWidget(self.editor, 1)
        content = QVBoxLayout()
        content.addLayout(top, 1)
        self.assemble_with_guidance(content)

    def new_entry(self) -> FlowEntry:
        return FlowEntry()

    def set_entry(self, entry) -> None:
        self.editor.set_flow(entry)

    def validate(self) -> Errors:
        return validate_flows(self.data)
