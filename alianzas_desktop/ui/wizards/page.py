"""What every wizard page shares: the data it edits, messages by field, guidance beside it."""

from __future__ import annotations

import html
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLayout, QSizePolicy, QWizardPage

from alianzas_desktop.ui import palette
from alianzas_desktop.ui.widgets.accessibility import name_inputs
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import FieldMessage
from alianzas_desktop.ui.widgets.guidance_panel import GuidancePanel
from alianzas_desktop.ui.widgets.window_fit import keep_on_screen

logger = logging.getLogger(__name__)

# Wide enough that the longest guidance (partners) needs no scrolling in a window 640 px high.
GUIDANCE_WIDTH = 300


class WizardPage(QWizardPage):
    """A page that edits part of its wizard's shared data and checks it before Next.

    Subclasses set ``topic`` (the guidance entry beside the page) and build their widgets;
    each wizard's page class sets ``GUIDANCE_SOURCE`` (resources/guidance/<source>.json).
    """

    changed = Signal()
    topic = ""
    GUIDANCE_SOURCE = ""

    def __init__(self, data: Any, parent=None):
        super().__init__(parent)
        self.data = data
        self._loading = False
        self.messages: dict[str, FieldMessage] = {}
        self.guidance = GuidancePanel(self.topic, self.GUIDANCE_SOURCE)
        # Without this QWizard leaves the page at its size hint and the panel short.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    # -- building ---------------------------------------------------------------

    def setTitle(self, title: str) -> None:
        """Titles show larger (relative to the text size) in the programme's blue (rich text)."""
        self.plain_title = title
        colour = palette.css(palette.accent())
        super().setTitle(
            f"<span style='font-size:x-large; color:{colour}'>{html.escape(title)}</span>"
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        name_inputs(self)  # a screen reader hears each field by its label
        # A page wider than the last (large text) has grown the wizard: keep it on screen.
        wizard = self.wizard()
        if wizard is not None:
            keep_on_screen(wizard)
            QTimer.singleShot(0, wizard, lambda: keep_on_screen(wizard))

    def message_for(self, key: str) -> FieldMessage:
        message = FieldMessage()
        self.messages[key] = message
        return message

    def assemble_with_guidance(self, content: QLayout) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(content, 1)
        self.guidance.setMinimumWidth(GUIDANCE_WIDTH)
        layout.addWidget(self.guidance)

    # -- data -------------------------------------------------------------------

    @contextmanager
    def loading(self) -> Iterator[None]:
        """While widgets are filled from the data, their signals are not edits."""
        previous, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = previous

    def load(self) -> None:
        """Fill every widget from the data (new wizard or restored draft)."""
        with self.loading():
            self.load_widgets()

    def load_widgets(self) -> None:
        raise NotImplementedError

    def edited(self, *field_keys: str) -> None:
        """A widget changed the data: clear its old message and let the wizard save."""
        if self._loading:
            return
        for key in field_keys:
            if key in self.messages:
                self.messages[key].clear_message()
        self.changed.emit()

    def set_value(self, attr: str, value) -> None:
        setattr(self.data, attr, value)
        self.edited(attr)

    # -- checking ---------------------------------------------------------------

    def validate(self) -> dict[str, str]:
        """Spanish messages by field key; empty when the page may be left."""
        return {}

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, message in self.messages.items():
            message.show_message(errors.get(key, ""))

    def validatePage(self) -> bool:
        if getattr(self.wizard(), "restoring", False):
            return True
        # A date typed and then Alt+letter to Next never left its field: read it now.
        unreadable = [field for field in self._date_fields() if not field.check_text()]
        errors = self.validate()
        self.show_errors(errors)
        for field in unreadable:
            field.show_error()  # what was typed is not a date: say so, not only "missing"
        if errors or unreadable:
            logger.debug("Página %s con errores: %s", self.topic, sorted(errors))
        return not errors and not unreadable

    def _date_fields(self) -> list[DateField]:
        return [field for field in self.findChildren(DateField) if field.isEnabled()]

    def cleanupPage(self) -> None:
        """Going Back keeps what was typed (QWizard would reset registered fields)."""
