"""Archivo ▸ Abrir base de datos…: an empty file is refused and nothing changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.modal import when_modal


def test_opening_an_empty_file_says_so_and_keeps_the_current_database(db, window, qtbot, tmp_path):
    empty = tmp_path / "vacía.sqlite"
    empty.touch()
    before = window.db

    seen = when_modal(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    assert window.open_database(str(empty)) is False

    assert seen and "está vacío" in seen[0]
    assert window.db is before
    assert empty.stat().st_size == 0
