"""Page 2: réplica o escalamiento — where the experience could be repeated or grown, with
whom, and what must be adapted to the new place."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from alianzas_desktop.domain.fields import SHORT_TEXT_MAX
from alianzas_desktop.domain.projection import Errors, ReplicationEntry, validate_replications
from alianzas_desktop.domain.vocabulary import ReplicationKind
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.wizards.entry_form import EntryForm, vocabulary_combo
from alianzas_desktop.ui.wizards.proyeccion.base import EntryListBox, ProyeccionPage
from alianzas_desktop.ui.wizards.proyeccion.models import ReplicationListModel
from alianzas_desktop.ui.wizards.proyeccion.sustainability_page import text_box

logger = logging.getLogger(__name__)


class ReplicationEditor(EntryForm):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind_combo = vocabulary_combo(ReplicationKind)
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(SHORT_TEXT_MAX * 2)  # over the limit is said, not cut
        self.place_edit.setPlaceholderText(self.tr("Municipio, vereda, región…"))
        self.whom_edit = text_box(self.tr("Organizaciones, alcaldías, comunidades…"))
        self.adapt_edit = text_box(self.tr("¿Qué cambia en el nuevo lugar?"), 80)

        self.kind_combo.currentIndexChanged.connect(
            lambda i: self._set("kind", self.kind_combo.itemData(i))
        )
        self.place_edit.textChanged.connect(lambda text: self._set("place", text))
        self.whom_edit.textChanged.connect(
            lambda: self._set("with_whom", self.whom_edit.toPlainText())
        )
        self.adapt_edit.textChanged.connect(
            lambda: self._set("adaptations", self.adapt_edit.toPlainText())
        )

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            form, self.tr("&Dónde:"), self._field("place", self.place_edit), self.place_edit
        )
        labelled_row(form, self.tr("Ti&po:"), self._field("kind", self.kind_combo), self.kind_combo)
        labelled_row(
            form, self.tr("&Con quién:"), self._field("with_whom", self.whom_edit), self.whom_edit
        )
        labelled_row(
            form,
            self.tr("Qué s&e debe adaptar:"),
            self._field("adaptations", self.adapt_edit),
            self.adapt_edit,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_item(None)

    def set_item(self, item: ReplicationEntry | None) -> None:
        self.entry = item
        self._loading = True
        try:
            shown = item or ReplicationEntry()
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(shown.kind), 0))
            self.place_edit.setText(shown.place)
            self.whom_edit.setPlainText(shown.with_whom)
            self.adapt_edit.setPlainText(shown.adaptations)
        finally:
            self._loading = False
        self.setEnabled(item is not None)
        self.show_entry_errors("\0", {})


class ReplicationPage(ProyeccionPage):
    topic = "replication"

    def __init__(self, data, parent=None):
        super().__init__(data, parent)
        self.setTitle(self.tr("2. Réplica o escalamiento"))
        self.setSubTitle(
            self.tr("Dónde podría repetirse o crecer la experiencia (puede quedar vacío).")
        )
        self.editor = ReplicationEditor()
        self.list = EntryListBox(
            "replications",
            ReplicationListModel(lambda: self.data.replications, self),
            self.editor,
            self.editor.set_item,
            ReplicationEntry,
            self.tr("&Agregar lugar"),
            self.tr("&Quitar"),
            lambda: self.editor.place_edit,
            self,
        )
        self.messages["replications"] = self.list.list_message
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
        return validate_replications(self.data)

    def show_errors(self, errors: Errors) -> None:
        super().show_errors(errors)
        self.list.show_errors(errors)
