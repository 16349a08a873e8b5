"""What the alliance page shows of its follow-up: the health reading with its reasons, the
open critical incidents, the conflict register tab and the commitments board tab.

``attach_followup(page)`` adds them to an AlliancePage and keeps them loaded with it, so the
page itself only calls that one function.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from alianzas_desktop.services import health, phase_changes
from alianzas_desktop.services.health import HealthInfo
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.commitments_board import CommitmentsBoard
from alianzas_desktop.ui.conflicts_tab import ConflictsTab
from alianzas_desktop.ui.models.alliance_table_model import health_icon
from alianzas_desktop.ui.models.base import vocabulary
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


class HealthBanner(QFrame):
    """«Salud: Amarillo» with a dot of its colour and every reason, in words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("health_banner")
        self.reading: HealthInfo | None = None
        self.icon_label = QLabel()
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.critical_label = QLabel()
        self.critical_label.setObjectName("critical_badge")
        self.critical_label.setStyleSheet(
            f"#critical_badge {{ color: {palette.css(palette.alarm_text())};"
            f" background: {palette.css(palette.alarm_background())}; border-radius: 8px;"
            " padding: 2px 8px; font-weight: 600; }"
        )
        self.critical_label.hide()
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.icon_label)
        top.addWidget(self.title_label)
        top.addWidget(self.critical_label)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.reasons_label)

    def set_reading(self, reading: HealthInfo | None) -> None:
        self.reading = reading
        self.setVisible(reading is not None)
        if reading is None:
            return
        background = palette.health_background(reading.health)
        style = (
            palette.box_style(
                "#health_banner",
                background,
                palette.health_border(reading.health),
                palette.text_on(background),
            )
            + f" #health_banner QLabel {{ color: {palette.css(palette.text_on(background))}; }}"
        )
        if self.styleSheet() != style:  # restyling costs more than reading the health
            self.setStyleSheet(style)
        self.icon_label.setPixmap(health_icon(reading.health).pixmap(14, 14))
        self.title_label.setText(
            QCoreApplication.translate("HealthBanner", "Salud de la alianza: {health}").format(
                health=vocabulary(reading.health_label)
            )
        )
        critical = reading.open_critical_incidents
        if critical:
            self.critical_label.setText(
                QCoreApplication.translate("HealthBanner", "⚠ 1 incidente crítico abierto")
                if critical == 1
                else QCoreApplication.translate(
                    "HealthBanner", "⚠ {count} incidentes críticos abiertos"
                ).format(count=critical)
            )
        self.critical_label.setVisible(bool(critical))
        self.reasons_label.setText("\n".join(f"• {worded(reason)}" for reason in reading.reasons))
        self.setAccessibleName(self.title_label.text())
        self.setAccessibleDescription(self.reasons_label.text())


class AllianceFollowup:
    """The follow-up widgets of one AlliancePage: the health banner read whenever the page
    loads, the two tabs when they are shown (``page.tab_loader``)."""

    def __init__(self, page):
        self.page = page
        self.health_banner = HealthBanner(page)
        self.conflicts_tab = ConflictsTab(page._db, page)
        self.commitments_board = CommitmentsBoard(page._db, "", page)
        # Beside the timeline, not under it: the page keeps its height on a small screen.
        layout = page.layout()
        position = layout.indexOf(page.timeline)
        layout.removeWidget(page.timeline)
        row = QHBoxLayout()
        row.addWidget(page.timeline, 3)
        row.addWidget(self.health_banner, 2)
        layout.insertLayout(position, row)
        tabs = page.tabs
        before = tabs.indexOf(page.audit_view)
        tabs.insertTab(
            before,
            self.commitments_board,
            QCoreApplication.translate("AlliancePage", "Seguimiento"),
        )
        tabs.insertTab(
            before, self.conflicts_tab, QCoreApplication.translate("AlliancePage", "Conflictos")
        )
        page.history_tab_index = tabs.indexOf(page.audit_view)
        page.meetings_tab_index = tabs.indexOf(page.meetings_tab)

        page.alliance_loaded.connect(self.load)
        page.tab_loader.register(self.conflicts_tab, self._load_conflicts)
        page.tab_loader.register(self.commitments_board, self._load_board)
        self.conflicts_tab.conflicts_changed.connect(self._changed)
        self.commitments_board.commitment_updated.connect(lambda _id: self._changed())

    def load(self, alliance_id: str) -> None:
        """What the page shows above its tabs: the health reading and the phases' dates."""
        db = self.page._db
        self.health_banner.set_reading(health.alliance_health(db, alliance_id))
        detail = self.page.detail
        self.page.timeline.set_history(
            phase_changes.phase_history(db, alliance_id),
            detail.start_date if detail is not None else None,
        )

    def _archived(self) -> bool:
        # An archived alliance is kept for the record: its follow-up is read, not changed.
        return self.page.detail is not None and self.page.detail.archived_at is not None

    def _load_board(self) -> None:
        self.commitments_board.set_database(self.page._db)
        self.commitments_board.load(self.page.alliance_id)
        self.commitments_board.set_read_only(self._archived())

    def _load_conflicts(self) -> None:
        self.conflicts_tab.set_database(self.page._db)
        self.conflicts_tab.load(self.page.alliance_id)
        self.conflicts_tab.set_read_only(self._archived())
        tabs = self.page.tabs
        count = self.conflicts_tab.model.rowCount()
        tabs.setTabText(
            tabs.indexOf(self.conflicts_tab),
            QCoreApplication.translate("AlliancePage", "Conflictos ({count})").format(count=count),
        )

    def _changed(self, *_args) -> None:
        alliance_id = self.page.alliance_id
        if alliance_id is None:
            return
        self.page.reload()
        self.page.alliance_changed.emit(alliance_id)


def attach_followup(page) -> AllianceFollowup:
    """Add the health reading and the follow-up tabs to ``page``; kept as ``page.followup``."""
    page.followup = AllianceFollowup(page)
    page.health_banner = page.followup.health_banner
    page.conflicts_tab = page.followup.conflicts_tab
    page.commitments_board = page.followup.commitments_board
    return page.followup
