"""A path is a path: odd file names open exactly the file named (issue 8 §3).

Turning a path into URL text made ``copia?v2.sqlite`` write a file named
``copia`` and ``%41.sqlite`` one named ``A.sqlite``; only text with ``://`` is a URL.
"""

from __future__ import annotations

import json

import pytest

from alianzas_desktop.services.alliances import list_alliances
from alianzas_desktop.storage.database import Database
from tests.cli.test_cli import alianzas

ODD_NAMES = ["copia?v2.sqlite", "%41.sqlite", "¿Qué es?/datos.sqlite", "a#b&c;d.sqlite"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_the_command_line_writes_exactly_the_file_named(tmp_path, name):
    work = tmp_path / "trabajo"
    work.mkdir()
    target = work / name

    made = alianzas("demo", "--db", str(target), data_dir=tmp_path / "datos")
    listed = alianzas(
        "list", "alliances", "--db", str(target), "--json", data_dir=tmp_path / "datos"
    )

    assert made.returncode == 0, made.stderr
    assert target.is_file()
    written = {p.relative_to(work).as_posix() for p in work.rglob("*") if p.is_file()}
    companions = {name, name + "-wal", name + "-shm", name + ".bloqueo"}
    assert written <= companions
    assert len(json.loads(listed.stdout)) == 5


@pytest.mark.parametrize("name", ODD_NAMES)
def test_the_window_opens_exactly_the_file_named(tmp_path, name):
    target = tmp_path / name
    database = Database.open(target, exclusive=True)
    try:
        assert database.path == target.resolve()
        assert list_alliances(database) == []
    finally:
        database.close()
    assert target.is_file()


@pytest.mark.parametrize(
    "args",
    [["list", "alliances"], ["verify", "K7M2-Q9XD-4TPA"], ["person", "erase", "--person", "x"]],
)
def test_an_empty_file_is_not_an_alianzas_database(tmp_path, args):
    empty = tmp_path / "vacía.sqlite"
    empty.touch()

    result = alianzas(*args, "--db", str(empty), data_dir=tmp_path / "datos")

    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "está vacío" in lines[0], result.stderr
    assert empty.stat().st_size == 0
    assert not (tmp_path / "datos" / "respaldos").exists() or not any(
        (tmp_path / "datos" / "respaldos").iterdir()
    )
