"""Errors the services raise; every message is Spanish and fit to show a facilitator."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


class ServiceError(Exception):
    """A use case refused; ``str(error)`` is a Spanish sentence."""


class NotFoundError(ServiceError):
    pass


class ValidationFailed(ServiceError):
    """Bad input; ``errors`` maps field names to Spanish messages."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        first = next(iter(self.errors.values()), "Hay datos por corregir.")
        super().__init__(first)


class FrozenDocumentError(ServiceError):
    """An issued or signed document was asked to change."""
