"""Every argument of every command, read from the parser itself, with hostile values (issue 8 §3).

Each subcommand (and each choice that works like one: ``list people``, ``export
agreement``, ``person erase``) is run with all its arguments valid but one, which
gets each hostile value in turn. A run either fails with exactly one Spanish line
on stderr and a non-zero code, or accepts the value and says nothing on stderr;
no traceback, no English from the operating system, SQLite or SQLAlchemy, and no
file written anywhere but where the user named. A command or argument added later
is covered without touching this file.

The runs happen in this process (``parse`` + ``run_command``, as ``__main__``
does) so the matrix stays fast; test_hostile_args.py keeps real processes.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import shutil
import signal
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from alianzas_desktop import cli
from alianzas_desktop.services import printing

# What a user may type by mistake or on purpose; callables get the run's folder.
HOSTILE: dict[str, object] = {
    "markup": "<b>&amp;</b>",
    "quotes": "comillas ' y \"",
    "newline": "dos\nlíneas",
    "question": "copia?v2",
    "percent": "%41%00",
    "long300": "x" * 300,
    "long5000": "x" * 5000,
    "devnull": "/dev/null",
    "devzero": "/dev/zero",
    "folder": lambda run: str(run / "carpeta"),
    "dot": ".",
    "empty": "",
    "minus1": "-1",
    "zero": "0",
    "huge": "99999999999999999999999",
    "emoji": "🎉 fiesta",
    "nofolder": lambda run: str(run / "no-existe" / "archivo.pdf"),
    "badurl": "nada://<b>:%zz@/?x=\n",
    "sqliteurl": lambda run: f"sqlite:///{run}/no-existe/base.sqlite",
}

# Words Python, the OS, SQLite, SQLAlchemy or argparse say in English.
ENGLISH = (
    "Traceback",
    "Error:",
    "Errno",
    "No such file",
    "File name too long",
    "Is a directory",
    "Not a directory",
    "Permission denied",
    "Invalid argument",
    "unable to open",
    "Could not",
    "could not",
    "too large",
    "Python int",
    "PosixPath",
    "empty name",
    "not a database",
    "malformed",
    "is locked",
    "disk I/O",
    "sqlite3.",
    "sqlalchemy",
    "NoneType",
    "object has no",
    "invalid",
    "expected",
    "required",
    "usage:",
    "not allowed",
    "ignored explicit",
    "ambiguous",
    "could match",
    "unrecognized",
    "does not exist",
    "not found",
    "error inesperado",  # Spanish, but an exception nobody expected: a bug to fix
)


@dataclass(frozen=True)
class Slot:
    """One argument a user gives a value to: a positional or an option that takes one."""

    dest: str
    flag: str | None  # None for a positional

    @property
    def label(self) -> str:
        return self.flag or self.dest


@dataclass(frozen=True)
class Variant:
    """A command line shape: the words that pick the command, and the arguments it takes."""

    path: tuple[str, ...]  # the subcommands: ("export",) or ("bundle", "import")
    slots: tuple[Slot, ...]
    choice_positions: tuple[tuple[str, str], ...]  # (dest, the chosen word), in order

    @property
    def words(self) -> tuple[str, ...]:
        return (*self.path, *(word for _, word in self.choice_positions))

    @property
    def name(self) -> str:
        return " ".join(self.words)


def _valued_actions(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or action.nargs == 0:
            continue
        yield action


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    return next(
        (a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction)), {}
    )


def command_variants(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[Variant]:
    """Every leaf command of the parser (subcommands of subcommands too, as `bundle import`);
    positionals with choices expand like subcommands."""
    variants: list[Variant] = []
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for name, sub in action.choices.items():
            if _subcommands(sub):
                variants += command_variants(sub, (*path, name))
                continue
            actions = list(_valued_actions(sub))
            choosers = [a for a in actions if not a.option_strings and a.choices]
            combos: list[tuple[tuple[str, str], ...]] = [()]
            for chooser in choosers:
                words = [(chooser.dest, str(word)) for word in chooser.choices]
                combos = [combo + (word,) for combo in combos for word in words]
            slots = tuple(
                Slot(a.dest, max(a.option_strings, key=len) if a.option_strings else None)
                for a in actions
            )
            for combo in combos:
                variants.append(Variant((*path, name), slots, combo))
    return variants


VARIANTS = command_variants(cli.build_parser())

# `export`, `print` and `list` share their options across documents and kinds; a document
# reads only its own ids (the rest are ignored, as `test_unread_ids_are_ignored` shows), so
# hostile values go to the ids each one reads. Every other argument gets them all.
# (--version is not among them: argparse reads it as a number for every document.)
ID_OPTIONS = {"alliance", "meeting", "evaluation", "search"}
READS = {
    ("export", "agreement"): {"alliance"},
    ("print", "agreement"): {"alliance"},
    ("export", "minutes"): {"meeting"},
    ("print", "minutes"): {"meeting"},
    ("export", "attendance-sheet"): {"meeting"},
    ("print", "attendance-sheet"): {"meeting"},
    ("export", "evaluation"): {"evaluation"},
    ("export", "workplan"): {"alliance"},
    ("export", "systematization"): {"alliance"},
    ("export", "profile"): {"alliance"},
    ("export", "dashboard"): set(),
    ("list", "alliances"): set(),
    ("list", "people"): set(),
    ("list", "meetings"): {"alliance"},
    ("list", "commitments"): {"alliance"},
    ("list", "evaluations"): {"alliance"},
    ("list", "conflicts"): {"alliance"},
    ("list", "lessons"): {"alliance", "search"},
}


def reads(variant: Variant, slot: Slot) -> bool:
    """Whether the command reads this argument (an unknown shape reads everything)."""
    known = READS.get(variant.words[:2])
    return slot.dest not in ID_OPTIONS or known is None or slot.dest in known


CASES = [(v, s) for v in VARIANTS for s in v.slots if reads(v, s)]
UNREAD = [(v, s) for v in VARIANTS for s in v.slots if not reads(v, s)]


@dataclass
class Demo:
    """The demo database made once, and real ids and files from it."""

    file: Path  # self-contained: every run copies it as its database and as a backup
    alliance: str
    meeting: str
    person: str
    code: str
    bundle: Path  # a bundle of the demo's alliances, read by `bundle import` and `inspect`
    evaluation: str
    systematized: str  # the alliance in proyección, systematized: its informe and ficha print
    office_key: Path  # a public key, as the office hands it out


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Demo:
    folder = tmp_path_factory.mktemp("matriz")
    path = folder / "demo.sqlite"
    env = dict(os.environ, ALIANZAS_DATA_DIR=str(folder / "datos"))

    def alianzas(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "alianzas_desktop", "--db", str(path), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    alianzas("demo")
    alliance = json.loads(alianzas("list", "alliances", "--json"))[0]["id"]
    closed = [m for m in json.loads(alianzas("list", "meetings", "--json")) if m["number"]]
    person = json.loads(alianzas("list", "people", "--json"))[0]["id"]
    pdf = folder / "acuerdo.pdf"
    alianzas("export", "agreement", "--alliance", alliance, "-o", str(pdf))
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    code = text.split("Código de verificación:", 1)[1].split()[0]
    # The demo's own file may still have its WAL beside it; a backup is whole.
    backup = folder / "respaldo.sqlite"
    alianzas("backup", "-o", str(backup))
    bundle = folder / "paquete.alianzas"
    alianzas("bundle", "export", "-o", str(bundle))
    evaluation = json.loads(alianzas("list", "evaluations", "--json"))[0]["id"]
    systematized = next(
        a["id"]
        for a in json.loads(alianzas("list", "alliances", "--json"))
        if a["phase"] == "proyeccion"
    )
    office_key = folder / "oficina.pem"
    alianzas("keys", "export-public", "-o", str(office_key))
    return Demo(
        backup,
        alliance,
        closed[0]["id"],
        person,
        code,
        bundle,
        evaluation,
        systematized,
        office_key,
    )


def valid_values(variant: Variant, run: Path, demo: Demo) -> dict[str, str]:
    """A value for every argument that makes the command succeed."""
    output = {"backup": "copia.sqlite", "bundle": "paquete.alianzas", "keys": "clave.pem"}.get(
        variant.words[0], "salida.pdf"
    )
    documents_of_a_systematization = (("export", "systematization"), ("export", "profile"))
    if variant.words[:2] == ("export", "dashboard"):
        output = "tablero.xlsx"
    return {
        "db": str(run / ("nueva.sqlite" if variant.words[0] == "demo" else "demo.sqlite")),
        "alliance": (
            demo.systematized
            if variant.words[:2] in documents_of_a_systematization
            else demo.alliance
        ),
        "meeting": demo.meeting,
        "version": "1",
        "page_size": "a4",
        "output": str(run / output),
        "person": demo.person,
        "backup": str(run / "respaldo.sqlite"),
        "code": demo.code,
        "printer": "Cola_PDF",
        "copies": "2",
        "bundle": str(demo.bundle),
        "evaluation": demo.evaluation,
        "key": str(demo.office_key),
        "search": "conciliadores",
    }


def argv_for(variant: Variant, values: dict[str, str]) -> list[str]:
    argv = list(variant.path)
    chosen = dict(variant.choice_positions)
    for slot in variant.slots:
        if slot.flag is None:
            argv.append(values.get(slot.dest, chosen.get(slot.dest, "x")))
    for slot in variant.slots:
        if slot.flag is not None and slot.dest in values:
            argv += [slot.flag, values[slot.dest]]
    return argv


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str


RUN_TIMEOUT = 60


class RunTimedOut(BaseException):
    """Raised by the alarm; a BaseException so the command's catch-all cannot swallow it."""


def _alarm(_signum, _frame) -> None:
    raise RunTimedOut(f"más de {RUN_TIMEOUT} s (¿leyendo /dev/zero sin fin?)")


def run_in_process(argv: list[str]) -> Outcome:
    """``python -m alianzas_desktop ARGV`` without a new interpreter: parse, then run."""
    out, err = io.StringIO(), io.StringIO()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(RUN_TIMEOUT)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.run_command(cli.parse(argv))
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code if isinstance(exc.code, int) else 1
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
    root = logging.getLogger()
    for handler in list(root.handlers):  # the command's log file, opened per run
        handler.close()
        root.removeHandler(handler)
    return Outcome(code, out.getvalue(), err.getvalue())


def fake_cups(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    """A CUPS that knows one queue, Cola_PDF, and accepts every job for it."""
    if command[:2] == ["lpstat", "-r"]:
        return subprocess.CompletedProcess(command, 0, "scheduler is running\n", "")
    if command[:2] == ["lpstat", "-e"]:
        return subprocess.CompletedProcess(command, 0, "Cola_PDF\n", "")
    if command[:2] == ["lpstat", "-d"]:
        return subprocess.CompletedProcess(command, 0, "system default destination: Cola_PDF", "")
    if command[0] == "lp" and command[2] == "Cola_PDF":
        return subprocess.CompletedProcess(command, 0, "request id is Cola_PDF-7 (1 file(s))", "")
    if command[0] == "lp":
        return subprocess.CompletedProcess(
            command, 1, "", "lp: The printer or class does not exist."
        )
    raise AssertionError(command)


DEVICES = {"/dev/null": (1, 3), "/dev/zero": (1, 5)}


def repair_devices() -> list[str]:
    """Put back a device that a regression replaced with a file (only root can, and must)."""
    repaired = []
    for name, (major, minor) in DEVICES.items():
        if not stat.S_ISCHR(os.lstat(name).st_mode) and os.geteuid() == 0:
            os.unlink(name)
            os.mknod(name, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
            os.chmod(name, 0o666)
            repaired.append(name)
    return repaired


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """Home, data, config and working folders inside tmp_path; CUPS answered by a fake."""
    monkeypatch.setenv("HOME", str(tmp_path / "casa"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "casa" / "datos"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "casa" / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "casa" / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "casa" / "estado"))
    monkeypatch.setattr(printing, "cups_available", lambda: True)
    monkeypatch.setattr(printing, "_run", fake_cups)
    monkeypatch.chdir(tmp_path)
    yield tmp_path
    assert not repair_devices(), "un comando reemplazó un dispositivo por un archivo"


def prepare(run: Path, demo: Demo, monkeypatch) -> None:
    run.mkdir()
    (run / "carpeta").mkdir()
    (run / "casa").mkdir()
    shutil.copyfile(demo.file, run / "demo.sqlite")
    shutil.copyfile(demo.file, run / "respaldo.sqlite")
    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(run / "datos"))
    monkeypatch.setenv("HOME", str(run / "casa"))
    monkeypatch.chdir(run)


def snapshot(folder: Path) -> dict[Path, tuple[int, int, int]]:
    found = {}
    for path in folder.rglob("*"):
        info = path.lstat()
        found[path] = (info.st_mode, info.st_size, info.st_mtime_ns)
    return found


def devices() -> dict[str, int]:
    """What /dev holds (a device path given as a file once left «/dev/null.bloqueo» there)."""
    return {entry.name: entry.stat(follow_symlinks=False).st_mode for entry in os.scandir("/dev")}


SIDECARS = ("-wal", "-shm", "-journal", ".bloqueo")


def allowed_changes(run: Path, named: list[str], outcome: Outcome) -> set[Path]:
    """What a run may leave behind: its log, the files it was told to write, and their sidecars."""
    allowed = {run / "datos", run / "datos" / cli.LOG_NAME}
    for value in named:
        try:
            path = (run / value).resolve() if value else None
        except (OSError, ValueError):
            continue
        if path is None:
            continue
        allowed.add(path)
        allowed.update(path.with_name(path.name + s) for s in SIDECARS)
        allowed.update(path.parents)  # a new folder the user named along with the file
    if outcome.code == 0:
        # The restore command's safety copy lands in the data folder and is announced.
        allowed.update(p for p in (run / "datos").rglob("*") if str(p) in outcome.stdout)
        allowed.add(run / "datos" / "respaldos")
        # An import is applied after an automatic backup, which lands there too; this
        # installation's own keys are made the first time a command needs them.
        allowed.update((run / "datos" / "respaldos").rglob("*"))
        allowed.add(run / "datos" / "claves")
        allowed.update((run / "datos" / "claves").rglob("*"))
    return allowed


def check_outcome(where: str, outcome: Outcome) -> None:
    assert "Traceback" not in outcome.stdout, f"{where}: {outcome.stdout[-800:]}"
    if outcome.code == 0:
        assert outcome.stderr == "", f"{where}: aceptado pero con stderr {outcome.stderr!r}"
        assert outcome.stdout.strip(), f"{where}: aceptado sin decir nada"
        return
    lines = outcome.stderr.splitlines()
    assert len(lines) == 1, f"{where}: código {outcome.code}, stderr {outcome.stderr[:800]!r}"
    line = lines[0]
    assert line.startswith("alianzas"), f"{where}: {line}"
    english = [word for word in ENGLISH if word in line]
    assert not english, f"{where}: inglés {english} en {line!r}"
    assert len(line) <= 600, f"{where}: línea de {len(line)} caracteres"


def check_named_output(where: str, variant: Variant, values: dict[str, str], run: Path) -> None:
    """An accepted run wrote what the command promises, where the user said."""
    if variant.words[0] in ("demo", "restore"):
        database = (run / values["db"].removeprefix("sqlite:///")).read_bytes()[:16]
        assert database.startswith(b"SQLite format 3"), f"{where}: {values['db']!r}"
        return
    if "output" not in values or variant.words[0] not in (
        "export",
        "backup",
        "person",
        "bundle",
        "keys",
    ):
        return
    if variant.words[:2] in (
        ("person", "erase"),
        ("bundle", "import"),
        ("bundle", "inspect"),
        ("keys", "install-office"),
    ):
        return
    written = run / values["output"]
    head = written.read_bytes()[:16]
    expected = {"backup": b"SQLite format 3", "bundle": b"PK", "keys": b"-----BEGIN"}.get(
        variant.words[0], b"%PDF"
    )
    if values["output"].lower().endswith(".json"):
        expected = b"{"
    if values["output"].lower().endswith(".xlsx"):
        expected = b"PK"
    assert head.startswith(expected), f"{where}: {written} empieza con {head!r}"


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.name for v in VARIANTS])
def test_valid_values_succeed(variant, demo, sandbox, monkeypatch):
    """With every argument valid each command works, so a hostile run tests one value."""
    if variant.words[0] == "printers":
        pytest.skip("sin argumentos con valor")
    run = sandbox / "valido"
    prepare(run, demo, monkeypatch)
    values = valid_values(variant, run, demo)
    outcome = run_in_process(argv_for(variant, values))
    assert outcome.code == 0, f"{variant.name}: {outcome.stderr}"
    check_named_output(variant.name, variant, values, run)


@pytest.mark.parametrize(("variant", "slot"), CASES, ids=[f"{v.name}-{s.label}" for v, s in CASES])
def test_hostile_value(variant, slot, demo, sandbox, monkeypatch):
    failures = []
    for key, hostile in HOSTILE.items():
        run = sandbox / key
        prepare(run, demo, monkeypatch)
        value = hostile(run) if callable(hostile) else hostile
        values = valid_values(variant, run, demo)
        values[slot.dest] = value
        try:
            check_one_run(f"«{variant.name}» {slot.label}={key}", variant, values, run)
        except AssertionError as exc:
            failures.append(str(exc).splitlines()[0])
        shutil.rmtree(run)
    assert not failures, "\n".join(failures)


def check_one_run(where: str, variant: Variant, values: dict[str, str], run: Path) -> None:
    sandbox = run.parent  # the run's folder, and the home, data and config folders
    before, before_dev = snapshot(sandbox), devices()
    outcome = run_in_process(argv_for(variant, values))
    if os.environ.get("MATRIZ_LOG"):  # every run's answer in one file, to read them all
        with open(os.environ["MATRIZ_LOG"], "a", encoding="utf-8") as log:
            log.write(f"{where}\t{outcome.code}\t{outcome.stderr.strip()[:300]!r}\n")
    check_outcome(where, outcome)
    named = [values[d] for d in ("output", "backup") if d in values]
    if "db" in values:  # the only argument that takes a URL: sqlite:///PATH names PATH
        named.append(values["db"].removeprefix("sqlite:///"))
    allowed = allowed_changes(run, named, outcome)
    after = snapshot(sandbox)
    changed = {p for p in after if before.get(p) != after[p]} - allowed
    assert not changed, f"{where}: escribió {sorted(map(str, changed))[:5]}"
    assert devices() == before_dev, f"{where}: tocó /dev: {devices().keys() ^ before_dev.keys()}"
    if outcome.code == 0:
        check_named_output(where, variant, values, run)


def hostile_flags(variant: Variant, parser: argparse.ArgumentParser) -> list[list[str]]:
    """Mistyped options, from the parser: a value missing, a value given to a switch,
    an abbreviation that fits two options, an option that does not exist."""
    sub = parser
    for word in variant.path:
        sub = _subcommands(sub)[word]
    longs = [o for a in sub._actions for o in a.option_strings if o.startswith("--")]
    cases = [["--no-existe"], ["-Z"], ["--db=a", "--db"]]
    for action in sub._actions:
        if not action.option_strings or action.dest == "help":
            continue
        flag = max(action.option_strings, key=len)
        cases.append([flag] if action.nargs != 0 else [f"{flag}=sí"])
    for first in longs:
        for second in longs:
            shared = os.path.commonprefix([first, second])
            if first < second and len(shared) >= 3 and shared not in longs:
                cases.append([shared, "x"])
    return cases


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.name for v in VARIANTS])
def test_hostile_flags(variant, demo, sandbox, monkeypatch):
    failures = []
    run = sandbox / "opciones"
    prepare(run, demo, monkeypatch)
    valid = argv_for(variant, valid_values(variant, run, demo))
    for extra in hostile_flags(variant, cli.build_parser()):
        outcome = run_in_process(valid + extra)
        try:
            assert outcome.code != 0, f"{extra}: aceptado"
            check_outcome(f"«{variant.name}» {extra}", outcome)
        except AssertionError as exc:
            failures.append(str(exc).splitlines()[0])
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    ("variant", "slot"), UNREAD, ids=[f"{v.name}-{s.label}" for v, s in UNREAD]
)
def test_unread_ids_are_ignored(variant, slot, demo, sandbox, monkeypatch):
    """An id a document does not read changes nothing: the command answers as without it."""
    run = sandbox / "ignorado"
    prepare(run, demo, monkeypatch)
    values = valid_values(variant, run, demo)
    values[slot.dest] = "<b>&amp;</b>\n%41 🌱"
    check_one_run(f"«{variant.name}» {slot.label} sin uso", variant, values, run)
    assert run_in_process(argv_for(variant, values)).code == 0, f"{variant.name}: {slot.label}"
