"""First start: the app asks who the facilitator is before anything is recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from alianzas_desktop.profile import NO_PROFILE, Profile, load_profile, paper_size, save_profile
from alianzas_desktop.services import audit, nacimiento
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import app as app_module
from alianzas_desktop.ui.dialogs.first_start import FirstStartDialog, ensure_profile
from tests.factories import nacimiento_data
from tests.ui.founded.conftest import click, type_text


class _NoEventLoop:
    """Stands in for the QApplication so ``run`` returns instead of entering the loop."""

    def exec(self) -> int:
        return 0


@pytest.fixture
def started(monkeypatch, qapp):
    monkeypatch.setattr(app_module, "create_application", lambda argv=None: _NoEventLoop())
    monkeypatch.setattr(app_module, "install_translators", lambda application: [])


def _fill_in(qtbot, dialog: FirstStartDialog) -> None:
    type_text(qtbot, dialog.name_edit, "Luz Dary Cárdenas Ñustes")
    type_text(qtbot, dialog.organization_edit, "Programa Nacional de Alianzas")
    type_text(qtbot, dialog.document_edit, "43.123.456")
    type_text(qtbot, dialog.departamento_edit, "Nariño")
    dialog.paper_combo.setFocus()
    qtbot.keyClick(dialog.paper_combo, Qt.Key.Key_Down)


def test_first_start_asks_and_the_audit_trail_names_the_facilitator(
    tmp_path, qtbot, started, drive
):
    path = tmp_path / "alianzas.sqlite"

    def steps(dialog: FirstStartDialog) -> None:
        assert dialog.parentWidget() is not None and dialog.parentWidget().isVisible()
        _fill_in(qtbot, dialog)
        click(qtbot, dialog.save_button)

    seen = drive(FirstStartDialog, steps)

    assert app_module.run(str(path)) == 0

    assert len(seen) == 1
    profile = load_profile()
    assert profile == Profile(
        name="Luz Dary Cárdenas Ñustes",
        organization="Programa Nacional de Alianzas",
        document_number="43.123.456",
        departamento="Nariño",
        paper_size="a4",
    )
    assert paper_size() == "a4"
    database = Database.open(path)
    try:
        alliance_id = nacimiento.found_alliance(database, nacimiento_data())
        actors = {r.actor for r in audit.history_of_alliance(database, alliance_id)}
    finally:
        database.close()
    assert actors == {"Luz Dary Cárdenas Ñustes"}
    assert NO_PROFILE not in actors


def test_salir_closes_the_app_and_records_nothing(tmp_path, qtbot, started, drive):
    def steps(dialog: FirstStartDialog) -> None:
        type_text(qtbot, dialog.name_edit, "Alguien")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    seen = drive(FirstStartDialog, steps)

    assert app_module.run(str(tmp_path / "alianzas.sqlite")) == 0

    assert len(seen) == 1
    assert not seen[0].parentWidget().isVisible()
    assert not load_profile().is_known


def test_a_known_facilitator_is_not_asked_again(tmp_path, qtbot, started, drive):
    save_profile(Profile(name="Ana Milena Zapata"))
    seen = drive(FirstStartDialog, lambda dialog: pytest.fail("no debía preguntar"))

    assert app_module.run(str(tmp_path / "alianzas.sqlite")) == 0
    assert seen == []


def test_the_name_is_required_and_a_cedula_has_digits(qtbot):
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Bienvenida a Alianzas"
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "Escriba su nombre" in dialog.error_label.text()
    type_text(qtbot, dialog.name_edit, "Ana Milena Zapata")
    type_text(qtbot, dialog.document_edit, "cuarenta y tres")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "cédula" in dialog.error_label.text()
    assert not load_profile().is_known
    type_text(qtbot, dialog.document_edit, "43123456", replace=True)
    with qtbot.waitSignal(dialog.profile_saved):
        click(qtbot, dialog.save_button)
    assert load_profile().document_number == "43123456"


def test_ensure_profile_asks_only_without_a_name():
    asked = []

    def ask(parent):
        asked.append(parent)
        save_profile(Profile(name="Ana"))
        return load_profile(), True

    assert ensure_profile(None, ask) is True
    assert ensure_profile(None, ask) is True
    assert len(asked) == 1


def test_a_new_alliance_starts_in_the_profile_departamento(db, qtbot):
    from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard

    save_profile(Profile(name="Ana Milena Zapata", departamento="Nariño"))
    wizard = NacimientoWizard(db)
    qtbot.addWidget(wizard)
    assert (wizard.data.facilitator, wizard.data.departamento) == ("Ana Milena Zapata", "Nariño")
