"""The command line's documents: `export` and `print` (which document, of which alliance or
meeting, on which paper), and `printers`."""

from __future__ import annotations

import argparse
import logging

from alianzas_desktop import cli, cli_reports
from alianzas_desktop.cli_language import line, worded
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)


def cmd_export(args: argparse.Namespace) -> int:
    if args.document in cli_reports.EXPORT_KINDS:
        return cli_reports.run_export(args)
    if args.document == "agreement":
        return _export_agreement(args)
    if not args.meeting:
        raise cli.CommandError(line(cli.NO_MEETING))
    from alianzas_desktop.services import meetings

    db = cli._open_database(args.db)
    output = cli._output_path(args.output)
    if args.document == "minutes":
        document = meetings.acta_document(db, args.meeting)
        from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes

        data = acta_pdf_bytes(document, page_size=args.page_size, lang=args.lang)
        cli._write_output(output, data)
        said = line(
            QT_TRANSLATE_NOOP("cli", "Acta No. {number} guardada en {path}."),
            number=document.number,
            path=output,
        )
        print(worded(args.lang, said))
        return cli.EXIT_OK
    sheet = meetings.attendance_sheet(db, args.meeting)
    from alianzas_desktop.documents.attendance_sheet_pdf import attendance_sheet_pdf_bytes

    data = attendance_sheet_pdf_bytes(sheet, page_size=args.page_size, lang=args.lang)
    cli._write_output(output, data)
    said = line(QT_TRANSLATE_NOOP("cli", "Planilla de asistencia guardada en {path}."), path=output)
    print(worded(args.lang, said))
    return cli.EXIT_OK


def _export_agreement(args: argparse.Namespace) -> int:
    if not args.alliance:
        raise cli.CommandError(line(cli.NO_ALLIANCE))
    from alianzas_desktop.services.agreements import agreement_document

    document = agreement_document(cli._open_database(args.db), args.alliance, args.version)
    from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes

    output = cli._output_path(args.output)
    data = agreement_pdf_bytes(document, page_size=args.page_size, lang=args.lang)
    cli._write_output(output, data)
    said = line(
        QT_TRANSLATE_NOOP("cli", "Acuerdo de compromisos, versión {number}, guardado en {path}."),
        number=str(document.number),
        path=output,
    )
    print(worded(args.lang, said))
    return cli.EXIT_OK


# What the later phases' documents are called, for the help of `export`.
EXTRA_DOCUMENTS = {
    "evaluation": "informe de evaluación",
    "workplan": "plan de trabajo",
    "systematization": "informe de sistematización",
    "profile": "ficha de la alianza",
    "dashboard": "tablero del programa, .xlsx o .csv",
}


def add_document_arguments(parser: argparse.ArgumentParser, extra: tuple[str, ...] = ()) -> None:
    """Which document, of which alliance or meeting, on which paper: export and print."""
    parser.add_argument(
        "document",
        choices=["agreement", "minutes", "attendance-sheet", *extra],
        metavar="DOCUMENTO",
        help="agreement (acuerdo) | minutes (acta) | attendance-sheet (planilla de asistencia)"
        + "".join(f" | {kind} ({EXTRA_DOCUMENTS.get(kind, kind)})" for kind in extra),
    )
    parser.add_argument(
        "--alliance",
        metavar="ID",
        help="alianza (para agreement, workplan, systematization y profile)",
    )
    parser.add_argument("--meeting", metavar="ID", help="sesión (para minutes y attendance-sheet)")
    parser.add_argument(
        "--version", type=cli.positive_int, metavar="N", help="versión (por defecto, la última)"
    )
    parser.add_argument(
        "--page-size",
        choices=["letter", "a4"],
        default="letter",
        help="tamaño del papel (carta por defecto)",
    )


def add_print_commands(commands, common: argparse.ArgumentParser) -> None:
    printing = commands.add_parser(
        "print", parents=[common], help="imprime un documento en una impresora (CUPS)"
    )
    add_document_arguments(printing)
    printing.add_argument(
        "--printer", required=True, metavar="NOMBRE", help="impresora (vea «alianzas printers»)"
    )
    printing.add_argument(
        "--copies", type=cli.positive_int, default=1, metavar="N", help="copias (1 por defecto)"
    )
    commands.add_parser("printers", help="lista las impresoras de este equipo (CUPS)")


def _document_pdf(args: argparse.Namespace) -> tuple[bytes, str]:
    """The PDF a print command names, and how to call it in a sentence."""
    if args.document == "agreement":
        if not args.alliance:
            raise cli.CommandError(line(cli.NO_ALLIANCE))
        from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
        from alianzas_desktop.services.agreements import agreement_document

        agreement = agreement_document(cli._open_database(args.db), args.alliance, args.version)
        data = agreement_pdf_bytes(agreement, page_size=args.page_size, lang=args.lang)
        what = line(
            QT_TRANSLATE_NOOP("cli", "Acuerdo de compromisos, versión {number}"),
            number=str(agreement.number),
        )
        return data, worded(args.lang, what)
    if not args.meeting:
        raise cli.CommandError(line(cli.NO_MEETING))
    from alianzas_desktop.services import meetings

    db = cli._open_database(args.db)
    if args.document == "minutes":
        from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes

        acta = meetings.acta_document(db, args.meeting)
        data = acta_pdf_bytes(acta, page_size=args.page_size, lang=args.lang)
        return data, worded(
            args.lang, line(QT_TRANSLATE_NOOP("cli", "Acta No. {number}"), number=acta.number)
        )
    from alianzas_desktop.documents.attendance_sheet_pdf import attendance_sheet_pdf_bytes

    sheet = meetings.attendance_sheet(db, args.meeting)
    data = attendance_sheet_pdf_bytes(sheet, page_size=args.page_size, lang=args.lang)
    return data, worded(args.lang, line(QT_TRANSLATE_NOOP("cli", "Planilla de asistencia")))


def cmd_print(args: argparse.Namespace) -> int:
    from alianzas_desktop.services import printing

    if not printing.cups_available():
        raise cli.CommandError(
            line(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Este equipo no tiene el sistema de impresión CUPS: use «alianzas export» y "
                    "imprima el PDF, o imprima desde la ventana de la aplicación.",
                )
            )
        )
    data, what = _document_pdf(args)
    job = printing.print_pdf(data, args.printer, copies=args.copies, title=what)
    print(f"{what}: {job.describe()}")
    return cli.EXIT_OK


def cmd_printers(args: argparse.Namespace) -> int:
    from alianzas_desktop.services import printing

    if not printing.cups_available():
        raise cli.CommandError(
            line(QT_TRANSLATE_NOOP("cli", "Este equipo no tiene el sistema de impresión CUPS."))
        )
    printers = printing.list_printers()
    if not printers:
        raise cli.CommandError(
            line(QT_TRANSLATE_NOOP("cli", "No hay impresoras instaladas en este equipo.")),
            cli.EXIT_NOT_FOUND,
        )
    default = worded(args.lang, line(QT_TRANSLATE_NOOP("cli", "predeterminada")))
    for printer in printers:
        print(printer.name + (f"  ({default})" if printer.is_default else ""))
    return cli.EXIT_OK
