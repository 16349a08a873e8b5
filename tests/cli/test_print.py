"""`alianzas print` and `alianzas printers` on a real CUPS with a cups-pdf queue."""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from pypdf import PdfReader

from alianzas_desktop.services import agreements, nacimiento
from alianzas_desktop.storage.database import Database
from tests.factories import nacimiento_data

QUEUE = "AlianzasPDF"
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PRINT_TIMEOUT = 90


def alianzas(*args: str, data_dir, env: dict[str, str] | None = None):
    environment = dict(env or os.environ, ALIANZAS_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "alianzas_desktop", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def _tool(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    from tests.cli.cups_scheduler import tool  # fcntl: POSIX only, like CUPS

    return tool(*args, timeout=timeout)


def _cups_pdf_model() -> str:
    models = _tool("lpinfo", "-m", timeout=60).stdout.splitlines()
    found = [line.split()[0] for line in models if "cups-pdf" in line.lower()]
    preferred = [m for m in found if m.endswith("CUPS-PDF_opt.ppd")]
    return (preferred or found or [""])[0]


def _make_queue() -> None:
    model = _cups_pdf_model()
    assert model, "lpinfo -m no ofrece un PPD de cups-pdf"
    result = _tool("lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-m", model, timeout=60)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def cups_queue(tmp_path_factory):
    """A running CUPS scheduler with a cups-pdf queue, shared with every other test process.

    pytest-xdist may split this module between workers, each with its own copy of this
    fixture, and cupsd is one per machine: cups_scheduler counts who holds it, and only
    the last one out deletes the queue and stops the scheduler that were made for them.
    """
    missing = [t for t in ("cupsd", "lp", "lpstat", "lpadmin", "lpinfo") if not shutil.which(t)]
    if missing:
        pytest.skip(
            "CUPS no está instalado (falta " + ", ".join(missing) + "): instale los paquetes "
            "Debian cups y printer-driver-cups-pdf, como hace .ci/run"
        )
    if not CUPS_PDF_BACKEND.exists():
        pytest.skip("Falta el backend cups-pdf: instale el paquete printer-driver-cups-pdf")
    if os.geteuid() != 0:
        pytest.skip("Crear una cola de CUPS (lpadmin) y el backend cups-pdf requieren root")
    from tests.cli import cups_scheduler  # fcntl: POSIX only, like CUPS

    log_file = tmp_path_factory.mktemp("cups") / "cupsd.log"
    try:
        with cups_scheduler.shared_queue(QUEUE, _make_queue, log_file) as queue:
            yield queue
    except cups_scheduler.SchedulerError as exc:
        pytest.fail(str(exc))


@contextmanager
def message_boxes_closed():
    """Close any modal message box at once and keep its text.

    Offscreen nobody clicks: a warning box (a failed print) would wait for ever and hang
    the worker; closed, the test goes on and can say what the box said.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            box.done(QMessageBox.StandardButton.Cancel)

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(close_box)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()


def _output_folders() -> list[Path]:
    """Where cups-pdf writes, after its configuration (the user's ~/PDF, or the spool)."""
    user = pwd.getpwuid(os.geteuid())
    settings = {
        "Out": "/var/spool/cups-pdf/${USER}",
        "AnonDirName": "/var/spool/cups-pdf/ANONYMOUS",
    }
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(errors="replace").splitlines():
            parts = line.strip().split(None, 1)
            if len(parts) == 2 and parts[0] in settings:
                settings[parts[0]] = parts[1].strip()
    folders = []
    for value in (settings["Out"], settings["AnonDirName"]):
        value = value.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name)
        folders.append(Path(value))
    folders += [Path(user.pw_dir) / "PDF", Path("/var/spool/cups-pdf") / user.pw_name]
    return list(dict.fromkeys(folders))


def _printed_file(since: float, code: str) -> tuple[Path, str] | None:
    for folder in _output_folders():
        if not folder.is_dir():
            continue
        for path in folder.glob("*.pdf"):
            if path.stat().st_mtime < since - 1:
                continue
            # cups-pdf writes the file in place: read it only once Ghostscript has finished.
            if b"%%EOF" not in path.read_bytes()[-2048:]:
                continue
            try:
                reader = PdfReader(str(path))
                text = "\n".join(page.extract_text() or "" for page in reader.pages)
            except Exception:  # still being written: try again
                continue
            if code in text:
                return path, text
    return None


def _wait_for_printed(since: float, code: str) -> tuple[Path, str] | None:
    deadline = time.monotonic() + PRINT_TIMEOUT
    found = _printed_file(since, code)
    while found is None and time.monotonic() < deadline:
        time.sleep(0.5)
        found = _printed_file(since, code)
    return found


@pytest.fixture
def agreement_db(tmp_path):
    path = tmp_path / "alianzas.sqlite"
    db = Database.open(path)
    try:
        alliance_id = nacimiento.found_alliance(db, nacimiento_data())
        [version] = agreements.list_versions(db, alliance_id)
        agreements.issue_version(db, version.id)
        code = agreements.agreement_document(db, alliance_id).verification_code
    finally:
        db.close()
    return path, alliance_id, code


def test_print_agreement_reaches_the_queue_as_text(cups_queue, agreement_db, tmp_path):
    path, alliance_id, code = agreement_db
    listed = alianzas("printers", data_dir=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert cups_queue in listed.stdout.split()

    since = time.time()
    result = alianzas(
        "print",
        "agreement",
        "--db",
        str(path),
        "--alliance",
        alliance_id,
        "--printer",
        cups_queue,
        data_dir=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert f"Enviado a la impresora {cups_queue}" in result.stdout
    assert re.search(rf"trabajo {cups_queue}-\d+", result.stdout), result.stdout

    found = _wait_for_printed(since, code)
    assert found, f"cups-pdf no dejó el PDF impreso en {_output_folders()}"
    printed, text = found
    try:
        # Text, not pictures of pages: the words and the code are there to be read back.
        assert "ACUERDO DE COMPROMISOS" in text
        assert "En constancia se firma" in text
        assert f"{code}" in text
        assert printed.stat().st_size < 1_000_000
    finally:
        printed.unlink(missing_ok=True)


def test_print_to_an_unknown_printer_says_so_in_one_line(cups_queue, agreement_db, tmp_path):
    path, alliance_id, _code = agreement_db
    result = alianzas(
        "print",
        "agreement",
        "--db",
        str(path),
        "--alliance",
        alliance_id,
        "--printer",
        "NoExisteEstaImpresora",
        data_dir=tmp_path,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "NoExisteEstaImpresora" in lines[0], result.stderr


def test_without_cups_print_refuses_in_one_spanish_line(agreement_db, tmp_path):
    path, alliance_id, _code = agreement_db
    empty = tmp_path / "sin-cups"
    empty.mkdir()
    env = dict(os.environ, PATH=str(empty))
    for args in (
        ["print", "agreement", "--db", str(path), "--alliance", alliance_id, "--printer", "X"],
        ["printers"],
    ):
        result = alianzas(*args, data_dir=tmp_path, env=env)
        assert result.returncode != 0
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "CUPS" in lines[0], result.stderr


def test_print_needs_the_document_it_names(agreement_db, tmp_path):
    path, _alliance_id, _code = agreement_db
    result = alianzas("print", "minutes", "--db", str(path), "--printer", "X", data_dir=tmp_path)
    if shutil.which("lp") and shutil.which("lpstat"):
        assert "--meeting" in result.stderr
    assert result.returncode != 0
    assert "Traceback" not in result.stderr


def test_window_print_sends_the_pdf_itself_to_the_queue(cups_queue, agreement_db, qapp):
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
    from alianzas_desktop.ui import printing

    path, alliance_id, code = agreement_db
    db = Database.open(path)
    try:
        pdf = agreement_pdf_bytes(agreements.agreement_document(db, alliance_id))
    finally:
        db.close()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(cups_queue)
    # Qt ignores a name it does not see in CUPS, and then would paint to no printer at all.
    assert printer.printerName() == cups_queue, QPrinterInfo.availablePrinterNames()
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 2)
    since = time.time()
    outcome = printing.print_document(pdf, printer, "Acuerdo de prueba")
    assert outcome.printer == cups_queue and outcome.job_id.startswith(f"{cups_queue}-")
    assert outcome.pages == 2

    found = _wait_for_printed(since, code)
    assert found, f"cups-pdf no dejó el PDF impreso en {_output_folders()}"
    printed, text = found
    try:
        assert len(PdfReader(str(printed)).pages) == 2
        assert "ACUERDO DE COMPROMISOS" in text
    finally:
        printed.unlink(missing_ok=True)


def test_page_lists_for_cups():
    from alianzas_desktop.ui.printing import page_list

    assert page_list([0, 1, 2], 3) == ""
    assert page_list([1, 2], 3) == "2-3"
    assert page_list([0, 2, 3, 4, 6], 8) == "1,3-5,7"


@pytest.mark.parametrize(
    ("printer", "options", "message"),
    [
        ("-d", {}, "no es el nombre de una impresora"),
        ("Oficina con espacio", {}, "no es el nombre de una impresora"),
        ("Oficina", {"copies": 0}, "copias"),
        ("Oficina", {"copies": 100}, "copias"),
        ("Oficina", {"pages": "1-2;rm"}, "lista de páginas"),
        ("Oficina", {"options": {"sides": "a b"}}, "Opción de impresión no válida"),
    ],
)
def test_print_refuses_bad_requests_before_calling_lp(printer, options, message):
    from alianzas_desktop.services.errors import ServiceError
    from alianzas_desktop.services.printing import print_pdf

    with pytest.raises(ServiceError, match=message):
        print_pdf(b"%PDF-1.4\n", printer, **options)


def test_preview_tells_which_printer_got_the_job(cups_queue, agreement_db, qtbot):
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
    from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog

    path, alliance_id, code = agreement_db
    db = Database.open(path)
    try:
        pdf = agreement_pdf_bytes(agreements.agreement_document(db, alliance_id))
    finally:
        db.close()
    dialog = DocumentPreviewDialog(pdf, "Acuerdo", "acuerdo.pdf")
    qtbot.addWidget(dialog)
    if dialog.rendering:  # the pages are drawn in a worker
        with qtbot.waitSignal(dialog.pages_shown, timeout=20_000):
            pass
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(cups_queue)
    assert printer.printerName() == cups_queue, QPrinterInfo.availablePrinterNames()
    since = time.time()
    with message_boxes_closed() as warnings:
        with qtbot.waitSignal(dialog.printed, timeout=PRINT_TIMEOUT * 1000):
            printed = dialog.print_to(printer)
        assert printed and not warnings, warnings
    notice = dialog.print_notice.text()
    assert f"enviado a la impresora {cups_queue} a las" in notice
    assert re.search(rf"trabajo {cups_queue}-\d+", notice), notice

    found = _wait_for_printed(since, code)
    assert found, f"cups-pdf no dejó el PDF impreso en {_output_folders()}"
    found[0].unlink(missing_ok=True)
