"""Page 3: roles — the coordination body's members, their roles, and who speaks for the
alliance."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.fields import SHORT_TEXT_MAX
from alianzas_desktop.domain.vocabulary import CoordinationRole
from alianzas_desktop.domain.workplan import Errors, RoleEntry, validate_roles
from alianzas_desktop.services.workplan import PlanPartner
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.wizards.entry_form import EntryForm, vocabulary_combo
from alianzas_desktop.ui.wizards.puesta_en_marcha.activity_editor import (
    fill_partner_combo,
    fill_person_combo,
)
from alianzas_desktop.ui.wizards.puesta_en_marcha.base import ListPage
from alianzas_desktop.ui.wizards.puesta_en_marcha.models import RoleListModel

logger = logging.getLogger(__name__)


class RoleEditor(EntryForm):
    def __init__(self, partners: Sequence[PlanPartner], parent: QWidget | None = None):
        super().__init__(parent)
        self._partners = list(partners)
        self.role_combo = vocabulary_combo(CoordinationRole)
        self.partner_combo = QComboBox()
        fill_partner_combo(self.partner_combo, partners, self.tr("(elija el socio)"))
        self.person_combo = QComboBox()
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(SHORT_TEXT_MAX * 2)
        self.note_edit.setPlaceholderText(self.tr("Obligatorio si el rol es «Otro»"))
        self.spokesperson_check = QCheckBox(self.tr("Habla en nombre de la alianza (&vocería)"))

        self.role_combo.currentIndexChanged.connect(
            lambda i: self._set("role", self.role_combo.itemData(i))
        )
        self.partner_combo.currentIndexChanged.connect(self._partner_changed)
        self.person_combo.currentIndexChanged.connect(
            lambda i: self._set("person_id", self.person_combo.itemData(i) or "")
        )
        self.note_edit.textChanged.connect(lambda text: self._set("role_note", text))
        self.spokesperson_check.toggled.connect(lambda on: self._set("is_spokesperson", on))

        # Assemble
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(form, self.tr("&Rol:"), self._field("role", self.role_combo), self.role_combo)
        labelled_row(
            form,
            self.tr("&Socio:"),
            self._field("membership_id", self.partner_combo),
            self.partner_combo,
        )
        labelled_row(
            form,
            self.tr("&Persona:"),
            self._field("person_id", self.person_combo),
            self.person_combo,
        )
        labelled_row(
            form,
            self.tr("&Detalle del rol:"),
            self._field("role_note", self.note_edit),
            self.note_edit,
        )
        form.addRow("", self.spokesperson_check)
        self.set_role(None)

    def set_role(self, item: RoleEntry | None) -> None:
        self.entry = item
        self._loading = True
        try:
            shown = item or RoleEntry()
            self.role_combo.setCurrentIndex(max(self.role_combo.findData(shown.role), 0))
            self.partner_combo.setCurrentIndex(
                max(self.partner_combo.findData(shown.membership_id), 0)
            )
            self._fill_people(shown.membership_id)
            self.person_combo.setCurrentIndex(max(self.person_combo.findData(shown.person_id), 0))
            self.note_edit.setText(shown.role_note)
            self.spokesperson_check.setChecked(shown.is_spokesperson)
        finally:
            self._loading = False
        self.setEnabled(item is not None)
        self.show_entry_errors("\0", {})

    def _fill_people(self, membership_id: str) -> None:
        fill_person_combo(
            self.person_combo, self._partners, membership_id, self.tr("(sin persona)")
        )

    def _partner_changed(self, index: int) -> None:
        membership_id = self.partner_combo.itemData(index) or ""
        if self._loading or self.entry is None:
            return
        self._loading = True
        self._fill_people(membership_id)
        self._loading = False
        self.entry.person_id = ""
        self._set("membership_id", membership_id)


class RolesPage(ListPage):
    topic = "roles"
    SECTION = "roles"

    def __init__(self, data, partners: Sequence[PlanPartner], parent=None):
        super().__init__(data, parent)
        self.setTitle(self.tr("3. Roles"))
        self.setSubTitle(
            self.tr("Quiénes forman la instancia de coordinación y quién habla por la alianza.")
        )
        editor = RoleEditor(partners)
        self._build_list(
            RoleListModel(lambda: self.data.roles, partners, self),
            editor,
            self.tr("&Agregar miembro"),
            lambda: editor.role_combo,
        )
        self.spokesperson_message = self.message_for("spokesperson")
        self.editor.edited.connect(self._spokesperson_edited)

        # Assemble
        top = QHBoxLayout()
        top.addLayout(self.list_box, 1)
        right = QVBoxLayout()
        right.addWidget(self.editor)
        right.addWidget(self.spokesperson_message)
        right.addStretch(1)
        top.addLayout(right, 1)
        content = QVBoxLayout()
        content.addLayout(top, 1)
        self.assemble_with_guidance(content)

    def _spokesperson_edited(self, field: str) -> None:
        """Only one voice: ticking one member unticks the others."""
        entry = self.editor.entry
        if field != "is_spokesperson" or entry is None:
            return
        if entry.is_spokesperson:
            for other in self.data.roles:
                if other is not entry and other.is_spokesperson:
                    other.is_spokesperson = False
            self.model.refresh_all()
        self.spokesperson_message.clear_message()

    def new_entry(self) -> RoleEntry:
        return RoleEntry(is_spokesperson=not self.data.roles)

    def set_entry(self, entry) -> None:
        self.editor.set_role(entry)

    def validate(self) -> Errors:
        return validate_roles(self.data)
