"""The Nacimiento wizard's page numbers, which page holds each field, and its page class."""

from __future__ import annotations

import logging

from alianzas_desktop.domain.nacimiento import NacimientoData
from alianzas_desktop.ui.wizards.page import WizardPage

logger = logging.getLogger(__name__)

PAGE_BASICS, PAGE_PARTNERS, PAGE_PURPOSE, PAGE_COMMITMENTS, PAGE_STRUCTURE, PAGE_SUMMARY = range(6)

_PAGE_OF_FIELD = {
    "name": PAGE_BASICS,
    "departamento": PAGE_BASICS,
    "municipio": PAGE_BASICS,
    "vereda": PAGE_BASICS,
    "area": PAGE_BASICS,
    "start_date": PAGE_BASICS,
    "facilitator": PAGE_BASICS,
    "partners": PAGE_PARTNERS,
    "purpose": PAGE_PURPOSE,
    "objectives": PAGE_PURPOSE,
    "conditions": PAGE_PURPOSE,
    "commitments": PAGE_COMMITMENTS,
}


def page_for_error(key: str) -> int:
    """The page that holds the field an error key names ("partners.<key>.sector" → 1)."""
    return _PAGE_OF_FIELD.get(key.split(".", 1)[0], PAGE_STRUCTURE)


class NacimientoPage(WizardPage):
    """A page over the shared NacimientoData; guidance comes from nacimiento.json."""

    GUIDANCE_SOURCE = "nacimiento"
    data: NacimientoData
