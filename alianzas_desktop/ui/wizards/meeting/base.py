"""What every meeting page shares: the MeetingData it edits, page numbers, guidance."""

from __future__ import annotations

import logging
from datetime import time

from PySide6.QtCore import QTime

from alianzas_desktop.domain.meeting import Errors, MeetingData
from alianzas_desktop.ui.wizards.page import WizardPage

logger = logging.getLogger(__name__)

PAGE_CONVOCATION, PAGE_ATTENDANCE, PAGE_DEVELOPMENT, PAGE_COMMITMENTS, PAGE_CLOSING = range(5)
_PAGE_OF_FIELD = {
    "date": PAGE_CONVOCATION,
    "start_time": PAGE_CONVOCATION,
    "kind": PAGE_CONVOCATION,
    "place": PAGE_CONVOCATION,
    "objective": PAGE_CONVOCATION,
    "agenda": PAGE_CONVOCATION,
    "attendance": PAGE_ATTENDANCE,
    "decisions": PAGE_DEVELOPMENT,
    "commitments": PAGE_COMMITMENTS,
    "follow_ups": PAGE_COMMITMENTS,
}


def page_for_error(key: str) -> int:
    """The page holding the field an error key names ("agenda.<k>.notes" → Desarrollo)."""
    if key.startswith("agenda.") and key.endswith(".notes"):
        return PAGE_DEVELOPMENT
    return _PAGE_OF_FIELD.get(key.split(".", 1)[0], PAGE_CLOSING)


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def error_prefixes(errors: Errors, section: str) -> set[str]:
    """{"attendance.<key>.", …}: the entries of ``section`` that have a message."""
    return {".".join(k.split(".", 2)[:2]) + "." for k in errors if k.startswith(section + ".")}


class MeetingPage(WizardPage):
    """A wizard page over the shared MeetingData; guidance comes from meeting.json."""

    GUIDANCE_SOURCE = "meeting"
    data: MeetingData
