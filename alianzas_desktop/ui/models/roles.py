"""The item-data roles that models and views exchange, numbered in one place."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt

logger = logging.getLogger(__name__)

# A stored row's record id, or a wizard entry's key: what a view hands back to its page.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The value a proxy sorts by (dates as ISO text, numbers as numbers, text folded).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# Accent- and case-folded text a proxy filters on.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
# The key of the partner a wizard entry belongs to (a commitment's partner).
PARTNER_KEY_ROLE = Qt.ItemDataRole.UserRole + 4
# The alliance a row leads to (agenda rows open their alliance's page).
ALLIANCE_ROLE = Qt.ItemDataRole.UserRole + 5
