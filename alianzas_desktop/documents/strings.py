"""What the printed documents say, in each language the app speaks: one lookup per language.

Each document asks a :class:`Words` for its program text by an identifier
(``words("agreement.title")``) and for vocabulary labels by enum and code
(``words.label(Sector, "publico", fallback)``); dates and money come in the
same language's formats (Babel, through :mod:`alianzas_desktop.domain.formatting`).
Spanish is the source: its entries are the texts the documents always printed.
Placeholders are filled with ``str.format`` after the lookup.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time
from enum import StrEnum

from alianzas_desktop.documents.strings_en import ENGLISH_LABELS, ENGLISH_TEXTS
from alianzas_desktop.documents.strings_es import SPANISH_TEXTS
from alianzas_desktop.domain import formatting
from alianzas_desktop.domain.formatting import ENGLISH, SPANISH, known_language
from alianzas_desktop.translations import app_translations

logger = logging.getLogger(__name__)

TEXTS: dict[str, dict[str, str]] = {SPANISH: SPANISH_TEXTS, ENGLISH: ENGLISH_TEXTS}
# The PDF's own language tag (read by screen readers).
PDF_LANGUAGE = {SPANISH: "es-CO", ENGLISH: "en"}


def current_language() -> str:
    """The language chosen in the settings (the one place documents learn it from)."""
    from alianzas_desktop import settings

    try:
        return known_language(settings.language())
    except Exception:  # an unreadable setting never stops a document from printing
        logger.warning("No se pudo leer el idioma elegido; los documentos salen en español")
        return SPANISH


def app_translation(context: str, source: str, lang: str) -> str:
    """A text the app already translates for its screens (e.g. the seed's words per
    dimension), in ``lang``; the Spanish source when there is no translation."""
    if lang == SPANISH or not source:
        return source
    return app_translations(lang).get((context, source), source)


class Words:
    """One language's document texts, labels and formats."""

    def __init__(self, lang: str | None = None) -> None:
        self.lang = known_language(lang if lang is not None else current_language())
        self._texts = TEXTS[self.lang]

    def __call__(self, key: str, **values: object) -> str:
        try:
            text = self._texts[key]
        except KeyError:
            logger.error("Falta el texto %r en %s; se usa el español", key, self.lang)
            text = SPANISH_TEXTS[key]
        return text.format(**values) if values else text

    @property
    def pdf_language(self) -> str:
        return PDF_LANGUAGE[self.lang]

    def label(self, enum_cls: type[StrEnum], code: object, fallback: object = "") -> str:
        """A vocabulary label: in Spanish the one frozen with the document (``fallback``),
        in English the lookup's (or the fallback for a code this version does not know)."""
        spanish = str(fallback or "")
        if self.lang == SPANISH:
            if spanish:
                return spanish
            try:
                return enum_cls(str(code)).label  # type: ignore[attr-defined]
            except ValueError:
                return str(code or "")
        found = ENGLISH_LABELS.get((enum_cls.__name__, str(code)))
        if found is None and spanish:
            # Some content keeps only the Spanish label: find its code by it.
            for member in enum_cls:
                if member.label.casefold() == spanish.strip().casefold():  # type: ignore[attr-defined]
                    found = ENGLISH_LABELS.get((enum_cls.__name__, member.value))
                    break
        return found or spanish or str(code or "")

    def description(self, member: StrEnum) -> str:
        if self.lang == SPANISH:
            return member.description  # type: ignore[attr-defined]
        return ENGLISH_LABELS.get((type(member).__name__ + ".description", member.value), "")

    # -- formats -------------------------------------------------------------------------

    def long_date(self, value: date | None) -> str:
        return formatting.long_date(value, self.lang)

    def short_date(self, value: date | None) -> str:
        return formatting.short_date(value, self.lang)

    def date_time(self, value: datetime | None) -> str:
        return formatting.date_time(value, self.lang)

    def local_date_time(self, value: datetime | None) -> str:
        return formatting.local_date_time(value, self.lang)

    def clock_time(self, value: time) -> str:
        return formatting.clock_time(value, self.lang)

    def pesos(self, value: int | None) -> str:
        return formatting.pesos(value, self.lang)

    def number(self, value: float | int) -> str:
        return formatting.number(value, self.lang)

    def percent(self, value: float) -> str:
        return formatting.percent(value, self.lang)

    def page_label(self) -> str:
        return self("page.label")

    def code_label(self, provisional: bool = False) -> str:
        return self("page.code_provisional" if provisional else "page.code")


def words_for(content: object, lang: str | None = None, *, frozen: bool = False) -> Words:
    """The words of a document: a frozen one's own language, otherwise ``lang`` or the setting."""
    if frozen:
        return Words(formatting.language_of(content))
    return Words(lang)
