"""Test set-up: every test gets its own data folder and a real SQLite database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from alianzas_desktop.storage.database import Database  # noqa: E402


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    data = tmp_path / "datos"
    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return data


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "alianzas.sqlite")
    yield database
    database.close()
