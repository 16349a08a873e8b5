"""Bundles encrypted to the office's public key (X25519 + AES-GCM): only the office opens them."""

from __future__ import annotations

import stat

import pytest

from alianzas_desktop.cli_bundle import main
from alianzas_desktop.services import bundles
from alianzas_desktop.services.bundles import KeyNeeded, KeyRefused, WrongSecret
from alianzas_desktop.sync import crypto, keys
from tests.sync.conftest import db_argument, stored_state, table_counts


@pytest.fixture
def office_key(tmp_path, monkeypatch):
    """The office's public key file, exported in the office's own data folder; the test then
    goes on in the laptop's data folder (the autouse one)."""
    laptop = tmp_path / "datos"
    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(tmp_path / "oficina"))
    info = bundles.export_public_key(tmp_path / "oficina.pem")
    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(laptop))
    return info


def office_private(tmp_path):
    return tmp_path / "oficina" / keys.FOLDER / keys.OWN_PRIVATE


def test_round_trip_to_the_office_key(laptop_a, laptop_b, tmp_path, office_key, monkeypatch):
    installed = bundles.install_office_key(tmp_path / "oficina.pem")
    assert installed.key_id == office_key.key_id == bundles.office_key().key_id
    bundle = tmp_path / "para-la-oficina.alianzas"

    summary = bundles.export_bundle(laptop_a, bundle, recipient=tmp_path / "oficina.pem")

    assert summary.encrypted and summary.recipient == office_key.key_id
    assert bundles.encryption_of(bundle) == bundles.Encryption.KEY
    # The laptop that wrote it cannot read it back: it has no office private key.
    with pytest.raises(KeyNeeded, match=office_key.key_id):
        bundles.inspect_bundle(bundle)
    # At the office, its own key opens it without being named…
    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(tmp_path / "oficina"))
    result = bundles.import_bundle(laptop_b, bundle)
    assert result.added == sum(table_counts(laptop_a).values())
    assert table_counts(laptop_b) == table_counts(laptop_a)
    # …and the key file named explicitly opens it anywhere.
    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(tmp_path / "otra"))
    info = bundles.inspect_bundle(bundle, key=office_private(tmp_path))
    assert info["counts"]["alliances"] == 1


def test_a_wrong_key_is_refused_and_changes_nothing(
    laptop_a, laptop_b, tmp_path, office_key, monkeypatch
):
    bundle = tmp_path / "para-la-oficina.alianzas"
    bundles.export_bundle(laptop_a, bundle, recipient=tmp_path / "oficina.pem")
    other = bundles.export_public_key(tmp_path / "laptop.pem")  # the laptop's own pair
    assert other.key_id != office_key.key_id
    before = stored_state(laptop_b)

    with pytest.raises(WrongSecret) as refused:
        bundles.import_bundle(laptop_b, bundle)  # the laptop's own key, not the office's
    assert f"cifrado para la clave {office_key.key_id}" in str(refused.value)
    mine = keys.keys_dir() / keys.OWN_PRIVATE
    with pytest.raises(WrongSecret):
        bundles.preview_import(laptop_b, bundle, key=mine)
    with pytest.raises(WrongSecret, match="contraseña"):  # a passphrase does not open it
        bundles.import_bundle(laptop_b, bundle, passphrase="una contraseña")
    assert stored_state(laptop_b) == before


@pytest.mark.parametrize("where", ["header", "ciphertext", "tag"])
def test_a_changed_byte_is_refused(laptop_a, tmp_path, office_key, where):
    bundle = tmp_path / "p.alianzas"
    bundles.export_bundle(laptop_a, bundle, recipient=tmp_path / "oficina.pem")
    data = bytearray(bundle.read_bytes())
    header_end = len(crypto.MAGIC) + 2 + int.from_bytes(data[len(crypto.MAGIC) :][:2], "big")
    position = {"header": header_end - 30, "ciphertext": header_end + 100, "tag": len(data) - 1}
    data[position[where]] ^= 0x04
    bundle.write_bytes(bytes(data))

    with pytest.raises(bundles.BundleRefused):
        bundles.inspect_bundle(bundle, key=office_private(tmp_path))


def test_the_private_key_stays_private(laptop_a, tmp_path, office_key):
    path = office_private(tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    secret = path.read_bytes()
    assert b"PRIVATE KEY" in secret
    bundle = tmp_path / "claro.alianzas"
    bundles.export_bundle(laptop_a, bundle)
    assert secret.split(b"\n")[1] not in bundle.read_bytes()
    # A private key given where the office's public key is asked for is refused.
    with pytest.raises(KeyRefused, match="clave privada"):
        bundles.install_office_key(path)
    assert bundles.office_key() is None
    with pytest.raises(KeyRefused):
        bundles.export_bundle(laptop_a, tmp_path / "x.alianzas", recipient=path)
    assert not (tmp_path / "x.alianzas").exists()


def test_keys_and_bundle_commands(laptop_a, laptop_b, tmp_path, office_key, capsys, monkeypatch):
    a, b = db_argument(laptop_a), db_argument(laptop_b)
    laptop_a.close()
    laptop_b.close()
    public = str(tmp_path / "oficina.pem")
    assert main(["keys", "install-office", "--db", str(a), public]) == 0
    assert office_key.key_id in capsys.readouterr().out
    bundle = str(tmp_path / "cli.alianzas")
    assert main(["bundle", "export", "--db", str(a), "-o", bundle, "--recipient", public]) == 0
    assert f"cifrado para la clave {office_key.key_id}" in capsys.readouterr().out

    code = main(["bundle", "import", "--db", str(b), bundle, "--json"])
    assert code == 1
    assert "solo se abre con su clave privada" in capsys.readouterr().err
    wrong = tmp_path / "equivocada.pem"
    wrong.write_bytes(keys.private_pem(crypto.new_private_key()))
    assert main(["bundle", "import", "--db", str(b), bundle, "--key", str(wrong)]) == 1
    assert "Esta clave no abre el paquete" in capsys.readouterr().err
    key = str(office_private(tmp_path))
    assert main(["bundle", "import", "--db", str(b), bundle, "--key", key]) == 0
    assert "Agregados:" in capsys.readouterr().out

    with pytest.raises(SystemExit):  # one way to encrypt at a time
        main(["bundle", "export", "--db", str(a), "-o", bundle, "--recipient", public,
              "--passphrase-file", public])  # fmt: skip
    capsys.readouterr()
    target = tmp_path / "mia.pem"
    assert main(["keys", "export-public", "--db", str(a), "-o", str(target)]) == 0
    assert keys.read_public_key_file(target)
    assert main(["keys", "install-office", "--db", str(a), key]) == 1
    assert "clave privada" in capsys.readouterr().err
