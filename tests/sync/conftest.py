"""Two laptops' databases, an alliance with a closed acta and an issued agreement on the first.

When ``ALIANZAS_TEST_POSTGRES`` names a server, the receiving side — ``laptop_b`` or the
``receiver`` that already holds an alliance of its own, an office's server — runs twice,
``[sqlite]`` and ``[postgresql]``: every import, merge, conflict and deletion is applied to
PostgreSQL too, and what laptop B sends back to A is read from it. A test that compares the
SQLite file byte for byte compares, on PostgreSQL, every table's rows (``stored_state``).
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from alianzas_desktop.services import agreements, bundles, meetings, nacimiento
from alianzas_desktop.storage.database import Database
from alianzas_desktop.sync.records import travelling_tables
from tests.conftest import postgres_url, sqlite_only_reason
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting

# The receiving side, parametrised over both back ends (one per test: the first named here).
RECEIVING = ("laptop_b", "receiver")


def pytest_generate_tests(metafunc):
    if postgres_url() is None or "db" in metafunc.fixturenames:
        return  # without a server; or tests/conftest.py parametrises ``db`` already
    if sqlite_only_reason(metafunc.definition):
        return
    for name in RECEIVING:
        if name in metafunc.fixturenames:
            metafunc.parametrize(name, ["sqlite", "postgresql"], indirect=True)
            return


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
        found_receivers_alliance(b)
        b.close()
    return Templates(
        laptop_a=folder / "laptop-a.sqlite",
        empty=folder / "vacia.sqlite",
        receiver=folder / "receptor.sqlite",
        alliance_id=alliance_id,
        bundle=(folder / "a.alianzas").read_bytes(),
    )


def found_receivers_alliance(db: Database) -> str:
    data = nacimiento_data()
    data.name = "Alianza Aguacate de Abejorral"
    return nacimiento.found_alliance(db, data)


@pytest.fixture(scope="session")
def server_receiver_template(postgres_server, tmp_path_factory) -> str:
    """The receiver's alliance in a template database on the server, founded once."""
    folder = tmp_path_factory.mktemp("plantilla-servidor")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ALIANZAS_DATA_DIR", str(folder / "datos"))
        return postgres_server.build_template("receptor", found_receivers_alliance)


def _on_server(request, template: str | None = None):
    server = request.getfixturevalue("postgres_server")
    url = server.create(template)
    database = Database.open(url)
    yield database
    database.close()
    server.drop(url)


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
def laptop_b(request, tmp_path, templates):
    """A laptop that never exchanged: empty (on the server, a fresh database)."""
    if getattr(request, "param", "sqlite") == "postgresql":
        yield from _on_server(request)
        return
    database = Database.open(copy_database(templates.empty, tmp_path / "laptop-b.sqlite"))
    yield database
    database.close()


@pytest.fixture
def receiver(request, tmp_path, templates):
    """A laptop that already holds an alliance of its own, so «unchanged» is not «empty»."""
    if getattr(request, "param", "sqlite") == "postgresql":
        yield from _on_server(request, request.getfixturevalue("server_receiver_template"))
        return
    database = Database.open(copy_database(templates.receiver, tmp_path / "receptor.sqlite"))
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


def every_row(db: Database) -> dict[str, list[tuple]]:
    """Every table's rows, each table ordered by its primary key (by whole rows without one)."""
    with db.engine.connect() as connection:
        inspector = inspect(connection)
        keys = {
            name: pk["constrained_columns"]
            for (_, name), pk in (inspector.get_multi_pk_constraint().items())
        }
        quote = connection.dialect.identifier_preparer.quote
        rows = {}
        for name in sorted(inspector.get_table_names()):
            order = ", ".join(quote(column) for column in keys.get(name) or [])
            query = f"SELECT * FROM {quote(name)}" + (f" ORDER BY {order}" if order else "")
            found = [tuple(row) for row in connection.execute(text(query))]
            rows[name] = found if order else sorted(found, key=repr)
        return rows


def stored_state(db: Database):
    """What «unchanged» compares: the SQLite file's bytes, or every row on a server."""
    return file_state(db.path) if db.path is not None else every_row(db)


def db_argument(db: Database) -> str:
    """The database as ``--db`` names it: the file's path or the server's URL."""
    return str(db.path) if db.path is not None else db.url.render_as_string(hide_password=False)
