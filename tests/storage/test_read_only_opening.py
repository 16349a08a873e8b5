"""A database opened only to read: no audit pass, and no way to write without one."""

from __future__ import annotations

import pytest
from sqlalchemy import func, insert, select

from alianzas_desktop.services import nacimiento
from alianzas_desktop.storage.database import Database, ReadOnlyDatabaseError
from alianzas_desktop.storage.models import AuditEntry, Organization
from tests.factories import nacimiento_data


@pytest.fixture
def reader(db):
    nacimiento.found_alliance(db, nacimiento_data())
    database = Database.open(db.url, read_only=True)
    yield database
    database.close()


def _count(db, what) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(what))


def test_a_read_only_database_refuses_every_write_that_its_missing_audit_would_miss(db, reader):
    organizations, entries = _count(db, Organization), _count(db, AuditEntry)

    with pytest.raises(ReadOnlyDatabaseError):
        with reader.transaction():
            pass
    # Beneath ``transaction``: a session's flush, and a statement on a connection.
    with pytest.raises(Exception, match="(?i)read-?only"):
        with reader.reading() as session:
            session.add(Organization(name="Escrita sin historial"))
            session.flush()
    with pytest.raises(Exception, match="(?i)read-?only"):
        with reader.reading_rows() as connection:
            connection.execute(insert(Organization.__table__).values(id="x", name="Tampoco"))
            connection.commit()

    assert (_count(db, Organization), _count(db, AuditEntry)) == (organizations, entries)


def test_a_read_only_database_reads_what_the_writer_wrote(db, reader):
    with reader.reading_rows() as connection:
        names = connection.execute(select(Organization.__table__.c.name)).scalars().all()
    with db.reading() as session:
        assert sorted(names) == sorted(session.scalars(select(Organization.name)))
    assert names
