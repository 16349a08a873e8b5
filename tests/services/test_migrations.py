"""The schema comes only from Alembic, and Alembic agrees with the models."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from alianzas_desktop.storage.database import SCHEMA_HEAD, Database
from alianzas_desktop.storage.migrate import head_revision
from alianzas_desktop.storage.models import PERSON_SORT_KEY, Base


def test_schema_head_constant_matches_alembic():
    assert SCHEMA_HEAD == head_revision()


def test_fresh_database_is_built_by_migrations(tmp_path):
    database = Database.open(tmp_path / "nueva.sqlite")
    assert database.schema_revision() == SCHEMA_HEAD
    tables = set(inspect(database.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    database.close()


@pytest.mark.filterwarnings("ignore:.*expression-based index.*")
def test_models_and_migrations_agree(db):
    """(Alembic cannot compare the index over an expression: the next test checks it.)"""
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_the_people_list_index_is_over_the_sort_key_the_list_orders_by(db):
    """Migration 0014 spells the expression as ``PERSON_SORT_KEY`` does: otherwise the list
    would sort every person for each page instead of reading the index."""
    with db.engine.connect() as connection:
        if db.engine.dialect.name == "sqlite":
            definition = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'ix_people_sort_key'"
            ).scalar_one()
        else:
            definition = connection.exec_driver_sql(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_people_sort_key'"
            ).scalar_one()
    if db.engine.dialect.name == "sqlite":
        assert PERSON_SORT_KEY in definition
    else:  # PostgreSQL writes it back in its own words: the same replacements, in order
        assert definition.count("replace(") == PERSON_SORT_KEY.count("replace(")
        assert "lower((full_name)::text)" in definition and "id" in definition


def test_sqlite_pragmas(db):
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
