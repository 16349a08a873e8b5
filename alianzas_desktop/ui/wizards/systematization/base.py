"""What every systematization page shares: the data it edits, page numbers, the context."""

from __future__ import annotations

import logging

from alianzas_desktop.domain.systematization import SystematizationData
from alianzas_desktop.ui.wizards.page import WizardPage

logger = logging.getLogger(__name__)

PAGE_START, PAGE_QUESTIONS, PAGE_CHRONOLOGY, PAGE_REFLECTION, PAGE_ARRIVAL = range(5)
_PAGE_OF_FIELD = {
    "participants": PAGE_START,
    "records_available": PAGE_START,
    "purpose": PAGE_QUESTIONS,
    "period_from": PAGE_QUESTIONS,
    "period_to": PAGE_QUESTIONS,
    "place": PAGE_QUESTIONS,
    "central_axis": PAGE_QUESTIONS,
    "notes": PAGE_CHRONOLOGY,
    "reflection": PAGE_REFLECTION,
    "conclusions": PAGE_ARRIVAL,
    "lessons": PAGE_ARRIVAL,
}


def page_for_error(key: str) -> int:
    """The page holding the field an error key names ("lessons.<key>.tags" → 4)."""
    return _PAGE_OF_FIELD.get(key.split(".", 1)[0], PAGE_ARRIVAL)


class SystematizationPage(WizardPage):
    """A wizard page over the shared SystematizationData; guidance from systematization.json."""

    GUIDANCE_SOURCE = "systematization"
    data: SystematizationData
