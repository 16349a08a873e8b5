"""A document changed beneath the app (its guard dropped by hand) is caught by verify and check."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from alianzas_desktop.services import agreements, meetings, nacimiento
from alianzas_desktop.storage.database import Database
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting

ALTERED = "el contenido no corresponde al código: documento alterado"


def alianzas(*args: str, data_dir) -> subprocess.CompletedProcess:
    env = dict(os.environ, ALIANZAS_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "alianzas_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.fixture
def issued(tmp_path):
    """A file with an issued agreement and a closed acta: (path, agreement code, acta code)."""
    path = tmp_path / "alianzas.sqlite"
    db = Database.open(path)
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    [version] = agreements.list_versions(db, alliance_id)
    agreement_code = agreements.issue_version(db, version.id)
    data = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, meeting_id)
    acta_code = meetings.acta_document(db, meeting_id).verification_code
    db.close()
    return path, agreement_code, acta_code


def _tamper(path, table: str, trigger: str, code: str) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute(f"DROP TRIGGER {trigger}")
        content = json.loads(
            raw.execute(
                f"SELECT content FROM {table} WHERE verification_code = ?", (code,)
            ).fetchone()[0]
        )
        content["tampered"] = "$ 350.000.000"
        raw.execute(
            f"UPDATE {table} SET content = ? WHERE verification_code = ?",
            (json.dumps(content, ensure_ascii=False), code),
        )


def test_verify_and_check_say_an_intact_file_is_intact(issued, tmp_path):
    path, agreement_code, acta_code = issued
    for code in (agreement_code, acta_code):
        result = alianzas("verify", code, "--db", str(path), data_dir=tmp_path / "datos")
        assert result.returncode == 0, result.stderr
    result = alianzas("check", "--db", str(path), data_dir=tmp_path / "datos")
    assert (result.returncode, result.stdout.strip()) == (0, "ok"), result.stderr


@pytest.mark.parametrize(
    "table, trigger, which",
    [
        ("agreement_versions", "agreement_versions_frozen", 1),
        ("meetings", "meetings_frozen", 2),
    ],
)
def test_verify_and_check_catch_a_tampered_document(issued, tmp_path, table, trigger, which):
    path, code = issued[0], issued[which]
    _tamper(path, table, trigger, code)

    result = alianzas("verify", code, "--db", str(path), data_dir=tmp_path / "datos")
    assert result.returncode == 1
    assert ALTERED in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr

    result = alianzas("check", "--db", str(path), data_dir=tmp_path / "datos")
    assert result.returncode == 1
    assert f"(código {code}): {ALTERED}" in result.stdout
    assert trigger in result.stdout  # the missing guard is named too
    assert "Traceback" not in result.stderr
