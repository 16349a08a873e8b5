"""A milestone deleted on laptop A while laptop B edited it: B decides in the conflict view,
with real clicks, whether it stays or goes, and the choice reaches A."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from alianzas_desktop.services import bundles, chronology
from alianzas_desktop.storage.learning_models import ChronologyNote
from alianzas_desktop.ui.dialogs.sync_conflicts_dialog import SyncConflictModel, SyncConflictsDialog
from tests.sync.conftest import table_counts
from tests.ui.user_events import click_button, click_row


def _exchange(source, target, path):
    bundles.export_bundle(source, path)
    return bundles.import_bundle(target, path)


def _note(db, note_id):
    with db.reading() as session:
        return session.get(ChronologyNote, note_id)


@pytest.fixture
def deleted_on_a_edited_on_b(laptop_a, laptop_b, alliance_on_a, tmp_path) -> str:
    key = chronology.add_milestone(
        laptop_a, alliance_on_a, date(2026, 10, 5), "Primera cosecha vendida"
    )
    note_id = key.removeprefix(chronology.MILESTONE_PREFIX)
    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    chronology.remove_milestone(laptop_a, alliance_on_a, key)
    with laptop_b.transaction() as session:
        session.get(ChronologyNote, note_id).note = "Se vendieron 3 toneladas a El Páramo"
    assert _exchange(laptop_a, laptop_b, tmp_path / "2.alianzas").conflicts == 1
    return note_id


def _open(qtbot, db) -> SyncConflictsDialog:
    dialog = SyncConflictsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _click(qtbot, radio) -> None:
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def test_the_other_sides_deletion_is_chosen(
    laptop_a, laptop_b, deleted_on_a_edited_on_b, tmp_path, qtbot, qtmodeltester
):
    note_id = deleted_on_a_edited_on_b
    dialog = _open(qtbot, laptop_b)
    qtmodeltester.check(dialog.model)
    click_row(qtbot, dialog.view, 0)
    record = dialog.view.model().index(0, SyncConflictModel.RECORD).data()
    assert "Primera cosecha vendida" in record
    assert "se eliminó en un equipo" in dialog.record_label.text()
    values = dialog.choices.values[bundles.RECORD]
    assert values["local"].text() == "Lo conserva, con los cambios hechos aquí"
    assert values["remoto"].text().startswith("Lo eliminó el ")
    dialog.grab().save(str(tmp_path / "conflicto-eliminado.png"))

    # Applying before choosing says so next to the choice and deletes nothing.
    click_button(qtbot, dialog.apply_button)
    assert dialog.choices.messages[bundles.RECORD].message == (
        "Elija si el registro se conserva o se elimina."
    )
    assert _note(laptop_b, note_id) is not None

    _click(qtbot, dialog.choices.buttons[bundles.RECORD]["remoto"])
    with qtbot.waitSignal(dialog.resolved):
        click_button(qtbot, dialog.apply_button)

    assert _note(laptop_b, note_id) is None
    assert dialog.model.rowCount() == 0 and dialog.empty_label.isVisible()
    back = _exchange(laptop_b, laptop_a, tmp_path / "3.alianzas")
    assert (back.added, back.conflicts) == (0, 0)
    assert _note(laptop_a, note_id) is None
    assert table_counts(laptop_a) == table_counts(laptop_b)


def test_this_sides_edit_is_kept_and_comes_back_to_the_other_laptop(
    laptop_a, laptop_b, deleted_on_a_edited_on_b, tmp_path, qtbot
):
    note_id = deleted_on_a_edited_on_b
    dialog = _open(qtbot, laptop_b)
    click_row(qtbot, dialog.view, 0)
    _click(qtbot, dialog.choices.buttons[bundles.RECORD]["local"])
    with qtbot.waitSignal(dialog.resolved):
        click_button(qtbot, dialog.apply_button)

    assert _note(laptop_b, note_id).note == "Se vendieron 3 toneladas a El Páramo"
    assert bundles.list_conflicts(laptop_b) == []
    # A deleted it, but B's choice is newer than that deletion: it comes back to A.
    back = _exchange(laptop_b, laptop_a, tmp_path / "3.alianzas")
    assert (back.added, back.conflicts) == (1, 0)
    assert _note(laptop_a, note_id).note == "Se vendieron 3 toneladas a El Páramo"
    again = _exchange(laptop_a, laptop_b, tmp_path / "4.alianzas")
    assert (again.deleted, again.conflicts) == (0, 0)
    assert table_counts(laptop_a) == table_counts(laptop_b)


def test_the_import_dialog_previews_a_deletion_then_applies_it(
    laptop_a, laptop_b, alliance_on_a, tmp_path, qtbot, monkeypatch
):
    from alianzas_desktop.ui.dialogs import bundle_import_dialog
    from alianzas_desktop.ui.dialogs.bundle_import_dialog import BundleImportDialog, KindCountModel
    from tests.sync.conftest import stored_state
    from tests.ui.sync.test_bundle_dialogs import type_into

    told = []
    monkeypatch.setattr(
        bundle_import_dialog, "inform", lambda parent, title, text, warning=False: told.append(text)
    )
    key = chronology.add_milestone(laptop_a, alliance_on_a, date(2026, 10, 5), "Cosecha")
    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    chronology.remove_milestone(laptop_a, alliance_on_a, key)
    path = tmp_path / "2.alianzas"
    bundles.export_bundle(laptop_a, path)
    before = stored_state(laptop_b)
    dialog = BundleImportDialog(laptop_b)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    type_into(qtbot, dialog.path_edit, str(path))
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        click_button(qtbot, dialog.preview_button)

    rows = {
        dialog.model.index(r, KindCountModel.KIND).data(): r for r in range(dialog.model.rowCount())
    }
    assert dialog.model.index(rows["Nota de la cronología"], KindCountModel.DELETED).data() == "1"
    assert "Se eliminarán 1 registro(s) que el otro equipo eliminó." in dialog.totals_label.text()
    assert stored_state(laptop_b) == before
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        click_button(qtbot, dialog.import_button)
    assert _note(laptop_b, key.removeprefix(chronology.MILESTONE_PREFIX)) is None
    assert "1 eliminado(s)" in told[-1]
