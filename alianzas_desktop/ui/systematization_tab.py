"""The alliance page's «Sistematización» tab: systematize the experience, print its informe and
the one-page ficha de la alianza, and read the lessons it left."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.vocabulary import DraftKind
from alianzas_desktop.services import drafts, lessons, systematization
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.lessons_dialog import LessonTableModel
from alianzas_desktop.ui.widgets.keyboard import tab_leaves
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


class SystematizationTab(QWidget):
    """«Sistematizar…», «Ver informe…», «Ficha de la alianza…» and the alliance's lessons."""

    systematization_changed = Signal(str)  # systematization id stored

    def __init__(self, db: Callable[[], Database], parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self.alliance_id: str | None = None
        self.systematization_id: str | None = None
        self.last_wizard = None
        self.last_preview = None
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.systematize_button = QPushButton(self.tr("Sistemati&zar…"))
        self.systematize_button.setToolTip(
            self.tr("Recuperar el proceso vivido y escribir las lecciones aprendidas.")
        )
        self.report_button = QPushButton(self.tr("Ver &informe de sistematización…"))
        self.profile_button = QPushButton(self.tr("Ficha &de la alianza…"))
        self.profile_button.setToolTip(self.tr("Una página para entregar: quién, qué, dónde."))
        self.model = LessonTableModel(self)
        self.view = tab_leaves(QTableView())
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.hideColumn(LessonTableModel.ALLIANCE)  # all are this alliance's
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LessonTableModel.WHAT, header.ResizeMode.Stretch)

        self.systematize_button.clicked.connect(lambda: self.open_wizard())
        self.report_button.clicked.connect(lambda: self.show_report())
        self.profile_button.clicked.connect(lambda: self.show_profile())

        # Assemble
        buttons = QHBoxLayout()
        buttons.addWidget(self.systematize_button)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.profile_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Lecciones aprendidas de esta alianza:")))
        layout.addWidget(self.view, 1)
        self._update_actions()

    def load(self, alliance_id: str) -> None:
        self.alliance_id = alliance_id
        db = self._db()
        self.systematization_id = systematization.latest_systematization_id(db, alliance_id)
        self.model.set_rows(lessons.find_lessons(db, alliance_id=alliance_id))
        self.status_label.setText(
            self.tr("La experiencia ya se sistematizó; puede volver a abrirla para completarla.")
            if self.systematization_id
            else self.tr(
                "La sistematización permite rescatar y documentar los principales aprendizajes "
                "del trabajo en alianza."
            )
        )
        self._update_actions()

    def _update_actions(self) -> None:
        self.systematize_button.setEnabled(self.alliance_id is not None)
        self.profile_button.setEnabled(self.alliance_id is not None)
        self.report_button.setEnabled(self.systematization_id is not None)

    def _draft(self) -> str | None:
        draft = drafts.draft_about(self._db(), DraftKind.SYSTEMATIZATION.value, self.alliance_id)
        return draft.id if draft else None

    def open_wizard(self, draft_id: str | None = None):
        """Start or continue the systematization (``draft_id`` or the one left for it)."""
        if self.alliance_id is None:
            return None
        from alianzas_desktop.ui.wizards.systematization.wizard import SystematizationWizard

        try:
            wizard = SystematizationWizard(
                self._db(), self.alliance_id, draft_id=draft_id or self._draft(), parent=self
            )
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Sistematización"), worded(error))
            return None
        self.last_wizard = wizard
        wizard.systematization_saved.connect(self._stored)
        wizard.open()
        return wizard

    def _stored(self, systematization_id: str) -> None:
        if self.alliance_id:
            self.load(self.alliance_id)
        self.systematization_changed.emit(systematization_id)

    def show_report(self):
        if self.systematization_id is None:
            return None
        from alianzas_desktop.ui.wizards.systematization.wizard import show_systematization_report

        try:
            self.last_preview = show_systematization_report(
                self._db(), self.systematization_id, self
            )
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Informe de sistematización"), worded(error))
            return None
        return self.last_preview

    def show_profile(self):
        if self.alliance_id is None:
            return None
        from alianzas_desktop.ui.wizards.systematization.wizard import show_profile

        try:
            self.last_preview = show_profile(self._db(), self.alliance_id, self)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Ficha de la alianza"), worded(error))
            return None
        return self.last_preview


def attach_systematization_tab(page) -> SystematizationTab:
    """Add the «Sistematización» tab to an alliance page; it reads the page's alliance when
    shown."""
    tab = SystematizationTab(lambda: page._db, page)
    page.tabs.addTab(tab, QCoreApplication.translate("SystematizationTab", "Sistematización"))
    page.tab_loader.register(tab, lambda: tab.load(page.alliance_id))
    return tab


def resume_from_drafts(window, draft):
    """Archivo ▸ Borradores: open the draft's alliance and its systematization where it stopped."""
    alliance_id = draft.payload.get("alliance_id") or draft.subject_id
    try:
        window.open_alliance(alliance_id)
    except ServiceError:
        logger.warning("El borrador %s es de una alianza que ya no existe", draft.id)
        return None
    page = window.alliance_page
    tab = page.systematization_tab
    page.tabs.setCurrentWidget(tab)
    wizard = tab.open_wizard(draft_id=draft.id)
    if wizard is not None and hasattr(window, "wizard_opened"):
        window.wizard_opened.emit(wizard)
    return wizard
