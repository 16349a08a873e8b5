"""The audit trail records every change with who, when and before → after."""

from __future__ import annotations

import sqlite3

import pytest

from alianzas_desktop.profile import Profile, save_profile
from alianzas_desktop.services import agreements, alliances, audit, nacimiento
from tests.factories import nacimiento_data


def test_founding_and_changes_are_logged_with_the_profile_name(db):
    save_profile(Profile(name="Ana Milena Zapata"))
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    history = audit.history_of_alliance(db, alliance_id)
    tables = {r.table for r in history}
    assert {"alliances", "memberships", "commitments", "agreement_versions"} <= tables
    assert {r.actor for r in history} == {"Ana Milena Zapata"}

    alliances.move_to_phase(db, alliance_id, "puesta_en_marcha")
    [change] = [r for r in audit.history_of_record(db, alliance_id) if r.action == "modificar"]
    assert change.action_label == "Modificó"
    assert [(c.field, c.before, c.after) for c in change.changes] == [
        ("phase", "nacimiento", "puesta_en_marcha")
    ]


def test_personal_data_is_never_written_to_the_log(db):
    nacimiento.found_alliance(db, nacimiento_data())
    with sqlite3.connect(db.path) as connection:
        log = " ".join(r[0] for r in connection.execute("SELECT changes FROM audit_log"))
    assert "3104567890" not in log
    assert "María Eugenia Ríos" not in log
    assert "«dato personal»" in log


def test_issuing_is_logged(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    [version] = agreements.list_versions(db, alliance_id)
    code = agreements.issue_version(db, version.id)
    issued = [r for r in audit.history_of_record(db, version.id) if r.action == "modificar"][-1]
    changed = {c.field: c.after for c in issued.changes}
    assert changed["status"] == "emitido"
    assert changed["verification_code"] == code


def test_the_log_cannot_be_edited_or_deleted(db):
    nacimiento.found_alliance(db, nacimiento_data())
    with sqlite3.connect(db.path) as connection:
        with pytest.raises(sqlite3.DatabaseError, match="bitácora"):
            connection.execute("UPDATE audit_log SET actor = 'otro'")
        with pytest.raises(sqlite3.DatabaseError, match="bitácora"):
            connection.execute("DELETE FROM audit_log")


def test_a_refused_change_leaves_no_log(db):
    from alianzas_desktop.services.errors import ValidationFailed

    data = nacimiento_data()
    data.name = ""
    with pytest.raises(ValidationFailed):
        nacimiento.found_alliance(db, data)
    with sqlite3.connect(db.path) as connection:
        assert connection.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
