"""Text folded for searching and sorting: lower case without accents ('Sonsón' → 'sonson')."""

from __future__ import annotations

import unicodedata


class _FoldedCharacters(dict):
    """Each character's folded text, worked out the first time it is met.

    Folding a character alone gives what folding it inside a text gives: decomposition
    only reorders combining marks, which are all dropped, and case folding has no context.
    """

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFD", chr(code))
        folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        self[code] = folded
        return folded


_FOLDED = _FoldedCharacters()


def fold(text: str) -> str:
    """Lower-case text without accents, for searching and sorting ('Sonsón' -> 'sonson').

    One table lookup per character (in C): an office's search texts are megabytes.
    """
    if text.isascii():
        return text.casefold()
    return text.translate(_FOLDED)
