"""The bundle dialogs work from the keyboard: each Alt+letter is used once and leads somewhere."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from alianzas_desktop.ui.dialogs.bundle_export_dialog import BundleExportDialog
from alianzas_desktop.ui.dialogs.bundle_import_dialog import BundleImportDialog
from alianzas_desktop.ui.dialogs.exchanges_dialog import ExchangesDialog
from alianzas_desktop.ui.dialogs.sync_conflicts_dialog import SyncConflictsDialog
from alianzas_desktop.ui.widgets.keyboard import mnemonic_of


@pytest.mark.parametrize(
    "make", [BundleExportDialog, BundleImportDialog, SyncConflictsDialog, ExchangesDialog]
)
def test_alt_letters_are_unique_and_labels_have_buddies(db, alliances_on_a, qtbot, make):
    dialog = make(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    letters = []
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel):
        letter = mnemonic_of(widget.text())
        if not letter or not widget.isVisibleTo(dialog):
            continue
        letters.append(letter)
        if isinstance(widget, QLabel):
            assert widget.buddy() is not None, widget.text()
    assert len(letters) == len(set(letters)), sorted(letters)
