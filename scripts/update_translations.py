"""Extract the UI's strings into the .ts files and compile them into .qm (Qt Linguist tools).

Usage:
    python scripts/update_translations.py            # lupdate, then lrelease
    python scripts/update_translations.py --release  # lrelease only (the build runs this)
    python scripts/update_translations.py --check    # exit 1 when a string is missing or
                                                     # untranslated, or the .qm is stale

Spanish is the source language: ``self.tr("…")``, ``QCoreApplication.translate("Ctx", "…")``
and ``QT_TRANSLATE_NOOP("Ctx", "…")`` (Qt's, or domain/i18n.py's) on literals are extracted
from alianzas_desktop/. The English text is written in resources/translations/alianzas_en.ts
(by hand or with Qt Linguist); lupdate keeps it when the code moves and drops what vanished.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "alianzas_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
TIMEOUT = 120  # seconds; lupdate over the whole package takes about one


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"alianzas_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"alianzas_{language}.qm"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this interpreter, else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (pip install PySide6)")
    return found


def lupdate(ts: Path, language: str) -> None:
    """Merge the strings of alianzas_desktop/ into ``ts``, dropping vanished ones."""
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",  # line numbers would change the file on every edit of the code
            "-no-obsolete",
            "-source-language",
            "es_CO",
            "-target-language",
            language,
            str(SOURCES),
            "-ts",
            str(ts),
        ],
        check=True,
        timeout=TIMEOUT,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        timeout=TIMEOUT,
        capture_output=True,
    )


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool  # not marked "unfinished" by lupdate


def read_messages(ts: Path) -> list[Message]:
    """Every message of a .ts file (plural forms joined, which we do not use)."""
    root = ElementTree.parse(ts).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = ""
            unfinished = True
            if translation is not None:
                forms = translation.findall("numerusform")
                text = "".join(f.text or "" for f in forms) if forms else translation.text or ""
                unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            found.append(Message(name, message.findtext("source", ""), text, not unfinished))
    return found


def extracted_now(language: str = "en") -> set[tuple[str, str]]:
    """(context, source) of every string lupdate finds in the code today."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        lupdate(fresh, language)
        return {(m.context, m.source) for m in read_messages(fresh)}


def problems(language: str) -> list[str]:
    """Why the translation of ``language`` is not complete and current (empty when it is)."""
    ts = ts_path(language)
    messages = read_messages(ts)
    kept = {(m.context, m.source) for m in messages}
    found = []
    for context, source in sorted(extracted_now(language) - kept):
        found.append(f"missing from {ts.name}: [{context}] {source!r}")
    for m in messages:
        if not m.finished or not m.translation.strip():
            found.append(f"untranslated in {ts.name}: [{m.context}] {m.source!r}")
    with tempfile.TemporaryDirectory() as folder:
        built = Path(folder) / "built.qm"
        lrelease(ts, built)
        qm = qm_path(language)
        if not qm.exists() or qm.read_bytes() != built.read_bytes():
            found.append(f"{qm.name} is not the compiled {ts.name}: run {Path(__file__).name}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--release", action="store_true", help="only compile .ts into .qm")
    mode.add_argument("--check", action="store_true", help="report what is missing or stale")
    args = parser.parse_args(argv)
    if args.check:
        found = [p for language in LANGUAGES for p in problems(language)]
        for problem in found:
            print(problem)
        return 1 if found else 0
    for language in LANGUAGES:
        if not args.release:
            lupdate(ts_path(language), language)
        lrelease(ts_path(language), qm_path(language))
        messages = read_messages(ts_path(language))
        untranslated = sum(1 for m in messages if not m.finished or not m.translation.strip())
        print(f"{ts_path(language).name}: {len(messages)} messages, {untranslated} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
