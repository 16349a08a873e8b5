"""Restore never brings back an altered document, and asks before undoing issued ones."""

from __future__ import annotations

import json
import sqlite3

import pytest

from alianzas_desktop.services import agreements, nacimiento
from alianzas_desktop.storage import backup, integrity
from alianzas_desktop.storage.database import Database
from tests.cli.test_tampered import alianzas
from tests.factories import nacimiento_data

TITLE = "Acuerdo de compromisos, versión 1, alianza «Alianza Frijol del Páramo»"


@pytest.fixture
def founded(tmp_path):
    """A database with a draft agreement, and a copy taken at that moment."""
    path = tmp_path / "alianzas.sqlite"
    db = Database.open(path)
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    [version] = agreements.list_versions(db, alliance_id)
    older = tmp_path / "antes-de-emitir.sqlite"
    backup.copy_database(path, older)
    yield db, version.id, older
    db.close()


def _issue_and_close(db, version_id) -> str:
    code = agreements.issue_version(db, version_id)
    db.close()
    return code


def test_check_reports_an_altered_document_and_a_missing_guard(founded):
    db, version_id, _older = founded
    code = _issue_and_close(db, version_id)
    assert backup.check_database(db.path).problems == []
    with sqlite3.connect(db.path) as raw:
        raw.execute("DROP TRIGGER agreement_versions_frozen")
        raw.execute("UPDATE agreement_versions SET content = '{}' WHERE id = ?", (version_id,))
    result = backup.check_database(db.path)
    assert result.ok  # not a damaged file: the start-up check does not set it aside
    assert result.altered == (f"{TITLE} (código {code})",)
    assert result.missing_guards == ("agreement_versions_frozen",)
    assert result.problems[0] == f"{TITLE} (código {code}): {integrity.ALTERED}."


def test_restore_refuses_a_backup_with_an_altered_document(founded, tmp_path):
    db, version_id, _older = founded
    _issue_and_close(db, version_id)
    tampered = tmp_path / "alterado.sqlite"
    backup.copy_database(db.path, tampered)
    with sqlite3.connect(tampered) as raw:
        raw.execute("DROP TRIGGER agreement_versions_frozen")
        raw.execute(
            "UPDATE agreement_versions SET content = ? WHERE id = ?",
            (json.dumps({"total": "$ 350.000.000"}), version_id),
        )
    before = db.path.read_bytes()
    with pytest.raises(backup.BackupError, match=integrity.ALTERED):
        backup.restore(db.path, tampered)
    assert db.path.read_bytes() == before


def test_restoring_an_older_backup_names_what_it_would_undo(founded):
    db, version_id, older = founded
    _issue_and_close(db, version_id)
    undone = backup.documents_undone(db.path, older)
    assert undone == [f"{TITLE}: en el respaldo está «borrador»"]
    with pytest.raises(backup.UndoesIssuedError) as refused:
        backup.restore(db.path, older)
    assert refused.value.documents == undone
    assert backup.documents_undone(db.path, db.path) == []

    backup.restore(db.path, older, undo_issued=True)
    assert backup.documents_undone(db.path, older) == []


def test_cli_restore_refuses_an_older_backup_unless_forced(founded, tmp_path):
    db, version_id, older = founded
    _issue_and_close(db, version_id)
    data = tmp_path / "datos"
    result = alianzas("restore", str(older), "--db", str(db.path), data_dir=data)
    assert result.returncode == 2
    assert "--force-older" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert f"{TITLE}: en el respaldo está «borrador»" in result.stdout

    result = alianzas("restore", str(older), "--db", str(db.path), "--force-older", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "Respaldo restaurado." in result.stdout


def test_the_window_names_what_an_older_backup_would_undo(tmp_path, qtbot, monkeypatch):
    from alianzas_desktop.ui.dialogs import backup_dialog

    path = tmp_path / "alianzas.sqlite"
    db = Database.open(path)
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    [version] = agreements.list_versions(db, alliance_id)
    older = tmp_path / "memoria" / "copia.sqlite"
    backup.copy_database(path, older)
    agreements.issue_version(db, version.id)
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(
        backup_dialog, "confirm", lambda parent, title, text: asked.append(text) or answer[0]
    )
    monkeypatch.setattr(backup_dialog, "inform", lambda *args, **kwargs: None)
    dialog = backup_dialog.BackupDialog(db)
    qtbot.addWidget(dialog)
    try:
        assert not dialog.restore_from_file(str(older))
        assert f"{TITLE}: en el respaldo está «borrador»" in asked[-1]
        assert agreements.list_versions(db, alliance_id)[0].status == "emitido"
        answer[0] = True
        assert dialog.restore_from_file(str(older))
        assert agreements.list_versions(db, alliance_id)[0].status == "borrador"
    finally:
        db.close()


def test_start_up_warns_of_an_altered_document_and_puts_the_guard_back(founded, qapp):
    from alianzas_desktop.storage import guards
    from alianzas_desktop.ui import startup_checks

    db, version_id, _older = founded
    code = _issue_and_close(db, version_id)
    with sqlite3.connect(db.path) as raw:
        raw.execute("DROP TRIGGER agreement_versions_status_forward")
        raw.execute("UPDATE agreement_versions SET status = 'borrador' WHERE id = ?", (version_id,))
        raw.execute("UPDATE agreement_versions SET content = '{}' WHERE id = ?", (version_id,))
        raw.execute("UPDATE agreement_versions SET status = 'firmado' WHERE id = ?", (version_id,))
    outcome = startup_checks.open_checked(db.path)
    try:
        assert outcome.db is not None
        [warning] = outcome.warnings
        assert f"{TITLE} (código {code}): {integrity.ALTERED}." in warning
        assert "agreement_versions_status_forward" in warning
        with sqlite3.connect(db.path) as raw:
            assert guards.missing_guards(raw) == []
    finally:
        outcome.db.close()
