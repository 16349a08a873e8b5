"""Reading a printed document's QR as a phone would: the first page rendered, then scanned."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

needs_scanner = pytest.mark.skipif(
    shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
    reason="zbarimg (zbar-tools) y pdftoppm (poppler-utils) leen el QR; .ci/run los instala",
)


def scan_first_page_qr(pdf: bytes, folder: Path) -> str:
    """The text of the QR codes on the first page at 200 dpi, one per line.

    Only QR codes are looked for: with every symbology on, zbar now and then reads
    a line of small print as a one-dimensional barcode and adds its digits.
    """
    path = folder / "documento.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", str(path), str(folder / "p")],
        check=True,
        timeout=120,
    )
    page = next(folder.glob("p*.png"))
    return subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(page)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.strip()
