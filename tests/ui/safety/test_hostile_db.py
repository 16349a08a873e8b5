"""`alianzas --db VALOR` with hostile values opens one Spanish box and writes nothing (issue 8 §3).

The real entry of the desktop app (``alianzas_desktop.__main__.main``) is started with each
value; the box is answered with the keyboard, its text read, and every file compared.
"""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from alianzas_desktop.__main__ import main
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.dialogs import first_start
from tests.ui.modal import when_modal


def zero_bytes(folder: Path) -> str:
    path = folder / "vacía.sqlite"
    path.touch()
    return str(path)


def a_folder(folder: Path) -> str:
    path = folder / "carpeta.sqlite"
    path.mkdir()
    return str(path)


def in_a_missing_folder(folder: Path) -> str:
    return str(folder / "no" / "existe" / "alianzas.sqlite")


def name_too_long(folder: Path) -> str:
    return str(folder / ("a" * 300 + ".sqlite"))


def not_sqlite(folder: Path) -> str:
    path = folder / "acta.sqlite"
    path.write_text("Acta de la reunión del martes.\n" * 200, encoding="utf-8")
    return str(path)


def _with_revision(folder: Path, name: str, revision: str) -> str:
    path = folder / name
    Database.open(path).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()
    return str(path)


def unknown_revision(folder: Path) -> str:
    return _with_revision(folder, "desconocida.sqlite", "abc123def")


def newer_revision(folder: Path) -> str:
    return _with_revision(folder, "nueva.sqlite", "9999")


def half_created(folder: Path) -> str:
    """What a first start killed mid-way left before DDL was transactional."""
    path = folder / "a-medias.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("CREATE TABLE alliances (id VARCHAR(36) PRIMARY KEY, name TEXT)")
    connection.execute("CREATE TABLE people (id VARCHAR(36) PRIMARY KEY)")
    connection.commit()
    connection.close()
    return str(path)


def other_program(folder: Path) -> str:
    path = folder / "contactos.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contactos (nombre TEXT)")
    connection.execute("INSERT INTO contactos VALUES ('Ana')")
    connection.commit()
    connection.close()
    return str(path)


HOSTILE = {
    "cero-bytes": (zero_bytes, "está vacío: no es una base de datos de Alianzas"),
    "dev-null": (lambda folder: "/dev/null", "no es un archivo de base de datos"),
    "carpeta": (a_folder, "no es un archivo de base de datos"),
    "carpeta-inexistente": (in_a_missing_folder, "no existe"),
    "nombre-largo": (name_too_long, "demasiado largo"),
    "no-sqlite": (not_sqlite, "no es una base de datos de Alianzas"),
    "revision-desconocida": (unknown_revision, "versión de esquema desconocida"),
    "revision-futura": (newer_revision, "versión más reciente"),
    "esquema-a-medias": (half_created, "a medio crear"),
    "otro-programa": (other_program, "no es una base de datos de Alianzas"),
}


def every_file(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("make, expected", HOSTILE.values(), ids=HOSTILE.keys())
def test_one_spanish_box_and_nothing_written(
    make, expected, tmp_path, qtbot, monkeypatch, app_quiet
):
    windows = []
    # Were the window to open, the first-start dialog would wait for an answer: fail instead.
    monkeypatch.setattr(first_start, "ensure_profile", lambda window: windows.append(window))
    work = tmp_path / "trabajo"
    work.mkdir()
    value = make(work)
    before = every_file(tmp_path)

    seen = when_modal(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    code = main(["--db", value])

    assert code == 1
    assert windows == []
    assert len(seen) == 1, seen
    assert expected in seen[0]
    assert "Traceback" not in seen[0] and "Error" not in seen[0]
    after = every_file(tmp_path)
    # SQLite's read-only look at a WAL-mode file may leave its shared-memory companions
    # beside the file named; the file itself and everything else stay as they were.
    for companion in (f"{value}-shm", f"{value}-wal"):
        if companion not in before:
            after.pop(companion, None)
    assert after == before  # no backup, no lock file, no folder, nothing else created
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)
