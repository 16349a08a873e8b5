"""`alianzas --lang en`: a refusal of the services is printed in English, worded from the
translation file (resources/translations/alianzas_en.ts, read without Qt) with its values.
"""

from __future__ import annotations

import pytest

from alianzas_desktop import cli, cli_language
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, message
from alianzas_desktop.services import nacimiento
from tests.factories import nacimiento_data


def _run(*argv: str, capsys) -> tuple[int, str]:
    """The command in this process (parse, then run, as __main__ does)."""
    code = cli.run_command(cli.parse(list(argv)))
    return code, capsys.readouterr().err


@pytest.fixture
def founded(db, tmp_path):
    """A database file holding one alliance, closed for the command to open."""
    nacimiento.found_alliance(db, nacimiento_data())
    db.close()
    return str(tmp_path / "alianzas.sqlite")


def test_an_unknown_alliance_is_refused_in_english(founded, tmp_path, capsys):
    out = str(tmp_path / "x.pdf")
    code, err = _run(
        "--lang", "en", "export", "agreement", "--db", founded, "--alliance", "no-such-id",
        "-o", out, capsys=capsys,
    )  # fmt: skip
    assert code != cli.EXIT_OK
    assert err.strip() == "alianzas: There is no such alliance."


def test_a_demo_over_alliances_is_refused_in_english_and_in_spanish(founded, capsys):
    # No line of cli_language.py knows this sentence: it comes from the translation file.
    assert "La base de datos ya tiene alianzas" not in " ".join(cli_language.MESSAGES_EN)
    code, err = _run("--lang", "en", "demo", "--db", founded, capsys=capsys)
    assert code == cli.EXIT_ERROR
    assert err.strip() == (
        "alianzas: The database already has alliances; the demonstration is created in a new file."
    )
    code, err = _run("--lang", "es", "demo", "--db", founded, capsys=capsys)
    assert code == cli.EXIT_ERROR
    assert err.strip() == (
        "alianzas: La base de datos ya tiene alianzas; la demostración se crea en un archivo nuevo."
    )


def test_a_message_with_values_is_worded_from_the_translation_file():
    said = message(
        QT_TRANSLATE_NOOP("errores", "No existe la impresora «{printer}» en este equipo."),
        printer="Oficina <2>",
    )
    assert cli_language.worded("en", said) == "There is no printer “Oficina <2>” on this computer."
    assert cli_language.worded("es", said) == "No existe la impresora «Oficina <2>» en este equipo."
    # A text with no Message behind it is looked up as before.
    assert cli_language.worded("en", "No existe esa sesión.") == "There is no such meeting."


def test_a_missing_bundle_is_refused_in_english_with_its_path(founded, tmp_path, capsys):
    missing = tmp_path / "no-such.alianzas"
    code, err = _run(
        "--lang", "en", "bundle", "import", str(missing), "--db", founded, capsys=capsys
    )  # fmt: skip
    assert code != cli.EXIT_OK
    assert err.strip() == f"alianzas: The bundle does not exist: {missing}"
