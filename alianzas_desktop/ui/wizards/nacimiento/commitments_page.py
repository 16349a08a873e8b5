"""Page 4: what each partner commits to, and how the contributions are shared."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from alianzas_desktop.domain.nacimiento import (
    CommitmentDraft,
    Errors,
    clean_text,
    inactive_partners,
    validate_commitments,
)
from alianzas_desktop.ui.models.roles import ID_ROLE
from alianzas_desktop.ui.widgets.field_error import WARNING, FieldMessage
from alianzas_desktop.ui.widgets.keyboard import buddy_label, display_only, tab_leaves
from alianzas_desktop.ui.wizards.nacimiento.base import NacimientoPage
from alianzas_desktop.ui.wizards.nacimiento.commitment_editor import CommitmentEditor
from alianzas_desktop.ui.wizards.nacimiento.commitments_model import (
    CommitmentTableModel,
    PartnerCommitmentsProxy,
    SharesTableModel,
)

logger = logging.getLogger(__name__)


class CommitmentsPage(NacimientoPage):
    topic = "commitments"

    def __init__(self, data, parent=None):
        super().__init__(data, parent)
        self._errors: Errors = {}
        self.setTitle(self.tr("4. Compromisos"))
        self.setSubTitle(self.tr("Qué pone cada socio, para cuándo y con qué lógica."))

        self.partner_combo = QComboBox()
        self.model = CommitmentTableModel(data, self)
        self.proxy = PartnerCommitmentsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = tab_leaves(QTableView())
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Kind and logic are in the editor beside; the list keeps what, how much, when.
        self.table.hideColumn(CommitmentTableModel.COL_KIND)
        self.table.hideColumn(CommitmentTableModel.COL_LOGIC)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Agregar compromiso"))
        self.remove_button = QPushButton(self.tr("&Quitar"))
        self.editor = CommitmentEditor()
        self.list_message = self.message_for("commitments")
        self.inactive_warning = FieldMessage(WARNING)
        self.shares = SharesTableModel(data, self)
        self.shares_table = display_only(QTableView())
        self.shares_table.setModel(self.shares)
        self.shares_table.verticalHeader().hide()
        self.shares_table.setMinimumHeight(130)
        shares_header = self.shares_table.horizontalHeader()
        shares_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        shares_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.partner_combo.currentIndexChanged.connect(self._partner_chosen)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_commitment)
        self.remove_button.clicked.connect(self.remove_selected)
        self.editor.edited.connect(self._commitment_edited)

        # Assemble
        partner_row = QHBoxLayout()
        partner_row.addWidget(buddy_label(self.tr("&Socio:"), self.partner_combo))
        partner_row.addWidget(self.partner_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(partner_row)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.editor, 1)
        shares_box = QGroupBox(self.tr("Reparto de los aportes"))
        shares_layout = QVBoxLayout(shares_box)
        shares_layout.addWidget(self.shares_table)
        content = QVBoxLayout()
        content.addLayout(top, 3)
        content.addWidget(self.list_message)
        content.addWidget(self.inactive_warning)
        content.addWidget(shares_box, 1)
        self.assemble_with_guidance(content)

    # -- life cycle -----------------------------------------------------------------

    def load_widgets(self) -> None:
        self.model.reset()
        self._fill_partners()

    def initializePage(self) -> None:
        """Partners may have changed on page 2: rebuild the choices and the shares."""
        # Deadlines come after the start and after today: the calendar opens there.
        today = date.today()
        self.editor.calendar_month = max(self.data.start_date or today, today)
        with self.loading():
            self.model.reset()
            self._fill_partners()
        self._refresh_summary()

    def _fill_partners(self) -> None:
        current = self.partner_combo.currentData()
        self.partner_combo.blockSignals(True)
        self.partner_combo.clear()
        for partner in self.data.partners:
            self.partner_combo.addItem(
                clean_text(partner.name) or self.tr("(sin nombre)"), partner.key
            )
        index = max(self.partner_combo.findData(current), 0) if self.data.partners else -1
        self.partner_combo.setCurrentIndex(index)
        self.partner_combo.blockSignals(False)
        self._partner_chosen(index)

    # -- choosing and editing -----------------------------------------------------------

    def choose_partner(self, key: str) -> None:
        self.partner_combo.setCurrentIndex(self.partner_combo.findData(key))

    def _partner_chosen(self, index: int) -> None:
        key = self.partner_combo.itemData(index) if index >= 0 else ""
        self.proxy.set_partner_key(key or "")
        self.add_button.setEnabled(bool(key))
        if self.proxy.rowCount() > 0:
            self._select_proxy_row(0)
        else:
            self.table.selectionModel().clearCurrentIndex()
            self.editor.set_commitment(None)
        self.remove_button.setEnabled(self.proxy.rowCount() > 0)

    def _select_proxy_row(self, proxy_row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(proxy_row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def select_commitment(self, key: str) -> None:
        item = next((c for c in self.data.commitments if c.key == key), None)
        if item is None:
            return
        self.choose_partner(item.partner_key)
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(key), 0))
        self._select_proxy_row(index.row())

    def _current_changed(self, current, _previous) -> None:
        key = current.data(ID_ROLE) if current.isValid() else None
        row = self.model.row_of(key) if key else -1
        self.editor.set_commitment(self.model.commitment_at(row))
        self.editor.show_errors(self._errors)

    def add_commitment(self) -> None:
        key = self.partner_combo.currentData()
        if not key:
            return
        item = CommitmentDraft(partner_key=key)
        self.model.append(item)
        self.select_commitment(item.key)
        self.remove_button.setEnabled(True)
        self.editor.description_edit.setFocus()
        self.messages["commitments"].clear_message()
        self._refresh_summary()
        self.edited()

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        self.model.remove(self.proxy.mapToSource(index).row())
        self._partner_chosen(self.partner_combo.currentIndex())
        self._refresh_summary()
        self.edited()

    def _commitment_edited(self, field: str) -> None:
        if self.editor.commitment is not None:
            self._errors.pop(f"commitments.{self.editor.commitment.key}.{field}", None)
            self.model.refresh_row(self.model.row_of(self.editor.commitment.key))
        self._refresh_summary()
        self.edited()

    def _refresh_summary(self) -> None:
        self.shares.recompute()
        lines = [
            self.tr("«{0}» no tiene compromisos: no sería un socio activo.").format(
                clean_text(p.name) or self.tr("(sin nombre)")
            )
            for p in inactive_partners(self.data)
        ]
        self.inactive_warning.show_message("\n".join(lines))

    # -- checking ----------------------------------------------------------------------

    def validate(self) -> Errors:
        errors = validate_commitments(self.data)
        if self.editor.bad_value and self.editor.commitment is not None:
            errors[f"commitments.{self.editor.commitment.key}.estimated_value"] = (
                self.editor.value_error()
            )
        return errors

    def show_errors(self, errors: Errors) -> None:
        self._errors = {k: v for k, v in errors.items() if k.startswith("commitments.")}
        self.list_message.show_message(errors.get("commitments", ""))
        bad = [c for c in self.data.commitments if f"commitments.{c.key}." in _prefixes(errors)]
        if bad and (self.editor.commitment is None or self.editor.commitment not in bad):
            self.select_commitment(bad[0].key)
        self.editor.show_errors(self._errors)
        if bad:
            partners = {c.partner_key for c in bad}
            names = ", ".join(
                f"«{clean_text(p.name)}»" for p in self.data.partners if p.key in partners
            )
            text = self.tr("Revise los compromisos de: {0}.").format(names)
            current = self.list_message.message
            self.list_message.show_message(f"{current}\n{text}".strip())


def _prefixes(errors: Errors) -> set[str]:
    return {".".join(k.split(".", 2)[:2]) + "." for k in errors if k.startswith("commitments.")}
