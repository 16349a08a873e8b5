"""Every free-text field of a document's content, found by walking its dataclasses.

A field added later to the content types is found here without editing the tests:
a string field is free text unless it holds a code (a vocabulary value) or a key.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

from alianzas_desktop.domain import vocabulary

# What a user may type, written so that a printer that reads it as markup changes it;
# short enough (with its "«C01» " tag) for the 40-character fields.
HOSTILE = '<b>x</b> &amp; <a href="x">y</a>'

CODES = {
    member.value
    for enum_cls in vars(vocabulary).values()
    if isinstance(enum_cls, type) and issubclass(enum_cls, vocabulary.StrEnum)
    for member in enum_cls
}


def _is_identifier(name: str) -> bool:
    return name == "key" or name.endswith(("_key", "_id"))


def free_text_fields(value: Any, path: str = "") -> Iterator[tuple[Any, str, str]]:
    """``(owner, field name, dotted path)`` for every free-text string under ``value``."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from free_text_fields(item, f"{path}[{index}]")
        return
    if not dataclasses.is_dataclass(value):
        return
    for field in dataclasses.fields(value):
        current = getattr(value, field.name)
        where = f"{path}.{field.name}" if path else field.name
        if isinstance(current, str):
            if not _is_identifier(field.name) and current not in CODES:
                yield value, field.name, where
        else:
            yield from free_text_fields(current, where)


def tag(number: int) -> str:
    """Marks one field's text, to find each place it is printed."""
    return f"«C{number:02d}»"


def fill_hostile(
    value: Any,
    skip: set[str] = frozenset(),
    fixed: Callable[[Any, str], bool] = lambda _owner, _name: False,
) -> dict[str, str]:
    """Put a distinct hostile text in every free-text field; returns ``{path: text}``.

    ``skip`` names fields (by their bare name) that the document does not print on
    purpose; ``fixed(owner, name)`` says a field's printed value comes from elsewhere.
    """
    written: dict[str, str] = {}
    for number, (owner, name, where) in enumerate(free_text_fields(value), start=1):
        if name in skip or fixed(owner, name):
            continue
        text = f"{tag(number)} {HOSTILE}"
        setattr(owner, name, text)
        written[where] = text
    return written
