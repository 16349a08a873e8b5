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
        (["list", "alliances", "--db", "{garbage}"], "dañad"),
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


def _meetings(demo_db, tmp_path, *extra: str) -> list[dict]:
    result = alianzas("list", "meetings", "--db", str(demo_db), "--json", *extra, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_demo_alliances_have_meetings(demo_db, tmp_path):
    rows = _meetings(demo_db, tmp_path)
    assert {"id", "alliance_id", "date", "status", "number"} <= set(rows[0])
    alliances = json.loads(
        alianzas("list", "alliances", "--db", str(demo_db), "--json", data_dir=tmp_path).stdout
    )
    for alliance in alliances:
        own = _meetings(demo_db, tmp_path, "--alliance", alliance["id"])
        assert {m["alliance_id"] for m in own} == {alliance["id"]}
        closed = [m for m in own if m["status"] == "cerrada"]
        convened = [m for m in own if m["status"] == "convocada"]
        assert sorted(m["number"] for m in closed) == [1, 2]
        assert len(convened) == 1 and convened[0]["number"] is None
        assert max(m["date"] for m in closed) < convened[0]["date"]


def test_export_minutes_and_verify_the_acta(demo_db, tmp_path):
    acta = next(m for m in _meetings(demo_db, tmp_path) if m["number"] == 2)
    out = tmp_path / "acta.pdf"
    result = alianzas(
        "export",
        "minutes",
        "--db",
        str(demo_db),
        "--meeting",
        acta["id"],
        "-o",
        str(out),
        data_dir=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Acta No. 2" in result.stdout
    printed = PdfReader(out)
    text = " ".join(page.extract_text() for page in printed.pages)
    flat = " ".join(text.split())
    assert "ACTA No. 2" in flat and acta["alliance_name"] in flat
    assert "Votos: a favor" in flat or "por consenso" in flat
    code = next(
        line.split(":", 1)[1].strip()
        for line in text.splitlines()
        if "Código de verificación" in line
    )[:14]
    verified = alianzas("verify", "--db", str(demo_db), code, data_dir=tmp_path)
    assert verified.returncode == 0, verified.stderr
    assert f"Acta No. 2, alianza «{acta['alliance_name']}»" in verified.stdout


def test_export_attendance_sheet(demo_db, tmp_path):
    convened = next(m for m in _meetings(demo_db, tmp_path) if m["status"] == "convocada")
    out = tmp_path / "planilla.pdf"
    result = alianzas(
        "export",
        "attendance-sheet",
        "--db",
        str(demo_db),
        "--meeting",
        convened["id"],
        "-o",
        str(out),
        "--page-size",
        "a4",
        data_dir=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "PLANILLA DE ASISTENCIA" in text and convened["alliance_name"] in text


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["export", "minutes", "-o", "{out}"], "Indique la sesión con --meeting"),
        (["export", "minutes", "--meeting", "nada", "-o", "{out}"], "No existe esa sesión"),
        (["export", "agreement", "-o", "{out}"], "Indique la alianza con --alliance"),
    ],
)
def test_export_errors_are_one_spanish_line(args, fragment, demo_db, tmp_path):
    values = {"out": str(tmp_path / "x.pdf")}
    result = alianzas(*[a.format(**values) for a in args], "--db", str(demo_db), data_dir=tmp_path)
    assert result.returncode != 0
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_person_report_and_erase(demo_db, tmp_path):
    copy = tmp_path / "copia.sqlite"
    backup = alianzas("backup", "--db", str(demo_db), "-o", str(copy), data_dir=tmp_path)
    assert backup.returncode == 0, backup.stderr
    people = json.loads(
        alianzas("list", "people", "--db", str(copy), "--json", data_dir=tmp_path).stdout
    )
    person = next(p for p in people if p["name"] == "Jorge Iván Cardona")

    report_json = tmp_path / "reporte.json"
    result = alianzas(
        "person",
        "report",
        "--db",
        str(copy),
        "--person",
        person["id"],
        "-o",
        str(report_json),
        data_dir=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(report_json.read_text(encoding="utf-8"))
    assert report["persona"]["nombre"] == "Jorge Iván Cardona"

    report_pdf = tmp_path / "reporte.pdf"
    result = alianzas(
        "person",
        "report",
        "--db",
        str(copy),
        "--person",
        person["id"],
        "-o",
        str(report_pdf),
        data_dir=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(report_pdf).pages)
    assert "Jorge Iván Cardona" in text and "Ley 1581 de 2012" in text

    erased = alianzas(
        "person", "erase", "--db", str(copy), "--person", person["id"], data_dir=tmp_path
    )
    assert erased.returncode == 0, erased.stderr
    assert "Datos personales suprimidos." in erased.stdout
    people = json.loads(
        alianzas("list", "people", "--db", str(copy), "--json", data_dir=tmp_path).stdout
    )
    assert "Jorge Iván Cardona" not in [p["name"] for p in people]
    assert next(p for p in people if p["id"] == person["id"])["erased"]
