"""The program ends cleanly after real use.

PySide6 6.12.0 lost a reference to ``True`` on every ``signal.emit()`` from Python and
the interpreter aborted later ("bool_dealloc"); pyproject.toml keeps PySide6 below 6.12.
These tests catch that defect if a PySide6 that has it is ever installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QObject, Signal

ROOT = Path(__file__).resolve().parents[2]

# Fills the wizard's first page, adds three partners through the real widgets (keys with
# accents included), deletes the wizard and exits. With PySide6 6.12.0 this
# aborts at exit with "Fatal Python error: bool_dealloc" (exit code 134).
SCENARIO = textwrap.dedent(
    """
    import gc
    import sys

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWizard

    from alianzas_desktop.storage.database import Database
    from alianzas_desktop.ui.wizards.nacimiento.base import PAGE_BASICS, PAGE_PARTNERS
    from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard

    app = QApplication([])
    db = Database.open(sys.argv[1])


    def type_into(widget, text):
        widget.setFocus()
        for char in text:
            if char.isascii():
                QTest.keyClick(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


    wizard = NacimientoWizard(db)
    wizard.show()
    QTest.qWaitForWindowExposed(wizard)
    basics = wizard.page_widget(PAGE_BASICS)
    type_into(basics.name_edit, "Alianza Frijol del Páramo")
    type_into(basics.departamento_edit, "Antioquia")
    type_into(basics.municipio_edit, "Sonsón")
    type_into(basics.facilitator_edit, "Ana Milena Zapata")
    basics.area_combo.setCurrentIndex(basics.area_combo.findData("productividad"))
    basics.start_date_edit.selectAll()
    type_into(basics.start_date_edit, "02/03/2026")
    QTest.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_PARTNERS, wizard.currentId()

    partners = wizard.page_widget(PAGE_PARTNERS)
    gc.collect()
    true_refs = sys.getrefcount(True)
    for name, sector in (
        ("Alcaldía de Sonsón", "publico"),
        ("Comercializadora El Páramo S.A.S.", "privado"),
        ("Cooperativa de Productores de La Loma", "sociedad_civil"),
    ):
        QTest.mouseClick(partners.add_button, Qt.MouseButton.LeftButton)
        editor = partners.editor
        type_into(editor.name_edit, name)
        editor.sector_combo.setCurrentIndex(editor.sector_combo.findData(sector))
        type_into(editor.interests_edit, "Intereses de " + name)
        type_into(editor.contribution_edit, "Aporte de " + name)
    gc.collect()
    print("true-refs-lost", true_refs - sys.getrefcount(True))
    print("partners", len(wizard.data.partners))

    wizard.deleteLater()
    QTest.qWait(50)
    gc.collect()
    db.close()
    print("end")
    """
)


def test_wizard_with_partners_exits_cleanly(tmp_path):
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ALIANZAS_DATA_DIR=str(tmp_path / "datos"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONFAULTHANDLER="1",
    )
    result = subprocess.run(
        [sys.executable, "-c", SCENARIO, str(tmp_path / "alianzas.sqlite")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "bool_dealloc" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert "partners 3" in lines
    assert lines[-1] == "end"
    # Typing hundreds of keys emits hundreds of signals; True must not lose references.
    lost = next(int(line.split()[1]) for line in lines if line.startswith("true-refs-lost"))
    assert lost <= 0, lost


class _Emitter(QObject):
    text = Signal(str)
    nothing = Signal()


def test_emit_keeps_true_alive():
    """Each emit() made from Python leaves the reference count of True as it was."""
    emitter = _Emitter()
    received: list[str] = []
    emitter.text.connect(received.append)
    emitter.nothing.connect(lambda: None)
    before = sys.getrefcount(True)
    for i in range(500):
        emitter.text.emit(str(i))
        emitter.nothing.emit()
        emitter.objectNameChanged.emit("x")  # one of Qt's own signals, emitted from Python
    assert sys.getrefcount(True) >= before
    assert len(received) == 500
