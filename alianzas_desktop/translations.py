"""The app's translations read without Qt: the command line and the documents word what the
windows translate (resources/translations/alianzas_<lang>.ts, Qt Linguist's XML)."""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ElementTree
from functools import cache

from alianzas_desktop.paths import resource_path

logger = logging.getLogger(__name__)


@cache
def app_translations(lang: str) -> dict[tuple[str, str], str]:
    """(context, Spanish source) → its finished translation in ``lang``; empty when the file
    cannot be read (the texts then stay in Spanish)."""
    try:
        root = ElementTree.parse(resource_path("translations", f"alianzas_{lang}.ts")).getroot()
    except (OSError, ElementTree.ParseError):
        logger.warning("No se pudo leer la traducción %s de la aplicación", lang)
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                found[name, message.findtext("source") or ""] = translation.text
    return found
