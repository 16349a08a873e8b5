"""Page 3, Desarrollo: for each agenda item, what was said and the decisions taken."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.domain.meeting import DecisionEntry, Errors, validate_development
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.models.roles import ID_ROLE
from alianzas_desktop.ui.widgets.field_error import FieldMessage, hint_label, with_message
from alianzas_desktop.ui.widgets.keyboard import buddy_label, labelled_row
from alianzas_desktop.ui.widgets.sizing import lines_tall
from alianzas_desktop.ui.wizards.meeting.base import MeetingPage, error_prefixes
from alianzas_desktop.ui.wizards.meeting.convocation_page import compact_table, current_row
from alianzas_desktop.ui.wizards.meeting.models import (
    AgendaItemProxy,
    AgendaModel,
    DecisionModel,
)

logger = logging.getLogger(__name__)

MAX_VOTES = 10_000


class DevelopmentPage(MeetingPage):
    topic = "development"

    def __init__(self, data, parent=None):
        super().__init__(data, parent)
        self._errors: Errors = {}
        self._decision: DecisionEntry | None = None
        self.setTitle(self.tr("3. Desarrollo"))
        self.setSubTitle(self.tr("Punto por punto: lo que se dijo y lo que se decidió."))

        self.agenda_model = AgendaModel(data, self)
        self.agenda_table = compact_table(self.agenda_model, 1)
        self.item_title = QLabel()
        self.item_title.setWordWrap(True)
        self.item_title.setStyleSheet(
            f"QLabel {{ font-weight: 600; color: {palette.css(palette.accent())}; }}"
        )
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("¿Qué se dijo en este punto?"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_message = FieldMessage()
        self.decision_model = DecisionModel(data, self)
        self.decision_proxy = AgendaItemProxy(self)
        self.decision_proxy.setSourceModel(self.decision_model)
        self.decision_table = compact_table(self.decision_proxy, DecisionModel.TEXT)
        self.decision_table.setMaximumHeight(130)
        self.add_decision_button = QPushButton(self.tr("&Agregar decisión"))
        self.remove_decision_button = QPushButton(self.tr("&Quitar decisión"))
        self.decision_text_edit = QPlainTextEdit()
        self.decision_text_edit.setPlaceholderText(self.tr("¿Qué se decidió?"))
        self.decision_text_edit.setTabChangesFocus(True)
        self.decision_text_edit.setFixedHeight(lines_tall(self.decision_text_edit, 3))
        self.decision_text_message = FieldMessage()
        self.consensus_check = QCheckBox(self.tr("Por &consenso"))
        self.votes_for_spin = QSpinBox()
        self.votes_against_spin = QSpinBox()
        self.abstentions_spin = QSpinBox()
        for spin in self._spins():
            spin.setRange(0, MAX_VOTES)
        self.votes_message = FieldMessage()
        self.decisions_message = hint_label()
        self.decision_editor = QWidget()

        self.agenda_table.selectionModel().currentRowChanged.connect(self._item_changed)
        self.notes_edit.textChanged.connect(self._notes_changed)
        self.decision_table.selectionModel().currentRowChanged.connect(self._decision_changed)
        self.add_decision_button.clicked.connect(self.add_decision)
        self.remove_decision_button.clicked.connect(self.remove_decision)
        self.decision_text_edit.textChanged.connect(
            lambda: self._set_decision("text", self.decision_text_edit.toPlainText())
        )
        self.consensus_check.toggled.connect(self._consensus_toggled)
        self.votes_for_spin.valueChanged.connect(lambda v: self._set_decision("votes_for", v))
        self.votes_against_spin.valueChanged.connect(
            lambda v: self._set_decision("votes_against", v)
        )
        self.abstentions_spin.valueChanged.connect(lambda v: self._set_decision("abstentions", v))

        # Assemble
        left = QVBoxLayout()
        left.addWidget(buddy_label(self.tr("&Orden del día:"), self.agenda_table))
        left.addWidget(self.agenda_table, 1)
        votes = QHBoxLayout()
        for label, spin in (
            (self.tr("A &favor:"), self.votes_for_spin),
            (self.tr("En co&ntra:"), self.votes_against_spin),
            (self.tr("A&bstenciones:"), self.abstentions_spin),
        ):
            votes.addWidget(buddy_label(label, spin))
            votes.addWidget(spin)
        votes.addStretch(1)
        editor_form = QFormLayout(self.decision_editor)
        editor_form.setContentsMargins(0, 0, 0, 0)
        editor_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            editor_form,
            self.tr("D&ecisión:"),
            with_message(self.decision_text_edit, self.decision_text_message),
            self.decision_text_edit,
        )
        editor_form.addRow("", self.consensus_check)
        votes_box = QWidget()
        votes_layout = QVBoxLayout(votes_box)
        votes_layout.setContentsMargins(0, 0, 0, 0)
        votes_layout.addLayout(votes)
        votes_layout.addWidget(self.votes_message)
        editor_form.addRow(self.tr("Votación:"), votes_box)
        decision_buttons = QHBoxLayout()
        decision_buttons.addWidget(self.add_decision_button)
        decision_buttons.addWidget(self.remove_decision_button)
        decision_buttons.addStretch(1)
        decisions_box = QGroupBox(self.tr("Decisiones de este punto"))
        decisions_layout = QVBoxLayout(decisions_box)
        decisions_layout.addWidget(self.decision_table)
        decisions_layout.addLayout(decision_buttons)
        decisions_layout.addWidget(self.decision_editor)
        right = QVBoxLayout()
        right.addWidget(self.item_title)
        right.addWidget(buddy_label(self.tr("Lo que se &dijo:"), self.notes_edit))
        right.addWidget(self.notes_edit, 1)
        right.addWidget(self.notes_message)
        right.addWidget(decisions_box)
        right.addWidget(self.decisions_message)
        content = QHBoxLayout()
        content.addLayout(left, 2)
        content.addLayout(right, 5)
        self.assemble_with_guidance(content)

    def _spins(self) -> tuple[QSpinBox, QSpinBox, QSpinBox]:
        return self.votes_for_spin, self.votes_against_spin, self.abstentions_spin

    # -- life cycle -------------------------------------------------------------------

    def load_widgets(self) -> None:
        self.agenda_model.reset()
        self.decision_model.reset()
        self.select_item(0)
        self._show_item()

    def initializePage(self) -> None:
        """The agenda may have changed on page 1."""
        with self.loading():
            key = self.current_item_key()
            self.agenda_model.reset()
            self.decision_model.reset()
            row = self.agenda_model.row_of(key) if key else 0
            self.select_item(max(row, 0))
            self._show_item()

    # -- agenda items -----------------------------------------------------------------

    def select_item(self, row: int) -> None:
        if 0 <= row < self.agenda_model.rowCount():
            self.agenda_table.selectionModel().setCurrentIndex(
                self.agenda_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def current_item_key(self) -> str:
        entry = self.agenda_model.entry_at(current_row(self.agenda_table))
        return entry.key if entry else ""

    def _item_changed(self, *_args) -> None:
        with self.loading():
            self._show_item()

    def _show_item(self) -> None:
        row = current_row(self.agenda_table)
        entry = self.agenda_model.entry_at(row)
        self.notes_edit.setEnabled(entry is not None)
        self.add_decision_button.setEnabled(entry is not None)
        self.item_title.setText(f"{row + 1}. {clean_text(entry.title)}" if entry else "")
        self.notes_edit.setPlainText(entry.notes if entry else "")
        self.notes_message.show_message(
            self._errors.get(f"agenda.{entry.key}.notes", "") if entry else ""
        )
        self.decision_proxy.set_agenda_key(entry.key if entry else "")
        if self.decision_proxy.rowCount():
            self._select_decision(0)
        else:
            self.decision_table.selectionModel().clearCurrentIndex()
            self._show_decision(None)

    def _notes_changed(self) -> None:
        entry = self.agenda_model.entry_at(current_row(self.agenda_table))
        if entry is None or self._loading:
            return
        entry.notes = self.notes_edit.toPlainText()
        self.notes_message.clear_message()
        self.edited()

    # -- decisions --------------------------------------------------------------------

    def _select_decision(self, proxy_row: int) -> None:
        self.decision_table.selectionModel().setCurrentIndex(
            self.decision_proxy.index(proxy_row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def add_decision(self) -> None:
        key = self.current_item_key()
        if not key:
            return
        decision = DecisionEntry(agenda_key=key)
        self.decision_model.append(decision)
        proxy_index = self.decision_proxy.mapFromSource(
            self.decision_model.index(self.decision_model.row_of(decision.key), 0)
        )
        self._select_decision(proxy_index.row())
        self.decision_text_edit.setFocus()
        self.edited("decisions")

    def remove_decision(self) -> None:
        index = self.decision_table.currentIndex()
        if not index.isValid():
            return
        self.decision_model.remove(self.decision_proxy.mapToSource(index).row())
        if self.decision_proxy.rowCount():
            self._select_decision(0)
        else:
            self._show_decision(None)
        self.edited("decisions")

    def _decision_changed(self, current, _previous) -> None:
        key = current.data(ID_ROLE) if current.isValid() else None
        row = self.decision_model.row_of(key) if key else -1
        self._show_decision(self.decision_model.entry_at(row))

    def _show_decision(self, decision: DecisionEntry | None) -> None:
        self._decision = decision
        previous, self._loading = self._loading, True
        try:
            shown = decision or DecisionEntry()
            self.decision_text_edit.setPlainText(shown.text)
            self.consensus_check.setChecked(shown.by_consensus)
            self.votes_for_spin.setValue(shown.votes_for)
            self.votes_against_spin.setValue(shown.votes_against)
            self.abstentions_spin.setValue(shown.abstentions)
        finally:
            self._loading = previous
        self.decision_editor.setEnabled(decision is not None)
        self.remove_decision_button.setEnabled(decision is not None)
        self._update_votes_enabled()
        prefix = f"decisions.{decision.key}." if decision else "\0"
        self.decision_text_message.show_message(self._errors.get(prefix + "text", ""))
        self.votes_message.show_message(self._errors.get(prefix + "votes", ""))

    def _update_votes_enabled(self) -> None:
        voted = self._decision is not None and not self.consensus_check.isChecked()
        for spin in self._spins():
            spin.setEnabled(voted)

    def _consensus_toggled(self, checked: bool) -> None:
        self._update_votes_enabled()
        self._set_decision("by_consensus", checked)

    def _set_decision(self, attr: str, value) -> None:
        if self._loading or self._decision is None:
            return
        setattr(self._decision, attr, value)
        field = "text" if attr == "text" else "votes"
        self._errors.pop(f"decisions.{self._decision.key}.{field}", None)
        (self.decision_text_message if field == "text" else self.votes_message).clear_message()
        self.decision_model.refresh_row(self.decision_model.row_of(self._decision.key))
        self.edited()

    # -- checking -------------------------------------------------------------------------

    def validate(self) -> Errors:
        return validate_development(self.data)

    def show_errors(self, errors: Errors) -> None:
        self._errors = {k: v for k, v in errors.items() if k.startswith(("decisions.", "agenda."))}
        bad = [
            d
            for d in self.data.decisions
            if f"decisions.{d.key}." in error_prefixes(errors, "decisions")
        ]
        bad_items = [a for a in self.data.agenda if f"agenda.{a.key}.notes" in errors]
        target = None
        if bad:
            target = bad[0].agenda_key
        elif bad_items:
            target = bad_items[0].key
        if target and target != self.current_item_key():
            self.select_item(self.agenda_model.row_of(target))
        if bad and (self._decision is None or self._decision not in bad):
            row = self.decision_model.row_of(bad[0].key)
            self._select_decision(
                self.decision_proxy.mapFromSource(self.decision_model.index(row, 0)).row()
            )
        self._show_decision(self._decision)
        entry = self.agenda_model.entry_at(current_row(self.agenda_table))
        self.notes_message.show_message(
            self._errors.get(f"agenda.{entry.key}.notes", "") if entry else ""
        )
        self.decisions_message.setText(
            self.tr("Revise las decisiones marcadas en rojo.") if bad else ""
        )
