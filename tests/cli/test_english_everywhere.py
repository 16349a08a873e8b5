"""`alianzas --lang en`: every line the command line writes itself is English (issue 14).

Representative runs of every command on a demonstration database, in this process
(``parse`` + ``run_command``, as ``__main__`` does). What is left of each output once the
user's own data (names, places, paths, ids, dates) is taken out must hold no Spanish.
With ``--lang es`` the same runs print what they always printed.

Known Spanish that does not come from the command line's own lines (reported, owned by
the services): the chronology's event titles, ``verify``'s verdicts, the document names
and the note on copies outside the backups folder that ``person erase`` prints.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from alianzas_desktop import cli

# Accents and signs only Spanish uses here, and its commonest words and the CLI's own.
SPANISH_LETTERS = re.compile(r"[áéíóúñÁÉÍÓÚÑ¿¡«»]")
SPANISH_WORDS = re.compile(
    r"\b(de|la|el|los|las|del|en|que|y|con|por|para|se|una|no hay|guardad[oa]s?|respaldo|"
    r"paquete|alianza|sesi[oó]n|equipo|archivos?|datos|clave|cifrado|agregados|indique|"
    r"existe|todas|simulaci[oó]n|conflicto|restaurado|eliminad[oa]s|suprimid[oa]s|"
    r"predeterminada|acta|planilla|acuerdo|informe|ficha|tablero|plan de trabajo)\b",
    re.IGNORECASE,
)


def _run(lang: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.run_command(cli.parse(["--lang", lang, *argv]))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """One demonstration database for the module; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("demo-en")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ALIANZAS_DATA_DIR", str(folder / "datos"))
        code, _out, err = _run("es", "demo", "--db", str(folder / "demo.sqlite"))
    assert code == 0, err
    return folder / "demo.sqlite"


@pytest.fixture
def demo(demo_file, tmp_path) -> str:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, target)
    return str(target)


def _user_data(db: str) -> list[str]:
    """Every value a user typed that a plain listing may print, longest first."""
    values: set[str] = set()
    for what in ("alliances", "people", "meetings", "commitments", "conflicts"):
        _code, out, _err = _run("es", "list", what, "--db", db, "--json")
        for row in json.loads(out):
            for key in ("name", "territory", "organization", "alliance_name", "alliance",
                        "description", "place"):  # fmt: skip
                text = row.get(key)
                if text:
                    values.update((text, text[:60]))
    return sorted(values, key=len, reverse=True)


def _runs(db: str, folder: Path) -> list[tuple[str, ...]]:
    """One run of each command and of each of its plain outputs and refusals."""
    _code, out, _err = _run("es", "list", "alliances", "--db", db, "--json")
    alliance = json.loads(out)[0]["id"]
    _code, out, _err = _run("es", "list", "people", "--db", db, "--json")
    person = json.loads(out)[0]["id"]
    bundle = str(folder / "x.alianzas")
    new_db = str(folder / "new.sqlite")
    return [
        ("list", "alliances", "--db", db),
        ("list", "meetings", "--db", db),
        ("list", "commitments", "--db", db),
        ("list", "conflicts", "--db", db),
        ("list", "evaluations", "--db", db),
        ("list", "lessons", "--db", db, "--search", "zzzz-nada"),
        ("export", "agreement", "--alliance", alliance, "--db", db, "-o", str(folder / "a.pdf")),
        ("export", "workplan", "--alliance", alliance, "--db", db, "-o", str(folder / "w.pdf")),
        ("export", "profile", "--alliance", alliance, "--db", db, "-o", str(folder / "p.pdf")),
        ("export", "agreement", "--db", db, "-o", str(folder / "a.pdf")),
        ("export", "minutes", "--db", db, "-o", str(folder / "m.pdf")),
        ("export", "evaluation", "--db", db, "-o", str(folder / "e.pdf")),
        ("export", "dashboard", "--db", db, "-o", str(folder / "d.txt")),
        ("export", "agreement", "--alliance", alliance, "--db", db, "-o", "http://x/y.pdf"),
        ("export", "agreement", "--alliance", alliance, "--db", db, "-o", str(folder)),
        ("backup", "--db", db, "-o", str(folder / "b.sqlite")),
        ("check", "--db", db),
        ("bundle", "export", "--db", db, "-o", bundle),
        ("bundle", "export", "--db", db, "-o", str(folder / "nope" / "x.alianzas")),
        ("bundle", "inspect", bundle),
        ("bundle", "import", "--db", new_db, "--dry-run", bundle),
        ("bundle", "import", "--db", new_db, bundle),
        ("bundle", "import", "--db", new_db, bundle),
        ("bundle", "import", "--db", new_db, "--passphrase-file", str(folder / "none"), bundle),
        ("keys", "export-public", "-o", str(folder / "k.pem")),
        ("keys", "install-office", str(folder / "k.pem")),
        ("person", "report", "--person", person, "--db", db, "-o", str(folder / "r.pdf")),
        ("person", "report", "--person", person, "--db", db),
        ("restore", "--db", db, str(folder / "b.sqlite")),
        ("restore", "--db", db, str(folder / "missing.sqlite")),
        ("list", "alliances", "--db", str(folder / "missing.sqlite")),
        ("backup", "--db", "sqlite:///" + str(folder / "x.sqlite") + "?x=1", "-o", "b"),
    ]


def _spanish_left(text: str, user_data: list[str], folder: Path) -> list[str]:
    found = []
    for line in text.splitlines():
        bare = line.replace(str(folder), "PATH")
        for value in user_data:
            bare = bare.replace(value, "DATA")
        bare = re.sub(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}|[0-9a-f]{8,16}", "ID", bare)
        bare = re.sub(r"\S*\.(sqlite|pdf|alianzas|pem|txt)\b", "FILE", bare)
        if SPANISH_LETTERS.search(bare) or SPANISH_WORDS.search(bare):
            found.append(line)
    return found


def test_every_command_speaks_english_outside_the_users_data(demo, tmp_path):
    user_data = _user_data(demo)
    spanish: list[str] = []
    for argv in _runs(demo, tmp_path):
        code, out, err = _run("en", *argv)
        assert "Traceback" not in err
        left = _spanish_left(out + err, user_data, tmp_path)
        spanish.extend(f"{' '.join(argv[:2])}: {line}" for line in left)
    assert not spanish, "\n".join(spanish)


def test_bundle_inspect_reads_in_english_and_in_spanish(demo, tmp_path):
    bundle = str(tmp_path / "x.alianzas")
    assert _run("es", "bundle", "export", "--db", demo, "-o", bundle)[0] == 0
    code, out, _err = _run("en", "bundle", "inspect", bundle)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Bundle ") and "(format 1, Alianzas " in lines[0]
    assert lines[1].startswith("Exported without a facilitator's name, computer ")
    assert lines[2] == "Alliances: all."
    assert "  alliances: 5" in lines
    assert lines[-1].startswith("Attached files: ")
    code, out, _err = _run("es", "bundle", "inspect", bundle)
    lines = out.splitlines()
    assert lines[1].startswith("Exportado por sin nombre de facilitador, equipo ")
    assert lines[2] == "Alianzas: todas." and lines[-1].startswith("Archivos adjuntos: ")


def test_spanish_prints_what_it_always_printed(demo, tmp_path):
    # Lines written as they read before the command line learnt English (issue 14).
    backup = tmp_path / "b.sqlite"
    assert _run("es", "backup", "--db", demo, "-o", str(backup))[1] == (
        f"Respaldo guardado en {backup}.\n"
    )
    bundle = tmp_path / "x.alianzas"
    _code, out, _err = _run("es", "bundle", "export", "--db", demo, "-o", str(bundle))
    assert re.fullmatch(
        rf"Paquete guardado en {re.escape(str(bundle))}: 5 alianza\(s\), \d+ registros y 4 "
        r"archivo\(s\) adjunto\(s\)\.\n",
        out,
    )
    _code, out, _err = _run(
        "es", "bundle", "import", "--db", str(tmp_path / "n.sqlite"), str(bundle)
    )
    lines = out.splitlines()
    assert re.fullmatch(
        r"Paquete de sin nombre de facilitador \(equipo [0-9a-f]{8}\), creado el "
        r"\d\d/\d\d/\d{4} \d\d:\d\d UTC\.",
        lines[0],
    )
    assert re.fullmatch(r"Agregados: \d+\. Actualizados: 0\. En conflicto: 0\.", lines[1])
    assert lines[2].startswith("Respaldo previo: ")
    code, _out, err = _run("es", "restore", "--db", demo, str(tmp_path / "zz.sqlite"))
    assert (code, err) == (
        cli.EXIT_ERROR,
        f"alianzas: No existe el respaldo: {tmp_path / 'zz.sqlite'}\n",
    )
    code, out, _err = _run("es", "restore", "--db", demo, str(backup))
    assert out.endswith("\nRespaldo restaurado.\n")
    _code, out, _err = _run("es", "list", "conflicts", "--db", demo)
    assert " — Abierto" in out


def test_refusals_with_a_path_are_english(demo, tmp_path):
    code, _out, err = _run("en", "bundle", "export", "--db", demo, "-o", str(tmp_path))
    assert code != 0
    assert err == f"alianzas: {tmp_path} is not a file: give a new file or an existing one.\n"
    code, _out, err = _run("es", "bundle", "export", "--db", demo, "-o", str(tmp_path))
    assert err == (
        f"alianzas: {tmp_path} no es un archivo: indique un archivo nuevo o uno existente.\n"
    )
