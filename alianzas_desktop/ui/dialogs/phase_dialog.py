"""«Cambiar de fase…»: the four phases of the cycle, each explained, to say where it is."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.vocabulary import Phase
from alianzas_desktop.ui.widgets.guidance_panel import load_guidance
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen

logger = logging.getLogger(__name__)

# One Alt+letter per phase, unique in the dialog (A is «Aceptar», C «Cancelar»).
MNEMONICS = {
    Phase.BIRTH: "N",
    Phase.START_UP: "P",
    Phase.CONSOLIDATION: "S",
    Phase.PROJECTION: "y",
}


def with_mnemonic(label: str, letter: str) -> str:
    position = label.lower().find(letter.lower())
    return label if position < 0 else label[:position] + "&" + label[position:]


class PhaseDialog(QDialog):
    """A radio button per phase with what the phase means, in the methodology's words."""

    def __init__(self, current: str, alliance_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cambiar de fase"))
        guidance = load_guidance("phases")

        self.intro_label = QLabel(
            self.tr("¿En qué fase del ciclo está ahora la alianza «{name}»?").format(
                name=alliance_name
            )
            if alliance_name
            else self.tr("¿En qué fase del ciclo está ahora la alianza?")
        )
        self.intro_label.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons_by_phase: dict[str, QRadioButton] = {}
        self.explanations: dict[str, QLabel] = {}
        for phase in Phase:
            label = QCoreApplication.translate("vocabulary", phase.label)
            button = QRadioButton(with_mnemonic(label, MNEMONICS[phase]))
            text = guidance.get(phase.value, {}).get("text", "")
            explanation = QLabel(text)
            explanation.setWordWrap(True)
            explanation.setContentsMargins(24, 0, 0, 6)
            self.group.addButton(button)
            self.buttons_by_phase[phase.value] = button
            self.explanations[phase.value] = explanation
        chosen = self.buttons_by_phase.get(current) or self.buttons_by_phase[Phase.BIRTH.value]
        chosen.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Aceptar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancelar"))

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        for phase in Phase:
            layout.addWidget(self.buttons_by_phase[phase.value])
            layout.addWidget(self.explanations[phase.value])
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 560, self.sizeHint().height())
        chosen.setFocus()

    @property
    def phase(self) -> str:
        for code, button in self.buttons_by_phase.items():
            if button.isChecked():
                return code
        return Phase.BIRTH.value

    @classmethod
    def choose(
        cls, current: str, alliance_name: str = "", parent: QWidget | None = None
    ) -> tuple[str, bool]:
        dialog = cls(current, alliance_name, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.phase
        dialog.deleteLater()
        return value, accepted
