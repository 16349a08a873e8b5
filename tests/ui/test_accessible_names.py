"""Every input a screen reader reaches has a name: walk the windows the fit checks open.

The windows, wizard pages and dialogs are those of layout/laptop_screen.py (each of its
walks calls ``assert_fits`` on every window it visits); here that call checks names
instead, on the test process's own screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit, QWidget

from alianzas_desktop.ui.widgets import accessibility
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message
from tests.ui.layout import laptop_screen
from tests.ui.layout.conftest import demo_ids  # noqa: F401  (a fixture)
from tests.ui.layout.laptop_screen import founded, main_window  # noqa: F401  (fixtures)

visited: list[str] = []


def assert_named(qtbot, window: QWidget, label: str) -> None:
    if not window.isVisible():
        window.show()
        qtbot.waitExposed(window)
    QApplication.processEvents()
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r} under {type(w.parentWidget()).__name__}"
        for w in accessibility.unnamed_inputs(window)
        if w.isVisible()
    ]
    assert not unnamed, f"{label}: sin nombre accesible\n" + "\n".join(unnamed)
    visited.append(label)


@pytest.fixture(autouse=True)
def _names_checked(monkeypatch, qapp):
    accessibility.install(qapp)  # as ui/app.py does at start
    monkeypatch.setattr(laptop_screen, "assert_fits", assert_named)
    visited.clear()


def test_every_window_wizard_page_and_dialog_names_its_inputs(
    db,
    qtbot,
    main_window,  # noqa: F811
    demo_ids,  # noqa: F811
    founded,  # noqa: F811
    tmp_path,
):
    """One demo database for the four walks (building it is most of the time)."""
    laptop_screen.test_main_window_and_every_tab_of_an_alliance(qtbot, main_window, demo_ids)
    assert len(visited) > 8
    laptop_screen.test_nacimiento_wizard_every_page(db, qtbot, main_window)
    assert any(label.startswith("nacimiento pagina 5") for label in visited)
    laptop_screen.test_meeting_wizard_every_page(db, qtbot, main_window, founded)
    assert sum(label.startswith("sesion pagina") for label in visited) >= 4
    laptop_screen.test_the_dialogs_of_the_main_window(
        db, qtbot, main_window, demo_ids, founded, tmp_path
    )
    assert "perfil" in visited and len(visited) > 40


@pytest.mark.parametrize(
    "module, name",
    [
        ("puesta_en_marcha.wizard", "PuestaEnMarchaWizard"),
        ("proyeccion.wizard", "ProyeccionWizard"),
        ("review.wizard", "ReviewWizard"),
        ("systematization.wizard", "SystematizationWizard"),
    ],
)
def test_every_page_of_the_other_wizards_names_its_inputs(db, qtbot, monkeypatch, module, name):
    """The wizards the fit checks do not walk: each page as WizardPage names it when shown."""
    import importlib

    from alianzas_desktop.services import nacimiento
    from alianzas_desktop.ui.wizards.drafting import KEEP, DraftingWizard
    from tests.factories import nacimiento_data

    monkeypatch.setattr(DraftingWizard, "_ask_keep_draft", lambda _self: KEEP)
    wizard_class = getattr(importlib.import_module(f"alianzas_desktop.ui.wizards.{module}"), name)
    wizard = wizard_class(db, nacimiento.found_alliance(db, nacimiento_data()))
    qtbot.addWidget(wizard)
    wizard.show()
    unnamed = []
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        accessibility.name_inputs(page)
        unnamed += [
            f"{page_id} {type(w).__name__} under {type(w.parentWidget()).__name__}"
            for w in accessibility.unnamed_inputs(page)
        ]
    assert len(wizard.pageIds()) >= 2
    assert not unnamed, "\n".join(unnamed)


def test_a_field_is_named_by_its_form_label_and_described_by_its_message(qtbot, qapp):
    accessibility.install(qapp)
    window = QWidget()
    qtbot.addWidget(window)
    form = QFormLayout(window)
    name_edit = QLineEdit()
    message = FieldMessage()
    form.addRow(QLabel("&Nombre de la alianza:"), with_message(name_edit, message))
    window.show()
    qtbot.waitExposed(window)

    assert name_edit.accessibleName() == "Nombre de la alianza"
    message.show_message("Escriba el nombre.")
    assert name_edit.accessibleDescription() == "Escriba el nombre."
    message.clear_message()
    assert name_edit.accessibleDescription() == ""
