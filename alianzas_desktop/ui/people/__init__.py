"""Herramientas ▸ Datos personales: people, their authorisations, reports, erasure, requests."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


def open_people_window(window):
    """Open the personal-data dialog over the main window; returns it once closed, or None
    when asked again while it opens (the people are read with the window's loop turning,
    and a second press of the menu item would have opened a second dialog)."""
    from alianzas_desktop.ui.people.people_dialog import PeopleDialog

    if getattr(window, "_opening_people", False):
        return None
    window._opening_people = True
    try:
        dialog = PeopleDialog(window.db, window)
    finally:
        window._opening_people = False
    window.people_dialog = dialog
    dialog.exec()
    dialog.deleteLater()
    return dialog
