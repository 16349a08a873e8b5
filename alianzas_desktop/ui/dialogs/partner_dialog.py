"""A new partner joins a founded alliance, entered with the Nacimiento wizard's partner form."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.nacimiento import PartnerDraft
from alianzas_desktop.services import alliance_changes, alliances
from alianzas_desktop.services.alliance_changes import AgreementChange
from alianzas_desktop.services.errors import ServiceError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.widgets.field_error import FieldMessage
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wizards.nacimiento.partner_editor import PartnerEditor
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


class PartnerDialog(QDialog):
    """Adds one partner; saving makes it a party of the agreement (an otrosí when issued)."""

    partner_added = Signal(str)  # the id of the draft agreement version naming it

    def __init__(self, db: Database, alliance_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._alliance_id = alliance_id
        self.partner = PartnerDraft()
        self.change: AgreementChange | None = None
        detail = alliances.alliance_detail(db, alliance_id)
        self.setWindowTitle(self.tr("Agregar socio a «{name}»").format(name=detail.name))

        # Widgets
        self.intro_label = QLabel(
            self.tr(
                "La organización entra como parte del acuerdo de compromisos. Si el acuerdo ya "
                "fue emitido, se abre una nueva versión (otrosí) que la incluye; después "
                "registre sus compromisos en «Editar compromisos…»."
            )
        )
        self.intro_label.setWordWrap(True)
        self.editor = PartnerEditor()
        self.editor.load_suggestions(db)
        self.editor.set_partner(self.partner)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.general_message = FieldMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("A&gregar socio"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))

        # Signals
        self.editor.edited.connect(lambda _field: self.general_message.clear_message())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        self.scroll.setWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.general_message)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, 680)
        self.editor.name_edit.setFocus()

    def save(self) -> bool:
        self.general_message.clear_message()
        try:
            self.change = alliance_changes.add_partner(self._db, self._alliance_id, self.partner)
        except ValidationFailed as failed:
            self.editor.show_errors(failed.errors)
            prefix = f"partners.{self.partner.key}."
            others = [text for key, text in failed.errors.items() if not key.startswith(prefix)]
            if others:
                self.general_message.show_message(others[0])
            return False
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Agregar socio"), worded(error))
            return False
        self.partner_added.emit(self.change.version_id)
        self.accept()
        return True

    @classmethod
    def add_partner(
        cls, db: Database, alliance_id: str, parent: QWidget | None = None
    ) -> tuple[AgreementChange | None, bool]:
        """Open the dialog; where the agreement names the new partner, and whether it was added."""
        dialog = cls(db, alliance_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        change = dialog.change
        dialog.deleteLater()
        return change, accepted
