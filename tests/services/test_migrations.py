"""The schema comes only from Alembic, and Alembic agrees with the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from alianzas_desktop.storage.database import SCHEMA_HEAD, Database
from alianzas_desktop.storage.migrate import head_revision
from alianzas_desktop.storage.models import Base


def test_schema_head_constant_matches_alembic():
    assert SCHEMA_HEAD == head_revision()


def test_fresh_database_is_built_by_migrations(tmp_path):
    database = Database.open(tmp_path / "nueva.sqlite")
    assert database.schema_revision() == SCHEMA_HEAD
    tables = set(inspect(database.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    database.close()


def test_models_and_migrations_agree(db):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_sqlite_pragmas(db):
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
