"""The damaged-database dialog offers the newest backup that holds data (issue 8 §4).

An empty copy is newer than the good one when the file was empty for a moment; it is
never offered instead, and the daily backup is never taken from an empty file.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from alianzas_desktop import paths
from alianzas_desktop.domain.formatting import date_time
from alianzas_desktop.storage import backup
from alianzas_desktop.storage.backup import BackupInfo
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import app as app_module
from alianzas_desktop.ui.dialogs.damaged_database_dialog import DamagedDatabaseDialog
from tests.damage import overwrite_table_page
from tests.ui.app.conftest import ALLIANCES
from tests.ui.modal import when_modal


def _empty_backup_newer_than(good: BackupInfo, tmp_path: Path) -> Path:
    """An empty Alianzas database filed as this database's daily backup, an hour newer."""
    empty = tmp_path / "vacía.sqlite"
    Database.open(empty).close()
    stamp = (good.created + timedelta(hours=1)).strftime("%Y%m%d-%H%M%S")
    target = paths.backups_dir() / f"alianzas-{stamp}-diario.sqlite"
    shutil.copyfile(empty, target)
    return target


def test_the_dialog_offers_the_good_backup_not_a_newer_empty_one(
    saved_database, tmp_path, qtbot, app_quiet
):
    [good] = backup.list_backups("alianzas")
    empty = _empty_backup_newer_than(good, tmp_path)
    assert backup.list_backups("alianzas")[0].path == empty  # the newest, and empty
    overwrite_table_page(saved_database, "alliances")
    shown: list[tuple[str, bool]] = []

    def restore(dialog: DamagedDatabaseDialog) -> None:
        shown.append((dialog.backup_label.text(), dialog.restore_button.isEnabled()))
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    when_modal(DamagedDatabaseDialog, restore)
    window = app_module.open_main_window(str(saved_database))

    qtbot.addWidget(window)
    [(text, offered)] = shown
    assert offered
    assert date_time(good.created) in text
    assert f"3 alianzas, {good.people} personas y 0 sesiones" in text
    assert window.startup_outcome.restored_from == good.path
    assert {row.name for row in window.model.rows} == {a[0] for a in ALLIANCES}
    window.db.close()


def test_with_only_empty_backups_none_is_offered(saved_database, tmp_path, qapp):
    from alianzas_desktop.ui import startup_checks

    [good] = backup.list_backups("alianzas")
    _empty_backup_newer_than(good, tmp_path)
    good.path.unlink()
    assert startup_checks.newest_good_backup(saved_database) is None


def test_counts_are_written_the_colombian_way(qtbot, tmp_path):
    info = BackupInfo(
        tmp_path / "a.sqlite", datetime(2026, 3, 1, 9, 30), "diario", 90_000, 1234, 1, 12_500
    )
    dialog = DamagedDatabaseDialog(tmp_path / "alianzas.sqlite", "dañada", info)
    qtbot.addWidget(dialog)
    assert "1 de marzo de 2026" in dialog.backup_label.text()
    assert "1.234 alianzas, 12.500 personas y 1 sesión" in dialog.backup_label.text()


def test_no_daily_backup_of_an_empty_or_zero_byte_file(tmp_path):
    empty = tmp_path / "alianzas.sqlite"
    Database.open(empty).close()
    assert backup.daily_backup_if_due(empty) is None
    zero = tmp_path / "cero.sqlite"
    zero.touch()
    assert backup.daily_backup_if_due(zero) is None
    assert backup.list_backups() == []
    assert zero.stat().st_size == 0


def test_a_database_with_records_gets_its_daily_backup(saved_database):
    for existing in backup.list_backups("alianzas", count=False):
        existing.path.unlink()
    made = backup.daily_backup_if_due(saved_database)
    assert made is not None
    [daily] = backup.list_backups("alianzas")
    assert daily.alliances == len(ALLIANCES)


def test_a_zero_byte_database_is_never_opened_and_the_good_backup_is_offered(
    saved_database, tmp_path, qtbot, app_quiet
):
    """The issue's story: the file became empty; the empty copy is newer than the good one."""
    [good] = backup.list_backups("alianzas")
    _empty_backup_newer_than(good, tmp_path)
    saved_database.write_bytes(b"")
    shown: list[str] = []

    def restore(dialog: DamagedDatabaseDialog) -> None:
        shown.append(dialog.problem_label.text() + "\n" + dialog.backup_label.text())
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    when_modal(DamagedDatabaseDialog, restore)
    window = app_module.open_main_window(str(saved_database))

    qtbot.addWidget(window)
    [text] = shown
    assert "está vacío: no es una base de datos de Alianzas" in text
    assert date_time(good.created) in text and "3 alianzas" in text
    [aside] = saved_database.parent.glob("alianzas.dañada-*.sqlite")
    assert aside.stat().st_size == 0  # set aside as it was, never turned into a database
    assert window.startup_outcome.restored_from == good.path
    assert window.model.rowCount() == len(ALLIANCES)
    window.db.close()
