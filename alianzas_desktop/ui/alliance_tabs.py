"""The alliance page's tabs read when they are shown, not each time the page opens.

Opening a page reads its header (name, phase, health) and the tab on screen; each other tab
reads its records when it is first chosen, and again when chosen after the alliance changed.
Their titles keep saying how many records they hold, from one query
(``services.alliance_tabs.tab_counts``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from alianzas_desktop.services.alliance_tabs import TabCounts

logger = logging.getLogger(__name__)


class TabLoader(QObject):
    """Reads each registered tab of ``tabs`` when it is the current one: at once if it is
    on screen when the alliance (re)loads, otherwise when it is chosen."""

    def __init__(self, tabs: QTabWidget):
        super().__init__(tabs)
        self._tabs = tabs
        self._loaders: dict[QWidget, Callable[[], None]] = {}
        self._stale: set[QWidget] = set()
        tabs.currentChanged.connect(lambda index: self.ensure(tabs.widget(index)))

    def register(self, widget: QWidget, load: Callable[[], None]) -> None:
        """``load`` reads ``widget``'s records for the page's alliance."""
        self._loaders[widget] = load

    def invalidate(self) -> None:
        """The alliance (re)loaded: every tab is out of date; the current one is read now."""
        self._stale = set(self._loaders)
        self.ensure(self._tabs.currentWidget())

    def ensure(self, widget: QWidget | None) -> None:
        """Read ``widget`` now if it is out of date (before it is used or shown)."""
        if widget in self._stale:
            self._stale.discard(widget)
            self._loaders[widget]()

    def is_stale(self, widget: QWidget) -> bool:
        return widget in self._stale

    def forget(self) -> None:
        """Another database: nothing is read until an alliance loads."""
        self._stale.clear()


def show_counts(page, counts: TabCounts) -> None:
    """The tabs' titles with how many records each holds, before the tabs are read."""
    tabs = page.tabs
    titles = (
        (
            page.meetings_tab,
            QCoreApplication.translate("AlliancePage", "Sesiones ({count})").format(
                count=counts.meetings
            ),
        ),
        (
            page.conflicts_tab,
            QCoreApplication.translate("AlliancePage", "Conflictos ({count})").format(
                count=counts.conflicts
            ),
        ),
        (
            page.evaluations_tab,
            QCoreApplication.translate("EvaluationsTab", "Evaluaciones ({count})").format(
                count=counts.evaluations
            ),
        ),
        (
            page.puesta_launcher.plan_tab,
            QCoreApplication.translate("AlliancePage", "Plan de trabajo ({0})").format(
                counts.activities
            ),
        ),
    )
    for widget, title in titles:
        index = tabs.indexOf(widget)
        if index >= 0:
            tabs.setTabText(index, title)


def load_meetings(page) -> None:
    """The «Sesiones» tab read, its title with how many there are."""
    page.meetings_tab.reload()
    page.tabs.setTabText(
        page.tabs.indexOf(page.meetings_tab),
        QCoreApplication.translate("AlliancePage", "Sesiones ({count})").format(
            count=page.meetings_tab.model.rowCount()
        ),
    )
