"""Two laptops' databases, an alliance with a closed acta and an issued agreement on the first."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from alianzas_desktop.services import agreements, bundles, meetings, nacimiento
from alianzas_desktop.storage.database import Database
from alianzas_desktop.sync.records import travelling_tables
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting


@dataclass(frozen=True)
class Templates:
    """Databases built once per test session and copied into each test: building the alliance
    with its documents costs seconds, copying a file does not."""

    laptop_a: Path
    empty: Path
    receiver: Path
    alliance_id: str
    bundle: bytes  # laptop A's alliance, exported


@pytest.fixture(scope="session")
def templates(tmp_path_factory) -> Templates:
    folder = tmp_path_factory.mktemp("plantillas")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ALIANZAS_DATA_DIR", str(folder / "datos"))
        a = Database.open(folder / "laptop-a.sqlite")
        alliance_id = found_alliance_with_documents(a)
        bundles.export_bundle(a, folder / "a.alianzas")
        a.close()
        Database.open(folder / "vacia.sqlite").close()
        b = Database.open(folder / "receptor.sqlite")
        data = nacimiento_data()
        data.name = "Alianza Aguacate de Abejorral"
        nacimiento.found_alliance(b, data)
        b.close()
    return Templates(
        laptop_a=folder / "laptop-a.sqlite",
        empty=folder / "vacia.sqlite",
        receiver=folder / "receptor.sqlite",
        alliance_id=alliance_id,
        bundle=(folder / "a.alianzas").read_bytes(),
    )


def copy_database(source: Path, target: Path) -> Path:
    for suffix in ("", "-wal"):
        origin = source.with_name(source.name + suffix)
        if origin.exists():
            shutil.copyfile(origin, target.with_name(target.name + suffix))
    return target


@pytest.fixture
def laptop_a(tmp_path, templates):
    database = Database.open(copy_database(templates.laptop_a, tmp_path / "laptop-a.sqlite"))
    yield database
    database.close()


@pytest.fixture
def laptop_b(tmp_path, templates):
    database = Database.open(copy_database(templates.empty, tmp_path / "laptop-b.sqlite"))
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
def alliance_on_a(laptop_a, templates) -> str:
    return templates.alliance_id


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
