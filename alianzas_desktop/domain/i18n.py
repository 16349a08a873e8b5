"""Marking domain text for translation without Qt: lupdate finds the marks, the edge translates.

The domain keeps Spanish, the source language. A label or question written as
``QT_TRANSLATE_NOOP("vocabulary", "Confianza")`` is still the plain string at run
time; pyside6-lupdate extracts it under that context, and the UI shows it through
``QCoreApplication.translate`` with the same context (ui/models/base.py ``vocabulary``).

Messages with values (a refusal, a field's error) are ``Message`` objects built by
``message(QT_TRANSLATE_NOOP("errores", "La fecha {date} no es válida."), date=day)``:
a ``str`` whose value is the finished Spanish sentence, so every caller that only reads
text keeps working, and which also carries its context, its marked template and its
arguments, so the edge (the UI through Qt, the CLI through the .ts file) can word it in
another language with ``Message.words(lang, translate)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

logger = logging.getLogger(__name__)

# The context every error message of the domain and the services is marked under.
ERRORS = "errores"
SPANISH = "es"

# (context, Spanish source) -> the text in the edge's language ("" or the source when none).
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """``text`` unchanged; the name and literal arguments are what lupdate looks for.

    In the errors context the text comes back as a ``Message`` without arguments (still
    the same string), so ``raise NotFoundError(QT_TRANSLATE_NOOP("errores", "…"))`` can be
    worded at the edge like any ``message(…)``.
    """
    if context == ERRORS:
        return Message(context, text)
    return text


def _spanish(_context: str, text: str) -> str:
    return text


class Message(str):
    """A finished Spanish sentence that remembers how it was made, to be worded again.

    ``template`` is the marked Spanish source with ``{name}`` placeholders; ``args`` hold
    the values: a ``Message`` (a marked phrase such as "el nombre de la alianza"), a date,
    a number, a vocabulary member (worded by its label), a list of those (said one after
    the other) or plain text (the user's own).
    """

    context: str
    template: str
    args: dict[str, Any]

    def __new__(cls, context: str, template: str, args: Mapping[str, Any] | None = None):
        values = dict(args or {})
        made = super().__new__(cls, _render(template, values, SPANISH, _spanish))
        made.context = context
        made.template = template
        made.args = values
        return made

    def words(self, lang: str, translate: Translate) -> str:
        """This message in ``lang``, its template and phrase arguments through ``translate``."""
        return _render(self.template, self.args, lang, translate, self.context)

    def __reduce__(self):  # pickles (and copies) as a Message, not a bare str
        return (Message, (self.context, self.template, self.args))


def message(template: str, /, context: str = ERRORS, **args: Any) -> Message:
    """A ``Message`` of the errors context; ``template`` is a ``QT_TRANSLATE_NOOP`` literal."""
    return Message(context, template, args)


def phrase(text: str | Message, context: str = ERRORS) -> Message:
    """A marked phrase (``what`` of a field: "el nombre de la alianza") as a Message argument."""
    if isinstance(text, Message):
        return text
    return Message(context, text)


def _render(
    template: str,
    args: Mapping[str, Any],
    lang: str,
    translate: Translate,
    context: str | None = None,
) -> str:
    text = template if context is None else (translate(context, template) or template)
    if not args:
        return text
    values = {name: _argument(value, lang, translate) for name, value in args.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that broke its placeholders
        logger.warning("Traducción con marcadores rotos: %r", text)
        return template.format(**values)


def _argument(value: Any, lang: str, translate: Translate) -> str:
    from alianzas_desktop.domain import formatting  # babel, only when a value needs it

    if isinstance(value, Message):
        return value.words(lang, translate) if lang != SPANISH else str(value)
    if isinstance(value, list | tuple):  # sentences said one after the other
        return " ".join(_argument(item, lang, translate) for item in value)
    if isinstance(value, Enum) and isinstance(getattr(value, "label", None), str):
        label = value.label
        return (translate("vocabulary", label) or label) if lang != SPANISH else label
    if isinstance(value, datetime):
        return formatting.date_time(value, lang)
    if isinstance(value, date):
        return formatting.short_date(value, lang)
    if isinstance(value, int) and not isinstance(value, bool):
        return formatting.number(value, lang)
    return str(value)


def worded(text: Any, lang: str, translate: Translate) -> str:
    """``text`` in ``lang`` when it is a Message (or an error carrying one); else as it is."""
    found = message_of(text)
    if found is not None:
        return found.words(lang, translate) if lang != SPANISH else str(found)
    return str(text)


def message_of(value: Any) -> Message | None:
    """The Message ``value`` is or carries (an exception raised with one), else None."""
    if isinstance(value, Message):
        return value
    if isinstance(value, BaseException) and len(value.args) == 1:
        first = value.args[0]
        if isinstance(first, Message):
            return first
    return None
