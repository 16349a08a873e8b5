"""The guidance panel beside each wizard page: what the step means, questions to ask."""

from __future__ import annotations

import html
import json
import logging
from functools import lru_cache
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from alianzas_desktop import paths
from alianzas_desktop.ui import palette

logger = logging.getLogger(__name__)


@lru_cache(maxsize=8)
def load_guidance(source: str) -> dict[str, Any]:
    """Read resources/guidance/<source>.json once; an unreadable file gives no guidance."""
    path = paths.resource_path("guidance", f"{source}.json")
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


class GuidancePanel(QTextBrowser):
    """Read-only rich text at the right of a page, fed from the guidance file."""

    def __init__(self, topic: str = "", source: str = "nacimiento", parent: QWidget | None = None):
        super().__init__(parent)
        self.source = source
        self.topic = ""
        self.setObjectName("guidance_panel")
        self.setOpenExternalLinks(False)
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
        if topic:
            self.set_topic(topic)

    def set_topic(self, topic: str) -> None:
        self.topic = topic
        entry = load_guidance(self.source).get(topic, {})
        self.setHtml(guidance_html(entry, self.tr("Preguntas para conversar con los socios")))
