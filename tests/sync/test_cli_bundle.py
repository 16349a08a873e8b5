"""`alianzas bundle export | import | inspect`: exit codes, JSON, refusals, encryption."""

from __future__ import annotations

import json

import pytest

from alianzas_desktop.cli_bundle import main
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Organization
from tests.sync.bundle_tools import edit_record, rebuild
from tests.sync.conftest import copy_database, file_state


@pytest.fixture
def files(tmp_path, templates):
    a = copy_database(templates.laptop_a, tmp_path / "a.sqlite")
    b = copy_database(templates.empty, tmp_path / "b.sqlite")
    return a, b


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_import_twice_and_inspect(files, tmp_path, capsys):
    a, b = files
    bundle = str(tmp_path / "a.alianzas")
    code, out, _ = _run(capsys, "bundle", "export", "--db", str(a), "-o", bundle)
    assert code == 0 and "Paquete guardado" in out

    code, out, _ = _run(capsys, "bundle", "import", "--db", str(b), bundle, "--dry-run", "--json")
    assert code == 0
    preview = json.loads(out)
    assert preview["dry_run"] and preview["added"] > 0

    code, out, _ = _run(capsys, "bundle", "import", "--db", str(b), bundle, "--json")
    result = json.loads(out)
    assert code == 0 and result["applied"]
    assert (result["added"], result["updated"], result["conflicts"]) == (preview["added"], 0, 0)

    before = file_state(b)
    code, out, _ = _run(capsys, "bundle", "import", "--db", str(b), bundle)
    assert code == 0 and "no se cambió nada" in out
    assert file_state(b) == before

    code, out, _ = _run(capsys, "bundle", "inspect", bundle)
    assert code == 0 and "Alianzas: todas." in out and "alliances: 1" in out


def test_conflicts_exit_3(files, tmp_path, capsys):
    a, b = files
    bundle = tmp_path / "a.alianzas"
    _run(capsys, "bundle", "export", "--db", str(a), "-o", str(bundle))
    _run(capsys, "bundle", "import", "--db", str(b), str(bundle))
    db = Database.open(b)
    with db.transaction() as session:
        organization = session.query(Organization).order_by(Organization.id).first()
        organization.name = "Nombre cambiado en B"
        key = organization.id
    db.close()
    other = tmp_path / "otro.alianzas"
    other.write_bytes(
        rebuild(bundle.read_bytes(), edit_record("organizations", key, {"name": "Cambiado allá"}))
    )
    code, out, _ = _run(capsys, "bundle", "import", "--db", str(b), str(other), "--json")
    assert code == 3
    assert json.loads(out)["conflicts"] == 1


def test_refused_exit_1_database_unchanged(files, tmp_path, capsys):
    a, b = files
    bundle = tmp_path / "a.alianzas"
    _run(capsys, "bundle", "export", "--db", str(a), "-o", str(bundle))
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    bundle.write_bytes(bytes(data))
    before = file_state(b)
    code, out, err = _run(capsys, "bundle", "import", "--db", str(b), str(bundle))
    assert code == 1 and out == ""
    assert err.startswith("alianzas: El paquete está dañado") and err.count("\n") == 1
    assert file_state(b) == before


def test_encrypted_round_trip_and_wrong_passphrase(files, tmp_path, capsys):
    a, b = files
    secret = tmp_path / "clave.txt"
    secret.write_text("maíz y fríjol en la vereda\n", encoding="utf-8")
    wrong = tmp_path / "otra.txt"
    wrong.write_text("maíz y frijol en la vereda\n", encoding="utf-8")
    bundle = str(tmp_path / "cifrado.alianzas")
    code, out, _ = _run(
        capsys, "bundle", "export", "--db", str(a), "-o", bundle, "--passphrase-file", str(secret)
    )
    assert code == 0 and "cifrado" in out
    assert b"Alianza Frijol" not in (tmp_path / "cifrado.alianzas").read_bytes()

    before = file_state(b)
    code, _, err = _run(capsys, "bundle", "inspect", bundle)
    assert code == 1 and "cifrado" in err
    code, _, err = _run(
        capsys, "bundle", "import", "--db", str(b), bundle, "--passphrase-file", str(wrong)
    )
    assert code == 1 and "contraseña no es la correcta" in err
    assert file_state(b) == before

    code, out, _ = _run(
        capsys,
        "bundle",
        "import",
        "--db",
        str(b),
        bundle,
        "--passphrase-file",
        str(secret),
        "--json",
    )
    assert code == 0 and json.loads(out)["added"] > 0


def test_encrypted_bundle_with_a_changed_header_is_refused(files, tmp_path, capsys):
    a, b = files
    secret = tmp_path / "clave.txt"
    secret.write_text("una clave larga", encoding="utf-8")
    bundle = tmp_path / "cifrado.alianzas"
    _run(
        capsys,
        "bundle",
        "export",
        "--db",
        str(a),
        "-o",
        str(bundle),
        "--passphrase-file",
        str(secret),
    )
    data = bundle.read_bytes()
    weaker = data.replace(b'"n": 32768', b'"n": 16384', 1)
    assert weaker != data
    bundle.write_bytes(weaker)
    before = file_state(b)
    code, _, err = _run(
        capsys, "bundle", "import", "--db", str(b), str(bundle), "--passphrase-file", str(secret)
    )
    assert code == 1 and "No se pudo descifrar" in err
    assert file_state(b) == before
