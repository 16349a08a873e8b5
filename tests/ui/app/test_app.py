"""Start-up: what gets imported, a database that cannot open, the first window."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from alianzas_desktop.ui import app as app_module


def test_first_window_imports_no_heavy_libraries():
    code = (
        "import sys; import alianzas_desktop.ui.app, alianzas_desktop.ui.main_window; "
        "print(','.join(m for m in ('reportlab', 'alembic', 'pypdfium2', 'PIL') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""


def test_a_broken_database_is_reported_in_spanish(tmp_path, qapp, monkeypatch):
    broken = tmp_path / "roto.sqlite"
    broken.write_bytes(b"esto no es una base de datos" * 100)
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda *args, **kw: shown.append(args[2]))
    )
    installed = []
    monkeypatch.setattr(
        app_module, "install_translators", lambda application: installed.append(1) or []
    )
    # A file that is not SQLite at all, with no backup of that name holding data, is not an
    # Alianzas database: one message (with a backup, the damaged-database dialog offers it).
    from alianzas_desktop.ui import startup_checks
    from alianzas_desktop.ui.dialogs.damaged_database_dialog import DamagedChoice

    problems = []
    monkeypatch.setattr(
        startup_checks,
        "ask_damaged",
        lambda path, problem, good: problems.append(problem) or DamagedChoice.QUIT,
    )
    assert app_module.run(str(broken)) == 1
    assert problems == []
    assert len(shown) == 1 and "no es una base de datos de Alianzas" in shown[0]
    assert broken.read_bytes() == b"esto no es una base de datos" * 100


def test_open_main_window_shows_the_list(tmp_path, qapp, qtbot, monkeypatch):
    monkeypatch.setattr(app_module, "install_translators", lambda application: [])
    application = app_module.create_application([])
    assert application is qapp
    assert QCoreApplication.organizationName() == "Alianzas"
    assert QLocale().territory() == QLocale.Country.Colombia
    window = app_module.open_main_window(str(tmp_path / "nueva.sqlite"))
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.windowTitle() == "Alianzas"
    # The first start makes this installation's signing key (the QR of its documents).
    assert (tmp_path / "datos" / "claves" / "firma-ed25519.pem").is_file()
    assert window.startup_seconds < 10
    assert not qapp.windowIcon().isNull()
    window.db.close()
