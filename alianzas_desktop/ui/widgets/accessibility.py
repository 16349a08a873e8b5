"""What a screen reader announces for each input: its name from the label beside it.

Done once, centrally, instead of on each of hundreds of fields: ``name_inputs`` walks a
window (or a wizard page) and gives every input that has no accessible name the text of
the label that names it on screen — a QLabel whose buddy it is, its QFormLayout row's
label, its group box's title, or its own placeholder or tool tip. ``install`` runs it
on every window and wizard page as it is shown. Field messages (field_error.py) set
the field's accessible description.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizardPage,
)

logger = logging.getLogger(__name__)

# What a user types into or chooses with, and must hear named.
INPUT_TYPES = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractButton,
)


def plain_label(text: str) -> str:
    """A label's words as heard: no "&" mnemonic, no markup, no trailing colon."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = " ".join(text.split())
    return text.rstrip(":").strip()


# Widgets whose inner parts (a combo's list, a spin box's line edit, a calendar's buttons,
# a table's header) are announced as part of them.
_COMPOSITES = (
    QComboBox,
    QAbstractSpinBox,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QTabBar,
    QCalendarWidget,
)


def _part_of_another(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def needs_name(widget: QWidget) -> bool:
    """An input without an accessible name a screen reader cannot work out by itself.

    A button or check box with text names itself; inner parts of another input are
    announced with it.
    """
    if not isinstance(widget, INPUT_TYPES) or isinstance(widget, QHeaderView):
        return False
    if widget.accessibleName() or _part_of_another(widget):
        return False
    if isinstance(widget, QAbstractButton):
        return not plain_label(widget.text())
    return True


def _inputs_in(widget: QWidget) -> list[QWidget]:
    found = [widget] if isinstance(widget, INPUT_TYPES) else []
    found.extend(child for child in widget.findChildren(QWidget) if isinstance(child, INPUT_TYPES))
    return [w for w in found if needs_name(w)]


def inputs_of(widget: QWidget) -> list[QWidget]:
    """``widget`` if it is an input, else the inputs inside it (its own parts left out)."""
    if isinstance(widget, INPUT_TYPES):
        return [widget]
    return [
        child
        for child in widget.findChildren(QWidget)
        if isinstance(child, INPUT_TYPES) and not _part_of_another(child)
    ]


def _name(widget: QWidget, text: str) -> None:
    text = plain_label(text)
    if text and not widget.accessibleName():
        widget.setAccessibleName(text)


def _name_form_rows(layout: QLayout) -> None:
    """Each QFormLayout row's label names the inputs of its field (a field in a box too)."""
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            label_item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item is None or field_item is None:
                continue
            label = label_item.widget()
            if not isinstance(label, QLabel):
                continue
            field = field_item.widget()
            fields = [field] if field is not None else []
            if field is None and field_item.layout() is not None:
                fields = _widgets_of(field_item.layout())
            for each in fields:
                for target in _inputs_in(each):
                    _name(target, label.text())
    for index in range(layout.count()):
        child = layout.itemAt(index).layout()
        if child is not None:
            _name_form_rows(child)


def _widgets_of(layout: QLayout) -> list[QWidget]:
    widgets = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            widgets.append(item.widget())
        elif item.layout() is not None:
            widgets.extend(_widgets_of(item.layout()))
    return widgets


def _tab_title(widget: QWidget) -> str:
    """The title of the tab a widget is the whole page of, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if tabs is not None and isinstance(tabs.parentWidget(), QTabWidget):
            tab_widget = tabs.parentWidget()
            index = tab_widget.indexOf(parent)
            if index >= 0:
                return tab_widget.tabText(index)
        parent = parent.parentWidget()
    return ""


def name_inputs(root: QWidget) -> int:
    """Give every input under ``root`` without an accessible name the words that name it on
    screen; the number of inputs still without one (0 when every input is named)."""
    widgets = [root, *root.findChildren(QWidget)]
    # 1. A label whose buddy the input is: what Alt+letter and the eye already tie together.
    for label in (w for w in widgets if isinstance(w, QLabel)):
        buddy = label.buddy()
        if buddy is not None and needs_name(buddy):
            _name(buddy, label.text())
    # 2. The label of the QFormLayout row the input sits in.
    for widget in widgets:
        if widget.layout() is not None:
            _name_form_rows(widget.layout())
    # 3. A group box's title names the one input inside it, or a list or table inside it.
    for box in (w for w in widgets if isinstance(w, QGroupBox) and w.title()):
        inside = _inputs_in(box)
        views = [w for w in inside if isinstance(w, QAbstractItemView)]
        for target in views if views else inside[:1] if len(inside) == 1 else []:
            _name(target, box.title())
    # 4. What the input itself shows: a placeholder, a tool tip, its tab's title (a table).
    for widget in widgets:
        if not needs_name(widget):
            continue
        for text in _own_words(widget):
            _name(widget, text)
            if widget.accessibleName():
                break
    # 5. The one list left in a window or wizard page is its list: the title names it.
    views = [w for w in widgets if isinstance(w, QAbstractItemView) and needs_name(w)]
    if len(views) == 1:
        _name(views[0], _title_of(root))
    unnamed = [w for w in widgets if needs_name(w)]
    for widget in unnamed:
        logger.debug("Sin nombre accesible: %s %s", type(widget).__name__, widget.objectName())
    return len(unnamed)


def _title_of(root: QWidget) -> str:
    """A window's title, or a wizard page's (WizardPage keeps it plain beside the styled one)."""
    if isinstance(root, QWizardPage):
        return getattr(root, "plain_title", "") or root.title()
    return root.windowTitle() if root.isWindow() else ""


def _own_words(widget: QWidget) -> list[str]:
    words = []
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        words.append(widget.placeholderText())
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        words.append(widget.lineEdit().placeholderText())
    if isinstance(widget, QTextEdit) and widget.isReadOnly():
        # Read-only text (guidance, a summary) is known by its first line, its heading.
        words.append(next((line for line in widget.toPlainText().splitlines() if line.strip()), ""))
    words.append(widget.toolTip())
    if isinstance(widget, QAbstractItemView):
        words.append(_label_above(widget))
        words.append(_tab_title(widget))
    return [w[:80] for w in words if w]


def _label_above(widget: QWidget) -> str:
    """The text of the nearest label before ``widget`` in its layout (a list's heading)."""
    parent = widget.parentWidget()
    if parent is None or parent.layout() is None:
        return ""
    siblings = _widgets_of(parent.layout())
    if widget not in siblings:
        return ""
    for sibling in reversed(siblings[: siblings.index(widget)]):
        words = sibling.text().strip() if isinstance(sibling, QLabel) else ""
        # A count ("33 personas") says how many, not what the list is.
        if words and not words[0].isdigit() and sibling.isVisibleTo(parent):
            return words
    return ""


class _NameOnShow(QObject):
    """Names the inputs of each window, wizard page and tab when it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            parent = watched.parentWidget()
            if (
                watched.isWindow()
                or isinstance(watched, QWizardPage)
                or isinstance(parent, QStackedWidget)  # a tab or a stacked page shown later
            ):
                try:
                    name_inputs(watched)
                except Exception:  # an event filter must never break the event it watches
                    logger.exception("No se pudieron nombrar los campos de %s", watched)
        return False


_filter: list[_NameOnShow] = []


def install(app: QApplication | None = None) -> None:
    """Name the inputs of every window and wizard page as it is shown (once per app)."""
    app = app or QApplication.instance()
    if _filter or app is None:
        return
    _filter.append(_NameOnShow(app))
    app.installEventFilter(_filter[0])


def unnamed_inputs(root: QWidget) -> list[QWidget]:
    """The inputs under ``root`` a screen reader could not name (for tests and checks)."""
    return [w for w in (root, *root.findChildren(QWidget)) if needs_name(w)]
