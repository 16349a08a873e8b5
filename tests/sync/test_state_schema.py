"""Migration 0009 and the sync state models agree."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from alianzas_desktop.storage import sync_models as state_models
from alianzas_desktop.storage.database import SCHEMA_HEAD
from alianzas_desktop.storage.models import Base


def test_sync_tables_match_migration(db):
    assert SCHEMA_HEAD >= "0009"  # later migrations keep the sync tables as 0009 made them
    assert "sync_records" in Base.metadata.tables and state_models.SyncRecord
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
