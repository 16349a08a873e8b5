"""A record edited on two laptops, resolved field by field in the conflict view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from alianzas_desktop.services import bundles
from alianzas_desktop.storage.models import Organization
from alianzas_desktop.ui.dialogs.sync_conflicts_dialog import SyncConflictModel, SyncConflictsDialog
from tests.ui.user_events import click_button, click_row


def _organization(db, name: str | None = None, organization_id: str | None = None):
    with db.reading() as session:
        query = select(Organization).order_by(Organization.id)
        if organization_id:
            query = query.where(Organization.id == organization_id)
        if name:
            query = query.where(Organization.name == name)
        return session.scalars(query).first()


def _rename(db, organization_id: str, name: str) -> None:
    with db.transaction() as session:
        session.get(Organization, organization_id).name = name


def _exchange(source, target, path):
    bundles.export_bundle(source, path)
    return bundles.import_bundle(target, path)


def test_both_sides_renamed_an_organization_and_the_other_side_is_chosen(
    db, alliances_on_a, laptop_b, tmp_path, qtbot, qtmodeltester
):
    _exchange(db, laptop_b, tmp_path / "1.alianzas")
    organization = _organization(db, name="Alcaldía de Sonsón")
    _rename(db, organization.id, "Alcaldía Municipal de Sonsón")
    _rename(laptop_b, organization.id, "Alcaldía de Sonsón (Antioquia)")
    assert _exchange(db, laptop_b, tmp_path / "2.alianzas").conflicts == 1

    dialog = SyncConflictsDialog(laptop_b)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 1
    qtmodeltester.check(dialog.model)
    assert not dialog.empty_label.isVisible()
    click_row(qtbot, dialog.view, 0)
    record = dialog.view.model().index(0, SyncConflictModel.RECORD).data()
    assert record == "Organización «Alcaldía de Sonsón (Antioquia)»"
    local = dialog.choices.buttons["name"]["local"]
    remote = dialog.choices.buttons["name"]["remoto"]
    assert local.text() == "Este equipo"
    assert dialog.choices.values["name"]["local"].text() == "Alcaldía de Sonsón (Antioquia)"
    assert dialog.choices.values["name"]["remoto"].text() == "Alcaldía Municipal de Sonsón"
    labels = [w.text() for w in dialog.choices.findChildren(type(dialog.record_label))]
    assert "Nombre" in labels  # the field named as people read it

    # Applying before choosing says so next to the field and changes nothing.
    click_button(qtbot, dialog.apply_button)
    assert dialog.choices.messages["name"].message == "Elija qué valor se conserva."
    assert len(bundles.list_conflicts(laptop_b)) == 1

    qtbot.mouseClick(remote, Qt.MouseButton.LeftButton, pos=QPoint(8, remote.height() // 2))
    assert remote.isChecked()
    assert not dialog.choices.messages["name"].isVisible()
    with qtbot.waitSignal(dialog.resolved):
        click_button(qtbot, dialog.apply_button)

    stored = _organization(laptop_b, organization_id=organization.id)
    assert stored.name == "Alcaldía Municipal de Sonsón"
    assert bundles.list_conflicts(laptop_b) == []
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisible()
    assert not dialog.apply_button.isEnabled()
    # The choice travels back to laptop A without a new conflict.
    back = _exchange(laptop_b, db, tmp_path / "3.alianzas")
    assert back.conflicts == 0


def test_keep_all_of_this_side_in_one_click(db, alliances_on_a, laptop_b, tmp_path, qtbot):
    _exchange(db, laptop_b, tmp_path / "1.alianzas")
    organization = _organization(db, name="Alcaldía de Sonsón")
    with db.transaction() as session:
        row = session.get(Organization, organization.id)
        row.name, row.identifier = "Alcaldía A", "890.000.001-1"
    with laptop_b.transaction() as session:
        row = session.get(Organization, organization.id)
        row.name, row.identifier = "Alcaldía B", "890.000.002-2"
    _exchange(db, laptop_b, tmp_path / "2.alianzas")

    dialog = SyncConflictsDialog(laptop_b)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert set(dialog.choices.buttons) == {"name", "identifier"}
    click_button(qtbot, dialog.local_button)
    assert dialog.choices.choices == {"name": "local", "identifier": "local"}
    with qtbot.waitSignal(dialog.resolved):
        click_button(qtbot, dialog.apply_button)
    stored = _organization(laptop_b, organization_id=organization.id)
    assert (stored.name, stored.identifier) == ("Alcaldía B", "890.000.002-2")
