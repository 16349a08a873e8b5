"""The start-up dialog for a damaged database: restore a good backup, open another, quit."""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.formatting import date_time, number
from alianzas_desktop.storage.backup import BackupInfo
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen

logger = logging.getLogger(__name__)


class DamagedChoice(StrEnum):
    RESTORE = "restore"
    OPEN_OTHER = "open-other"
    QUIT = "quit"


class DamagedDatabaseDialog(QDialog):
    """Says in plain Spanish what is wrong and that nothing will be overwritten."""

    def __init__(
        self,
        path: Path,
        problem: str,
        backup: BackupInfo | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._choice = DamagedChoice.QUIT
        self.setWindowTitle(self.tr("Base de datos dañada"))

        self.icon_label = QLabel()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.icon_label.setPixmap(icon.pixmap(48, 48))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading_label = QLabel(
            self.tr("La base de datos está dañada y no se puede abrir sin riesgo.")
        )
        heading_font = self.heading_label.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        self.heading_label.setFont(heading_font)
        self.heading_label.setWordWrap(True)
        self.problem_label = QLabel(
            self.tr("Archivo: {path}\nDiagnóstico: {problem}").format(path=path, problem=problem)
        )
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.setStyleSheet(palette.text_style(palette.muted()))
        self.safety_label = QLabel(
            self.tr(
                "No se borrará nada: el archivo dañado se guardará aparte, sin cambios, en la "
                "misma carpeta, por si un técnico puede recuperar algo de él."
            )
        )
        self.safety_label.setWordWrap(True)
        if backup is not None:
            backup_text = self.tr(
                "El respaldo en buen estado más reciente con datos es del {when}: {contents}."
            ).format(when=date_time(backup.created), contents=contents_text(self, backup))
        else:
            backup_text = self.tr(
                "No hay ningún respaldo en buen estado y con datos de esta base de datos en este "
                "computador. Si tiene una copia en una memoria USB, use «Abrir otro archivo…»."
            )
        self.backup_label = QLabel(backup_text)
        self.backup_label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restaurar el respaldo más reciente"))
        self.restore_button.setEnabled(backup is not None)
        self.open_button = QPushButton(self.tr("Abrir otro archivo…"))
        self.quit_button = QPushButton(self.tr("Salir"))
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        if backup is not None:
            self.restore_button.setDefault(True)
        else:
            self.open_button.setDefault(True)

        self.restore_button.clicked.connect(lambda: self._choose(DamagedChoice.RESTORE))
        self.open_button.clicked.connect(lambda: self._choose(DamagedChoice.OPEN_OTHER))
        self.quit_button.clicked.connect(lambda: self._choose(DamagedChoice.QUIT))

        # Assemble
        text = QVBoxLayout()
        text.setSpacing(10)
        text.addWidget(self.heading_label)
        text.addWidget(self.problem_label)
        text.addWidget(self.safety_label)
        text.addWidget(self.backup_label)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.addLayout(top)
        layout.addSpacing(12)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        fit_to_screen(self, self.sizeHint().width(), self.sizeHint().height())

    @property
    def choice(self) -> DamagedChoice:
        return self._choice

    def _choose(self, choice: DamagedChoice) -> None:
        self._choice = choice
        if choice == DamagedChoice.QUIT:
            self.reject()
        else:
            self.accept()

    @classmethod
    def ask(
        cls, path: Path, problem: str, backup: BackupInfo | None, parent: QWidget | None = None
    ) -> DamagedChoice:
        """Show the dialog and return what the facilitator chose (Salir when closed)."""
        dialog = cls(path, problem, backup, parent)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        return choice


def contents_text(widget: QWidget, backup: BackupInfo) -> str:
    """«3 alianzas, 1 persona y 1.204 sesiones», numbers written the Colombian way."""
    if backup.alliances is None:
        return QCoreApplication.translate("DamagedDatabaseDialog", "contenido desconocido")
    alliances = backup.alliances
    people = backup.people or 0
    meetings = backup.meetings or 0
    return QCoreApplication.translate(
        "DamagedDatabaseDialog", "{alliances}, {people} y {meetings}"
    ).format(
        alliances=(
            QCoreApplication.translate("DamagedDatabaseDialog", "1 alianza")
            if alliances == 1
            else QCoreApplication.translate("DamagedDatabaseDialog", "{count} alianzas").format(
                count=number(alliances)
            )
        ),
        people=(
            QCoreApplication.translate("DamagedDatabaseDialog", "1 persona")
            if people == 1
            else QCoreApplication.translate("DamagedDatabaseDialog", "{count} personas").format(
                count=number(people)
            )
        ),
        meetings=(
            QCoreApplication.translate("DamagedDatabaseDialog", "1 sesión")
            if meetings == 1
            else QCoreApplication.translate("DamagedDatabaseDialog", "{count} sesiones").format(
                count=number(meetings)
            )
        ),
    )
