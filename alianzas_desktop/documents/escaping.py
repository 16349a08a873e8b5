"""The one way user text enters a PDF: cleaned, made printable and escaped for reportlab.

reportlab's Paragraph reads its text as markup: ``<b>`` makes bold, ``&amp;``
becomes ``&``, ``<a href>`` makes a link and ``<img src>`` would even fetch a
file. What people type must print exactly as typed, so every user string goes
through :func:`markup` before it becomes a Paragraph, and through
:func:`printable` before it is drawn straight on the canvas.

Characters the shipped font cannot print (and emoji beyond the Basic
Multilingual Plane, which reportlab cannot map back to text) are replaced by
:data:`REPLACEMENT`, one per run, so the reader sees that something was there
and the document never breaks.
"""

from __future__ import annotations

import logging
import unicodedata
from functools import cache

from alianzas_desktop.documents.fonts import covered_characters

logger = logging.getLogger(__name__)

REPLACEMENT = "\u25a1"  # □ WHITE SQUARE

_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"}
_SPACES = {"\t", "\x0b", "\x0c"}
_XML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
_XML_TABLE = str.maketrans(_XML_ESCAPES)


def _is_invisible(char: str) -> bool:
    """Controls, format characters (joiners, bidi overrides) and variation selectors."""
    if char == "\n":
        return False
    category = unicodedata.category(char)
    if category in ("Cc", "Cf"):
        return True
    code = ord(char)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


@cache
def _kept_as_they_are() -> frozenset[str]:
    """The characters :func:`printable` leaves untouched: covered, visible, not a tab or break."""
    special = set(_SPACES) | {old[0] for old in _LINE_BREAKS}
    return frozenset(
        char
        for char in map(chr, covered_characters())
        if char not in special and not _is_invisible(char)
    )


def printable(text: object) -> str:
    """Plain text the font can print: normalised, without control characters.

    Newlines are kept (as ``\\n``); tabs become spaces; characters outside the
    font become one :data:`REPLACEMENT` per run (so 👍🏽 gives a single □).
    """
    if text is None:
        return ""
    value = str(text)
    # Most text is already fine: checked as a whole (a set, not a loop per character),
    # since a document escapes thousands of short cells.
    if set(value) <= _kept_as_they_are() and unicodedata.is_normalized("NFC", value):
        return value
    value = unicodedata.normalize("NFC", value)
    for old, new in _LINE_BREAKS.items():
        value = value.replace(old, new)
    covered = covered_characters()
    out: list[str] = []
    replacing = False
    for char in value:
        if char in _SPACES:
            char = " "
        elif _is_invisible(char):
            continue  # a joiner inside an emoji sequence keeps the run going
        if char == "\n" or ord(char) in covered:
            out.append(char)
            replacing = False
        elif not replacing:
            out.append(REPLACEMENT)
            replacing = True
    return "".join(out)


def markup(text: object) -> str:
    """Paragraph markup that prints ``text`` literally; newlines become line breaks."""
    value = printable(text)
    escaped = value.translate(_XML_TABLE)
    return escaped.replace("\n", "<br/>")


def paragraphs(text: object) -> list[str]:
    """The text's paragraphs (split on newlines, blank lines dropped), each as markup.

    Long texts are given as several Paragraphs so they flow across pages
    naturally and keep a little space between paragraphs.
    """
    return [markup(line.strip()) for line in printable(text).split("\n") if line.strip()]
