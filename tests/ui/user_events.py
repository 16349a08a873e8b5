"""What a user does, sent as the events Qt receives: clicks on rows and check boxes, keys in fields.

Each helper asserts the effect it was sent for, so a test fails when an event did not land
(a hidden widget, a row scrolled away, a disabled button) instead of going on silently.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QMenuBar,
    QStyle,
    QStyleOptionViewItem,
    QTabWidget,
    QTimeEdit,
    QWidget,
)

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def click_button(qtbot, button: QAbstractButton) -> None:
    """A left click on a real button; it must be shown and enabled to take it."""
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def _cell_point(view: QAbstractItemView, index: QModelIndex):
    assert view.isVisible(), "the view must be shown to receive a click"
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert view.viewport().rect().contains(rect.center()), (index.row(), rect)
    return rect.center()


def click_row(
    qtbot, view: QAbstractItemView, row: int, column: int = 0, modifiers=NO_MODIFIER
) -> None:
    """Click a row of ``view`` (a proxy's row, as shown) on the viewport, where it is drawn."""
    index = view.model().index(row, column)
    assert index.isValid(), row
    qtbot.mouseClick(view.viewport(), LEFT, modifiers, _cell_point(view, index))
    assert view.currentIndex().row() == row, (view.currentIndex().row(), row)


def double_click(qtbot, widget: QWidget, pos: QPoint) -> None:
    """Press and release, then the double-click and its release, as a mouse sends them.

    (QTest's mouseDClick, offscreen, delivers no double-click event to item views.)
    """
    qtbot.mouseClick(widget, LEFT, pos=pos)
    where, screen = QPointF(pos), QPointF(widget.mapToGlobal(pos))
    for kind, held in (
        (QEvent.Type.MouseButtonDblClick, LEFT),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(kind, where, screen, LEFT, held, NO_MODIFIER)
        QApplication.sendEvent(widget, event)


def double_click_row(qtbot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Double-click a row of ``view`` where it is drawn."""
    double_click(qtbot, view.viewport(), _cell_point(view, view.model().index(row, column)))


def click_menu_item(qtbot, bar: QMenuBar, action: QAction) -> None:
    """Open the menu bar's menu that holds ``action`` with a click, then click the item."""
    menu = next(
        m.menu() for m in bar.actions() if m.menu() is not None and action in m.menu().actions()
    )
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    assert action.isEnabled(), action.text()
    with qtbot.waitSignal(action.triggered):
        qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def click_tab(qtbot, tabs: QTabWidget, index: int) -> None:
    """Click a tab's title in the tab bar."""
    assert tabs.isVisible() and tabs.isTabEnabled(index), index
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index, (tabs.currentIndex(), index)


def click_tab_of(qtbot, tabs: QTabWidget, widget: QWidget) -> None:
    """Click the tab that holds ``widget``."""
    index = next(
        (i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(widget)),
        tabs.indexOf(widget),
    )
    assert index >= 0, widget
    click_tab(qtbot, tabs, index)


def click_check_in_view(qtbot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Click the check box drawn in a cell, on its indicator; its state must flip."""
    index = view.model().index(row, column)
    _cell_point(view, index)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    indicator = view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
    )
    before = index.data(Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(view.viewport(), LEFT, pos=indicator.center())
    assert index.data(Qt.ItemDataRole.CheckStateRole) != before, (row, column)


def choose_row(qtbot, combo: QComboBox, target: int) -> None:
    """↓ and ↑ in the focused combo box until its item ``target`` is shown."""
    assert combo.isVisible() and combo.isEnabled()
    combo.setFocus()
    for _ in range(combo.count() + 1):
        if combo.currentIndex() == target:
            return
        down = combo.currentIndex() < target
        qtbot.keyClick(combo, Qt.Key.Key_Down if down else Qt.Key.Key_Up)
    assert combo.currentIndex() == target, (combo.currentText(), combo.itemText(target))


def choose(qtbot, combo: QComboBox, code) -> None:
    """Pick the item whose data is ``code`` with the arrow keys, as from the keyboard."""
    target = combo.findData(code)
    assert target >= 0, code
    choose_row(qtbot, combo, target)


def choose_text(qtbot, combo: QComboBox, text: str) -> None:
    """Pick the item that reads ``text`` with the arrow keys."""
    target = combo.findText(text)
    assert target >= 0, text
    choose_row(qtbot, combo, target)


def type_number(qtbot, spin: QAbstractSpinBox, value: int) -> None:
    """Select what a spin box shows and type the number over it."""
    assert spin.isVisible() and spin.isEnabled()
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value, (spin.value(), value)


def type_time(qtbot, field: QTimeEdit, value: time) -> None:
    """Type hours and minutes from the start of a 12-hour field; End, then ↑ p. m. or ↓ a. m."""
    assert field.isVisible() and field.isEnabled()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Home)
    qtbot.keyClicks(field, value.strftime("%I%M"))
    qtbot.keyClick(field, Qt.Key.Key_End)  # the a. m./p. m. part
    qtbot.keyClick(field, Qt.Key.Key_Up if value.hour >= 12 else Qt.Key.Key_Down)
    assert field.time().toPython() == value, (field.time(), value)
