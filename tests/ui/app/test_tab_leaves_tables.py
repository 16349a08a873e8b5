"""Tab never stays inside a table of the main window or an alliance page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from tests.ui.user_events import click_row


def test_tab_moves_from_each_table_to_another_widget(db, alliance_ids, window, qtbot):
    window.refresh()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    views = [v for v in window.findChildren(QTableView) if v.isVisibleTo(window)]
    window.open_alliance(alliance_ids["Cacao para la Paz"])
    page_views = [v for v in window.alliance_page.findChildren(QTableView) if v.isVisible()]
    window.show_list()
    assert views and page_views

    for view in views:
        if not view.isVisible() or view.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if view.model().rowCount():
            click_row(qtbot, view, 0)  # a click on a row gives the table the focus
        else:
            view.setFocus()
        qtbot.waitUntil(view.hasFocus)
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not view, view.objectName() or view.model()
    assert all(not v.tabKeyNavigation() for v in views + page_views)
