"""The main window: the alliance list, the alliance page, menus and the status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.vocabulary import DraftKind, VersionStatus
from alianzas_desktop.services import alliance_changes, drafts
from alianzas_desktop.services.drafts import DraftInfo
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.storage.database import Database, DatabaseError, ensure_not_empty_file
from alianzas_desktop.ui import file_dialogs, language, menu_actions, palette
from alianzas_desktop.ui.agenda_panel import AgendaPanel
from alianzas_desktop.ui.dialogs.backup_dialog import open_backup_dialog
from alianzas_desktop.ui.dialogs.preferences_dialog import open_preferences
from alianzas_desktop.ui.dialogs.profile_dialog import ProfileDialog
from alianzas_desktop.ui.dialogs.resume_draft_dialog import (
    NewOrResume,
    ResumeChoice,
    ask_new_or_resume,
    ask_resume,
)
from alianzas_desktop.ui.models.alliance_list_model import AllianceListModel, AllianceListProxy
from alianzas_desktop.ui.models.alliance_table_model import ID_ROLE, AllianceTableModel
from alianzas_desktop.ui.people import open_people_window
from alianzas_desktop.ui.widgets.keyboard import search_leads_to

if TYPE_CHECKING:
    from alianzas_desktop.ui.alliance_page import AlliancePage

logger = logging.getLogger(__name__)

SETTINGS_ORGANIZATION = "Alianzas"
SETTINGS_APPLICATION = "Alianzas"
NACIMIENTO = drafts.NACIMIENTO
MEETING_DRAFT = drafts.MEETING
PUESTA_DRAFT = DraftKind.PUESTA_EN_MARCHA
REVIEW_DRAFT = DraftKind.REVIEW
COLUMN_SAMPLE_ROWS = 300
# The name column is sized to its content like the rest; the territory column
# stretches to take what is left, since a name cut short is the worse loss.
COLUMN_CAPS = {
    AllianceTableModel.NAME: 360,
    AllianceTableModel.AREA: 340,
    AllianceTableModel.PHASE: 260,
    AllianceTableModel.PARTNERS: 90,
    AllianceTableModel.NEAREST_DEADLINE: 180,
    AllianceTableModel.HEALTH: 340,
}


def settings() -> QSettings:
    return QSettings(SETTINGS_ORGANIZATION, SETTINGS_APPLICATION)


class MainWindow(QMainWindow):
    """The alliance list; double-click (or Enter) opens an alliance's page."""

    alliance_opened = Signal(str)
    list_refreshed = Signal(int)
    database_changed = Signal(str)
    wizard_opened = Signal(object)

    EMPTY, LIST, ALLIANCE = range(3)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self.wizard = None
        self.setWindowTitle(self.tr("Alianzas"))

        # The list reads its rows a page at a time and searches and sorts itself.
        self.model = AllianceListModel(self)
        self.proxy = AllianceListProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Buscar por nombre, municipio, área, socio o persona…")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(360)
        self.new_button = QPushButton(self.tr("Nueva alianza"))
        self.drafts_button = QPushButton()
        self.drafts_button.setToolTip(self.tr("Asistentes que quedaron a medias"))
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Lista de alianzas"))
        self.table.setModel(self.proxy)
        self.list_title = QLabel(self.tr("Alianzas"))
        self.empty_button = QPushButton(self.tr("Nueva alianza"))
        # The alliance page is built the first time an alliance opens (see alliance_page).
        self._alliance_page: AlliancePage | None = None
        self._page_slot = QWidget()
        self.agenda_panel = AgendaPanel(db, self)
        self.stack = QStackedWidget()
        self.db_label = QLabel()
        self._build_actions()
        self._style_widgets()

        self.search_edit.textChanged.connect(self._filter)
        self.new_button.clicked.connect(lambda: self.start_new_alliance())
        self.empty_button.clicked.connect(lambda: self.start_new_alliance())
        self.drafts_button.clicked.connect(lambda: self.show_drafts())
        self.table.activated.connect(lambda index: self.open_alliance(index.data(ID_ROLE)))
        # Typed a search: Down goes into the list, Enter opens the alliance chosen there
        # (the first found when none is).
        search_leads_to(
            self.search_edit, self.table, lambda index: self.open_alliance(index.data(ID_ROLE))
        )
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.agenda_panel.alliance_requested.connect(self.open_alliance)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        # Assemble
        self.stack.addWidget(self._assemble_empty_state())
        self.stack.addWidget(self._assemble_list())
        self.stack.addWidget(self._page_slot)
        self.setCentralWidget(self.stack)
        self.statusBar().addPermanentWidget(self.db_label)
        self._show_database()
        self._restore_geometry()
        self.refresh()

    # -- building ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = QAction(self.tr("&Nueva alianza…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_db_action = QAction(self.tr("&Abrir base de datos…"), self)
        self.quit_action = QAction(self.tr("&Salir"), self)
        self.quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.open_action = QAction(self.tr("&Abrir"), self)
        self.agreement_action = QAction(self.tr("Acuerdo de &compromisos…"), self)
        self.agreement_action.setShortcut(QKeySequence.StandardKey.Print)
        self.list_action = QAction(self.tr("&Volver a la lista"), self)
        self.list_action.setShortcut(QKeySequence(self.tr("Alt+Left")))
        self.find_action = QAction(self.tr("&Buscar"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.show_archived_action = QAction(self.tr("Mostrar a&rchivadas"), self)
        self.show_archived_action.setCheckable(True)
        self.show_archived_action.toggled.connect(lambda _on: self.refresh())
        self.guide_action = QAction(self.tr("&Guía de la metodología"), self)
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.triggered.connect(lambda: self.open_guide())
        self.about_action = QAction(self.tr("&Acerca de Alianzas"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.backup_action = QAction(self.tr("&Respaldo…"), self)
        self.profile_action = QAction(self.tr("&Perfil…"), self)
        self.people_action = QAction(self.tr("&Datos personales…"), self)
        self.drafts_action = QAction(self.tr("Bo&rradores…"), self)
        self.verify_action = QAction(self.tr("&Verificar documento…"), self)
        self.preferences_action = QAction(self.tr("&Preferencias…"), self)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.new_action.triggered.connect(lambda: self.start_new_alliance())
        self.drafts_action.triggered.connect(lambda: self.show_drafts())
        self.open_db_action.triggered.connect(lambda: self.open_database())
        self.quit_action.triggered.connect(self.close)
        self.open_action.triggered.connect(self.open_selected)
        self.agreement_action.triggered.connect(self.show_agreement)
        self.list_action.triggered.connect(self.show_list)
        self.find_action.triggered.connect(self._focus_search)
        self.about_action.triggered.connect(self.show_about)
        self.backup_action.triggered.connect(lambda: open_backup_dialog(self))
        self.profile_action.triggered.connect(lambda: ProfileDialog.edit_profile(self))
        self.people_action.triggered.connect(lambda: open_people_window(self))
        self.verify_action.triggered.connect(lambda: self.verify_document())
        self.preferences_action.triggered.connect(lambda: open_preferences(self))

        file_menu = self.menuBar().addMenu(self.tr("&Archivo"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.drafts_action)
        file_menu.addAction(self.open_db_action)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        for make in (
            menu_actions.export_action,
            menu_actions.import_action,
            menu_actions.conflicts_action,
            menu_actions.exchanges_action,
        ):
            file_menu.addAction(make(self))
        file_menu.addSeparator()
        file_menu.addAction(self.profile_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        alliance_menu = self.menuBar().addMenu(self.tr("A&lianza"))
        alliance_menu.addAction(self.open_action)
        alliance_menu.addAction(self.agreement_action)
        alliance_menu.addSeparator()
        alliance_menu.addAction(self.find_action)
        alliance_menu.addAction(self.list_action)
        alliance_menu.addAction(self.show_archived_action)
        tools_menu = self.menuBar().addMenu(self.tr("&Herramientas"))
        tools_menu.addAction(self.verify_action)
        tools_menu.addAction(self.people_action)
        tools_menu.addAction(menu_actions.board_action(self))
        tools_menu.addAction(menu_actions.dashboard_action(self))
        tools_menu.addAction(menu_actions.lessons_action(self))
        tools_menu.addSeparator()
        tools_menu.addAction(self.preferences_action)
        help_menu = self.menuBar().addMenu(self.tr("A&yuda"))
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _style_widgets(self) -> None:
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.list_title.setFont(title_font)
        self.count_label.setStyleSheet(palette.text_style(palette.muted()))
        self.new_button.setDefault(False)
        table = self.table
        table.setSortingEnabled(True)
        table.sortByColumn(AllianceTableModel.NAME, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab goes on to the panels below
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AllianceTableModel.TERRITORY, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)

    def _assemble_list(self) -> QWidget:
        page = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.list_title)
        top.addSpacing(12)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.search_edit)
        top.addWidget(self.drafts_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addSpacing(6)
        layout.addWidget(self.agenda_panel, 1)
        return page

    def _assemble_empty_state(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("Aún no hay alianzas registradas"))
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.7)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Cree la primera alianza: el asistente le acompaña paso a paso por la fase de "
                "Nacimiento —socios, propósito común, compromisos y estructura— y al final "
                "prepara el acuerdo de compromisos para imprimir y firmar."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(560)
        text.setMinimumHeight(text.heightForWidth(560))
        logo = QLabel()
        logo.setPixmap(QApplication.windowIcon().pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button_font = QFont(self.font())
        button_font.setPointSizeF(button_font.pointSizeF() * 1.3)
        button_font.setBold(True)
        self.empty_button.setFont(button_font)
        self.empty_button.setMinimumSize(260, 56)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        layout.addWidget(logo)
        layout.addSpacing(12)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return page

    # -- state ------------------------------------------------------------------------

    @property
    def db(self) -> Database:
        return self._db

    @property
    def alliance_page(self) -> AlliancePage:
        """The alliance page, built the first time it is needed: the list shows without it
        (on an office's database it is 0.7 s and 15 MiB of the start)."""
        if self._alliance_page is None:
            from alianzas_desktop.ui.alliance_page import AlliancePage

            page = AlliancePage(self._db, self)
            page.back_requested.connect(self.show_list)
            page.alliance_changed.connect(lambda _id: self.refresh())
            page.meetings_tab.meetings_changed.connect(lambda _id: self.agenda_panel.refresh())
            current = self.stack.currentIndex()
            self.stack.removeWidget(self._page_slot)
            self.stack.insertWidget(self.ALLIANCE, page)
            self.stack.setCurrentIndex(current)
            self._page_slot.deleteLater()
            self._alliance_page = page
        return self._alliance_page

    def open_guide(self) -> None:
        """The methodology's guide (F1), at the part about what is on screen."""
        # Imported here: the guide's window and texts are not part of the first window.
        from alianzas_desktop.ui.help_window import open_guide_for

        open_guide_for(self)

    def refresh(self) -> None:
        """Reload the alliance list from the database, keeping the selection."""
        selected = self.selected_alliance_id()
        self._archived_count = alliance_changes.archived_count(self._db)
        self.model.load(self._db, include_archived=self.show_archived_action.isChecked())
        self._fit_columns()
        if selected:
            self.select_alliance(selected)
        if self.stack.currentIndex() != self.ALLIANCE:
            self.stack.setCurrentIndex(self._list_or_empty())
        self._update_count()
        self._update_actions()
        self.agenda_panel.refresh()
        self._update_drafts_button()
        self.list_refreshed.emit(self.model.total_count())

    def _fit_columns(self) -> None:
        """Size the columns to their contents, sampling rows so thousands stay fast."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        sample = range(min(self.model.rowCount(), COLUMN_SAMPLE_ROWS))
        for column, cap in COLUMN_CAPS.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = metrics.horizontalAdvance(title) + 28
            for row in sample:
                text = self.model.index(row, column).data()
                widest = max(widest, metrics.horizontalAdvance(text) + 20)
            header.resizeSection(column, min(widest, cap))

    def _filter(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_count()

    def _update_count(self, *_args) -> None:
        total = self.model.total_count()
        shown = self.model.matching_count()
        exact = self.model.count_is_exact()
        if exact and shown == total:
            text = self.tr("1 alianza") if total == 1 else self.tr("{total} alianzas")
        elif exact and shown == 0:
            text = self.tr("Ninguna alianza coincide con la búsqueda")
        else:
            text = self.tr("{shown} de {total} alianzas")
        archived = getattr(self, "_archived_count", 0)
        if archived and not self.show_archived_action.isChecked():
            text += " · " + (
                self.tr("1 archivada (Alianza ▸ Mostrar archivadas)")
                if archived == 1
                else self.tr("{archived} archivadas (Alianza ▸ Mostrar archivadas)")
            )
        # While the search has not looked at every alliance yet: «64+ de 4860 alianzas».
        found = language.count(shown) if exact else f"{language.count(shown)}+"
        self.count_label.setText(
            text.format(shown=found, total=language.count(total), archived=language.count(archived))
        )

    def _list_or_empty(self) -> int:
        """The list when any alliance exists, archived ones included; the welcome otherwise."""
        return self.LIST if self.model.total_count() or self._archived_count else self.EMPTY

    def _update_actions(self, *_args) -> None:
        on_page = self.stack.currentIndex() == self.ALLIANCE
        selected = self.selected_alliance_id() is not None
        self.open_action.setEnabled(selected and not on_page)
        self.agreement_action.setEnabled(on_page or selected)
        self.list_action.setEnabled(on_page)

    def selected_alliance_id(self) -> str | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        return rows[0].data(ID_ROLE) if rows else None

    def select_alliance(self, alliance_id: str) -> bool:
        row = self.model.row_of_id(alliance_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        return True

    def _focus_search(self) -> None:
        self.show_list()
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _show_database(self) -> None:
        where = str(self._db.path) if self._db.path else self._db.engine.url.render_as_string()
        self.db_label.setText(self.tr("Base de datos: {where}").format(where=where))
        self.db_label.setToolTip(where)

    # -- navigation -------------------------------------------------------------------

    def open_alliance(self, alliance_id: str | None) -> None:
        if not alliance_id:
            return
        self.alliance_page.load(alliance_id)
        self.select_alliance(alliance_id)
        self.stack.setCurrentIndex(self.ALLIANCE)
        self.setWindowTitle(
            self.tr("{name} — Alianzas").format(name=self.alliance_page.detail.name)
        )
        self._update_actions()
        self.alliance_opened.emit(alliance_id)

    def open_selected(self) -> None:
        self.open_alliance(self.selected_alliance_id())

    def show_list(self) -> None:
        self.stack.setCurrentIndex(self._list_or_empty())
        self.setWindowTitle(self.tr("Alianzas"))
        self.table.setFocus()
        self._update_actions()

    def show_agreement(self) -> None:
        """Alianza ▸ Acuerdo de compromisos…: preview the latest version."""
        if self.stack.currentIndex() != self.ALLIANCE:
            self.open_selected()
        if self.stack.currentIndex() == self.ALLIANCE:
            self.alliance_page.tabs.setCurrentIndex(2)
            self.alliance_page.preview_version()

    # -- the Nacimiento wizard --------------------------------------------------------

    def new_alliance(self, draft_id: str | None = None):
        """Open the Nacimiento wizard (a new alliance, or a saved draft)."""
        from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard

        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        wizard = NacimientoWizard(self._db, draft_id=draft_id, parent=self)
        wizard.alliance_founded.connect(
            lambda alliance_id: QTimer.singleShot(0, lambda: self.on_alliance_founded(alliance_id))
        )
        wizard.finished.connect(self._wizard_closed)
        self.wizard = wizard
        wizard.open()
        self.wizard_opened.emit(wizard)
        return wizard

    def start_new_alliance(self):
        """«Nueva alianza»: when one was left half-way, ask first whether to continue it."""
        pending = drafts.list_drafts(self._db, NACIMIENTO)
        if pending and self.wizard is None:
            choice = ask_new_or_resume(pending[0], len(pending), self)
            if choice == NewOrResume.RESUME:
                return self.new_alliance(draft_id=pending[0].id)
            if choice == NewOrResume.CANCEL:
                return None
        return self.new_alliance()

    def show_drafts(self):
        """Archivo ▸ Borradores…: continue or discard any unfinished wizard."""
        from alianzas_desktop.ui.dialogs.drafts_dialog import DraftsDialog

        chosen, accepted = DraftsDialog.choose(self._db, self)
        self._update_drafts_button()
        if accepted and chosen is not None:
            return self.resume_draft(chosen)
        return None

    def resume_draft(self, draft: DraftInfo):
        """Open the draft's wizard where it stopped."""
        if draft.kind == MEETING_DRAFT:
            return self.resume_meeting(draft)
        if draft.kind == PUESTA_DRAFT:
            from alianzas_desktop.ui.wizards.puesta_en_marcha.launch import resume_from_drafts

            return resume_from_drafts(self, draft)
        if draft.kind == DraftKind.PROYECCION:
            from alianzas_desktop.ui.wizards.proyeccion.launch import resume_from_drafts as resume

            return resume(self, draft)
        if draft.kind == REVIEW_DRAFT:
            from alianzas_desktop.ui.evaluations_tab import resume_from_drafts as resume_review

            return resume_review(self, draft)
        if draft.kind == DraftKind.SYSTEMATIZATION.value:
            from alianzas_desktop.ui.systematization_tab import resume_from_drafts as resume_sys

            return resume_sys(self, draft)
        return self.new_alliance(draft_id=draft.id)

    def _update_drafts_button(self) -> None:
        count = len(
            [
                d
                for d in drafts.list_drafts(self._db)
                if d.kind
                in (
                    NACIMIENTO,
                    MEETING_DRAFT,
                    PUESTA_DRAFT,
                    REVIEW_DRAFT,
                    DraftKind.SYSTEMATIZATION.value,
                    DraftKind.PROYECCION.value,
                )
            ]
        )
        self.drafts_button.setText(self.tr("Borradores ({count})").format(count=count))
        self.drafts_button.setVisible(count > 0)

    def _wizard_closed(self, _result: int) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None
        self._update_drafts_button()

    def on_alliance_founded(self, alliance_id: str) -> None:
        """Show the new alliance and offer to print its agreement (version 1)."""
        self.search_edit.clear()
        self.refresh()
        self.open_alliance(alliance_id)
        detail = self.alliance_page.detail
        if detail is None or not detail.versions:
            return
        first = detail.versions[0]
        self.alliance_page.tabs.setCurrentIndex(2)
        if first.status == VersionStatus.DRAFT.value:
            note = self.tr(
                "La alianza «{name}» quedó registrada. Este es su acuerdo de compromisos: "
                "use «Emitir e imprimir» para imprimir la versión que firmarán los socios."
            )
        else:
            note = self.tr(
                "La alianza «{name}» quedó registrada. Imprima su acuerdo de compromisos "
                "para que lo firmen los socios."
            )
        self.alliance_page.preview_version(first.id, note=note.format(name=detail.name))

    def offer_resume_draft(
        self, ask: Callable[[DraftInfo], str] | None = None
    ) -> ResumeChoice | None:
        """At start-up: continue, discard or postpone the latest unfinished alliance or meeting."""
        pending = [
            d
            for d in drafts.list_drafts(self._db)
            if d.kind
            in (NACIMIENTO, MEETING_DRAFT, PUESTA_DRAFT, REVIEW_DRAFT, DraftKind.PROYECCION)
        ]
        if not pending:
            return None
        draft = pending[0]
        choice = ResumeChoice(ask(draft) if ask else ask_resume(draft, self))
        if choice == ResumeChoice.CONTINUE:
            self.resume_draft(draft)
        elif choice == ResumeChoice.DISCARD:
            drafts.discard_draft(self._db, draft.id)
            self._update_drafts_button()
        return choice

    def resume_meeting(self, draft: DraftInfo):
        """Open the meeting's alliance and its wizard where the draft stopped."""
        alliance_id = draft.payload.get("alliance_id")
        try:
            self.open_alliance(alliance_id)
        except ServiceError:
            logger.warning("El borrador de sesión %s es de una alianza que ya no existe", draft.id)
            return None
        self.alliance_page.tabs.setCurrentIndex(self.alliance_page.meetings_tab_index)
        wizard = self.alliance_page.meetings_tab.open_wizard(draft_id=draft.id)
        if wizard is not None:
            self.wizard_opened.emit(wizard)
        return wizard

    # -- database and help ------------------------------------------------------------

    def open_database(self, path: str | None = None) -> bool:
        if path is None:
            start = str(self._db.path.parent) if self._db.path else ""
            path = file_dialogs.open_file_name(
                self,
                self.tr("Abrir base de datos"),
                start,
                self.tr("Base de datos de Alianzas (*.sqlite *.db);;Todos los archivos (*)"),
                allow_open_database=True,
            )
        if not path:
            return False
        same_file = self._db.path is not None and Path(path).resolve() == self._db.path.resolve()
        if same_file:
            # Reopening this very file (after a restore): let go of it first.
            self._db.close()
        try:
            ensure_not_empty_file(path)
            database = Database.open(path, exclusive=True)
        except DatabaseError as exc:
            QMessageBox.critical(self, self.tr("No se pudo abrir la base de datos"), str(exc))
            if same_file:
                self._db = Database.open(self._db.url, exclusive=True)
            return False
        previous, self._db = self._db, database
        previous.close()
        if self._alliance_page is not None:  # else built later on self._db
            self._alliance_page.set_database(database)
        self.agenda_panel.set_database(database)
        self.search_edit.clear()
        self.stack.setCurrentIndex(self.LIST)
        self._show_database()
        self.refresh()
        self.show_list()
        self.database_changed.emit(str(path))
        return True

    def verify_document(self) -> tuple[str, bool]:
        """Herramientas ▸ Verificar documento…: which acuerdo or acta has a printed code."""
        from alianzas_desktop.ui.dialogs.verify_dialog import VerifyDialog

        return VerifyDialog.verify_code(self._db, self)

    def show_about(self) -> None:
        from alianzas_desktop import __version__ as version

        QMessageBox.about(
            self,
            self.tr("Acerca de Alianzas"),
            self.tr(
                "<h3>Alianzas {version}</h3>"
                "<p>Acompañamiento sin conexión de alianzas entre el sector público, el sector "
                "privado y la sociedad civil, según la metodología del Programa Nacional de "
                "Alianzas: nacimiento, puesta en marcha, consolidación y sostenibilidad, y "
                "proyección.</p>"
            ).format(version=version),
        )

    # -- window -----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = settings().value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            from alianzas_desktop.ui.widgets.window_fit import fit_to_screen

            fit_to_screen(self, 1180, 740)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.wizard is not None and not self.wizard.close():
            event.ignore()
            return
        page = self._alliance_page
        meeting_wizard = page.meetings_tab.wizard if page is not None else None
        if meeting_wizard is not None and not meeting_wizard.close():
            event.ignore()
            return
        settings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
