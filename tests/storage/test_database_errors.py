"""The database refuses clearly and changes nothing: newer files, full disks, bad folders."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, select

from alianzas_desktop.services import nacimiento
from alianzas_desktop.storage.database import (
    Database,
    DatabaseError,
    NewerSchemaError,
    is_removable,
)
from alianzas_desktop.storage.models import Alliance
from tests.factories import nacimiento_data


def test_a_newer_database_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "nueva.sqlite"
    database = Database.open(path)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    database.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="versión más reciente"):
        Database.open(path)
    assert path.read_bytes() == before
    assert (
        not any(path.parent.glob("*-wal")) or path.with_name("nueva.sqlite-wal").stat().st_size == 0
    )


def test_a_full_disk_gives_a_clear_message_and_no_half_record(db):
    nacimiento.found_alliance(db, nacimiento_data())
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _tiny_disk(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    data = nacimiento_data()
    data.name = "Alianza que no cabe"
    data.purpose = "propósito " * 1500
    with pytest.raises(DatabaseError, match="disco está lleno"):
        nacimiento.found_alliance(db, data)
    with db.reading() as session:
        names = list(session.scalars(select(Alliance.name)))
    assert names == ["Alianza Frijol del Páramo"]


def test_a_folder_that_cannot_be_created_is_reported(tmp_path):
    blocker = tmp_path / "archivo"
    blocker.write_text("no soy una carpeta")
    with pytest.raises(DatabaseError, match="No se puede crear la carpeta"):
        Database.open(blocker / "sub" / "alianzas.sqlite")


def test_removable_media_is_recognised():
    assert is_removable(Path("/media/ana/USB/alianzas.sqlite"))
    assert is_removable(Path("/run/media/ana/KINGSTON/a.sqlite"))
    assert not is_removable(Path.home() / "alianzas.sqlite")


def _sqlite_file(path: Path, *statements: str) -> Path:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize(
    "statements, message",
    [
        (("CREATE TABLE contactos (nombre TEXT)",), "no es una base de datos de Alianzas"),
        (
            (
                "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
                "CREATE TABLE alliances (id TEXT)",
            ),
            "a medio crear",
        ),
        (
            (
                "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
                "INSERT INTO alembic_version VALUES ('0003')",
                "CREATE TABLE alliances (id TEXT)",
            ),
            "a medio crear",
        ),
    ],
    ids=["otro-programa", "sin-revision", "tablas-que-faltan"],
)
def test_a_file_alianzas_must_not_touch_is_refused_before_any_write(tmp_path, statements, message):
    path = _sqlite_file(tmp_path / "ajena.sqlite", *statements)
    before = path.read_bytes()
    for options in ({}, {"exclusive": True}, {"read_only": True}):
        with pytest.raises(DatabaseError, match=message):
            Database.open(path, **options)
    assert path.read_bytes() == before  # not even switched to WAL mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ajena.sqlite"]


def test_an_unknown_schema_revision_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "desconocida.sqlite"
    Database.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0004b'")
    connection.close()
    before = path.read_bytes()
    for options in ({}, {"read_only": True}):
        with pytest.raises(DatabaseError, match=r"versión de esquema desconocida \(«0004b»\)"):
            Database.open(path, **options)
    assert path.read_bytes() == before
