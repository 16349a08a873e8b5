"""`alianzas --lang es|en`: the command line and the documents it exports in the chosen language.

Real processes on a real database file, as a user runs them.
"""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from alianzas_desktop import cli, cli_language
from alianzas_desktop.services import agreements, meetings, nacimiento
from tests.cli.test_cli import alianzas
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.fixture
def records(db, tmp_path):
    """An alliance with its agreement issued in English, an acta closed in Spanish and a
    convened meeting."""
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    [version] = agreements.list_versions(db, alliance_id)
    agreements.issue_version(db, version.id, lang="en")
    data = convened_meeting(db, alliance_id)
    closed = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, closed)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, closed, lang="es")
    convened = meetings.save_convocation(db, convened_meeting(db, alliance_id))
    db.close()
    return {
        "db": str(tmp_path / "alianzas.sqlite"),
        "alliance": alliance_id,
        "closed": closed,
        "convened": convened,
    }


def test_export_agreement_in_english(records, tmp_path):
    out = tmp_path / "agreement.pdf"
    result = alianzas(
        "--lang", "en", "export", "agreement", "--db", records["db"],
        "--alliance", records["alliance"], "-o", str(out), data_dir=tmp_path / "datos",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Agreement of commitments, version 1, saved to")
    text = _text(out)
    assert "AGREEMENT OF COMMITMENTS" in text
    assert "Page 1 of" in text and "Verification code:" in text
    assert "COP 168,000,000" in text


def test_without_lang_the_settings_language_is_spoken(records, tmp_path):
    data_dir = tmp_path / "datos"
    data_dir.mkdir(exist_ok=True)
    (data_dir / "ajustes.json").write_text(json.dumps({"idioma": "en"}), encoding="utf-8")
    out = tmp_path / "sheet.pdf"
    result = alianzas(
        "export", "attendance-sheet", "--db", records["db"], "--meeting", records["convened"],
        "-o", str(out), data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Attendance sheet saved to" in result.stdout
    assert "ATTENDANCE SHEET" in _text(out)
    # --lang wins over the setting.
    result = alianzas(
        "--lang", "es", "export", "attendance-sheet", "--db", records["db"],
        "--meeting", records["convened"], "-o", str(out), data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "PLANILLA DE ASISTENCIA" in _text(out)


def test_a_closed_acta_keeps_its_language(records, tmp_path):
    out = tmp_path / "minutes.pdf"
    result = alianzas(
        "--lang", "en", "export", "minutes", "--db", records["db"],
        "--meeting", records["closed"], "-o", str(out), data_dir=tmp_path / "datos",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Minutes No. 1 saved to")
    # Closed in Spanish, it prints in Spanish: the signed paper and the reprint agree.
    assert "ACTA No. 1" in _text(out)


def _run(*argv: str, capsys) -> tuple[int, str, str]:
    """The command in this process (parse, then run, as __main__ does): quicker than a new one."""
    try:
        code = cli.run_command(cli.parse(list(argv)))
    except SystemExit as exc:  # help, and argparse's refusals
        code = exc.code if isinstance(exc.code, int) else 1
    out = capsys.readouterr()
    return code, out.out, out.err


def test_help_and_errors_in_english(capsys):
    code, out, _ = _run("--lang", "en", "export", "--help", capsys=capsys)
    assert code == 0
    assert out.startswith("usage: alianzas export")
    assert "options:" in out and "output PDF file" in out
    assert "uso:" not in out and "opciones" not in out

    code, _, err = _run("--lang", "en", "export", "agreement", "-o", "x.pdf", capsys=capsys)
    assert code == cli.EXIT_ERROR
    assert (
        err.strip()
        == "alianzas: Give the alliance with --alliance (see “alianzas list alliances”)."
    )

    code, _, err = _run("--lang", "en", "export", capsys=capsys)
    assert code == cli.EXIT_ERROR
    assert "the following arguments are required" in err


def test_spanish_stays_the_default(capsys):
    _, _, err = _run("export", "agreement", "-o", "x.pdf", capsys=capsys)
    assert "Indique la alianza con --alliance" in err
    code, _, err = _run("--lang", "fr", "export", capsys=capsys)
    assert code == cli.EXIT_ERROR
    assert "opción no válida" in err


def test_language_read_before_parsing():
    assert cli_language.language_from_argv(["--lang", "en", "list"]) == "en"
    assert cli_language.language_from_argv(["--lang=en", "list"]) == "en"
    assert cli_language.language_from_argv(["list", "--", "--lang", "en"], default="es") == "es"
    assert cli_language.language_from_argv(["--lang", "fr"], default="es") == "es"


def test_every_help_line_has_english():
    """A help line added later in Spanish only shows up here."""
    import argparse

    missing = []

    def walk(parser):
        texts = [parser.description or ""]
        for action in parser._actions:
            texts.append(action.help or "")
            if isinstance(action, argparse._SubParsersAction):
                texts += [choice.help or "" for choice in action._choices_actions]
                for sub in action.choices.values():
                    walk(sub)
        for text in texts:
            if text and text != argparse.SUPPRESS and cli_language._help_en(text) == text:
                if any(ch in text for ch in "áéíóúñ") or " de " in text or " la " in text:
                    missing.append(text)

    walk(cli.build_parser())
    assert not missing


def test_demo_in_english_issues_its_documents_in_english(tmp_path):
    """`alianzas --lang en demo` issues the demo's agreements in English, so a later export
    in Spanish reprints them in English: a frozen document keeps the language it was issued in.
    """
    database = tmp_path / "demo.sqlite"
    made = alianzas("--lang", "en", "demo", "--db", str(database), data_dir=tmp_path / "datos")
    assert made.returncode == 0, made.stderr
    listed = alianzas(
        "list", "alliances", "--json", "--db", str(database), data_dir=tmp_path / "datos"
    )
    issued = [a for a in json.loads(listed.stdout) if a["phase"] != "nacimiento"]
    out = tmp_path / "agreement.pdf"
    result = alianzas(
        "--lang", "es", "export", "agreement", "--db", str(database),
        "--alliance", issued[0]["id"], "-o", str(out), data_dir=tmp_path / "datos",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = _text(out)
    assert "AGREEMENT OF COMMITMENTS" in text and "Page 1 of" in text
