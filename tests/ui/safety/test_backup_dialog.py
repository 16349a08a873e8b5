"""Archivo ▸ Respaldo…: back up now, list the automatic backups, restore through the dialog."""

from __future__ import annotations

import pytest

from alianzas_desktop.services import alliances
from alianzas_desktop.storage import backup
from alianzas_desktop.storage.backup import BackupInfo
from alianzas_desktop.ui.dialogs import backup_dialog
from alianzas_desktop.ui.dialogs.backup_dialog import BackupDialog, BackupTableModel
from tests.ui.app.conftest import ALLIANCES, found


@pytest.fixture
def quiet(monkeypatch):
    """Confirmations say yes; information boxes are collected instead of shown."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(backup_dialog, "confirm", lambda parent, title, text: True)
    monkeypatch.setattr(
        backup_dialog,
        "inform",
        lambda parent, title, text, warning=False: shown.append((title, text)),
    )
    return shown


def test_back_up_now_writes_a_valid_copy(db, tmp_path, qtbot, monkeypatch, quiet):
    for name, municipio, departamento in ALLIANCES:
        found(db, name, municipio, departamento)
    target = tmp_path / "USB" / "respaldo"
    monkeypatch.setattr(backup_dialog, "choose_target", lambda parent, suggested: str(target))
    dialog = BackupDialog(db)
    qtbot.addWidget(dialog)

    with qtbot.waitSignal(dialog.backed_up) as blocker:
        qtbot.mouseClick(dialog.backup_now_button, backup_dialog.Qt.MouseButton.LeftButton)

    written = tmp_path / "USB" / "respaldo.sqlite"
    assert blocker.args == [str(written)]
    assert backup.check_database(written).ok
    assert backup_dialog.backup.record_counts(written)["alliances"] == len(ALLIANCES)
    assert quiet[-1][0] == "Respaldo guardado"


def test_the_list_shows_date_reason_and_contents(db, qtbot):
    found(db, *ALLIANCES[0])
    backup.automatic_backup(db.path, "diario")
    backup.automatic_backup(db.path, "antes-de-actualizar")
    dialog = BackupDialog(db)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2
    reasons = {model.index(r, BackupTableModel.REASON).data() for r in range(2)}
    assert reasons == {"Diario", "Antes de actualizar"}
    assert model.index(0, BackupTableModel.ALLIANCES).data() == "1"
    assert model.index(0, BackupTableModel.MEETINGS).data() == "0"
    assert model.index(0, BackupTableModel.SIZE).data().endswith("KB")
    assert dialog.restore_button.isEnabled()


def test_restore_through_the_dialog_brings_back_deleted_data(db, window, qtbot, monkeypatch, quiet):
    from sqlalchemy import delete

    from alianzas_desktop.storage.models import Alliance

    kept_id = found(db, *ALLIANCES[0])
    lost_id = found(db, *ALLIANCES[1])
    good = backup.automatic_backup(db.path, "diario")
    # Lost by mistake: removed straight from the file, as a damaged session would.
    with db.transaction() as session:
        session.execute(delete(Alliance).where(Alliance.id == lost_id))
    window.refresh()
    assert window.model.rowCount() == 1

    monkeypatch.setattr(BackupDialog, "exec", lambda self: 0)
    dialog = backup_dialog.open_backup_dialog(window)
    dialog.select_backup(good)
    with qtbot.waitSignal(window.database_changed):
        assert dialog.restore_selected()

    assert {r.id for r in alliances.list_alliances(window.db)} == {kept_id, lost_id}
    assert window.model.rowCount() == 2
    safety = [b for b in backup.list_backups("alianzas") if b.reason == "antes-de-restaurar"]
    assert len(safety) == 1 and safety[0].alliances == 1
    window.db.close()


def test_restore_from_a_damaged_file_changes_nothing(db, tmp_path, qtbot, monkeypatch, quiet):
    found(db, *ALLIANCES[0])
    broken = tmp_path / "memoria" / "copia.sqlite"
    broken.parent.mkdir()
    broken.write_bytes(b"no es una base" * 500)
    before = db.path.read_bytes()
    dialog = BackupDialog(db)
    qtbot.addWidget(dialog)

    assert not dialog.restore_from_file(str(broken))

    assert quiet[-1][0] == "No se puede restaurar"
    assert "No se modificó nada" in quiet[-1][1]
    assert backup.list_backups("alianzas") == []
    assert db.path.read_bytes() == before


def test_restore_from_a_file_on_a_usb_stick(db, tmp_path, qtbot, monkeypatch, quiet):
    found(db, *ALLIANCES[0])
    stick = tmp_path / "memoria" / "copia.sqlite"
    backup.copy_database(db.path, stick)
    found(db, *ALLIANCES[1])
    monkeypatch.setattr(backup_dialog, "choose_source", lambda parent, start: str(stick))
    dialog = BackupDialog(db)
    qtbot.addWidget(dialog)
    restored = []
    dialog.database_restored.connect(restored.append)

    assert dialog.restore_from_file()

    assert restored == [str(db.path)]
    assert len(alliances.list_alliances(db)) == 1


def test_backup_model(qtmodeltester, tmp_path):
    from datetime import datetime

    model = BackupTableModel()
    model.set_rows(
        [
            BackupInfo(tmp_path / "a.sqlite", datetime(2026, 3, 1, 9, 30), "diario", 90_000, 3, 2),
            BackupInfo(
                tmp_path / "b.sqlite", datetime(2026, 3, 2, 9, 30), "otro-motivo", 3_000_000, None
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, BackupTableModel.REASON).data() == "Otro motivo"
    assert model.index(1, BackupTableModel.SIZE).data() == "2,9 MB"
    assert model.index(1, BackupTableModel.ALLIANCES).data() == "—"
