"""What makes a screen usable without a mouse: labelled fields, Alt+letter, Tab that leaves."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QLabel, QLayout, QWidget

logger = logging.getLogger(__name__)


def labelled_row(form: QFormLayout, text: str, field: QWidget | QLayout, buddy: QWidget) -> QLabel:
    """A form row whose label's Alt+letter (the "&" in ``text``) takes the focus to ``buddy``.

    QFormLayout would make the row's container the buddy, and a container takes no focus.
    """
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, field)
    return label


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label outside a form whose Alt+letter takes the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def with_mnemonic(text: str, letter: str) -> str:
    """``text`` with "&" before the first ``letter`` (any case); unchanged if it has none.

    For labels that come from the vocabulary, whose words are not written here.
    """
    text = text.replace("&", "&&")
    position = text.casefold().find(letter.casefold())
    return text if position < 0 else text[:position] + "&" + text[position:]


def mnemonic_of(text: str) -> str:
    """The Alt+letter of a label or button text ("" when it has none); "&&" is a plain "&"."""
    position = 0
    while True:
        position = text.find("&", position)
        if position < 0 or position + 1 >= len(text):
            return ""
        if text[position + 1] != "&":
            return text[position + 1].casefold()
        position += 2


def tab_leaves(view: QAbstractItemView) -> QAbstractItemView:
    """Tab goes to the next field instead of walking the cells; the arrows still move."""
    view.setTabKeyNavigation(False)
    return view


def display_only(view: QAbstractItemView) -> QAbstractItemView:
    """A table that only shows figures: no focus stop, no selection."""
    view.setTabKeyNavigation(False)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    return view


class _EnterRuns(QObject):
    """Runs an action on Enter and keeps the key from the window's default button."""

    def __init__(self, watched: QWidget, action: Callable[[], None]):
        super().__init__(watched)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                self._action()
                return True
        return super().eventFilter(watched, event)


def enter_runs(field: QWidget, action: Callable[[], None]) -> None:
    """Enter in ``field`` runs ``action`` (e.g. "add this item") and never turns the page.

    A line edit lets Enter through to its dialog, which would press Next or OK as well.
    """
    field.installEventFilter(_EnterRuns(field, action))


class _SearchLeads(QObject):
    """Down from a search field goes into its results; Enter opens the chosen one."""

    _INTO = (Qt.Key.Key_Down, Qt.Key.Key_PageDown)

    def __init__(
        self,
        field: QWidget,
        view: QAbstractItemView,
        open_row: Callable[[QModelIndex], None] | None,
    ):
        super().__init__(field)
        self._view = view
        self._open_row = open_row

    def _chosen(self) -> QModelIndex | None:
        """The results' current row, or their first when none is current; None when empty."""
        model = self._view.model()
        if model is None or model.rowCount() == 0:
            return None
        current = self._view.currentIndex()
        return current if current.isValid() else model.index(0, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        key = event.key()
        if plain and key in self._INTO:
            chosen = self._chosen()
            if chosen is not None:
                self._view.setFocus(Qt.FocusReason.TabFocusReason)
                self._view.setCurrentIndex(chosen)
                return True
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._open_row:
            chosen = self._chosen()
            if chosen is not None:
                self._open_row(chosen)
                return True
        return super().eventFilter(watched, event)


def search_leads_to(
    field: QWidget,
    view: QAbstractItemView,
    open_row: Callable[[QModelIndex], None] | None = None,
) -> None:
    """Down (or Page Down) in the search ``field`` moves into its results ``view``, on the
    row chosen there or else the first; with ``open_row``, Enter in the field opens that
    row, as Enter in the list would. With no results both keys do what they did."""
    field.installEventFilter(_SearchLeads(field, view, open_row))
