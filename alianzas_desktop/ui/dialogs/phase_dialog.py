"""«Cambiar de fase…» as an explicit act: the new phase, its date, the reason, and the seed's
checklist for leaving the current phase (confirmed, with its reasons, when something is unmet)."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.phases import ChecklistItem, is_forward
from alianzas_desktop.domain.vocabulary import Phase
from alianzas_desktop.services import alliances, phase_changes
from alianzas_desktop.services.errors import ServiceError, ValidationFailed
from alianzas_desktop.services.phase_changes import ChecklistUnmet
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message
from alianzas_desktop.ui.widgets.guidance_panel import load_guidance
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

# One Alt+letter per phase, unique in the dialog (A «Aceptar», C «Cancelar», F «Fecha»,
# M «Motivo»).
# The letters are translated too: another language's labels need their own.
MNEMONICS = {
    Phase.BIRTH: QT_TRANSLATE_NOOP("PhaseDialog", "N"),
    Phase.START_UP: QT_TRANSLATE_NOOP("PhaseDialog", "P"),
    Phase.CONSOLIDATION: QT_TRANSLATE_NOOP("PhaseDialog", "S"),
    Phase.PROJECTION: QT_TRANSLATE_NOOP("PhaseDialog", "y"),
}


def with_mnemonic(label: str, letter: str) -> str:
    position = label.lower().find(letter.lower())
    return label if position < 0 else label[:position] + "&" + label[position:]


def phase_label(code: str) -> str:
    try:
        return QCoreApplication.translate("vocabulary", Phase(code).label)
    except ValueError:
        return code


def checklist_text(items: list[ChecklistItem]) -> str:
    """One line per item: «✓ …» when met, «✗ … — why» when not (said in words, not colour)."""
    lines = []
    for item in items:
        if item.met:
            lines.append(
                QCoreApplication.translate("PhaseDialog", "✓ Cumplido: {text}").format(
                    text=worded(item.text)
                )
            )
        else:
            lines.append(
                QCoreApplication.translate("PhaseDialog", "✗ Falta: {text} {why}").format(
                    text=worded(item.text), why=worded(item.why)
                )
            )
    return "\n".join(lines)


class PhaseDialog(QDialog):
    """A radio button per phase with what it means; the date, the reason and the checklist."""

    phase_changed = Signal(str)  # the phase change's id

    def __init__(
        self,
        db: Database,
        alliance_id: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ):
        super().__init__(parent)
        self._db = db
        self._alliance_id = alliance_id
        self._today = today or date.today()
        self.change_id = ""
        self.items: list[ChecklistItem] = []
        detail = alliances.alliance_detail(db, alliance_id)
        self.current = detail.phase
        self.setWindowTitle(self.tr("Cambiar de fase"))
        guidance = load_guidance("phases")

        # Widgets
        self.intro_label = QLabel(
            self.tr(
                "La alianza «{name}» está en {phase}. ¿A qué fase del ciclo pasa? "
                "El cambio queda registrado con su fecha y su motivo."
            ).format(name=detail.name, phase=phase_label(detail.phase))
        )
        self.intro_label.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons_by_phase: dict[str, QRadioButton] = {}
        self.explanations: dict[str, QLabel] = {}
        for phase in Phase:
            label = QCoreApplication.translate("vocabulary", phase.label)
            if phase.value == detail.phase:
                label = self.tr("{phase} (actual)").format(phase=label)
            letter = QCoreApplication.translate("PhaseDialog", MNEMONICS[phase])
            button = QRadioButton(with_mnemonic(label, letter))
            text = guidance.get(phase.value, {}).get("text", "")
            explanation = QLabel(text)
            explanation.setWordWrap(True)
            explanation.setContentsMargins(24, 0, 0, 6)
            explanation.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 6)
            self.group.addButton(button)
            self.buttons_by_phase[phase.value] = button
            self.explanations[phase.value] = explanation
        chosen = self.buttons_by_phase.get(detail.phase) or self.buttons_by_phase[Phase.BIRTH]
        chosen.setChecked(True)
        self.date_edit = DateField()
        self.date_edit.set_range(detail.start_date, self._today)
        self.date_edit.set_value(self._today)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            self.tr("Por ejemplo: los socios firmaron el acuerdo y aprobaron el plan de trabajo.")
        )
        self.reason_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.checklist_box = QGroupBox(self.tr("Lista para dejar la fase"))
        self.checklist_label = QLabel()
        self.checklist_label.setWordWrap(True)
        self.checklist_label.setTextFormat(Qt.TextFormat.PlainText)
        self.messages = {"phase": FieldMessage(), "on": FieldMessage(), "reason": FieldMessage()}
        self.date_edit.set_message(self.messages["on"])
        self.general_message = FieldMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Aceptar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancelar"))

        # Signals
        self.group.buttonToggled.connect(lambda _b, on: on and self._update_checklist())
        self.reason_edit.textChanged.connect(self.messages["reason"].clear_message)
        self.date_edit.value_changed.connect(self.messages["on"].clear_message)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        phases = QVBoxLayout()
        for phase in Phase:
            phases.addWidget(self.buttons_by_phase[phase.value])
            phases.addWidget(self.explanations[phase.value])
        phases.addWidget(self.messages["phase"])
        checklist_layout = QVBoxLayout(self.checklist_box)
        checklist_layout.addWidget(self.checklist_label)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget, field in (
            (
                self.tr("&Fecha del cambio:"),
                self.date_edit,
                with_message(self.date_edit, self.messages["on"]),
            ),
            (
                self.tr("&Motivo:"),
                self.reason_edit,
                with_message(self.reason_edit, self.messages["reason"]),
            ),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(phases)
        layout.addWidget(self.checklist_box)
        layout.addLayout(form)
        layout.addWidget(self.general_message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update_checklist()
        fit_to_screen(self, 640, max(self.sizeHint().height(), 600))
        chosen.setFocus()

    @property
    def phase(self) -> str:
        for code, button in self.buttons_by_phase.items():
            if button.isChecked():
                return code
        return self.current

    def _update_checklist(self) -> None:
        self.messages["phase"].clear_message()
        target = self.phase
        # Only the chosen phase's explanation: the dialog fits a small screen.
        for code, explanation in self.explanations.items():
            explanation.setVisible(code == target)
        if target == self.current:
            self.items = []
            self.checklist_label.setText(self.tr("Elija la fase a la que pasa la alianza."))
            return
        if not is_forward(self.current, target):
            self.items = []
            self.checklist_label.setText(
                self.tr(
                    "Volver a una fase anterior no tiene lista: escriba en el motivo qué "
                    "hizo volver a la alianza."
                )
            )
            return
        try:
            self.items = phase_changes.phase_checklist(
                self._db, self._alliance_id, target, today=self._today
            )
        except ServiceError as error:
            self.items = []
            self.checklist_label.setText(worded(error))
            return
        self.checklist_label.setText(
            self.tr("Para dejar {phase}, la guía pide:\n{items}").format(
                phase=phase_label(self.current), items=checklist_text(self.items)
            )
        )

    def _confirm_unmet(self, items: list[ChecklistItem]) -> bool:
        reasons = "\n".join(f"• {worded(item.why)}" for item in items)
        answer = QMessageBox.question(
            self,
            self.tr("Faltan puntos para dejar la fase"),
            self.tr(
                "Para dejar {phase}, la guía pide cosas que aún faltan:\n\n{reasons}\n\n"
                "¿Registrar de todos modos que la alianza pasa a {target}?"
            ).format(
                phase=phase_label(self.current), reasons=reasons, target=phase_label(self.phase)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> bool:
        """Record the act; asks for confirmation first when the checklist has unmet items."""
        if not self.date_edit.check_text():
            return False
        for message in (*self.messages.values(), self.general_message):
            message.clear_message()
        confirm = False
        while True:
            try:
                self.change_id = phase_changes.change_phase(
                    self._db,
                    self._alliance_id,
                    self.phase,
                    self.date_edit.value(),
                    self.reason_edit.toPlainText(),
                    confirm_unmet=confirm,
                    today=self._today,
                )
                break
            except ChecklistUnmet as unmet:
                if confirm or not self._confirm_unmet(unmet.items):
                    return False
                confirm = True
            except ValidationFailed as failed:
                for key, text in failed.errors.items():
                    self.messages.get(key, self.general_message).show_message(text)
                return False
            except ServiceError as error:
                QMessageBox.warning(self, self.tr("Cambiar de fase"), worded(error))
                return False
        self.phase_changed.emit(self.change_id)
        self.accept()
        return True

    @classmethod
    def change_phase(
        cls, db: Database, alliance_id: str, parent: QWidget | None = None
    ) -> tuple[str, bool]:
        """Open the dialog; the recorded phase change's id, and whether it was recorded."""
        dialog = cls(db, alliance_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        change_id = dialog.change_id
        dialog.deleteLater()
        return change_id, accepted and bool(change_id)
