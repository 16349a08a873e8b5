"""Damage met while working (issue 8 §4): one Spanish error, the file let go, nothing written."""

from __future__ import annotations

import gc

import pytest
from sqlalchemy import text

from alianzas_desktop.services import nacimiento
from alianzas_desktop.services.alliances import list_alliances
from alianzas_desktop.storage import database as database_module
from alianzas_desktop.storage.database import Database, DatabaseDamagedError, DatabaseError
from tests.damage import overwrite_table_page
from tests.factories import nacimiento_data


def refused(call) -> str:
    """The message of the DatabaseDamagedError ``call`` raises, keeping no traceback alive.

    (``pytest.raises`` would keep the failed statement, and with it a connection that
    only closes, and checkpoints, once collected.)
    """
    try:
        call()
    except DatabaseDamagedError as error:
        return str(error)
    raise AssertionError("no DatabaseDamagedError")


def _companions(path):
    return {p.name: p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name)}


@pytest.fixture
def damaged(tmp_path):
    """An open database holding one alliance whose alliances table is then overwritten."""
    path = tmp_path / "alianzas.sqlite"
    database = Database.open(path, exclusive=True)
    nacimiento.found_alliance(database, nacimiento_data())
    database.engine.dispose()  # what was written is now in the file, not only in the WAL
    overwrite_table_page(path, "alliances")
    yield database
    database.close()


def test_malformed_while_reading_is_one_spanish_error_and_nothing_is_written(damaged):
    before = _companions(damaged.path)
    told = []
    database_module.damage_handlers.append(lambda db, error: told.append((db, str(error))))
    try:
        message = refused(lambda: list_alliances(damaged))
        # Nothing more reaches the file, not even a read: refused before any connection.
        assert refused(lambda: nacimiento.found_alliance(damaged, nacimiento_data())) == message
        assert refused(lambda: list_alliances(damaged)) == message
    finally:
        database_module.damage_handlers.clear()
    assert message.startswith("La base de datos está dañada: ")
    assert "\n" not in message
    assert isinstance(damaged.damaged, DatabaseError)  # the CLI's except catches it
    assert [db for db, _ in told] == [damaged]  # told once, not per failed call
    assert "dañada" in told[0][1]
    damaged.close()
    gc.collect()  # a connection kept by a traceback would close (and checkpoint) now
    # Closing let go of every connection without folding the WAL into the damaged file.
    assert _companions(damaged.path) == before


def test_closing_after_damage_keeps_the_wal_as_it_was(tmp_path):
    """Committed pages still only in the WAL stay there, beside the file, byte for byte."""
    path = tmp_path / "alianzas.sqlite"
    database = Database.open(path, exclusive=True)
    nacimiento.found_alliance(database, nacimiento_data())
    database.engine.dispose()
    second = nacimiento_data()
    second.name = "Alianza escrita solo en el WAL"
    nacimiento.found_alliance(database, second)
    overwrite_table_page(path, "drafts", fold_wal=False)  # a table the founding left alone
    before = _companions(path)
    assert before[f"{path.name}-wal"]  # the second alliance, not yet in the file

    def read_drafts() -> None:
        with database.reading() as session:
            session.execute(text("SELECT * FROM drafts")).all()

    refused(read_drafts)
    assert _companions(path) == before
    database.close()
    gc.collect()
    assert _companions(path) == before
