"""Page 2: identify the possible partners: list at the left, editor at the right."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
)

from alianzas_desktop.domain.nacimiento import (
    Errors,
    PartnerDraft,
    clean_text,
    missing_sectors,
    validate_partners,
)
from alianzas_desktop.domain.vocabulary import Sector
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.models.roles import ID_ROLE
from alianzas_desktop.ui.widgets.field_error import WARNING, FieldMessage, hint_label
from alianzas_desktop.ui.widgets.keyboard import buddy_label, tab_leaves
from alianzas_desktop.ui.wizards.nacimiento.base import NacimientoPage
from alianzas_desktop.ui.wizards.nacimiento.partner_editor import PartnerEditor
from alianzas_desktop.ui.wizards.nacimiento.partners_model import (
    PartnerDraftModel,
)
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


class PartnersPage(NacimientoPage):
    topic = "partners"

    def __init__(self, data, db: Database, parent=None):
        super().__init__(data, parent)
        self._db = db
        self._errors: Errors = {}
        self.setTitle(self.tr("2. Identificación de socios"))
        self.setSubTitle(
            self.tr("Las organizaciones que podrían ser socias: qué les interesa y qué aportarían.")
        )

        self.model = PartnerDraftModel(data, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = tab_leaves(QTableView())
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.add_button = QPushButton(self.tr("&Agregar socio"))
        self.remove_button = QPushButton(self.tr("&Quitar"))
        self.list_message = self.message_for("partners")
        self.sector_warning = FieldMessage(WARNING)
        self.empty_hint = hint_label(
            self.tr("Pulse «Agregar socio» para anotar la primera organización.")
        )
        self.editor = PartnerEditor()
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Only scrolls: the fields inside take the focus, the area itself is no Tab stop.
        self.editor_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.add_button.clicked.connect(self.add_partner)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.editor.edited.connect(self._partner_edited)

        # Assemble
        self.editor_scroll.setWidget(self.editor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(buddy_label(self.tr("Posibles &socios:"), self.table))
        left.addWidget(self.sector_warning)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        left.addWidget(self.empty_hint)
        left.addWidget(self.list_message)
        content = QHBoxLayout()
        content.addLayout(left, 3)
        content.addWidget(self.editor_scroll, 5)
        self.assemble_with_guidance(content)

    # -- life cycle ---------------------------------------------------------------

    def load_widgets(self) -> None:
        self.model.reset()
        if self.data.partners:
            self.select_row(0)
        else:
            self.editor.set_partner(None)
        self._refresh_hints()

    def initializePage(self) -> None:
        self.editor.load_suggestions(self._db)

    # -- list editing ----------------------------------------------------------------

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def add_partner(self) -> None:
        row = self.model.append(PartnerDraft())
        self.select_row(row)
        self.editor.name_edit.setFocus()
        self._refresh_hints()
        self.edited("partners")

    def remove_selected(self) -> None:
        row = self.current_row()
        partner = self.model.partner_at(row)
        if partner is None:
            return
        own = self.data.commitments_of(partner.key)
        if own and not self._confirm_remove(partner, len(own)):
            return
        self.model.remove(row)
        self.data.commitments = [c for c in self.data.commitments if c.partner_key != partner.key]
        if self.data.partners:
            self.select_row(min(row, len(self.data.partners) - 1))
        else:
            self.editor.set_partner(None)
        self._refresh_hints()
        self.edited("partners")

    def _confirm_remove(self, partner: PartnerDraft, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Quitar socio"),
            self.tr("«{0}» tiene {1} compromisos. ¿Quitar el socio y sus compromisos?").format(
                clean_text(partner.name), count
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _current_changed(self, current, _previous) -> None:
        key = current.data(ID_ROLE) if current.isValid() else None
        self.editor.set_partner(self.data.partner(key) if key else None)
        self.editor.show_errors(self._errors)

    def _partner_edited(self, field: str) -> None:
        if self.editor.partner is not None:
            self._errors.pop(f"partners.{self.editor.partner.key}.{field}", None)
        self.model.refresh_row(self.current_row())
        if field == "sector":
            self._refresh_hints()
        self.edited()

    def _refresh_hints(self) -> None:
        self.empty_hint.setVisible(not self.data.partners)
        self.remove_button.setEnabled(bool(self.data.partners))
        self.sector_warning.show_message(self.sector_warning_text())

    def sector_warning_text(self) -> str:
        phrases = {
            Sector.PUBLIC: self.tr("Falta un socio del sector público."),
            Sector.PRIVATE: self.tr("Falta un socio del sector privado."),
            Sector.CIVIL_SOCIETY: self.tr("Falta un socio de la sociedad civil."),
        }
        return "\n".join(phrases[s] for s in missing_sectors(self.data.partners))

    # -- checking ------------------------------------------------------------------

    def validate(self) -> Errors:
        return validate_partners(self.data)

    def show_errors(self, errors: Errors) -> None:
        self._errors = {k: v for k, v in errors.items() if k.startswith("partners")}
        bad_keys = [p.key for p in self.data.partners if f"partners.{p.key}." in _prefixes(errors)]
        lines = [worded(errors["partners"])] if "partners" in errors else []
        if bad_keys:
            names = ", ".join(
                "«{}»".format(clean_text(self.data.partner(k).name) or self.tr("(sin nombre)"))
                for k in bad_keys
            )
            lines.append(self.tr("Revise los datos de: {0}.").format(names))
            current = self.editor.partner.key if self.editor.partner else None
            if current not in bad_keys:
                self.select_row(self.model.row_of(bad_keys[0]))
        self.list_message.show_message("\n".join(lines))
        self.editor.show_errors(self._errors)


def _prefixes(errors: Errors) -> set[str]:
    return {".".join(k.split(".", 2)[:2]) + "." for k in errors if k.startswith("partners.")}
