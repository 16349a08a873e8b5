"""Fixtures for the bundle screens: a second laptop's database and message boxes collected."""

from __future__ import annotations

import pytest

from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.dialogs import bundle_export_dialog, bundle_import_dialog
from tests.ui.app.conftest import ALLIANCES, found, window  # noqa: F401


@pytest.fixture
def laptop_b(tmp_path):
    """Another laptop's database, empty."""
    database = Database.open(tmp_path / "laptop-b.sqlite")
    yield database
    database.close()


@pytest.fixture
def alliances_on_a(db) -> dict[str, str]:
    return {name: found(db, name, municipio, dpto) for name, municipio, dpto in ALLIANCES}


@pytest.fixture
def told(monkeypatch) -> list[tuple[str, str]]:
    """The dialogs' information boxes, collected instead of shown."""
    shown: list[tuple[str, str]] = []
    for module in (bundle_export_dialog, bundle_import_dialog):
        monkeypatch.setattr(
            module,
            "inform",
            lambda parent, title, text, warning=False: shown.append((title, text)),
        )
    return shown
