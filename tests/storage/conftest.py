"""Fixtures of the storage tests that need a PostgreSQL server of their own."""

from __future__ import annotations

import pytest

from alianzas_desktop.storage.database import Database


@pytest.fixture
def pg(postgres_server):
    """A fresh database at head on the test server (ALIANZAS_TEST_POSTGRES), dropped after."""
    url = postgres_server.create()
    database = Database.open(url)
    yield database
    database.close()
    postgres_server.drop(url)
