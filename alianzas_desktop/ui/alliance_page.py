"""One alliance's page: its phase, partners, commitments and agreement versions."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.formatting import long_date
from alianzas_desktop.domain.vocabulary import CommitmentStatus
from alianzas_desktop.services import alliance_changes, alliances
from alianzas_desktop.services.alliance_changes import AgreementChange
from alianzas_desktop.services.alliance_tabs import tab_counts
from alianzas_desktop.services.alliances import AllianceDetail, CommitmentInfo, PartnerInfo
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.agreement_versions import AgreementVersionActions
from alianzas_desktop.ui.alliance_tabs import TabLoader, load_meetings, show_counts
from alianzas_desktop.ui.audit_view import AuditView
from alianzas_desktop.ui.language import current_language
from alianzas_desktop.ui.models.detail_models import (
    CommitmentTableModel,
    PartnerTableModel,
    VersionTableModel,
)
from alianzas_desktop.ui.widgets.phase_timeline import PhaseTimeline
from alianzas_desktop.ui.widgets.table_view import make_table_view
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


class AlliancePage(AgreementVersionActions, QWidget):
    """Everything about one alliance, reached by double-clicking it in the list."""

    back_requested = Signal()
    alliance_loaded = Signal(str)
    version_issued = Signal(str)
    version_signed = Signal(str)
    document_printed = Signal(str)
    alliance_changed = Signal(str)  # data, partners or archiving changed: the list reloads

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._detail: AllianceDetail | None = None
        self.last_preview = None

        self.back_button = QToolButton()
        self.back_button.setText(self.tr("← Alianzas"))
        self.back_button.setToolTip(self.tr("Volver a la lista de alianzas (Alt+Izquierda)"))
        self.back_button.setAutoRaise(True)
        self.title_label = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setStyleSheet(palette.text_style(palette.muted()))
        self.purpose_label = QLabel()
        self.purpose_label.setWordWrap(True)
        self.purpose_label.setTextFormat(Qt.TextFormat.PlainText)
        self.timeline = PhaseTimeline()
        self.partner_model = PartnerTableModel(self)
        self.commitment_model = CommitmentTableModel(self)
        self.version_model = VersionTableModel(self)
        self.partners_view = make_table_view(
            self.partner_model, stretch=PartnerTableModel.ORGANIZATION, parent=self
        )
        self.commitments_view = make_table_view(
            self.commitment_model, stretch=CommitmentTableModel.DESCRIPTION, parent=self
        )
        self.versions_view = make_table_view(
            self.version_model, stretch=VersionTableModel.SIGNED, parent=self
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_loader = TabLoader(self.tabs)  # each tab read when shown, not on opening
        self.audit_view = AuditView(db, self)
        self.preview_button = QPushButton(self.tr("Ver / &Imprimir…"))
        self.issue_button = QPushButton(self.tr("E&mitir…"))
        self.issue_button.setToolTip(
            self.tr("Congela el contenido del borrador para imprimirlo y firmarlo.")
        )
        self.save_button = QPushButton(self.tr("&Guardar PDF…"))
        self.sign_button = QPushButton(self.tr("Regis&trar firma…"))
        self.scan_button = QPushButton(self.tr("Abrir &escaneo firmado"))
        self.version_hint = QLabel()
        from alianzas_desktop.ui.meetings_tab import MeetingsTab

        self.meetings_tab = MeetingsTab(db, self)
        self.tab_loader.register(self.meetings_tab, lambda: load_meetings(self))
        self.new_meeting_button = QPushButton(self.tr("&Nueva sesión…"))
        self.new_meeting_button.setToolTip(
            self.tr("Convocar una sesión con los socios y llevar su acta.")
        )
        from alianzas_desktop.ui.wizards.puesta_en_marcha.launch import attach_to_alliance_page

        self.puesta_button = attach_to_alliance_page(self)
        self.version_hint.setWordWrap(True)
        self.version_hint.setStyleSheet(palette.text_style(palette.muted()))
        self.edit_commitments_button = QPushButton(self.tr("&Editar compromisos…"))
        self.edit_commitments_button.setToolTip(
            self.tr(
                "Agregar, cambiar o retirar compromisos; si el acuerdo ya fue emitido, "
                "los cambios van en una nueva versión (otrosí)."
            )
        )
        self.commitment_history_button = QPushButton(self.tr("Historial del com&promiso…"))
        self.commitment_history_button.setToolTip(
            self.tr("Quién lo cambió y cómo, y su seguimiento en las sesiones.")
        )
        self.phase_button = QPushButton(self.tr("Cambiar de &fase…"))
        self.phase_button.setToolTip(
            self.tr("Registrar que la alianza pasó a otra fase de su ciclo.")
        )
        self.edit_button = QPushButton(self.tr("&Corregir datos…"))
        self.edit_button.setToolTip(
            self.tr(
                "Nombre, territorio, propósito, objetivos y estructura; si el acuerdo ya fue "
                "emitido, los cambios van en una nueva versión (otrosí)."
            )
        )
        self.archive_button = QPushButton(self.tr("Archi&var…"))
        self.archive_button.setToolTip(
            self.tr("Quitarla de la lista de alianzas sin borrar nada; se puede restaurar.")
        )
        self.archived_label = QLabel(
            self.tr(
                "Esta alianza está archivada: no aparece en la lista y sus datos no se "
                "corrigen. Restáurela para seguir trabajando con ella."
            )
        )
        self.archived_label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restaurar alianza"))
        self.archived_bar = QWidget()
        self.add_partner_button = QPushButton(self.tr("A&gregar socio…"))
        self.add_partner_button.setToolTip(
            self.tr("Una organización se suma a la alianza y al acuerdo (otrosí si ya se emitió).")
        )
        self.retire_partner_button = QPushButton(self.tr("Re&tirar socio…"))
        self.retire_partner_button.setToolTip(
            self.tr("El socio deja la alianza; queda en la lista como retirado, con su historia.")
        )

        self.back_button.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(lambda: self.edit_alliance())
        self.archive_button.clicked.connect(lambda: self.archive_alliance())
        self.restore_button.clicked.connect(lambda: self.restore_alliance())
        self.add_partner_button.clicked.connect(lambda: self.add_partner())
        self.retire_partner_button.clicked.connect(lambda: self.retire_partner())
        self.partners_view.selectionModel().selectionChanged.connect(self._update_partner_actions)
        self.edit_commitments_button.clicked.connect(lambda: self.edit_commitments())
        self.phase_button.clicked.connect(lambda: self.change_phase())
        self.commitment_history_button.clicked.connect(lambda: self.show_commitment_history())
        self.commitments_view.doubleClicked.connect(lambda _i: self.show_commitment_history())
        self.new_meeting_button.clicked.connect(lambda: self.meetings_tab.open_wizard())
        self.meetings_tab.meetings_changed.connect(lambda _id: self.reload())
        self.preview_button.clicked.connect(lambda: self.preview_version())
        self.issue_button.clicked.connect(lambda: self.issue_version())
        self.save_button.clicked.connect(lambda: self.save_version_pdf())
        self.sign_button.clicked.connect(lambda: self.register_signature())
        self.scan_button.clicked.connect(lambda: self.open_signed_scan())
        self.versions_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.versions_view.doubleClicked.connect(lambda _index: self.preview_version())

        # Assemble
        version_buttons = QVBoxLayout()
        for button in (
            self.preview_button,
            self.issue_button,
            self.save_button,
            self.sign_button,
            self.scan_button,
        ):
            version_buttons.addWidget(button)
        version_buttons.addStretch(1)
        versions_row = QHBoxLayout()
        versions_row.addWidget(self.versions_view, 1)
        versions_row.addLayout(version_buttons)
        versions_tab = QWidget()
        versions_layout = QVBoxLayout(versions_tab)
        versions_layout.addLayout(versions_row, 1)
        versions_layout.addWidget(self.version_hint)
        partners_tab = QWidget()
        partners_layout = QVBoxLayout(partners_tab)
        partners_layout.addWidget(self.partners_view, 1)
        partners_buttons = QHBoxLayout()
        partners_buttons.addWidget(self.add_partner_button)
        partners_buttons.addWidget(self.retire_partner_button)
        partners_buttons.addStretch(1)
        partners_layout.addLayout(partners_buttons)
        self.tabs.addTab(partners_tab, self.tr("Socios"))
        commitments_tab = QWidget()
        commitments_layout = QVBoxLayout(commitments_tab)
        commitments_layout.addWidget(self.commitments_view, 1)
        commitments_buttons = QHBoxLayout()
        commitments_buttons.addWidget(self.edit_commitments_button)
        commitments_buttons.addWidget(self.commitment_history_button)
        commitments_buttons.addStretch(1)
        commitments_layout.addLayout(commitments_buttons)
        self.tabs.addTab(commitments_tab, self.tr("Compromisos"))
        self.tabs.addTab(versions_tab, self.tr("Acuerdo"))
        self.meetings_tab_index = self.tabs.addTab(self.meetings_tab, self.tr("Sesiones"))
        self.tabs.addTab(self.puesta_launcher.plan_tab, self.tr("Plan de trabajo"))
        self.history_tab_index = self.tabs.addTab(self.audit_view, self.tr("Historial"))
        # The history is read when its tab is chosen, not each time the page opens.
        self.tabs.currentChanged.connect(
            lambda i: self.tabs.widget(i) is self.audit_view and self.audit_view.show_if_stale()
        )
        from alianzas_desktop.ui.evaluations_tab import attach_evaluations_tab

        self.evaluations_tab = attach_evaluations_tab(self)  # «Evaluaciones»
        from alianzas_desktop.ui.wizards.proyeccion.launch import attach_proyeccion_tab

        self.proyeccion_tab = attach_proyeccion_tab(self)  # «Proyección»
        from alianzas_desktop.ui.systematization_tab import attach_systematization_tab

        self.systematization_tab = attach_systematization_tab(self)  # «Sistematización»
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.phase_button)
        top.addWidget(self.new_meeting_button)
        top.addWidget(self.archive_button)
        archived_row = QHBoxLayout(self.archived_bar)
        archived_row.setContentsMargins(10, 6, 10, 6)
        archived_row.addWidget(self.archived_label, 1)
        archived_row.addWidget(self.restore_button)
        self.archived_bar.setObjectName("archived_bar")
        self.archived_bar.setStyleSheet(
            palette.box_style(
                "#archived_bar",
                palette.warning_background(),
                palette.warning_border(),
                palette.warning_text(),
            )
        )
        self.archived_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.archived_bar)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addSpacing(10)
        layout.addWidget(self.timeline)
        layout.addSpacing(4)
        layout.addWidget(self.purpose_label)
        layout.addSpacing(6)
        layout.addWidget(self.tabs, 1)
        from alianzas_desktop.ui.alliance_followup import attach_followup

        attach_followup(self)  # health, conflicts and commitments follow-up
        self._order_tabs()
        self._update_actions()

    def _order_tabs(self) -> None:
        """The tabs in the order an alliance lives them, the history of changes last."""
        life = [
            self.puesta_launcher.plan_tab,
            self.commitments_board,
            self.evaluations_tab,
            self.conflicts_tab,
            self.proyeccion_tab,
            self.systematization_tab,
            self.audit_view,
        ]
        bar = self.tabs.tabBar()
        for widget in life:
            bar.moveTab(self.tabs.indexOf(widget), self.tabs.count() - 1)
        self.history_tab_index = self.tabs.indexOf(self.audit_view)
        self.meetings_tab_index = self.tabs.indexOf(self.meetings_tab)

    # -- loading ----------------------------------------------------------------------

    @property
    def alliance_id(self) -> str | None:
        return self._detail.id if self._detail else None

    @property
    def detail(self) -> AllianceDetail | None:
        return self._detail

    def set_database(self, db: Database) -> None:
        self._db = db
        self._detail = None
        self.tab_loader.forget()
        self.audit_view.set_database(db)
        self.meetings_tab.set_database(db)

    def load(self, alliance_id: str) -> None:
        detail = alliances.alliance_detail(self._db, alliance_id)
        self._detail = detail
        self.title_label.setText(detail.name)
        facts = [
            detail.territory,
            QCoreApplication.translate("vocabulary", detail.area_label),
            self.tr("desde el {date}").format(
                date=long_date(detail.start_date, current_language())
            ),
        ]
        if detail.facilitator:
            facts.append(self.tr("facilita {name}").format(name=detail.facilitator))
        self.subtitle_label.setText(" · ".join(f for f in facts if f))
        self.purpose_label.setText(
            self.tr("Propósito común: {purpose}").format(purpose=detail.purpose)
            if detail.purpose
            else ""
        )
        self.purpose_label.setVisible(bool(detail.purpose))
        self.timeline.set_phase(detail.phase)
        self.partner_model.set_rows(detail.partners + detail.retired_partners)
        self.commitment_model.set_rows(
            [c for c in detail.commitments if c.status != CommitmentStatus.CANCELLED.value]
        )
        self._set_versions(detail.versions)
        retired = len(detail.retired_partners)
        if retired == 1:
            partners_title = self.tr("Socios ({count}, 1 retirado)").format(
                count=len(detail.partners)
            )
        elif retired:
            partners_title = self.tr("Socios ({count}, {retired} retirados)").format(
                count=len(detail.partners), retired=retired
            )
        else:
            partners_title = self.tr("Socios ({count})").format(count=len(detail.partners))
        self.tabs.setTabText(0, partners_title)
        self._update_archived()
        self.tabs.setTabText(
            1, self.tr("Compromisos ({count})").format(count=self.commitment_model.rowCount())
        )
        self.meetings_tab.set_alliance(alliance_id, detail.name)
        self.audit_view.load(alliance_id)
        show_counts(self, tab_counts(self._db, alliance_id))
        self.alliance_loaded.emit(alliance_id)
        self.tab_loader.invalidate()  # the tab on screen is read now, the others when chosen

    def edit_commitments(self) -> bool:
        """Open the commitments dialog; True when changes were saved."""
        if self._detail is None:
            return False
        from alianzas_desktop.ui.dialogs.commitments_dialog import CommitmentsDialog

        dialog = CommitmentsDialog(self._db, self._detail.id, self)
        saved: list[str] = []
        dialog.commitments_saved.connect(saved.append)
        dialog.exec()
        if not saved:
            return False
        self.reload()
        self.tabs.setCurrentIndex(2)
        return True

    # -- correcting what was founded ---------------------------------------------------

    def _update_archived(self) -> None:
        archived = self._detail is not None and self._detail.archived_at is not None
        self.archived_bar.setVisible(archived)
        for button in (
            self.edit_button,
            self.archive_button,
            self.phase_button,
            self.new_meeting_button,
            self.edit_commitments_button,
            self.add_partner_button,
        ):
            button.setEnabled(not archived)
        self._update_partner_actions()

    def selected_partner(self) -> PartnerInfo | None:
        index = self.partners_view.currentIndex()
        if not index.isValid():
            return None
        return self.partner_model.row_at(self.partners_view.model().mapToSource(index).row())

    def _update_partner_actions(self, *_args) -> None:
        archived = self._detail is None or self._detail.archived_at is not None
        partner = self.selected_partner()
        self.retire_partner_button.setEnabled(
            not archived and (partner is None or partner.retired_on is None)
        )

    def _agreement_changed(self, change: AgreementChange | None) -> None:
        """Reload, tell the list, and show the agreement version holding the change."""
        self.reload()
        if self._detail is not None:
            self.alliance_changed.emit(self._detail.id)
        if change is not None:
            self.tabs.setCurrentIndex(2)
            self.select_version(change.version_id)

    def edit_alliance(self) -> bool:
        """Correct name, territory, purpose, objectives and structure; True when saved."""
        if self._detail is None:
            return False
        from alianzas_desktop.ui.dialogs.alliance_edit_dialog import AllianceEditDialog

        change, accepted = AllianceEditDialog.edit_alliance(self._db, self._detail.id, self)
        if not accepted:
            return False
        self._agreement_changed(change)
        return True

    def add_partner(self) -> bool:
        if self._detail is None:
            return False
        from alianzas_desktop.ui.dialogs.partner_dialog import PartnerDialog

        change, accepted = PartnerDialog.add_partner(self._db, self._detail.id, self)
        if not accepted:
            return False
        self._agreement_changed(change)
        return True

    def retire_partner(self) -> bool:
        """Retire the selected partner (or one chosen in the dialog); True when recorded."""
        if self._detail is None:
            return False
        from alianzas_desktop.ui.dialogs.retire_partner_dialog import RetirePartnerDialog

        selected = self.selected_partner()
        membership_id = selected.membership_id if selected and not selected.is_retired else None
        change, accepted = RetirePartnerDialog.retire_partner(
            self._db, self._detail.id, membership_id, self
        )
        if not accepted:
            return False
        self._agreement_changed(change)
        return True

    def archive_alliance(self) -> bool:
        """After the facilitator confirms, hide the alliance from the list and go back to it."""
        if self._detail is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Archivar la alianza"),
            self.tr(
                "«{name}» dejará de aparecer en la lista de alianzas. No se borra nada: "
                "puede verla y restaurarla con Alianza ▸ Mostrar archivadas.\n\n"
                "¿Archivar la alianza?"
            ).format(name=self._detail.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            alliance_changes.archive_alliance(self._db, self._detail.id)
        except ServiceError as exc:
            self._warn(self.tr("No se pudo archivar"), exc)
            return False
        alliance_id = self._detail.id
        self.reload()
        self.alliance_changed.emit(alliance_id)
        self.back_requested.emit()
        return True

    def restore_alliance(self) -> bool:
        if self._detail is None:
            return False
        try:
            alliance_changes.restore_alliance(self._db, self._detail.id)
        except ServiceError as exc:
            self._warn(self.tr("No se pudo restaurar"), exc)
            return False
        self.reload()
        self.alliance_changed.emit(self._detail.id)
        return True

    def selected_commitment(self) -> CommitmentInfo | None:
        index = self.commitments_view.currentIndex()
        if not index.isValid():
            return None
        return self.commitment_model.row_at(self.commitments_view.model().mapToSource(index).row())

    def show_commitment_history(self) -> bool:
        """Open the selected commitment's history (changes and follow-up)."""
        commitment = self.selected_commitment()
        if commitment is None:
            return False
        from alianzas_desktop.ui.dialogs.record_history_dialog import RecordHistoryDialog

        title = f"{commitment.organization}: {commitment.description}"
        dialog = RecordHistoryDialog(
            self._db, commitment.id, title, is_commitment=True, parent=self
        )
        self.history_dialog = dialog
        dialog.exec()
        return True

    def change_phase(self) -> bool:
        """Record a phase change as an explicit act (date, reason, checklist); True when done."""
        if self._detail is None:
            return False
        from alianzas_desktop.ui.dialogs.phase_dialog import PhaseDialog

        _change_id, recorded = PhaseDialog.change_phase(self._db, self._detail.id, self)
        if not recorded:
            return False
        self.reload()
        self.alliance_changed.emit(self._detail.id)
        return True

    def reload(self) -> None:
        if self._detail:
            selected = self.selected_version()
            self.load(self._detail.id)
            if selected:
                self.select_version(selected.id)

    def _warn(self, title: str, error: Exception | str) -> None:
        QMessageBox.warning(self, title, worded(error))
