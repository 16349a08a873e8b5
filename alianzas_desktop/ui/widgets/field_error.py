"""Messages shown right under a field: red for errors that block, amber for warnings."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from alianzas_desktop.ui import palette
from alianzas_desktop.ui.widgets import accessibility
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

ERROR = "error"
WARNING = "warning"


def _style(kind: str) -> str:
    if kind == WARNING:
        return palette.box_style(
            "QLabel", palette.warning_background(), palette.warning_border(), palette.warning_text()
        ) + (" QLabel { padding: 6px 8px; }")
    return f"QLabel {{ color: {palette.css(palette.error())}; font-weight: 600; }}"


class FieldMessage(QLabel):
    """A short message tied to one field; invisible while it has nothing to say."""

    def __init__(self, kind: str = ERROR, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"field_{kind}")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(_style(kind))
        # Never take more height than the text needs, whatever the layout offers.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setVisible(False)
        # The inputs a screen reader should hear this message with, and what they said before.
        self._described: list[tuple[QWidget, str]] = []

    def describes(self, field: QWidget) -> None:
        """Announce this message as the description of ``field`` (its inputs, if a box)."""
        targets = accessibility.inputs_of(field)
        self._described = [(target, target.accessibleDescription()) for target in targets]

    def show_message(self, text: str) -> None:
        """Show ``text``; a domain Message is worded in the windows' language."""
        text = worded(text).strip()
        self.setText(text)
        for field, description in self._described:
            field.setAccessibleDescription(text or description)
        # isVisibleTo: a hidden page still knows whether the message is "on".
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")

    @property
    def message(self) -> str:
        """The text on show, or "" when hidden."""
        return self.text() if not self.isHidden() else ""


def with_message(field: QWidget, message: FieldMessage, extra: QWidget | None = None) -> QWidget:
    """Stack a field, an optional hint and its message, for a row of a QFormLayout."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    if extra is not None:
        layout.addWidget(extra)
        if isinstance(extra, QLabel) and extra.text():
            for target in accessibility.inputs_of(field):
                if not target.accessibleDescription():
                    target.setAccessibleDescription(accessibility.plain_label(extra.text()))
    layout.addWidget(message)
    message.describes(field)
    return box


def hint_label(text: str = "") -> QLabel:
    """A small grey explanation under a field."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"QLabel {{ color: {palette.css(palette.muted())}; }}")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)  # smaller than its field, scaled with it
    label.setFont(font)
    return label
