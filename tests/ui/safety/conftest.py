"""Fixtures for the safety screens: a database with alliances, closed and backed up."""

from __future__ import annotations

from pathlib import Path

import pytest

from alianzas_desktop.storage import backup
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import app as app_module
from tests.ui.app.conftest import ALLIANCES, found, no_modal, window  # noqa: F401


@pytest.fixture
def app_quiet(monkeypatch):
    """No translators (faster, and the text tested is the source text)."""
    monkeypatch.setattr(app_module, "install_translators", lambda application: [])


@pytest.fixture
def saved_database(tmp_path) -> Path:
    """A closed database file holding three alliances, with one automatic backup of it."""
    path = tmp_path / "trabajo" / "alianzas.sqlite"
    database = Database.open(path)
    for name, municipio, departamento in ALLIANCES:
        found(database, name, municipio, departamento)
    database.close()
    assert backup.automatic_backup(path, "diario") is not None
    return path
