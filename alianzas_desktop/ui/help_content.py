"""The methodology guide's text: sections from resources/help/*.md, searched without accents.

The guide speaks the windows' language: English from resources/help/en/, file by file, with
the Spanish file wherever a translation is missing (the section ids are the same in both).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from alianzas_desktop import paths, settings
from alianzas_desktop.ui.language import current_language

logger = logging.getLogger(__name__)

START = "programa"

# Each wizard page's guidance topic (resources/guidance/<source>.json) and the section of the
# guide that explains the idea behind it. A topic not listed opens the guide at its start.
GUIDANCE_SECTIONS: dict[tuple[str, str], str] = {
    ("nacimiento", "basics"): "areas",
    ("nacimiento", "partners"): "socios",
    ("nacimiento", "purpose"): "proposito",
    ("nacimiento", "commitments"): "logicas",
    ("nacimiento", "structure"): "estructura",
    ("nacimiento", "summary"): "fase-nacimiento",
    ("puesta_en_marcha", "activities"): "fase-puesta-en-marcha",
    ("puesta_en_marcha", "flows"): "factores",
    ("puesta_en_marcha", "roles"): "estructura",
    ("puesta_en_marcha", "formalization"): "estructura",
    ("puesta_en_marcha", "summary"): "fase-puesta-en-marcha",
    ("meeting", "convocation"): "factores",
    ("meeting", "attendance"): "condiciones",
    ("meeting", "development"): "factores",
    ("meeting", "commitments"): "seguimiento",
    ("meeting", "closing"): "valores",
    ("review", "follow_up"): "seguimiento",
    ("review", "scores"): "seguimiento",
    ("review", "reflection"): "seguimiento",
    ("proyeccion", "sustainability"): "beneficios",
    ("proyeccion", "replication"): "fase-proyeccion",
    ("proyeccion", "partners"): "fase-proyeccion",
    ("proyeccion", "benefits"): "beneficios",
    ("systematization", "start"): "rescatar",
    ("systematization", "questions"): "rescatar",
    ("systematization", "chronology"): "proceso-vivido",
    ("systematization", "reflection"): "proceso-vivido",
    ("systematization", "arrival"): "lecciones",
    ("conflicts", "aspectos_externos"): "aspectos-externos",
    ("conflicts", "dificultades_propias"): "dificultades-propias",
    ("conflicts", "incidentes_criticos"): "incidentes-criticos",
    ("phases", "nacimiento"): "fase-nacimiento",
    ("phases", "puesta_en_marcha"): "fase-puesta-en-marcha",
    ("phases", "consolidacion"): "fase-consolidacion",
    ("phases", "proyeccion"): "fase-proyeccion",
}

_HEADING = re.compile(r"^(#{1,3})\s+(.+?)\s*\{#([a-z0-9-]+)\}\s*$")


@dataclass
class Section:
    """One heading of the guide with the text under it, up to the next heading."""

    id: str
    title: str
    level: int
    body: list[str] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    parent: Section | None = field(default=None, repr=False)

    def own_markdown(self) -> str:
        return "\n".join(["#" * self.level + " " + self.title, *self.body]).strip() + "\n"

    def markdown(self) -> str:
        """The section as shown: its own text, then its subsections'."""
        return "\n".join([self.own_markdown(), *(child.markdown() for child in self.children)])

    def own_text(self) -> str:
        return self.title + "\n" + "\n".join(self.body)


@dataclass
class Guide:
    chapters: list[Section]
    by_id: dict[str, Section]

    def section(self, section_id: str) -> Section | None:
        """The section ``section_id``, else the start; None only when no file could be read."""
        found = self.by_id.get(section_id) or self.by_id.get(START)
        return found or (self.chapters[0] if self.chapters else None)

    def matching(self, query: str) -> list[Section]:
        """Sections whose own text holds every word of ``query``, accents and case aside."""
        words = fold(query).split()
        if not words:
            return []
        return [s for s in self.by_id.values() if all(w in fold(s.own_text()) for w in words)]


def fold(text: str) -> str:
    """Lower case without accents, one character for one (so positions still match)."""
    return "".join(_fold_char(char) for char in text)


def _fold_char(char: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    bare = bare.lower()
    return bare if len(bare) == 1 else char


def occurrences(text: str, query: str) -> list[tuple[int, int]]:
    """(start, length) of each word of ``query`` in ``text``, accents and case aside."""
    folded = fold(text)
    found = []
    for word in fold(query).split():
        start = folded.find(word)
        while start >= 0:
            found.append((start, len(word)))
            start = folded.find(word, start + len(word))
    return sorted(found)


def section_for_topic(source: str, topic: str) -> str:
    return GUIDANCE_SECTIONS.get((source, topic), START)


def parse(texts: list[str]) -> Guide:
    """Sections from the guide's Markdown files, in order; a heading without an id is text."""
    chapters: list[Section] = []
    by_id: dict[str, Section] = {}
    stack: list[Section] = []
    for text in texts:
        for line in text.splitlines():
            heading = _HEADING.match(line)
            if heading is None:
                if stack:
                    stack[-1].body.append(line)
                continue
            level = len(heading.group(1))
            section = Section(heading.group(3), heading.group(2), level)
            while stack and stack[-1].level >= level:
                stack.pop()
            if stack:
                section.parent = stack[-1]
                stack[-1].children.append(section)
            else:
                chapters.append(section)
            if section.id in by_id:
                logger.warning("Sección repetida en la guía: %s", section.id)
            by_id.setdefault(section.id, section)
            stack.append(section)
    return Guide(chapters, by_id)


def localized(folder: Path, name: str, language: str) -> Path:
    """``folder/name``, or its translation in ``folder/<language>/`` when there is one."""
    if language != settings.SPANISH:
        translated = folder / language / name
        if translated.is_file():
            return translated
    return folder / name


def localized_files(folder: Path, language: str) -> list[Path]:
    """The guide's Markdown files in order, each in ``language`` if translated, else Spanish."""
    return [localized(folder, path.name, language) for path in sorted(folder.glob("*.md"))]


def load_guide(language: str | None = None) -> Guide:
    """The guide in ``language`` (the language the windows speak when None)."""
    return _load_guide(language or current_language())


@lru_cache(maxsize=4)
def _load_guide(language: str) -> Guide:
    """The guide in resources/help, read once per language; an unreadable file is left out."""
    texts = []
    for path in localized_files(paths.resource_path("help"), language):
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except OSError:
            logger.exception("No se pudo leer %s", path)
    return parse(texts)
