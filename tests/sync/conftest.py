"""Two laptops' databases, an alliance with a closed acta and an issued agreement on the first."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from alianzas_desktop.services import agreements, meetings, nacimiento
from alianzas_desktop.storage.database import Database
from alianzas_desktop.sync.records import travelling_tables
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting


@pytest.fixture
def laptop_a(tmp_path):
    database = Database.open(tmp_path / "laptop-a.sqlite")
    yield database
    database.close()


@pytest.fixture
def laptop_b(tmp_path):
    database = Database.open(tmp_path / "laptop-b.sqlite")
    yield database
    database.close()


def found_alliance_with_documents(db: Database) -> str:
    """An alliance with its agreement issued and one closed acta with an addendum."""
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    version = agreements.list_versions(db, alliance_id)[0]
    agreements.issue_version(db, version.id)
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, meeting_id)
    meetings.add_addendum(db, meeting_id, "Donde dice «45 fincas» debe decir «46 fincas».")
    return alliance_id


@pytest.fixture
def alliance_on_a(laptop_a) -> str:
    return found_alliance_with_documents(laptop_a)


def table_counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {
            t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
            for t in travelling_tables()
        }


def file_state(path: Path) -> tuple[str, int | None]:
    """The database file's SHA-256 and its WAL's size (None when there is none)."""
    wal = path.with_name(path.name + "-wal")
    return (
        hashlib.sha256(path.read_bytes()).hexdigest(),
        wal.stat().st_size if wal.exists() else None,
    )
