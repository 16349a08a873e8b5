"""Printing a PDF as it is (vectors, not pictures) on a CUPS queue, through `lp`.

Where CUPS is installed (Linux, macOS) the PDF itself goes to the chosen queue,
so text stays text and five pages weigh kilobytes. Where it is not (Windows),
:func:`cups_available` says so and the window prints through Qt instead.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, message
from alianzas_desktop.services.errors import ServiceError

logger = logging.getLogger(__name__)

# `lp` hands the file to the local scheduler and returns; a queue that does not answer in
# this time is treated as unavailable rather than freezing the caller.
LP_TIMEOUT = 60
LPSTAT_TIMEOUT = 15
MAX_COPIES = 99
# CUPS queue names: printable characters except space, tab, "/", "\\", "'", '"' and "#".
_QUEUE_NAME = re.compile(r"^[^\s/\\'\"#]{1,127}$")
_REQUEST_ID = re.compile(r"request id is (\S+)")
_PAGE_LIST = re.compile(r"^\d+(-\d+)?(,\d+(-\d+)?)*$")
_OPTION = re.compile(r"^[A-Za-z0-9_.-]+$")


class PrintingError(ServiceError):
    """The document could not be sent to the printer; the message is Spanish."""


@dataclass(frozen=True)
class Printer:
    name: str
    is_default: bool = False


@dataclass(frozen=True)
class PrintJob:
    """A job CUPS accepted: its id (e.g. "Oficina-12"), the queue, copies and when."""

    job_id: str
    printer: str
    copies: int
    sent_at: datetime

    def describe(self) -> str:
        copies = "1 copia" if self.copies == 1 else f"{self.copies} copias"
        return (
            f"Enviado a la impresora {self.printer} a las {self.sent_at:%H:%M} "
            f"({copies}; trabajo {self.job_id})."
        )


def cups_available() -> bool:
    """True when this machine can print through CUPS (an `lp` command is installed)."""
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


def _run(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    # lp and lpstat answer in the user's language; their English is what we parse.
    env = dict(os.environ, LC_ALL="C", LANG="C")
    try:
        return subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, env=env, check=False
        )
    except FileNotFoundError as exc:
        raise PrintingError(
            QT_TRANSLATE_NOOP(
                "errores",
                "Este equipo no tiene el sistema de impresión CUPS: imprima desde la ventana "
                "de la aplicación.",
            )
        ) from exc
    except subprocess.TimeoutExpired as exc:
        raise PrintingError(
            QT_TRANSLATE_NOOP(
                "errores",
                "El sistema de impresión no respondió a tiempo. Revise que la impresora esté "
                "encendida y vuelva a intentarlo.",
            )
        ) from exc
    except OSError as exc:
        from alianzas_desktop.storage.os_errors import spanish_os_error

        raise PrintingError(spanish_os_error(exc, command[0])) from exc


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def scheduler_running() -> bool:
    """True when the CUPS scheduler answers (`lpstat -r`)."""
    result = _run(["lpstat", "-r"], LPSTAT_TIMEOUT)
    return "is running" in result.stdout and "not running" not in result.stdout


def _require_scheduler() -> None:
    if not scheduler_running():
        raise PrintingError(
            QT_TRANSLATE_NOOP(
                "errores",
                "El servicio de impresión (CUPS) no está en marcha en este equipo. Inícielo, o "
                "imprima desde la ventana de la aplicación.",
            )
        )


def list_printers() -> list[Printer]:
    """The CUPS queues of this machine, the default one marked; [] when there are none."""
    _require_scheduler()
    result = _run(["lpstat", "-e"], LPSTAT_TIMEOUT)
    names = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    if result.returncode != 0 and not names:
        # Older CUPS has no -e: "NAME accepting requests since …".
        fallback = _run(["lpstat", "-a"], LPSTAT_TIMEOUT)
        names = [line.split()[0] for line in fallback.stdout.splitlines() if line.strip()]
    default = ""
    answer = _run(["lpstat", "-d"], LPSTAT_TIMEOUT)
    if ":" in answer.stdout and "no system default" not in answer.stdout:
        default = answer.stdout.split(":", 1)[1].strip()
    return [Printer(name=n, is_default=n == default) for n in dict.fromkeys(names)]


def print_pdf(
    pdf: bytes,
    printer: str,
    *,
    copies: int = 1,
    title: str = "",
    pages: str = "",
    options: dict[str, str] | None = None,
) -> PrintJob:
    """Send the PDF to the CUPS queue ``printer``; returns the job CUPS accepted.

    ``pages`` is a CUPS page list ("1-3,5"; empty for all); ``options`` are CUPS
    job options (e.g. {"sides": "two-sided-long-edge"}).
    """
    printer = printer.strip()
    if not _QUEUE_NAME.match(printer) or printer.startswith("-"):
        raise PrintingError(
            message(
                QT_TRANSLATE_NOOP("errores", "«{printer}» no es el nombre de una impresora."),
                printer=printer,
            )
        )
    if not 1 <= copies <= MAX_COPIES:
        raise PrintingError(
            message(
                QT_TRANSLATE_NOOP("errores", "El número de copias debe estar entre 1 y {most}."),
                most=MAX_COPIES,
            )
        )
    if pages and not _PAGE_LIST.match(pages):
        raise PrintingError(
            message(
                QT_TRANSLATE_NOOP(
                    "errores", "«{pages}» no es una lista de páginas (por ejemplo 1-3,5)."
                ),
                pages=pages,
            )
        )
    extra: list[str] = []
    for key, value in (options or {}).items():
        if not (_OPTION.match(key) and _OPTION.match(value)):
            raise PrintingError(
                message(
                    QT_TRANSLATE_NOOP("errores", "Opción de impresión no válida: {option}."),
                    option=f"{key}={value}",
                )
            )
        extra += ["-o", f"{key}={value}"]
    if pages:
        extra += ["-P", pages]
    if not pdf.startswith(b"%PDF"):
        raise PrintingError(
            QT_TRANSLATE_NOOP("errores", "El documento no es un PDF: no se envió a la impresora.")
        )
    if not cups_available():
        raise PrintingError(
            QT_TRANSLATE_NOOP(
                "errores",
                "Este equipo no tiene el sistema de impresión CUPS: imprima desde la ventana "
                "de la aplicación.",
            )
        )
    _require_scheduler()
    title = " ".join(title.split())[:200] or "Alianzas"
    handle, temporary = tempfile.mkstemp(prefix="alianzas-", suffix=".pdf")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(pdf)
        command = ["lp", "-d", printer, "-n", str(copies), "-t", title, *extra, "--", temporary]
        result = _run(command, LP_TIMEOUT)
    finally:
        Path(temporary).unlink(missing_ok=True)
    if result.returncode != 0:
        reason = _first_line(result.stderr) or _first_line(result.stdout)
        logger.info("lp rechazó el trabajo para %s: %s", printer, reason)
        known = {p.name for p in list_printers()} if "not exist" in reason else None
        if known is not None and printer not in known:
            raise PrintingError(
                message(
                    QT_TRANSLATE_NOOP(
                        "errores", "No existe la impresora «{printer}» en este equipo."
                    ),
                    printer=printer,
                )
            )
        # lp speaks English here (LC_ALL=C, to parse it): its reason stays in the log.
        raise PrintingError(
            message(
                QT_TRANSLATE_NOOP(
                    "errores",
                    "La impresora «{printer}» no aceptó el documento; el detalle quedó en el "
                    "registro.",
                ),
                printer=printer,
            )
        )
    found = _REQUEST_ID.search(result.stdout)
    job = PrintJob(
        job_id=found.group(1) if found else "",
        printer=printer,
        copies=copies,
        sent_at=datetime.now(),
    )
    logger.info("Documento «%s» enviado a %s (trabajo %s)", title, printer, job.job_id)
    return job
