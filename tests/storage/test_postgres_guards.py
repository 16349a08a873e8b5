"""Attacks beneath the services on the office's PostgreSQL: the guards hold there too.

Each write is made with psycopg directly, as anybody with the server's password could
(the SQLite twins are tests/services/test_status_forward.py and test_closed_acta_guards.py).
Runs when ALIANZAS_TEST_POSTGRES names a server (scripts/pg_throwaway.sh start).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from alianzas_desktop import cli
from alianzas_desktop.services import agreements, meetings, nacimiento
from alianzas_desktop.storage import pg_guards
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.pg_check import check_server
from tests.factories import nacimiento_data
from tests.meeting_factories import close_a_meeting
from tests.pg_server import server_url

psycopg = pytest.importorskip("psycopg")

PNG = b"\x89PNG\r\n\x1a\n" + b"firma" * 10


def _raw(db: Database, sql: str, *params) -> None:
    """One statement in its own transaction, straight to the server."""
    conninfo = db.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo) as raw:
        raw.execute(sql, params)


@pytest.fixture
def alliance_id(pg):
    return nacimiento.found_alliance(pg, nacimiento_data())


@pytest.fixture
def issued_version(pg, alliance_id):
    [version] = agreements.list_versions(pg, alliance_id)
    agreements.issue_version(pg, version.id)
    return version.id


@pytest.fixture
def closed_meeting(pg, alliance_id) -> str:
    return close_a_meeting(pg, alliance_id)


def test_a_fresh_database_has_every_guard(pg):
    with pg.engine.connect() as connection:
        assert pg_guards.missing_guards(connection) == []
        names = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
            )
        }
    from alianzas_desktop.storage.guards import TRIGGERS

    assert names >= set(TRIGGERS), "every SQLite guard has its PostgreSQL twin"


def test_an_issued_agreement_is_frozen(pg, issued_version):
    before = agreements.document_for_version(pg, issued_version)
    for back in ("borrador", "cualquiera"):
        with pytest.raises(psycopg.IntegrityError, match="no puede volver atrás"):
            _raw(
                pg, "UPDATE agreement_versions SET status = %s WHERE id = %s", back, issued_version
            )
    with pytest.raises(psycopg.IntegrityError, match="no se puede modificar"):
        _raw(
            pg,
            "UPDATE agreement_versions SET content = %s WHERE id = %s",
            json.dumps({"total": "$ 350.000.000"}),
            issued_version,
        )
    with pytest.raises(psycopg.IntegrityError, match="no se puede modificar"):
        _raw(pg, "UPDATE agreement_versions SET issued_at = NULL WHERE id = %s", issued_version)
    with pytest.raises(psycopg.IntegrityError, match="no se puede borrar"):
        _raw(pg, "DELETE FROM agreement_versions WHERE id = %s", issued_version)
    after = agreements.document_for_version(pg, issued_version)
    assert (after.status, after.content) == ("emitido", before.content)
    agreements.sign_version(pg, issued_version, date.today())  # forward is allowed
    with pytest.raises(psycopg.IntegrityError, match="no puede volver atrás"):
        _raw(pg, "UPDATE agreement_versions SET status = 'emitido' WHERE id = %s", issued_version)


def test_a_closed_acta_is_frozen_with_its_agenda_attendance_and_decisions(pg, closed_meeting):
    before = meetings.acta_document(pg, closed_meeting)
    for back in ("en_curso", "convocada", "otra"):
        with pytest.raises(psycopg.IntegrityError, match="no puede volver atrás"):
            _raw(pg, "UPDATE meetings SET status = %s WHERE id = %s", back, closed_meeting)
    for sql in (
        "UPDATE meetings SET closed_at = '2020-01-01 00:00:00' WHERE id = %s",
        "UPDATE meetings SET place = 'otro lugar' WHERE id = %s",
        "DELETE FROM meetings WHERE id = %s",
        "UPDATE agenda_items SET title = 'otro tema' WHERE meeting_id = %s",
        "DELETE FROM attendances WHERE meeting_id = %s",
        "DELETE FROM decisions WHERE meeting_id = %s",
    ):
        with pytest.raises(psycopg.IntegrityError, match="acta cerrada"):
            _raw(pg, sql, closed_meeting)
    with pytest.raises(psycopg.IntegrityError, match="acta cerrada"):
        _raw(
            pg,
            "INSERT INTO agenda_items "
            "(id, meeting_id, position, title, notes, created_at, updated_at) "
            "SELECT 'copia', meeting_id, position + 100, title, notes, created_at, updated_at "
            "FROM agenda_items WHERE meeting_id = %s LIMIT 1",
            closed_meeting,
        )
    assert meetings.acta_document(pg, closed_meeting) == before


def test_addenda_and_signatures_are_append_only_and_dated_now(pg, closed_meeting):
    assert meetings.add_addendum(pg, closed_meeting, "Donde dice 4.200 debe decir 4.300") == 1
    back_dated = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=30)
    with pytest.raises(psycopg.IntegrityError, match="solo se agregan"):
        _raw(
            pg,
            "INSERT INTO addenda (id, meeting_id, number, text, created_at, updated_at) "
            "VALUES ('x1', %s, 2, 'Fe de erratas antigua', %s, %s)",
            closed_meeting,
            back_dated,
            back_dated,
        )
    now = datetime.now(UTC).replace(tzinfo=None)
    with pytest.raises(psycopg.IntegrityError, match="solo se agregan"):  # a number skipped
        _raw(
            pg,
            "INSERT INTO addenda (id, meeting_id, number, text, created_at, updated_at) "
            "VALUES ('x2', %s, 5, 'Salta números', %s, %s)",
            closed_meeting,
            now,
            now,
        )
    with pytest.raises(psycopg.IntegrityError, match="solo se agregan"):
        _raw(pg, "UPDATE addenda SET text = 'otra cosa' WHERE meeting_id = %s", closed_meeting)
    with pytest.raises(psycopg.IntegrityError, match="solo se agregan"):
        _raw(pg, "DELETE FROM addenda WHERE meeting_id = %s", closed_meeting)
    assert meetings.add_addendum(pg, closed_meeting, "Segunda corrección") == 2

    acta = meetings.acta_document(pg, closed_meeting)
    present = [a["attendance_id"] for a in acta.content["attendees"] if a["status"] == "asistio"]
    meetings.record_signature(pg, closed_meeting, present[0], PNG)
    with pytest.raises(psycopg.IntegrityError, match="solo se agregan"):
        _raw(
            pg,
            "UPDATE meeting_signatures SET image = '\\x00' WHERE meeting_id = %s",
            closed_meeting,
        )
    with pytest.raises(psycopg.IntegrityError, match="solo se agregan"):
        _raw(pg, "DELETE FROM meeting_signatures WHERE meeting_id = %s", closed_meeting)
    assert [a["number"] for a in meetings.acta_document(pg, closed_meeting).addenda] == [1, 2]


def test_the_audit_log_is_append_only(pg, alliance_id):
    with pytest.raises(psycopg.IntegrityError, match="bitácora"):
        _raw(pg, "UPDATE audit_log SET actor = 'otro'")
    with pytest.raises(psycopg.IntegrityError, match="bitácora"):
        _raw(pg, "DELETE FROM audit_log")


def test_check_reports_a_dropped_or_disabled_guard_and_opening_puts_it_back(pg, alliance_id):
    assert check_server(server_url(pg)).problems == []
    _raw(pg, "DROP TRIGGER agreement_versions_frozen ON agreement_versions")
    _raw(pg, "ALTER TABLE meetings DISABLE TRIGGER meetings_status_forward")
    result = check_server(server_url(pg))
    assert result.ok
    assert result.missing_guards == ("agreement_versions_frozen", "meetings_status_forward")
    Database.open(pg.url).close()
    assert check_server(server_url(pg)).missing_guards == ()


def test_check_finds_an_issued_document_edited_beneath_the_app(pg, issued_version, capsys):
    _raw(pg, "ALTER TABLE agreement_versions DISABLE TRIGGER agreement_versions_frozen")
    _raw(
        pg,
        "UPDATE agreement_versions SET content = %s WHERE id = %s",
        json.dumps({"total": "$ 1"}),
        issued_version,
    )
    code = cli.run_command(cli.parse(["check", "--db", server_url(pg)]))
    out = capsys.readouterr()
    assert code != 0
    assert "documento alterado" in out.out and "agreement_versions_frozen" in out.out


def test_check_of_a_sound_server_database_says_ok(pg, closed_meeting, capsys):
    assert cli.run_command(cli.parse(["check", "--db", server_url(pg)])) == 0
    assert capsys.readouterr().out.strip() == "ok"


@pytest.mark.parametrize("command", [["backup", "-o", "copia.sqlite"], ["restore", "copia.sqlite"]])
def test_backup_and_restore_of_a_server_point_to_pg_dump(pg, command, tmp_path, capsys):
    code = cli.run_command(cli.parse([*command, "--db", server_url(pg)]))
    assert code != 0
    assert "pg_dump" in capsys.readouterr().err
    assert not (tmp_path / "copia.sqlite").exists()
