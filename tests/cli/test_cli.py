"""The headless commands, run as a user would: a real process on a real file."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader


def alianzas(*args: str, data_dir) -> subprocess.CompletedProcess:
    env = dict(os.environ, ALIANZAS_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "alianzas_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite"
    result = alianzas("demo", "--db", str(path), data_dir=folder / "datos")
    assert result.returncode == 0, result.stderr
    return path


def test_demo_and_list_json(demo_db, tmp_path):
    result = alianzas("list", "alliances", "--db", str(demo_db), "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) >= 4
    assert {"id", "name", "phase", "area"} <= set(rows[0])
    assert len({r["phase"] for r in rows}) == 4
    assert len({r["area"] for r in rows}) >= 4


def test_demo_refuses_a_database_with_alliances(demo_db, tmp_path):
    result = alianzas("--db", str(demo_db), "demo", data_dir=tmp_path)
    assert result.returncode != 0
    assert "ya tiene alianzas" in result.stderr
    assert "Traceback" not in result.stderr


def test_export_and_verify_agreement(demo_db, tmp_path):
    rows = json.loads(
        alianzas("list", "alliances", "--db", str(demo_db), "--json", data_dir=tmp_path).stdout
    )
    alliance = rows[0]
    out = tmp_path / "acuerdo.pdf"
    result = alianzas(
        "export",
        "agreement",
        "--db",
        str(demo_db),
        "--alliance",
        alliance["id"],
        "--version",
        "1",
        "-o",
        str(out),
        data_dir=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert alliance["name"] in " ".join(text.split())
    code = next(
        line.split(":", 1)[1].strip()
        for line in text.splitlines()
        if "Código de verificación" in line
    )[:14]
    verified = alianzas("verify", "--db", str(demo_db), code, data_dir=tmp_path)
    assert verified.returncode == 0, verified.stderr
    assert alliance["name"] in verified.stdout
    assert "versión 1" in verified.stdout


def test_verify_unknown_code_exits_1(demo_db, tmp_path):
    result = alianzas("verify", "--db", str(demo_db), "ZZZZ-ZZZZ-ZZZZ", data_dir=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip()


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["list", "alliances", "--db", "{missing}"], "No existe la base de datos"),
        (
            ["export", "agreement", "--db", "{demo}", "--alliance", "nada", "-o", "{out}"],
            "No existe esa alianza",
        ),
        (["export", "agreement", "--db", "{demo}"], "faltan argumentos obligatorios"),
        (["list", "alliances", "--db", "{garbage}"], "dañado"),
    ],
)
def test_errors_are_one_spanish_line(args, fragment, demo_db, tmp_path):
    garbage = tmp_path / "basura.sqlite"
    garbage.write_bytes(b"esto no es una base de datos" * 100)
    values = {
        "missing": str(tmp_path / "no-existe.sqlite"),
        "demo": str(demo_db),
        "out": str(tmp_path / "x.pdf"),
        "garbage": str(garbage),
    }
    result = alianzas(*[a.format(**values) for a in args], data_dir=tmp_path)
    assert result.returncode != 0
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
