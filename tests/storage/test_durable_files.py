"""What the app writes for the user reaches the disk: the file and the folder holding it.

A rename is only durable once its folder is flushed; without it, a power cut right
after «Respaldo guardado» can leave no backup at all. The real os.fsync runs; the
test only records which file or folder each call flushed.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from alianzas_desktop import cli
from alianzas_desktop.files import replace_durably, write_durably
from alianzas_desktop.storage import backup
from tests.ui.app.conftest import found

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="/proc/self/fd names the file")


@pytest.fixture
def flushed(monkeypatch) -> list[Path]:
    seen: list[Path] = []
    real = os.fsync

    def recording(descriptor: int) -> None:
        seen.append(Path(os.readlink(f"/proc/self/fd/{descriptor}")))
        real(descriptor)

    monkeypatch.setattr(os, "fsync", recording)
    return seen


def test_a_backup_and_its_folder_are_flushed(db, tmp_path, flushed):
    found(db, "Cacao para la Paz", "Tumaco", "Nariño")
    target = tmp_path / "USB" / "copia.sqlite"

    backup.copy_database(db.path, target)

    assert target.parent in flushed
    assert any(p.name.startswith("copia.sqlite") for p in flushed)


def test_an_exported_document_and_its_folder_are_flushed(db, tmp_path, flushed):
    alliance_id = found(db, "Cacao para la Paz", "Tumaco", "Nariño")
    out = tmp_path / "salida" / "acuerdo.pdf"
    out.parent.mkdir()
    db.close()

    code = cli.run_command(
        cli.parse(
            ["export", "agreement", "--db", str(db.path), "--alliance", alliance_id, "-o", str(out)]
        )
    )

    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert out.parent in flushed
    assert any(p.name.startswith("acuerdo.pdf") for p in flushed)
    assert not (out.parent / "acuerdo.pdf.parcial").exists()


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_special_file_or_folder_is_never_replaced(tmp_path, kind):
    # As root, a rename over /dev/null replaced the device; a FIFO shows the same without root.
    target = tmp_path / "destino"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
    with pytest.raises(OSError):
        write_durably(target, b"%PDF-1.7")
    partial = tmp_path / "parcial.tmp"
    partial.write_bytes(b"x")
    with pytest.raises(OSError):
        replace_durably(partial, target)
    assert stat.S_ISFIFO(os.stat(target).st_mode) if kind == "fifo" else target.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["destino", "parcial.tmp"]
