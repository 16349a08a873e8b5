"""Page 4, Compromisos: the new commitments, and the follow-up of the pending ones."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
)

from alianzas_desktop.domain.meeting import Errors, NewCommitmentEntry, validate_commitments
from alianzas_desktop.services.meetings import MeetingPartner, PendingCommitment
from alianzas_desktop.ui.widgets.field_error import FieldMessage, hint_label
from alianzas_desktop.ui.wizards.entry_form import list_beside_editor
from alianzas_desktop.ui.wizards.meeting.base import MeetingPage, error_prefixes
from alianzas_desktop.ui.wizards.meeting.commitment_editors import (
    FollowUpEditor,
    NewCommitmentEditor,
)
from alianzas_desktop.ui.wizards.meeting.convocation_page import (
    compact_table,
    current_row,
    select_row,
)
from alianzas_desktop.ui.wizards.meeting.models import FollowUpModel, NewCommitmentModel

logger = logging.getLogger(__name__)


class CommitmentsPage(MeetingPage):
    topic = "commitments"

    def __init__(
        self,
        data,
        partners: list[MeetingPartner],
        pending: list[PendingCommitment],
        parent=None,
    ):
        super().__init__(data, parent)
        self.partners = partners
        self._errors: Errors = {}
        self.setTitle(self.tr("4. Compromisos"))
        self.setSubTitle(
            self.tr("Lo que cada socio se compromete a hacer, y cómo van los compromisos abiertos.")
        )

        self.new_model = NewCommitmentModel(data, self)
        self.new_model.organizations = {p.membership_id: p.organization for p in partners}
        self.new_table = compact_table(self.new_model, NewCommitmentModel.DESCRIPTION)
        # The organisation and kind are in the editor beside; the list keeps what, who, when.
        self.new_table.hideColumn(NewCommitmentModel.ORGANIZATION)
        header = self.new_table.horizontalHeader()
        header.setSectionResizeMode(
            NewCommitmentModel.RESPONSIBLE, QHeaderView.ResizeMode.Interactive
        )
        header.resizeSection(NewCommitmentModel.RESPONSIBLE, 140)
        self.add_button = QPushButton(self.tr("&Agregar compromiso"))
        self.remove_button = QPushButton(self.tr("&Quitar"))
        self.new_editor = NewCommitmentEditor()
        self.new_message = FieldMessage()
        self.follow_model = FollowUpModel(data, self)
        self.follow_model.pending = {c.id: c for c in pending}
        self.follow_table = compact_table(self.follow_model, FollowUpModel.DESCRIPTION)
        self.follow_editor = FollowUpEditor()
        self.follow_hint = hint_label(
            self.tr(
                "Cada cambio de estado queda registrado con la fecha y el acta de esta sesión. "
                "En negrita, los que cambian hoy."
            )
        )
        self.no_pending_hint = hint_label(self.tr("La alianza no tiene compromisos abiertos."))

        self.new_table.selectionModel().currentRowChanged.connect(self._new_changed)
        self.add_button.clicked.connect(self.add_commitment)
        self.remove_button.clicked.connect(self.remove_commitment)
        self.new_editor.edited.connect(self._new_edited)
        self.follow_table.selectionModel().currentRowChanged.connect(self._follow_changed)
        self.follow_editor.edited.connect(self._follow_edited)

        # Assemble
        new_box = list_beside_editor(
            self.tr("Nuevos compromisos"),
            self.new_table,
            [self.add_button, self.remove_button],
            self.new_message,
            self.new_editor,
            stretch=(3, 2),
        )
        follow_layout = QVBoxLayout()
        follow_layout.addWidget(self.follow_table, 1)
        follow_layout.addWidget(self.no_pending_hint)
        follow_layout.addWidget(self.follow_editor)
        follow_layout.addWidget(self.follow_hint)
        follow_box = QGroupBox(self.tr("Seguimiento de los compromisos pendientes"))
        follow_box.setLayout(follow_layout)
        content = QVBoxLayout()
        content.addWidget(new_box, 1)
        content.addWidget(follow_box, 1)
        self.assemble_with_guidance(content)

    # -- life cycle -------------------------------------------------------------------

    def load_widgets(self) -> None:
        self.new_model.reset()
        self.follow_model.reset()
        self._refresh_choices()
        self._after_reset()

    def initializePage(self) -> None:
        """Who is present may have changed on page 2."""
        with self.loading():
            self._refresh_choices()
            self.new_model.refresh_all()

    def _refresh_choices(self) -> None:
        self.new_editor.set_choices(self.partners, self.data.present())

    def _after_reset(self) -> None:
        select_row(self.new_table, 0)
        if self.new_model.rowCount() == 0:
            self.new_editor.set_entry(None)
        select_row(self.follow_table, 0)
        if self.follow_model.rowCount() == 0:
            self.follow_editor.set_entry(None)
        self.no_pending_hint.setVisible(self.follow_model.rowCount() == 0)
        self.remove_button.setEnabled(self.new_model.rowCount() > 0)

    # -- new commitments ----------------------------------------------------------------

    def add_commitment(self) -> None:
        entry = NewCommitmentEntry()
        row = self.new_model.append(entry)
        select_row(self.new_table, row)
        self.remove_button.setEnabled(True)
        self.new_editor.description_edit.setFocus()
        self.edited("commitments")

    def remove_commitment(self) -> None:
        row = current_row(self.new_table)
        if self.new_model.remove(row) is None:
            return
        if self.new_model.rowCount():
            select_row(self.new_table, min(row, self.new_model.rowCount() - 1))
        else:
            self.new_editor.set_entry(None)
        self.remove_button.setEnabled(self.new_model.rowCount() > 0)
        self.edited("commitments")

    def _new_changed(self, current, _previous) -> None:
        self.new_editor.set_entry(
            self.new_model.entry_at(current.row()) if current.isValid() else None
        )
        self.new_editor.show_errors(self._errors)

    def _new_edited(self, field: str) -> None:
        entry = self.new_editor.entry
        if entry is not None:
            self._errors.pop(f"commitments.{entry.key}.{field}", None)
            self.new_model.refresh_row(self.new_model.row_of(entry.key))
        self.edited()

    # -- follow-up ------------------------------------------------------------------------

    def select_follow_up(self, commitment_id: str) -> None:
        select_row(self.follow_table, self.follow_model.row_of(commitment_id))

    def _follow_changed(self, current, _previous) -> None:
        self.follow_editor.set_entry(
            self.follow_model.entry_at(current.row()) if current.isValid() else None
        )
        self.follow_editor.show_errors(self._errors)

    def _follow_edited(self, _field: str) -> None:
        entry = self.follow_editor.entry
        if entry is not None:
            self.follow_model.refresh_row(self.follow_model.row_of(entry.commitment_id))
        self.edited()

    # -- checking -------------------------------------------------------------------------

    def validate(self) -> Errors:
        return validate_commitments(self.data)

    def show_errors(self, errors: Errors) -> None:
        self._errors = {
            k: v for k, v in errors.items() if k.startswith(("commitments.", "follow_ups."))
        }
        bad = [
            c
            for c in self.data.new_commitments
            if f"commitments.{c.key}." in error_prefixes(errors, "commitments")
        ]
        if bad and self.new_editor.entry not in bad:
            select_row(self.new_table, self.new_model.row_of(bad[0].key))
        self.new_editor.show_errors(self._errors)
        self.follow_editor.show_errors(self._errors)
        self.new_message.show_message(
            self.tr("Faltan datos en algunos compromisos nuevos: revise el marcado.") if bad else ""
        )
