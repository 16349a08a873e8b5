"""Test set-up: every test gets its own data folder and a real database.

The ``db`` fixture is a fresh SQLite file. When ``ALIANZAS_TEST_POSTGRES`` names a
PostgreSQL server (a URL, or the folder of its socket, as ``scripts/pg_throwaway.sh start``
prints), the tests under tests/storage, tests/services and tests/sync that use ``db`` run
twice, ``[sqlite]`` and ``[postgresql]``; on PostgreSQL each gets a database of its own,
created from one migrated template. A test that is about the SQLite file itself carries
``@pytest.mark.sqlite_only(reason=…)`` (or is listed in SQLITE_ONLY below) and runs once.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from alianzas_desktop.storage.database import Database  # noqa: E402
from tests.pg_server import PostgresServer  # noqa: E402

POSTGRES_ENV = "ALIANZAS_TEST_POSTGRES"
BOTH_BACKENDS = ("storage", "services", "sync")
TESTS = Path(__file__).parent

# Tests about the SQLite file, run on SQLite only: "module" or "module::test" → the reason.
# The guards they attack with the sqlite3 module are attacked on PostgreSQL with psycopg in
# tests/storage/test_postgres_guards.py.
_ATTACKS = "attacks the guard triggers with the sqlite3 module on the file"
_READS_FILE = "reads the SQLite file itself with the sqlite3 module"
_BEFORE_0012 = "rewinds the file to before migration 0012 with the sqlite3 module"
_BACKUPS = "backups are copies of the SQLite file (a server is copied with pg_dump)"
SQLITE_ONLY: dict[str, str] = {
    "services/test_status_forward.py": _ATTACKS,
    "services/test_closed_acta_guards.py": _ATTACKS,
    "services/test_audit.py::test_the_log_cannot_be_edited_or_deleted": _ATTACKS,
    "services/test_audit.py::test_a_refused_change_leaves_no_log": _ATTACKS,
    "services/test_meetings.py::test_a_closed_acta_cannot_change": _ATTACKS,
    "services/test_nacimiento.py::test_issued_version_cannot_change_through_any_service": (
        _ATTACKS
    ),
    "services/test_verify_content.py::test_a_tampered_agreement_is_found_but_not_trusted": (
        "tampers with an issued document through the sqlite3 module, past the triggers"
    ),
    "services/test_audit.py::test_personal_data_is_never_written_to_the_log": _READS_FILE,
    "services/test_audit_history.py::test_personal_data_stays_masked_in_the_history_and_out_of_"
    "the_log": _READS_FILE,
    "services/test_audit_history.py::test_an_erased_person_is_not_named_again": _READS_FILE,
    "services/test_audit_history.py::test_entries_written_before_this_version_read_cleanly": (
        "writes log entries of older versions with the sqlite3 module, past the trigger"
    ),
    "services/test_audit_demo_history.py": _READS_FILE,
    "services/test_personal_data.py::test_erasing_a_person_in_no_frozen_document_leaves_no_trace": (
        "scans the SQLite file's bytes (secure_delete); PostgreSQL keeps dead rows until VACUUM"
    ),
    "services/test_personal_data.py::test_erasing_a_signatory_keeps_the_frozen_document_only": (
        _READS_FILE
    ),
    "services/test_erasure_sync_conflicts.py::test_a_pending_conflict_loses_the_erased_persons_"
    "values": _READS_FILE,
    "services/test_erasure_everywhere.py": _BACKUPS,
    "services/test_personal_data_mentions.py": _BACKUPS,
    "services/test_migrations.py::test_sqlite_pragmas": "SQLite's PRAGMAs",
    "storage/test_backup.py": _BACKUPS,
    "storage/test_durable_files.py": "flushes of backup files and of --db given as a file path",
    "storage/test_database_errors.py::test_a_full_disk_gives_a_clear_message_and_no_half_record": (
        "fills the disk with SQLite's max_page_count"
    ),
    "sync/test_signed_documents_index.py::test_plans_printed_before_the_index_are_looked_"
    "through_once": _BEFORE_0012,
    "sync/test_signed_documents_index.py::test_acta_annexes_from_before_the_index_are_looked_"
    "through_once": _BEFORE_0012,
}


def postgres_url() -> str | None:
    """The maintenance URL of the test server, or None when no server was given."""
    value = os.environ.get(POSTGRES_ENV, "").strip()
    if not value:
        return None
    if "://" in value:
        return value
    return f"postgresql+psycopg://postgres@/postgres?host={value}"


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): about the SQLite file itself (WAL, damage, file copies); "
        "not run on PostgreSQL",
    )


def sqlite_only_reason(definition) -> str | None:
    marker = definition.get_closest_marker("sqlite_only")
    if marker is not None:
        return marker.kwargs.get("reason") or (marker.args[0] if marker.args else "sqlite_only")
    return _listed(definition.path, definition.name.split("[")[0])


def pytest_generate_tests(metafunc):
    if postgres_url() is None or "db" not in metafunc.fixturenames:
        return
    relative = Path(str(metafunc.definition.path)).relative_to(TESTS)
    if relative.parts[0] not in BOTH_BACKENDS or sqlite_only_reason(metafunc.definition):
        return
    metafunc.parametrize("db", ["sqlite", "postgresql"], indirect=True)


def pytest_collection_modifyitems(config, items):
    # The table's tests carry the marker too, so `-m "not sqlite_only"` selects alike.
    for item in items:
        name = getattr(item, "originalname", item.name)
        if item.get_closest_marker("sqlite_only") is None and (reason := _listed(item.path, name)):
            item.add_marker(pytest.mark.sqlite_only(reason=reason))


def _listed(path, name: str) -> str | None:
    try:
        relative = Path(str(path)).relative_to(TESTS).as_posix()
    except ValueError:
        return None
    return SQLITE_ONLY.get(relative) or SQLITE_ONLY.get(f"{relative}::{name}")


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    data = tmp_path / "datos"
    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return data


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory):
    """One database migrated to head for the whole run: each test starts from a copy of it.

    Running every migration takes about 0.3 s; copying the migrated file takes a few
    milliseconds, and ``Database.open`` still checks and opens the copy the way the app does.
    """
    folder = tmp_path_factory.mktemp("plantilla")
    template = folder / "alianzas.sqlite"
    Database.open(template).close()
    return template


@pytest.fixture(scope="session")
def postgres_server():
    """The PostgreSQL of ALIANZAS_TEST_POSTGRES; a test that asks for it is skipped without."""
    url = postgres_url()
    if url is None:
        pytest.skip(f"{POSTGRES_ENV} no está definida: sin servidor PostgreSQL de prueba")
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.fixture
def db(request, tmp_path, _migrated_template):
    if getattr(request, "param", "sqlite") == "postgresql":
        server = request.getfixturevalue("postgres_server")
        url = server.create()
        database = Database.open(url)
        yield database
        database.close()
        server.drop(url)
        return
    path = tmp_path / "alianzas.sqlite"
    shutil.copyfile(_migrated_template, path)
    database = Database.open(path)
    yield database
    database.close()
