"""Herramientas ▸ Datos personales: people, their authorisations, reports, erasure, requests."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


def open_people_window(window):
    """Open the personal-data dialog over the main window; returns it once closed. It reads
    a page of people, so it opens at once on an office too (modal: the menu waits)."""
    from alianzas_desktop.ui.people.people_dialog import PeopleDialog

    dialog = PeopleDialog(window.db, window)
    window.people_dialog = dialog
    dialog.exec()
    dialog.deleteLater()
    return dialog
