"""Opening a server database: a new one is built, another program's is refused untouched.

Runs when ALIANZAS_TEST_POSTGRES names a server (scripts/pg_throwaway.sh start).
"""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from alianzas_desktop.services import nacimiento
from alianzas_desktop.storage.database import SCHEMA_HEAD, Database, DatabaseError
from tests.factories import nacimiento_data

psycopg = pytest.importorskip("psycopg")


@pytest.fixture
def empty(postgres_server):
    url = postgres_server.create_empty()
    yield url
    postgres_server.drop(url)


def _raw(url, sql: str) -> None:
    with psycopg.connect(url.set(drivername="postgresql").render_as_string(False)) as raw:
        raw.execute(sql)


def _tables(url) -> set[str]:
    database = Database(url)
    try:
        with database.engine.connect() as connection:
            return set(inspect(connection).get_table_names())
    finally:
        database.close()


def test_an_empty_database_becomes_an_alianzas_one(empty):
    database = Database.open(empty)
    try:
        assert database.schema_revision() == SCHEMA_HEAD
        nacimiento.found_alliance(database, nacimiento_data())
    finally:
        database.close()


def test_another_programs_database_is_refused_and_left_as_it_was(empty):
    _raw(empty, "CREATE TABLE facturas (numero integer)")
    with pytest.raises(DatabaseError, match="tablas de otro programa"):
        Database.open(empty)
    assert _tables(empty) == {"facturas"}


def test_a_half_created_schema_is_refused(empty):
    _raw(empty, "CREATE TABLE alembic_version (version_num varchar(32))")
    with pytest.raises(DatabaseError, match="a medio crear"):
        Database.open(empty)


def test_an_unreachable_database_says_so_in_one_line(postgres_server):
    url = postgres_server.database_url("no_existe_en_el_servidor")
    with pytest.raises(DatabaseError, match="No se pudo conectar"):
        Database.open(url)


def test_a_read_only_opening_cannot_write_even_beneath_the_app(db_pg_url):
    database = Database.open(db_pg_url, read_only=True)
    try:
        with pytest.raises(Exception, match="read-only transaction"):
            with database.engine.begin() as connection:
                connection.execute(text("DELETE FROM alliances"))
    finally:
        database.close()


@pytest.fixture
def db_pg_url(postgres_server):
    url = postgres_server.create()
    yield url
    postgres_server.drop(url)


def test_a_bare_postgresql_url_uses_the_driver_alianzas_installs(db_pg_url):
    bare = db_pg_url.set(drivername="postgresql").render_as_string(hide_password=False)
    database = Database.open(bare)
    try:
        assert database.engine.dialect.driver == "psycopg"
        assert database.schema_revision() == SCHEMA_HEAD
    finally:
        database.close()
