"""Fixtures for the main window tests: a few founded alliances and the main window over them."""

from __future__ import annotations

import pytest

from alianzas_desktop.services import nacimiento
from tests.factories import nacimiento_data

ALLIANCES = (
    ("Alianza Frijol del Páramo", "Sonsón", "Antioquia"),
    ("Cacao para la Paz", "Tumaco", "Nariño"),
    ("Agua Limpia Veredal", "Santa Rosa de Osos", "Antioquia"),
)


def found(db, name: str, municipio: str, departamento: str) -> str:
    data = nacimiento_data()
    data.name = name
    data.municipio = municipio
    data.departamento = departamento
    data.vereda = ""
    return nacimiento.found_alliance(db, data)


@pytest.fixture
def alliance_ids(db) -> dict[str, str]:
    """Three alliances with different names and municipios: name -> id."""
    return {name: found(db, name, municipio, dpto) for name, municipio, dpto in ALLIANCES}


@pytest.fixture
def window(db, qtbot):
    from alianzas_desktop.ui.main_window import MainWindow

    main = MainWindow(db)
    qtbot.addWidget(main)
    return main


@pytest.fixture
def no_modal(monkeypatch):
    """Preview dialogs open without blocking; the ones opened are collected."""
    from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog

    opened: list[DocumentPreviewDialog] = []

    def fake_exec(self):
        opened.append(self)
        return 0

    monkeypatch.setattr(DocumentPreviewDialog, "exec", fake_exec)
    return opened
