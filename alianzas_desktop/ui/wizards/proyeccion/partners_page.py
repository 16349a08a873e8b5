"""Page 3: socios — partners moving on, organisations joining (either opens an otrosí of the
agreement), and whether the alliance closes (then a closing meeting and its acta follow)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.fields import SHORT_TEXT_MAX
from alianzas_desktop.domain.projection import (
    Errors,
    JoiningEntry,
    RetirementEntry,
    validate_partners,
)
from alianzas_desktop.domain.vocabulary import Sector
from alianzas_desktop.services.projection import ProjectionPartner
from alianzas_desktop.ui.models.base import vocabulary_label
from alianzas_desktop.ui.widgets.field_error import with_message
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.wizards.entry_form import EntryForm
from alianzas_desktop.ui.wizards.proyeccion.base import EntryListBox, ProyeccionPage
from alianzas_desktop.ui.wizards.proyeccion.models import JoiningListModel, RetirementListModel
from alianzas_desktop.ui.wizards.proyeccion.sustainability_page import partner_combo, text_box

logger = logging.getLogger(__name__)


class RetirementEditor(EntryForm):
    def __init__(self, partners: Sequence[ProjectionPartner], parent: QWidget | None = None):
        super().__init__(parent)
        self.partner_combo = partner_combo(partners, self.tr("(elija el socio)"))
        self.on_edit = self._deadline_edit("on")
        self.reason_edit = text_box(self.tr("¿Por qué se retira?"))

        self.partner_combo.currentIndexChanged.connect(
            lambda i: self._set("membership_id", self.partner_combo.itemData(i) or "")
        )
        self.on_edit.value_changed.connect(lambda day: self._set("on", day))
        self.reason_edit.textChanged.connect(
            lambda: self._set("reason", self.reason_edit.toPlainText())
        )

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)  # rows keep their height; the space left goes below
        labelled_row(
            form,
            self.tr("&Socio:"),
            self._field("membership_id", self.partner_combo),
            self.partner_combo,
        )
        labelled_row(form, self.tr("Desde e&l:"), self._field("on", self.on_edit), self.on_edit)
        labelled_row(
            form, self.tr("&Motivo:"), self._field("reason", self.reason_edit), self.reason_edit
        )
        self.set_item(None)

    def set_item(self, item: RetirementEntry | None) -> None:
        self.entry = item
        self._loading = True
        try:
            shown = item or RetirementEntry()
            self.partner_combo.setCurrentIndex(
                max(self.partner_combo.findData(shown.membership_id), 0)
            )
            self.on_edit.set_value(shown.on)
            self.reason_edit.setPlainText(shown.reason)
        finally:
            self._loading = False
        self.setEnabled(item is not None)
        self.show_entry_errors("\0", {})


class JoiningEditor(EntryForm):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(SHORT_TEXT_MAX * 2)
        self.sector_combo = QComboBox()
        self.sector_combo.addItem(self.tr("(elija el sector)"), "")
        for sector in Sector:
            self.sector_combo.addItem(vocabulary_label(sector), sector.value)
        self.contribution_edit = text_box(self.tr("¿Qué aporta a la alianza?"))

        self.name_edit.textChanged.connect(lambda text: self._set("name", text))
        self.sector_combo.currentIndexChanged.connect(
            lambda i: self._set("sector", self.sector_combo.itemData(i) or "")
        )
        self.contribution_edit.textChanged.connect(
            lambda: self._set("contribution", self.contribution_edit.toPlainText())
        )

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)  # rows keep their height; the space left goes below
        labelled_row(
            form, self.tr("&Organización:"), self._field("name", self.name_edit), self.name_edit
        )
        labelled_row(
            form, self.tr("S&ector:"), self._field("sector", self.sector_combo), self.sector_combo
        )
        labelled_row(
            form,
            self.tr("Qué a&porta:"),
            self._field("contribution", self.contribution_edit),
            self.contribution_edit,
        )
        self.set_item(None)

    def set_item(self, item: JoiningEntry | None) -> None:
        self.entry = item
        self._loading = True
        try:
            shown = item or JoiningEntry()
            self.name_edit.setText(shown.name)
            self.sector_combo.setCurrentIndex(max(self.sector_combo.findData(shown.sector), 0))
            self.contribution_edit.setPlainText(shown.contribution)
        finally:
            self._loading = False
        self.setEnabled(item is not None)
        self.show_entry_errors("\0", {})


class PartnersPage(ProyeccionPage):
    topic = "partners"

    def __init__(
        self,
        data,
        partners: Sequence[ProjectionPartner],
        start: date | None = None,
        parent=None,
    ):
        super().__init__(data, parent)
        self._start = start
        self.setTitle(self.tr("3. Socios"))
        self.setSubTitle(
            self.tr(
                "Socios que siguen su camino u organizaciones que se unen: el acuerdo tendrá "
                "un otrosí. Y, si la alianza se cierra, una sesión de cierre con su acta."
            )
        )
        self.retire_editor = RetirementEditor(partners)
        self.retirements = EntryListBox(
            "retirements",
            RetirementListModel(lambda: self.data.retirements, partners, self),
            self.retire_editor,
            self.retire_editor.set_item,
            RetirementEntry,
            self.tr("Socio que se &retira"),
            self.tr("&Quitar de la lista"),
            lambda: self.retire_editor.partner_combo,
            self,
        )
        self.join_editor = JoiningEditor()
        self.joinings = EntryListBox(
            "joinings",
            JoiningListModel(lambda: self.data.joinings, self),
            self.join_editor,
            self.join_editor.set_item,
            JoiningEntry,
            self.tr("Organización que se &une"),
            self.tr("Quitar &de la lista"),
            lambda: self.join_editor.name_edit,
            self,
        )
        self.messages["retirements"] = self.retirements.list_message
        self.messages["joinings"] = self.joinings.list_message
        self.closes_check = QCheckBox(
            self.tr("La alianza se &cierra: convocar una sesión de cierre con su acta")
        )
        self.closing_edit = text_box(self.tr("¿Por qué se cierra? ¿Qué queda?"))
        self.closing_message = self.message_for("closing_reason")
        self.otrosi_note = QLabel()
        self.otrosi_note.setWordWrap(True)

        for box in (self.retirements, self.joinings):
            box.edited.connect(self._lists_edited)
        self.closes_check.toggled.connect(self._closes_toggled)
        self.closing_edit.textChanged.connect(
            lambda: self.set_value("closing_reason", self.closing_edit.toPlainText())
        )

        # Assemble
        leaving = QGroupBox(self.tr("Socios que se retiran"))
        row = QHBoxLayout(leaving)
        row.addLayout(self.retirements.box, 1)
        row.addWidget(self.retire_editor, 1)
        joining = QGroupBox(self.tr("Organizaciones que se unen"))
        row = QHBoxLayout(joining)
        row.addLayout(self.joinings.box, 1)
        row.addWidget(self.join_editor, 1)
        closing = QVBoxLayout()
        closing.addWidget(self.closes_check)
        reason = QLabel(self.tr("Moti&vo del cierre:"))
        reason.setBuddy(self.closing_edit)
        reason.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        closing.addWidget(reason)
        closing.addWidget(with_message(self.closing_edit, self.closing_message))
        content = QVBoxLayout()
        content.addWidget(leaving, 1)
        content.addWidget(joining, 1)
        content.addWidget(self.otrosi_note)
        content.addLayout(closing)
        self.assemble_with_guidance(content)

    def load_widgets(self) -> None:
        self.retirements.load()
        self.joinings.load()
        self.closes_check.setChecked(self.data.closes)
        self.closing_edit.setPlainText(self.data.closing_reason)
        self.closing_edit.setEnabled(self.data.closes)
        self._show_otrosi_note()

    def _lists_edited(self, section: str) -> None:
        self._show_otrosi_note()
        self.edited(section)

    def _closes_toggled(self, on: bool) -> None:
        self.closing_edit.setEnabled(on)
        self.set_value("closes", on)

    def _show_otrosi_note(self) -> None:
        if self.data.retirements or self.data.joinings:
            text = self.tr(
                "Al guardar se abre un otrosí del acuerdo de compromisos con estos cambios, "
                "para firmarlo con los socios."
            )
        else:
            text = ""
        self.otrosi_note.setText(text)

    def validate(self) -> Errors:
        return validate_partners(self.data, self._start)

    def show_errors(self, errors: Errors) -> None:
        super().show_errors(errors)
        self.retirements.show_errors(errors)
        self.joinings.show_errors(errors)
