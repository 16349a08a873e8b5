"""Errors the services raise; every message is Spanish and fit to show a facilitator.

A service raises with a ``domain.i18n.Message``: ``QT_TRANSLATE_NOOP("errores", "…")`` for
a sentence without values, ``message(QT_TRANSLATE_NOOP("errores", "…{name}…"), name=value)``
for one with them. ``str(error)`` is still the Spanish sentence, and the edge (the UI through
``ui/wording.py``, the CLI through ``cli_language.worded``) words the carried template and
arguments in its own language.
"""

from __future__ import annotations

import logging

from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, message_of

logger = logging.getLogger(__name__)


class ServiceError(Exception):
    """A use case refused; ``str(error)`` is a Spanish sentence."""

    @property
    def message(self) -> Message | str:
        """What the error says: its Message when raised with one, else its text."""
        found = message_of(self)
        return found if found is not None else str(self)


class NotFoundError(ServiceError):
    pass


class ValidationFailed(ServiceError):
    """Bad input; ``errors`` maps field names to Spanish messages (often Messages)."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        first = next(
            iter(self.errors.values()),
            QT_TRANSLATE_NOOP("errores", "Hay datos por corregir."),
        )
        super().__init__(first)


class FrozenDocumentError(ServiceError):
    """An issued or signed document was asked to change."""
