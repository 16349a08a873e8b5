"""First start on a laptop: who the facilitator is, asked before anything is recorded."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from alianzas_desktop.profile import Profile, load_profile
from alianzas_desktop.ui.dialogs.profile_dialog import ProfileDialog

logger = logging.getLogger(__name__)


class FirstStartDialog(ProfileDialog):
    """The profile form, worded as a welcome; leaving it closes the app."""

    def __init__(self, profile: Profile | None = None, parent: QWidget | None = None):
        super().__init__(profile, parent)
        self.setWindowTitle(self.tr("Bienvenida a Alianzas"))
        self.intro_label.setText(
            self.tr(
                "Antes de empezar, díganos quién es: su nombre queda en el historial de cambios "
                "de cada alianza, como quien registró o corrigió cada dato. El departamento se "
                "propone en cada alianza nueva y el papel es el que usa su impresora. Puede "
                "cambiar estos datos cuando quiera en Archivo ▸ Perfil."
            )
        )
        self.save_button.setText(self.tr("&Empezar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Salir"))

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> tuple[Profile, bool]:
        """Open the welcome; the profile typed, and whether it was saved."""
        dialog = cls(parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.profile
        dialog.deleteLater()
        return result, accepted


def ensure_profile(
    parent: QWidget | None = None,
    ask: Callable[[QWidget | None], tuple[Profile, bool]] | None = None,
) -> bool:
    """True when a profile exists or was just given; False when the facilitator chose Salir."""
    if load_profile().is_known:
        return True
    logger.info("Primer inicio: se pide el perfil")
    _profile, saved = (ask or FirstStartDialog.ask)(parent)
    return saved and load_profile().is_known
