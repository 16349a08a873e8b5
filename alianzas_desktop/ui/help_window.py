"""Ayuda ▸ Guía de la metodología: the seed's methodology to browse and search, offline."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.ui import palette
from alianzas_desktop.ui.help_content import START, Guide, Section, load_guide, occurrences
from alianzas_desktop.ui.widgets.keyboard import buddy_label, tab_leaves

logger = logging.getLogger(__name__)

SECTION_ROLE = Qt.ItemDataRole.UserRole


class HelpWindow(QDialog):
    """A contents tree beside the text of the chosen section, and a search over all of them."""

    section_shown = Signal(str)  # section id, each time the text shows another section

    def __init__(self, parent: QWidget | None = None, guide: Guide | None = None):
        super().__init__(parent)
        self.guide = guide or load_guide()
        self.current_id = ""
        self.setWindowTitle(self.tr("Guía de la metodología"))
        self.setModal(False)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Palabras, sin importar tildes"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Buscar en la guía"))
        self.search_label = buddy_label(self.tr("&Buscar en la guía:"), self.search_edit)
        self.matches_label = QLabel()
        self.matches_label.setStyleSheet(palette.text_style(palette.muted()))
        self.contents = tab_leaves(QTreeWidget())
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Contenido de la guía"))
        self.contents_label = buddy_label(self.tr("&Contenido:"), self.contents)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Texto de la guía"))
        self._fill_contents()

        self.search_edit.textChanged.connect(self._search)
        self.search_edit.returnPressed.connect(self.contents.setFocus)
        self.contents.currentItemChanged.connect(self._item_chosen)
        self.browser.anchorClicked.connect(self._follow_link)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)

        # Assemble
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.contents_label)
        left_layout.addWidget(self.contents)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 620])
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.matches_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.resize(960, 640)
        self.show_section(START)

    # -- building ---------------------------------------------------------------------

    def _fill_contents(self) -> None:
        def add(section: Section, parent) -> None:
            item = QTreeWidgetItem(parent, [section.title])
            item.setToolTip(0, section.title)
            item.setData(0, SECTION_ROLE, section.id)
            for child in section.children:
                add(child, item)

        for chapter in self.guide.chapters:
            add(chapter, self.contents)
        self.contents.expandAll()

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        iterator = QTreeWidgetItemIterator(self.contents)
        while iterator.value() is not None:
            found.append(iterator.value())
            iterator += 1
        return found

    def _item_for(self, section_id: str) -> QTreeWidgetItem | None:
        return next((i for i in self._items() if i.data(0, SECTION_ROLE) == section_id), None)

    # -- showing ----------------------------------------------------------------------

    def show_section(self, section_id: str) -> None:
        """Show ``section_id`` (the start if the guide has no such section) and select it."""
        section = self.guide.section(section_id)
        if section is None:
            self.browser.setPlainText(self.tr("No se encontró el texto de la guía."))
            return
        item = self._item_for(section.id)
        if item is not None and item.isHidden():
            self.search_edit.clear()  # the section asked for must be in the contents
        if item is not None and self.contents.currentItem() is not item:
            self.contents.setCurrentItem(item)  # shows it, through _item_chosen
        else:
            self._display(section)

    def _item_chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self._display(self.guide.section(item.data(0, SECTION_ROLE)))

    def _display(self, section: Section | None) -> None:
        if section is None:
            return
        self.browser.setMarkdown(section.markdown())
        self.current_id = section.id
        self._highlight()
        self.section_shown.emit(section.id)

    def _follow_link(self, url: QUrl) -> None:
        target = url.fragment() or url.path()
        if target:
            self.show_section(target)

    # -- searching --------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _search(self, text: str) -> None:
        """Only sections that say every word stay in the contents; the first one is shown."""
        query = text.strip()
        matching = {s.id for s in self.guide.matching(query)} if query else None
        first = None
        for item in reversed(self._items()):
            section_id = item.data(0, SECTION_ROLE)
            hit = matching is None or section_id in matching
            shown = hit or any(not item.child(i).isHidden() for i in range(item.childCount()))
            item.setHidden(not shown)
            if hit and matching is not None:
                first = item
        if matching is None:
            self.matches_label.clear()
        elif matching:
            self.matches_label.setText(
                self.tr("Una sección lo dice")
                if len(matching) == 1
                else self.tr("%1 secciones lo dicen").replace("%1", str(len(matching)))
            )
        else:
            self.matches_label.setText(self.tr("Ninguna sección lo dice"))
        if first is not None and first is not self.contents.currentItem():
            self.contents.setCurrentItem(first)
        else:
            self._highlight()

    def _highlight(self) -> None:
        """Mark the searched words in the text shown, accents and case aside."""
        query = self.search_edit.text().strip()
        marks = []
        mark = QTextCharFormat()
        mark.setBackground(palette.warning_background())
        mark.setForeground(palette.text_on(palette.warning_background()))
        document = self.browser.document()
        for start, length in occurrences(document.toPlainText(), query) if query else []:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(document)
            selection.cursor.setPosition(start)
            selection.cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            selection.format = mark
            marks.append(selection)
        self.browser.setExtraSelections(marks)
        if marks:
            cursor = QTextCursor(document)
            cursor.setPosition(marks[0].cursor.selectionStart())
            self.browser.setTextCursor(cursor)
            self.browser.ensureCursorVisible()
        else:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)

    def highlighted(self) -> list[str]:
        """The words marked in the text shown (for tests and screen readers' checks)."""
        return [s.cursor.selectedText() for s in self.browser.extraSelections()]


def section_on_show(window: QWidget) -> str:
    """The guide's section behind the guidance panel on show in ``window``, else the start."""
    for panel in window.findChildren(QTextBrowser, "guidance_panel"):
        if panel.isVisible():
            return getattr(panel, "guide_section", START)
    return START


def open_guide_for(window: QWidget) -> HelpWindow:
    """Ayuda ▸ Guía de la metodología (F1): the guide at what ``window`` shows."""
    return open_guide(section_on_show(window), window)


def open_guide(section_id: str = START, parent: QWidget | None = None) -> HelpWindow:
    """Show the guide at ``section_id``, beside the window ``parent`` belongs to.

    The guide belongs to that window, so it is never blocked by it (a wizard is modal to the
    main window) and closes with it. One guide per window: asked again, it comes forward.
    """
    owner = parent.window() if parent is not None else None
    guide = (
        owner.findChild(HelpWindow, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if (owner is not None)
        else None
    )
    if guide is None:
        guide = HelpWindow(owner)  # closing only hides it: asked again, it comes back as left
    guide.show_section(section_id)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
