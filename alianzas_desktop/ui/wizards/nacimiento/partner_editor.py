"""The form at the right of page 2: one possible partner and its representative."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.nacimiento import Errors, PartnerDraft
from alianzas_desktop.domain.vocabulary import Influence, Sector
from alianzas_desktop.services.alliances import OrganizationSuggestion, all_organizations
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import workers
from alianzas_desktop.ui.models.base import vocabulary_label
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.widgets.sizing import lines_tall

logger = logging.getLogger(__name__)

CONTACT_FIELDS = ("document_number", "phone", "email")


class PartnerEditor(QWidget):
    """Edits the PartnerDraft it is given in place; says which field changed."""

    edited = Signal(str)  # the changed field, e.g. "sector" or "representative.email"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.partner: PartnerDraft | None = None
        self.messages: dict[str, FieldMessage] = {}
        self._loading = False
        self._suggestions: dict[str, OrganizationSuggestion] = {}

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Escriba el nombre; se sugieren las conocidas"))
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_edit.setCompleter(self.completer)
        self.sector_combo = QComboBox()
        self.sector_combo.setPlaceholderText(self.tr("Elija el sector…"))
        for sector in Sector:
            self.sector_combo.addItem(vocabulary_label(sector), sector.value)
        self.identifier_edit = QLineEdit()
        self.identifier_edit.setPlaceholderText(self.tr("NIT u otro identificador"))
        self.rep_name_edit = QLineEdit()
        self.rep_cargo_edit = QLineEdit()
        self.consent_check = QCheckBox(
            self.tr("A&utoriza el tratamiento de sus datos personales (Ley 1581 de 2012)")
        )
        self.consent_date_edit = DateField()
        self.consent_date_edit.set_range(maximum=date.today())
        self.consent_date_edit.set_message(self.message("representative.consent"))
        self.document_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("nombre@ejemplo.org"))
        self.interests_edit = QPlainTextEdit()
        self.interests_edit.setPlaceholderText(self.tr("¿Qué le interesa de la alianza?"))
        self.contribution_edit = QPlainTextEdit()
        self.contribution_edit.setPlaceholderText(self.tr("¿Qué podría aportar?"))
        for edit in (self.interests_edit, self.contribution_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(lines_tall(edit, 3.3))
        self.influence_combo = QComboBox()
        for level in Influence:
            self.influence_combo.addItem(vocabulary_label(level), level.value)

        self.name_edit.textChanged.connect(self._name_changed)
        self.completer.activated.connect(self.pick_organization)
        self.sector_combo.currentIndexChanged.connect(
            lambda i: self._set("sector", self.sector_combo.itemData(i) if i >= 0 else "")
        )
        self.identifier_edit.textChanged.connect(lambda t: self._set("identifier", t))
        self.rep_name_edit.textChanged.connect(lambda t: self._set_rep("name", t))
        self.rep_cargo_edit.textChanged.connect(lambda t: self._set_rep("cargo", t))
        self.consent_check.toggled.connect(self._consent_toggled)
        self.consent_date_edit.value_changed.connect(lambda d: self._set_rep("consent_date", d))
        self.document_edit.textChanged.connect(lambda t: self._set_rep("document_number", t))
        self.phone_edit.textChanged.connect(lambda t: self._set_rep("phone", t))
        self.email_edit.textChanged.connect(lambda t: self._set_rep("email", t))
        self.interests_edit.textChanged.connect(
            lambda: self._set("interests", self.interests_edit.toPlainText())
        )
        self.contribution_edit.textChanged.connect(
            lambda: self._set("contribution", self.contribution_edit.toPlainText())
        )
        self.influence_combo.currentIndexChanged.connect(
            lambda i: self._set("influence", self.influence_combo.itemData(i))
        )

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, key, widget in (
            (self.tr("&Organización:"), "name", self.name_edit),
            (self.tr("Secto&r:"), "sector", self.sector_combo),
            (self.tr("&NIT:"), "identifier", self.identifier_edit),
            (self.tr("&Intereses:"), "interests", self.interests_edit),
            (self.tr("&Podría aportar:"), "contribution", self.contribution_edit),
            (self.tr("In&fluencia:"), "influence", self.influence_combo),
        ):
            labelled_row(form, text, self._field(key, widget), widget)

        rep_form = QFormLayout()
        rep_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, key, widget in (
            (self.tr("Nom&bre:"), "name", self.rep_name_edit),
            (self.tr("&Cargo:"), "cargo", self.rep_cargo_edit),
        ):
            labelled_row(rep_form, text, self._field(f"representative.{key}", widget), widget)
        rep_form.addRow(self.consent_check)
        consent_date_row = QHBoxLayout()
        consent_date_row.addWidget(self.consent_date_edit)
        consent_date_row.addStretch(1)
        labelled_row(
            rep_form, self.tr("Fecha de autori&zación:"), consent_date_row, self.consent_date_edit
        )
        rep_form.addRow(self.message("representative.consent"))
        for text, key, widget in (
            (self.tr("&Documento:"), "document_number", self.document_edit),
            (self.tr("Te&léfono:"), "phone", self.phone_edit),
            (self.tr("Corr&eo:"), "email", self.email_edit),
        ):
            labelled_row(rep_form, text, self._field(f"representative.{key}", widget), widget)
        rep_box = QGroupBox(self.tr("Representante"))
        rep_box.setLayout(rep_form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(rep_box)
        layout.addStretch(1)
        # Tab goes down the form as it reads, the organisation first, then its representative.
        chain = (*self.organization_fields(), *self.representative_fields())
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.set_partner(None)

    def organization_fields(self) -> tuple[QWidget, ...]:
        """The organisation's fields, top to bottom."""
        return (
            self.name_edit,
            self.sector_combo,
            self.identifier_edit,
            self.interests_edit,
            self.contribution_edit,
            self.influence_combo,
        )

    def representative_fields(self) -> tuple[QWidget, ...]:
        """The representative's fields, top to bottom."""
        return (
            self.rep_name_edit,
            self.rep_cargo_edit,
            self.consent_check,
            self.consent_date_edit,
            self.document_edit,
            self.phone_edit,
            self.email_edit,
        )

    def message(self, key: str) -> FieldMessage:
        if key not in self.messages:
            self.messages[key] = FieldMessage()
        return self.messages[key]

    def _field(self, key: str, widget: QWidget) -> QWidget:
        return with_message(widget, self.message(key))

    # -- showing a partner --------------------------------------------------------

    def load_suggestions(self, db: Database) -> None:
        """The known organisations for the name's suggestions, read behind the window once
        it is idle (an office knows 40,000); a failure is only logged by the worker, and
        the editor never waits for them."""
        workers.start(
            lambda: all_organizations(db),
            on_finished=self.set_suggestions,
            name="organizaciones conocidas",
            cursor=False,
        )

    def set_suggestions(self, suggestions: list[OrganizationSuggestion]) -> None:
        self._suggestions = {s.name: s for s in suggestions}
        self._names.setStringList(sorted(self._suggestions, key=str.casefold))

    def set_partner(self, partner: PartnerDraft | None) -> None:
        self.partner = partner
        self._loading = True
        try:
            empty = PartnerDraft() if partner is None else partner
            rep = empty.representative
            self.name_edit.setText(empty.name)
            self.sector_combo.setCurrentIndex(self.sector_combo.findData(empty.sector))
            self.identifier_edit.setText(empty.identifier)
            self.rep_name_edit.setText(rep.name)
            self.rep_cargo_edit.setText(rep.cargo)
            self.consent_check.setChecked(rep.consent)
            self.consent_date_edit.set_value(rep.consent_date or date.today())
            self.document_edit.setText(rep.document_number)
            self.phone_edit.setText(rep.phone)
            self.email_edit.setText(rep.email)
            self.interests_edit.setPlainText(empty.interests)
            self.contribution_edit.setPlainText(empty.contribution)
            self.influence_combo.setCurrentIndex(self.influence_combo.findData(empty.influence))
            self._update_contact_enabled()
        finally:
            self._loading = False
        self.setEnabled(partner is not None)
        self.show_errors({})

    def show_errors(self, errors: Errors) -> None:
        """Show the messages of this partner ("partners.<key>.<field>")."""
        prefix = f"partners.{self.partner.key}." if self.partner else "\0"
        for key, message in self.messages.items():
            message.show_message(errors.get(prefix + key, ""))

    # -- edits ----------------------------------------------------------------------

    def _set(self, attr: str, value) -> None:
        if self._loading or self.partner is None:
            return
        setattr(self.partner, attr, value)
        self.message(attr).clear_message()
        self.edited.emit(attr)

    def _set_rep(self, attr: str, value) -> None:
        if self._loading or self.partner is None:
            return
        setattr(self.partner.representative, attr, value)
        self.message(f"representative.{attr}").clear_message()
        self.edited.emit(f"representative.{attr}")

    def _name_changed(self, text: str) -> None:
        if self._loading or self.partner is None:
            return
        chosen = self._suggestions.get(text)
        self.partner.organization_id = chosen.id if chosen else None
        self._set("name", text)

    def pick_organization(self, name: str) -> None:
        """A known organisation was chosen: bring its sector and NIT along."""
        chosen = self._suggestions.get(name)
        if chosen is None or self.partner is None:
            return
        if self.name_edit.text() != name:
            self.name_edit.setText(name)
        self.partner.organization_id = chosen.id
        self.sector_combo.setCurrentIndex(self.sector_combo.findData(chosen.sector))
        if chosen.identifier:
            self.identifier_edit.setText(chosen.identifier)

    def _consent_toggled(self, checked: bool) -> None:
        if not self._loading and self.partner is not None and not checked:
            # Without authorisation the contact data must not be kept (Ley 1581 de 2012).
            for edit in (self.document_edit, self.phone_edit, self.email_edit):
                edit.clear()
        self._update_contact_enabled()
        if not self._loading and self.partner is not None and checked:
            self.partner.representative.consent_date = (
                self.consent_date_edit.value() or date.today()
            )
        self._set_rep("consent", checked)

    def _update_contact_enabled(self) -> None:
        consent = self.consent_check.isChecked()
        self.consent_date_edit.setEnabled(consent)
        tip = "" if consent else self.tr("Marque primero la autorización de datos personales.")
        for edit in (self.document_edit, self.phone_edit, self.email_edit):
            edit.setEnabled(consent)
            edit.setToolTip(tip)
