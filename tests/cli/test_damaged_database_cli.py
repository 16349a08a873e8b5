"""A database damaged under the commands (issue 8 §4): one Spanish line, an error code, no write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import alianzas
from tests.damage import overwrite_table_page


def files_beside(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}


@pytest.fixture
def demo(tmp_path) -> Path:
    path = tmp_path / "demo.sqlite"
    result = alianzas("demo", "--db", str(path), data_dir=tmp_path / "datos")
    assert result.returncode == 0, result.stderr
    return path


def _one_spanish_line(result) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_listing_a_damaged_table_says_so_in_one_line_and_writes_nothing(demo, tmp_path):
    overwrite_table_page(demo, "alliances")
    before = files_beside(demo)

    result = alianzas("list", "alliances", "--db", str(demo), data_dir=tmp_path / "datos")

    line = _one_spanish_line(result)
    assert line.startswith("alianzas: La base de datos está dañada: ")
    assert result.stdout == ""
    assert files_beside(demo) == before


def test_a_command_that_writes_stops_at_the_damage_and_writes_nothing(demo, tmp_path):
    listed = alianzas("list", "people", "--json", "--db", str(demo), data_dir=tmp_path / "datos")
    person = json.loads(listed.stdout)[0]["id"]
    overwrite_table_page(demo, "people")
    before = files_beside(demo)

    result = alianzas(
        "person", "erase", "--person", person, "--db", str(demo), data_dir=tmp_path / "datos"
    )

    line = _one_spanish_line(result)
    assert line.startswith("alianzas: La base de datos está dañada: ")
    # The lock file the command took is the only thing that may differ: its content is a pid.
    after = files_beside(demo)
    after.pop("demo.sqlite.bloqueo", None)
    before.pop("demo.sqlite.bloqueo", None)
    assert after == before
