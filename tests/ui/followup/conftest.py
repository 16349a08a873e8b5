"""Fixtures for the follow-up screens: founded alliances and the main window over them."""

from __future__ import annotations

from tests.ui.app.conftest import alliance_ids, window  # noqa: F401
