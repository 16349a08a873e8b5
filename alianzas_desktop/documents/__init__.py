"""Printable documents (reportlab): the acuerdo de compromisos and, later, actas and reports.

reportlab is imported only inside this package, and only when a document is
printed, so the application starts without it.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)
