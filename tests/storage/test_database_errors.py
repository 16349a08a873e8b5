"""The database refuses clearly and changes nothing: newer files, full disks, bad folders."""

from __future__ import annotations

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
