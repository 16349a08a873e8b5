"""Archivo ▸ Importar paquete… from the main window: after the import the list shows what came."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from alianzas_desktop.services import bundles
from alianzas_desktop.ui.dialogs.bundle_import_dialog import BundleImportDialog
from alianzas_desktop.ui.dialogs.exchanges_dialog import ExchangesDialog
from alianzas_desktop.ui.main_window import MainWindow
from alianzas_desktop.ui.widgets.keyboard import mnemonic_of
from tests.ui.modal import when_modal
from tests.ui.sync.test_bundle_dialogs import type_into
from tests.ui.user_events import click_button, click_menu_item


def test_import_from_the_menu_reloads_the_list(db, alliances_on_a, laptop_b, tmp_path, qtbot, told):
    path = tmp_path / "de-a.alianzas"
    bundles.export_bundle(db, path)
    window = MainWindow(laptop_b)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.model.rowCount() == 0

    def use(dialog: BundleImportDialog) -> None:
        type_into(qtbot, dialog.path_edit, str(path))
        with qtbot.waitSignal(dialog.previewed, timeout=10000):
            click_button(qtbot, dialog.preview_button)
        with qtbot.waitSignal(dialog.imported, timeout=10000):
            click_button(qtbot, dialog.import_button)
        click_button(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Close))

    seen = when_modal(BundleImportDialog, use)
    click_menu_item(qtbot, window.menuBar(), window.import_bundle_action)

    assert len(seen) == 1
    assert window.model.rowCount() == len(alliances_on_a)
    assert told[-1][0] == "Paquete importado"

    opened = when_modal(ExchangesDialog, lambda dialog: dialog.reject())
    click_menu_item(qtbot, window.menuBar(), window.exchanges_action)
    assert opened[0].model.rowCount() == 1


def test_the_bundle_entries_take_alt_letters_no_other_file_entry_uses(laptop_b, qtbot):
    window = MainWindow(laptop_b)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    ours = [
        window.export_bundle_action,
        window.import_bundle_action,
        window.sync_conflicts_action,
        window.exchanges_action,
    ]
    assert all(action in file_menu.actions() for action in ours)
    others = [a for a in file_menu.actions() if not a.isSeparator() and a not in ours]
    letters = [mnemonic_of(a.text()) for a in ours]
    assert letters == ["e", "i", "f", "h"]
    assert not set(letters) & {mnemonic_of(a.text()) for a in others}
