"""The dialogs that correct a founded alliance, and the welcome, on a 1366×728 screen.

Run by test_fit.py in a process whose offscreen screen is 1366×728; skips on any other.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QTabWidget

from alianzas_desktop.services import alliance_changes, alliances
from tests.ui.layout import conftest as layout_fixtures
from tests.ui.layout import laptop_screen
from tests.ui.layout.laptop_screen import assert_fits, each_tab

# The layout checks' fixtures: the autouse one skips any screen but 1366×728.
_laptop_screen = laptop_screen._laptop_screen
main_window = laptop_screen.main_window
demo_ids = layout_fixtures.demo_ids


@pytest.fixture(autouse=True)
def _fresh_window_geometry():
    """Each main window opens fitted to the screen, not where the previous test left one."""
    from alianzas_desktop.ui.main_window import settings

    settings().remove("main_window/geometry")


def test_the_correction_dialogs_and_the_welcome_fit(db, qtbot, main_window, demo_ids):
    from alianzas_desktop.ui.dialogs.alliance_edit_dialog import AllianceEditDialog
    from alianzas_desktop.ui.dialogs.first_start import FirstStartDialog
    from alianzas_desktop.ui.dialogs.partner_dialog import PartnerDialog
    from alianzas_desktop.ui.dialogs.retire_partner_dialog import RetirePartnerDialog

    alliance_id = demo_ids[0]
    partner = alliances.alliance_detail(db, alliance_id).partners[0]
    dialogs = {
        "corregir alianza": AllianceEditDialog(db, alliance_id, main_window),
        "agregar socio": PartnerDialog(db, alliance_id, main_window),
        "retirar socio": RetirePartnerDialog(db, alliance_id, partner.membership_id, main_window),
        "bienvenida": FirstStartDialog(parent=main_window),
    }
    for label, dialog in dialogs.items():
        assert_fits(qtbot, dialog, label)
        for tabs in dialog.findChildren(QTabWidget):
            for tab in each_tab(tabs):
                assert_fits(qtbot, dialog, f"{label} {tab}")
        dialog.close()


def test_an_archived_alliance_with_a_retired_partner_fits(db, qtbot, main_window, demo_ids):
    alliance_id = demo_ids[0]
    detail = alliances.alliance_detail(db, alliance_id)
    if len(detail.partners) > 2:
        alliance_changes.retire_partner(
            db, detail.partners[-1].membership_id, date.today(), "Se retiró de la zona"
        )
    alliance_changes.archive_alliance(db, alliance_id)
    main_window.show_archived_action.setChecked(True)
    main_window.open_alliance(alliance_id)
    page = main_window.alliance_page
    assert page.archived_bar.isVisible()
    for tab in each_tab(page.tabs):
        assert_fits(qtbot, main_window, f"alianza archivada {tab}")
