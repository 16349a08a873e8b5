"""Smoke test of a packaged Alianzas folder (built by `pyinstaller build.spec`).

Runs the packaged binary — not the source — the way a facilitator's laptop would, each step
with a timeout: --version, demo, every export the CLI offers (each PDF read back, its fonts
embedded), verify, check, backup, person report, and the window opened offscreen that closes
itself and exits cleanly. The export documents are read from the CLI's own argument parser,
so a document added later is exported here too (or the script says it does not know it).

Usage: python scripts/smoke_packaged.py dist/Alianzas
Exit 0 when every step passed; else 1, with the failed step on the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STEP_TIMEOUT = 120  # seconds; a packaged start on a cold CI disk can take a few


class SmokeFailure(Exception):
    pass


class Packaged:
    """Runs the packaged binary in a sandbox: its own data folder and profile."""

    def __init__(self, folder: Path, work: Path):
        self.binary = folder / ("alianzas.exe" if os.name == "nt" else "alianzas")
        if not self.binary.exists():
            raise SmokeFailure(f"no binary at {self.binary}")
        self.work = work
        self.data = work / "datos"
        self.data.mkdir()
        (self.data / "perfil.json").write_text(
            json.dumps({"name": "Prueba de humo", "organization": "CI"}), encoding="utf-8"
        )
        self.db = work / "humo.sqlite"

    def run(self, *args: str, env: dict[str, str] | None = None, db: bool = True) -> str:
        command = [str(self.binary), *(["--db", str(self.db)] if db else []), *args]
        environment = dict(os.environ, ALIANZAS_DATA_DIR=str(self.data), **(env or {}))
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                timeout=STEP_TIMEOUT,
                env=environment,
                cwd=self.work,
            )
        except subprocess.TimeoutExpired as exc:
            raise SmokeFailure(f"{' '.join(args)}: no terminó en {STEP_TIMEOUT} s") from exc
        seconds = time.perf_counter() - started
        shown = " ".join(args) or "(ventana)"
        if done.returncode != 0 or "Traceback" in done.stderr:
            raise SmokeFailure(
                f"{shown}: código {done.returncode}; stderr: {done.stderr.strip()[-800:]}"
            )
        print(f"ok  {seconds:5.1f} s  {shown}")
        return done.stdout


def export_documents() -> list[str]:
    """The documents `alianzas export` offers, from its argument parser."""
    from alianzas_desktop.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    export = commands.choices["export"]
    document = next(a for a in export._actions if a.dest == "document")
    return list(document.choices)


def check_pdf(path: Path) -> None:
    from pypdf import PdfReader

    if not path.exists() or path.stat().st_size == 0:
        raise SmokeFailure(f"{path.name}: no se escribió")
    reader = PdfReader(path)
    if not reader.pages or not reader.pages[0].extract_text().strip():
        raise SmokeFailure(f"{path.name}: sin páginas o sin texto")
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, timeout=60
    ).stdout.splitlines()[2:]
    not_embedded = [line for line in fonts if line.split()[-5] != "yes"]
    if not fonts or not_embedded:
        raise SmokeFailure(f"{path.name}: fuentes sin incrustar: {not_embedded or 'ninguna'}")


def check_resources(folder: Path) -> None:
    """What the window reads from disk is in the package: help, guidance, translations."""
    found = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    wanted = {
        "resources/help/": "la guía de la metodología",
        "resources/help/en/": "la guía de la metodología en inglés",
        "resources/guidance/": "las guías de los asistentes",
        "resources/translations/alianzas_en.qm": "la traducción al inglés",
        "resources/translations/qt_es_CO.qm": "la traducción de Qt al español",
    }
    for part, what in wanted.items():
        if not any(f"/{part}" in f"/{name}" for name in found):
            raise SmokeFailure(f"falta {what} ({part}) en el paquete")
    print("ok         recursos: guía, guías de los asistentes, traducciones")


def smoke(folder: Path) -> None:
    from pypdf import PdfReader

    from alianzas_desktop import __version__

    check_resources(folder)

    with tempfile.TemporaryDirectory(prefix="alianzas-humo-") as scratch:
        app = Packaged(folder, Path(scratch))
        version = app.run("--version", db=False)
        if __version__ not in version:
            raise SmokeFailure(f"--version dice {version!r}, no {__version__}")
        app.run("demo")
        alliances = json.loads(app.run("list", "alliances", "--json"))
        meetings = json.loads(app.run("list", "meetings", "--json"))
        closed = [m for m in meetings if m.get("status") == "cerrada"]
        if not alliances or not closed:
            raise SmokeFailure("la demostración no tiene alianzas o actas cerradas")
        evaluations = json.loads(app.run("list", "evaluations", "--json"))
        systematized = next(a["id"] for a in alliances if a["phase"] == "proyeccion")
        app.run("chronology", "--alliance", systematized, "--json")
        app.run("list", "lessons", "--json")
        app.run("list", "commitments", "--json")
        app.run("list", "conflicts", "--json")
        ids = {
            "agreement": ["--alliance", alliances[0]["id"]],
            "minutes": ["--meeting", closed[0]["id"]],
            "attendance-sheet": ["--meeting", meetings[0]["id"]],
            "evaluation": ["--evaluation", evaluations[0]["id"]],
            "workplan": ["--alliance", alliances[0]["id"]],
            "systematization": ["--alliance", systematized],
            "profile": ["--alliance", systematized],
            # Exports added later get their arguments here.
        }
        for document in export_documents():
            if document == "dashboard":  # a spreadsheet, not a PDF
                from openpyxl import load_workbook

                target = app.work / "tablero.xlsx"
                app.run("export", "dashboard", "-o", str(target))
                if load_workbook(target).sheetnames[0] != "Alianzas por fase":
                    raise SmokeFailure("tablero.xlsx: la primera hoja no es «Alianzas por fase»")
                continue
            if document not in ids:
                raise SmokeFailure(f"export {document}: la prueba de humo no sabe exportarlo")
            for paper in ("letter", "a4"):
                target = app.work / f"{document}-{paper}.pdf"
                app.run("export", document, *ids[document], "--page-size", paper, "-o", str(target))
                check_pdf(target)
        with sqlite3.connect(app.db) as connection:
            code = connection.execute(
                "SELECT verification_code FROM agreement_versions "
                "WHERE verification_code IS NOT NULL LIMIT 1"
            ).fetchone()[0]
        # English: a demo made with --lang en issues its agreements in English (a frozen
        # document keeps the language it was issued in), and one exported reads English.
        english_db = str(app.work / "english.sqlite")
        app.run("--lang", "en", "--db", english_db, "demo", db=False)
        first = json.loads(app.run("--db", english_db, "list", "alliances", "--json", db=False))[0]
        english = app.work / "agreement-en.pdf"
        app.run(
            "--lang", "en", "--db", english_db, "export", "agreement",
            "--alliance", first["id"], "-o", str(english), db=False,
        )  # fmt: skip
        check_pdf(english)
        text = " ".join(page.extract_text() for page in PdfReader(english).pages)
        if "Page 1 of" not in text or "Verification code:" not in text:
            raise SmokeFailure("export agreement --lang en: el pie no está en inglés")
        verified = app.run("verify", code)
        if code not in verified and "versión" not in verified:
            raise SmokeFailure(f"verify {code}: {verified.strip()}")
        app.run("check")
        app.run("backup", "-o", str(app.work / "respaldo.sqlite"))
        people = json.loads(app.run("list", "people", "--json"))
        report = app.work / "reporte.pdf"
        app.run("person", "report", "--person", people[0]["id"], "-o", str(report))
        check_pdf(report)
        # A bundle round trip: exported, inspected without a database, imported into a new one.
        bundle = app.work / "paquete.alianzas"
        app.run("bundle", "export", "-o", str(bundle))
        app.run("bundle", "inspect", str(bundle), db=False)
        other = app.work / "oficina.sqlite"
        imported = json.loads(
            app.run("bundle", "import", "--db", str(other), str(bundle), "--json", db=False)
        )
        if not imported.get("added"):
            raise SmokeFailure(f"bundle import no agregó nada: {imported}")
        app.run(env={"QT_QPA_PLATFORM": "offscreen", "ALIANZAS_QUIT_AFTER_MS": "1500"})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the packaged folder (dist/Alianzas)")
    folder = parser.parse_args().folder
    started = time.perf_counter()
    try:
        smoke(folder)
    except SmokeFailure as failure:
        print(f"FALLÓ: {failure}", file=sys.stderr)
        return 1
    print(f"Prueba de humo del paquete: todo bien en {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
