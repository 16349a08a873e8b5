"""The guidance panel beside each wizard page: what the step means, questions to ask."""

from __future__ import annotations

import html
import json
import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFrame, QMainWindow, QTextBrowser, QWidget

from alianzas_desktop import paths
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.help_content import localized, section_for_topic
from alianzas_desktop.ui.help_window import HelpWindow, open_guide
from alianzas_desktop.ui.language import current_language

logger = logging.getLogger(__name__)

# The link at the foot of each topic; its target is the guide's section for the topic.
GUIDE_SCHEME = "guia"


def load_guidance(source: str, language: str | None = None) -> dict[str, Any]:
    """The topics of resources/guidance/<source>.json in ``language`` (the windows' when None).

    A translation lives in resources/guidance/<language>/<source>.json; a topic it lacks,
    or a file missing altogether, is given in Spanish.
    """
    return _load_guidance(source, language or current_language())


@lru_cache(maxsize=32)
def _load_guidance(source: str, language: str) -> dict[str, Any]:
    return guidance_in(paths.resource_path("guidance"), source, language)


def guidance_in(folder: Path, source: str, language: str) -> dict[str, Any]:
    """``folder/<source>.json`` with the topics its translation for ``language`` gives."""
    spanish = folder / f"{source}.json"
    topics = _read_guidance(spanish)
    translated = localized(folder, spanish.name, language)
    if translated != spanish:
        topics = {**topics, **_read_guidance(translated)}
    return topics


def _read_guidance(path: Path) -> dict[str, Any]:
    """One guidance file read; an unreadable file gives no guidance."""
    try:
        with path.open(encoding="utf-8") as handle:
            content = json.load(handle)
    except (OSError, ValueError):
        logger.exception("No se pudo leer la guía %s", path)
        return {}
    return content if isinstance(content, dict) else {}


def guidance_html(entry: dict[str, Any], questions_heading: str) -> str:
    """Rich text for one topic; every string from the file is escaped."""
    title = html.escape(entry.get("title", ""))
    parts = [f"<h3 style='color:{palette.css(palette.accent())}; margin-bottom:6px'>{title}</h3>"]
    for paragraph in entry.get("text", []):
        parts.append(f"<p style='margin-top:0'>{html.escape(paragraph)}</p>")
    questions = entry.get("questions", [])
    if questions:
        parts.append(f"<p style='margin-bottom:2px'><b>{html.escape(questions_heading)}</b></p>")
        parts.append("<ul style='margin-left:-20px'>")
        parts.extend(f"<li style='margin-bottom:4px'>{html.escape(q)}</li>" for q in questions)
        parts.append("</ul>")
    return "".join(parts)


def guide_link_html(section_id: str, text: str) -> str:
    return (
        f"<p style='margin-top:8px'><a href='{GUIDE_SCHEME}:{html.escape(section_id)}'>"
        f"{html.escape(text)}</a></p>"
    )


class GuidancePanel(QTextBrowser):
    """Read-only rich text at the right of a page, fed from the guidance file.

    Its foot links to the methodology guide at the section behind the topic, and F1 opens
    the guide there while the panel is on show in a dialog (a wizard's page). In the main
    window F1 belongs to Ayuda ▸ Guía de la metodología, which looks for a panel itself.
    """

    def __init__(self, topic: str = "", source: str = "nacimiento", parent: QWidget | None = None):
        super().__init__(parent)
        self.source = source
        self.topic = ""
        self.setObjectName("guidance_panel")
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        # Read beside the page, never typed into: Tab must not stop here unseen.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(250)
        self.setMaximumWidth(310)
        background = palette.info_background()
        self.setStyleSheet(
            f"QTextBrowser#guidance_panel {{ background: {palette.css(background)};"
            f" border-left: 3px solid {palette.css(palette.info_border())};"
            f" padding: 8px; color: {palette.css(palette.text_on(background))}; }}"
        )
        self.help_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), self)
        self.help_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.help_shortcut.activated.connect(self.open_guide)
        self.anchorClicked.connect(self._link_clicked)
        if topic:
            self.set_topic(topic)

    @property
    def guide_section(self) -> str:
        """The methodology guide's section that explains this topic."""
        return section_for_topic(self.source, self.topic)

    def set_topic(self, topic: str) -> None:
        self.topic = topic
        entry = load_guidance(self.source).get(topic, {})
        self.setHtml(
            guidance_html(entry, self.tr("Preguntas para conversar con los socios"))
            + guide_link_html(self.guide_section, self.tr("Ver en la guía de la metodología"))
        )

    def open_guide(self) -> HelpWindow:
        """The methodology guide at this topic's section, beside this panel's window."""
        return open_guide(self.guide_section, self)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == GUIDE_SCHEME:
            self.open_guide()

    def showEvent(self, event: QShowEvent) -> None:
        # In the main window F1 is the menu's; two F1s in one window would both be ignored.
        self.help_shortcut.setEnabled(not isinstance(self.window(), QMainWindow))
        super().showEvent(event)
