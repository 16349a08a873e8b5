"""Headless commands over the same services the window uses.

Every failure prints one Spanish line on stderr and exits non-zero; no traceback
reaches the user.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import NoReturn

from alianzas_desktop import __version__, cli_documents, cli_language, cli_reports
from alianzas_desktop.cli_bundle import (
    NOT_A_FILE,
    add_bundle_commands,
    add_keys_commands,
    cmd_bundle,
    cmd_keys,
)
from alianzas_desktop.cli_language import label, line, spoken, worded
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.files import write_durably

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_ERROR = 2

NO_ALLIANCE = QT_TRANSLATE_NOOP(
    "cli", "Indique la alianza con --alliance (vea «alianzas list alliances»)."
)
NO_MEETING = QT_TRANSLATE_NOOP(
    "cli", "Indique la sesión con --meeting (vea «alianzas list meetings»)."
)

# argparse speaks English; these are the messages a user can meet.
_ARGPARSE_ES = (
    ("the following arguments are required: ", "faltan argumentos obligatorios: "),
    ("unrecognized arguments: ", "argumentos no reconocidos: "),
    ("invalid choice: ", "opción no válida: "),
    ("choose from ", "elija entre "),
    ("expected one argument", "se esperaba un valor"),
    ("invalid int value: ", "número no válido: "),
    ("ignored explicit argument ", "esta opción no lleva valor: "),
    ("ambiguous option: ", "opción ambigua: "),
    (" could match ", " puede ser "),
    ("expected at most one argument", "se esperaba a lo sumo un valor"),
    ("expected at least one argument", "se esperaba al menos un valor"),
    ("not allowed with argument ", "no se admite junto con "),
    ("argument ", "argumento "),
)


def one_line(text: object, limit: int = 400) -> str:
    """A message as one line of readable length, whatever the user's values held.

    A long value (a 5,000-character name) is cut in the middle, so the reason that
    ends the sentence is still read.
    """
    flat = " ".join(str(text).split())
    if len(flat) <= limit:
        return flat
    head = limit * 2 // 3
    return flat[:head] + "…" + flat[-(limit - head - 1) :]


class SpanishHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, prefix="uso: " if prefix is None else prefix)


class SpanishArgumentParser(argparse.ArgumentParser):
    """argparse with its own words in Spanish: uso, argumentos, opciones, ayuda, errors."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", SpanishHelpFormatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "argumentos"
        self._optionals.title = "opciones"
        if add_help:
            self.add_argument("-h", "--help", action="help", help="muestra esta ayuda y termina")

    def error(self, message: str) -> NoReturn:
        for english, spanish in _ARGPARSE_ES:
            message = message.replace(english, spanish)
        self.exit(EXIT_ERROR, f"{self.prog}: error: {one_line(message)}\n")


class CommandError(Exception):
    """A command failed for a reason the user can act on; the message is Spanish."""

    def __init__(self, message: str, code: int = EXIT_ERROR):
        super().__init__(message)
        self.code = code


def positive_int(text: str) -> int:
    """A whole number from 1 to 9999: versions, copies."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text[:40]}» no es un número entero") from None
    if not 1 <= value <= 9999:
        raise argparse.ArgumentTypeError(f"{text[:40]} está fuera de 1 a 9999")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = SpanishArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="RUTA_O_URL",
        default=argparse.SUPPRESS,
        help="base de datos: archivo SQLite o URL de SQLAlchemy (por defecto, la del usuario)",
    )
    parser = SpanishArgumentParser(
        prog="alianzas",
        description="Alianzas: acompañamiento de alianzas público-privadas-sociedad civil.",
        parents=[common],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Alianzas {__version__}",
        help="muestra la versión y termina",
    )
    parser.add_argument(
        cli_language.OPTION,
        choices=cli_language.LANGUAGES,
        metavar="es|en",
        help="idioma de mensajes y documentos (por defecto, el elegido en la aplicación)",
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMANDO", parser_class=SpanishArgumentParser
    )

    commands.add_parser("demo", parents=[common], help="crea una base de datos de demostración")

    listing = commands.add_parser("list", parents=[common], help="lista registros")
    listing.add_argument(
        "what",
        choices=["alliances", "people", "meetings", *cli_reports.LIST_KINDS],
        metavar="QUÉ",
        help="alliances | people | meetings | " + " | ".join(cli_reports.LIST_KINDS),
    )
    listing.add_argument("--alliance", metavar="ID", help="solo los registros de esta alianza")
    listing.add_argument("--json", action="store_true", help="salida en JSON")
    cli_reports.add_list_options(listing)

    export = commands.add_parser("export", parents=[common], help="exporta un documento en PDF")
    cli_documents.add_document_arguments(export, extra=cli_reports.EXPORT_KINDS)
    cli_reports.add_export_options(export)
    export.add_argument(
        "-o", "--output", required=True, metavar="SALIDA.pdf", help="archivo PDF de salida"
    )
    cli_documents.add_print_commands(commands, common)
    add_bundle_commands(commands, common)
    add_keys_commands(commands, common)
    cli_reports.add_chronology_command(commands, common)

    backup = commands.add_parser("backup", parents=[common], help="copia de respaldo")
    backup.add_argument("-o", "--output", required=True, metavar="SALIDA.sqlite")

    restore = commands.add_parser(
        "restore", parents=[common], help="restaura un respaldo (respalda antes el actual)"
    )
    restore.add_argument("backup", metavar="RESPALDO.sqlite")
    restore.add_argument(
        "--force-older",
        action="store_true",
        help="restaura aunque devuelva a borrador documentos emitidos después del respaldo",
    )

    commands.add_parser("check", parents=[common], help="verifica la integridad")

    person = commands.add_parser(
        "person", parents=[common], help="datos personales de una persona (Ley 1581 de 2012)"
    )
    person.add_argument(
        "action", choices=["report", "erase"], metavar="ACCIÓN", help="report | erase"
    )
    person.add_argument("--person", required=True, metavar="ID")
    person.add_argument(
        "-o",
        "--output",
        metavar="SALIDA.pdf|.json",
        help="archivo del reporte (PDF, o JSON si termina en .json)",
    )

    verify = commands.add_parser(
        "verify",
        parents=[common],
        help="identifica el documento de un código de verificación o del texto de su QR",
    )
    verify.add_argument("code", metavar="CÓDIGO", help="el código impreso o el texto del QR")
    return parser


# The databases a command opened, closed when it ends: closing checkpoints the WAL into the
# file (after `demo`, 4 MB were left beside it) and drops the lock at once.
_opened: list = []


def _open_database(target: str | None, *, must_exist: bool = True, write: bool = False):
    """Commands that write hold the database's lock; the rest open it read-only.

    A read-only connection never deletes the WAL of a window that has the file
    open, so reading is safe at any moment; writing while a window works on the
    same file is refused in one Spanish line.
    """
    database = _open_unclosed(target, must_exist=must_exist, write=write)
    _opened.append(database)
    return database


def _close_opened() -> None:
    while _opened:
        database = _opened.pop()
        try:
            database.close()
        except Exception:  # the command's answer is given; a close failure is only logged
            logger.exception("No se pudo cerrar la base de datos")


def _open_unclosed(target: str | None, *, must_exist: bool, write: bool):
    from alianzas_desktop.storage.database import (
        Database,
        SchemaBehindError,
        ensure_not_empty_file,
    )

    if must_exist and target:
        _require_existing_database(target)
        ensure_not_empty_file(target)
    if write:
        return Database.open(target, exclusive=True)
    path = _sqlite_path(target) if target is None or "://" not in target else None
    if path is not None and not path.exists():
        Database.open(target, exclusive=True).close()  # the user's first, empty database
    try:
        return Database.open(target, read_only=True)
    except SchemaBehindError:
        Database.open(target, exclusive=True).close()  # upgraded once, then read
        return Database.open(target, read_only=True)


def _require_existing_database(target: str) -> None:
    """A file named by path or by ``sqlite:///`` URL must exist: reading never creates one."""
    from alianzas_desktop.storage.database import database_url

    url = database_url(target)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return
    path = Path(url.database)
    try:
        exists = path.exists()
    except OSError as exc:
        from alianzas_desktop.storage.os_errors import spanish_os_error

        raise CommandError(spanish_os_error(exc, path)) from exc
    if not exists:
        raise CommandError(
            line(QT_TRANSLATE_NOOP("cli", "No existe la base de datos: {target}"), target=target)
        )


def cmd_demo(args: argparse.Namespace) -> int:
    from alianzas_desktop.services.demo import build_demo

    db = _open_database(args.db, must_exist=False, write=True)
    ids = build_demo(db)
    said = line(
        QT_TRANSLATE_NOOP("cli", "Base de datos de demostración creada con {count} alianzas."),
        count=str(len(ids)),
    )
    print(worded(args.lang, said))
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    if args.what in cli_reports.LIST_KINDS:
        return cli_reports.run_list(args)
    if args.what in ("people", "meetings"):
        from alianzas_desktop import cli_lists

        return (cli_lists.list_people if args.what == "people" else cli_lists.list_meetings)(args)
    from alianzas_desktop.services.alliances import list_alliances

    db = _open_database(args.db)
    rows = list_alliances(db)
    if args.json:
        health = cli_reports.health_fields(db, [a.id for a in rows])
        payload = [
            {
                "id": a.id,
                "name": a.name,
                "phase": a.phase,
                "phase_label": a.phase_label,
                "area": a.area,
                "area_label": a.area_label,
                "territory": a.territory,
                "partners": a.partner_count,
                "nearest_deadline": a.nearest_deadline.isoformat() if a.nearest_deadline else None,
                **health.get(a.id, {}),
            }
            for a in rows
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for a in rows:
            print(f"{a.id}  {a.name} — {a.territory} — {label(args.lang, a.phase_label)}")
    return EXIT_OK


def cmd_person(args: argparse.Namespace) -> int:
    from alianzas_desktop.services import personal_data

    db = _open_database(args.db, write=args.action == "erase")
    if args.action == "erase":
        result = personal_data.erase_person(db, args.person)

        def say_line(template: str, **values: object) -> None:
            print(worded(args.lang, line(template, **values)))

        if result.already_erased:
            say_line(
                QT_TRANSLATE_NOOP(
                    "cli", "Los datos ya estaban suprimidos; se revisaron otra vez los respaldos."
                )
            )
        else:
            say_line(QT_TRANSLATE_NOOP("cli", "Datos personales suprimidos."))
        for document in result.kept_in_documents:
            say_line(
                QT_TRANSLATE_NOOP(
                    "cli", "Se conservan, por ser documento firmado o emitido: {document}."
                ),
                document=document,
            )
        say_line(
            QT_TRANSLATE_NOOP("cli", "Menciones reemplazadas en textos: {count}."),
            count=str(result.mentions_redacted),
        )
        say_line(
            QT_TRANSLATE_NOOP("cli", "Respaldos automáticos limpiados: {count}."),
            count=str(result.backups_cleaned),
        )
        for backup in result.backups_not_cleaned:
            say_line(
                QT_TRANSLATE_NOOP("cli", "No se pudo limpiar el respaldo {backup}."), backup=backup
            )
        print(spoken(args.lang, result.outside_copies))
        return EXIT_OK
    if not args.output:
        raise CommandError(line(QT_TRANSLATE_NOOP("cli", "Indique el archivo del reporte con -o.")))
    output = _output_path(args.output)
    if output.suffix.lower() == ".json":
        data = personal_data.person_report_json(db, args.person).encode("utf-8")
    else:
        from alianzas_desktop.documents.person_report_pdf import person_report_pdf_bytes

        report = personal_data.person_report(db, args.person)
        data = person_report_pdf_bytes(report, lang=args.lang)
    _write_output(output, data)
    said = line(
        QT_TRANSLATE_NOOP("cli", "Reporte de datos personales guardado en {path}."), path=output
    )
    print(worded(args.lang, said))
    return EXIT_OK


def _output_path(text: str) -> Path:
    """Where a command writes: a file path, never a URL (only text with ``://`` is one)."""
    if "://" in text:
        raise CommandError(
            line(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Indique la ruta de un archivo, no una dirección: {text}. No se escribió nada.",
                ),
                text=text,
            )
        )
    return Path(text)


def _write_output(output: Path, data: bytes) -> None:
    # Written through a temporary renamed over the target: a device named here
    # (``-o /dev/null`` run as root) would become a regular file.
    _refuse_non_file(output, NOT_A_FILE)
    try:
        write_durably(output, data)
    except OSError as exc:
        from alianzas_desktop.storage.os_errors import spanish_os_error

        raise CommandError(spanish_os_error(exc, output)) from exc


def cmd_verify(args: argparse.Namespace) -> int:
    from alianzas_desktop.services.verification import verify

    # A QR's signature is checked without the record; the database, for what it holds.
    result = verify(_open_database(args.db), args.code)
    if not result.accepted:
        raise CommandError(result.verdict(), EXIT_NOT_FOUND)
    print(spoken(args.lang, result.verdict()))
    return EXIT_OK


def _sqlite_path(target: str | None) -> Path:
    from alianzas_desktop import paths

    if target is None:
        return paths.default_database_path()
    if "://" in target:
        from alianzas_desktop.storage.pg_check import USE_PG_DUMP, is_server

        raise CommandError(
            USE_PG_DUMP
            if is_server(target)
            else line(QT_TRANSLATE_NOOP("cli", "Esta orden solo funciona con archivos SQLite."))
        )
    path = Path(target).expanduser().resolve()
    _refuse_non_file(path, QT_TRANSLATE_NOOP("cli", "no es un archivo de base de datos"))
    return path


def _refuse_non_file(path: Path, what: str) -> None:
    """A folder, a device or a pipe is never read as a database nor replaced by a file;
    ``what`` is a ``QT_TRANSLATE_NOOP("cli", …)`` literal said after the path."""
    try:
        other = path.exists() and not path.is_file()
    except OSError as exc:
        from alianzas_desktop.storage.os_errors import spanish_os_error

        raise CommandError(spanish_os_error(exc, path)) from exc
    if other:
        raise CommandError(
            line(QT_TRANSLATE_NOOP("cli", "{path} {what}."), path=path, what=line(what))
        )


def cmd_backup(args: argparse.Namespace) -> int:
    from alianzas_desktop.storage.backup import check_database, copy_database

    source = _sqlite_path(args.db)
    result = check_database(source)
    if not result.ok:
        raise CommandError(result.message)
    target = _output_path(args.output)
    copy_database(source, target)
    print(
        worded(
            args.lang, line(QT_TRANSLATE_NOOP("cli", "Respaldo guardado en {path}."), path=target)
        )
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from alianzas_desktop.storage.backup import UndoesIssuedError, restore

    database = _sqlite_path(args.db)  # a server is refused first: restore it with pg_restore
    backup = Path(args.backup)
    if not backup.exists():
        raise CommandError(
            line(QT_TRANSLATE_NOOP("cli", "No existe el respaldo: {path}"), path=backup)
        )
    _refuse_non_file(backup, QT_TRANSLATE_NOOP("cli", "no es un archivo de respaldo"))
    from alianzas_desktop.storage.database import hold_database

    lock = hold_database(database)  # refused while a window or another command holds it
    try:
        safety = restore(database, backup, undo_issued=args.force_older)
    except UndoesIssuedError as exc:
        # Refused rather than asked: a command may run unattended. The list goes to
        # stdout, the one-line reason to stderr; --force-older says the user agreed.
        for document in exc.documents:
            print(document)
        raise CommandError(
            line(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "El respaldo es anterior a {count} documento(s) emitido(s) después, "
                    "que volverían a borrador. Para restaurarlo de todos modos, repita la orden "
                    "con --force-older; no se restauró nada.",
                ),
                count=str(len(exc.documents)),
            )
        ) from exc
    finally:
        lock.release()
    if safety:
        said = line(
            QT_TRANSLATE_NOOP("cli", "La base de datos anterior quedó guardada en {path}."),
            path=safety,
        )
        print(worded(args.lang, said))
    print(worded(args.lang, line(QT_TRANSLATE_NOOP("cli", "Respaldo restaurado."))))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from alianzas_desktop.storage.backup import check_database
    from alianzas_desktop.storage.pg_check import check_server, is_server

    # A server has no file to check: its revision, guards and issued documents are checked.
    result = check_server(args.db) if is_server(args.db) else check_database(_sqlite_path(args.db))
    if not result.ok:
        raise CommandError(result.message, EXIT_NOT_FOUND)
    if result.problems:
        for problem in result.problems:
            print(spoken(args.lang, problem))
        raise CommandError(
            line(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "La base de datos tiene {count} problema(s) de documentos emitidos; se listan "
                    "arriba.",
                ),
                count=str(len(result.problems)),
            ),
            EXIT_NOT_FOUND,
        )
    print("ok")
    return EXIT_OK


COMMANDS = {
    "bundle": cmd_bundle,
    "keys": cmd_keys,
    "chronology": cli_reports.run_chronology,
    "demo": cmd_demo,
    "list": cmd_list,
    "export": cli_documents.cmd_export,
    "verify": cmd_verify,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "person": cmd_person,
    "print": cli_documents.cmd_print,
    "printers": cli_documents.cmd_printers,
}


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    # The language is known before parsing, so the help and argparse's refusals speak it.
    lang = cli_language.language_from_argv(sys.argv[1:] if argv is None else argv)
    args = cli_language.localize(build_parser(), lang).parse_args(argv)
    args.lang = lang
    # --db is accepted before or after the subcommand; absent means the user's default file.
    if not hasattr(args, "db"):
        args.db = None
    return args


def run_command(args: argparse.Namespace) -> int:
    from alianzas_desktop import settings
    from alianzas_desktop.services.errors import ServiceError
    from alianzas_desktop.storage.database import DatabaseError
    from alianzas_desktop.storage.os_errors import spanish_os_error

    _log_to_file()
    try:
        with settings.speaking(getattr(args, "lang", None)):
            return COMMANDS[args.command](args)
    except (CommandError, ServiceError, DatabaseError, *_backup_errors()) as exc:
        # A service's Message is worded from the translation file; other lines by lookup.
        said = cli_language.worded(getattr(args, "lang", None), exc)
        print(f"alianzas: {one_line(said)}", file=sys.stderr)
        return getattr(exc, "code", EXIT_ERROR)
    except KeyboardInterrupt:
        said = worded(getattr(args, "lang", None), line(QT_TRANSLATE_NOOP("cli", "interrumpido.")))
        print(f"alianzas: {said}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (``| head``) left: nothing more to say, and nothing to say it to.
        sys.stdout = None
        return EXIT_OK
    except OSError as exc:
        logger.exception("Error del sistema")
        print(f"alianzas: {one_line(spanish_os_error(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except Exception:  # the promise: one line, never a traceback
        logger.exception("Error inesperado")
        unexpected = line(
            QT_TRANSLATE_NOOP(
                "cli",
                "error inesperado; no se modificó nada. El detalle quedó en el registro {log} de "
                "la carpeta de datos.",
            ),
            log=LOG_NAME,
        )
        print(f"alianzas: {worded(getattr(args, 'lang', None), unexpected)}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        _close_opened()


def _backup_errors() -> tuple[type[Exception], ...]:
    """BackupError, when the command loaded the backup module: a command that did not (a
    list) cannot have raised one, and starts without importing it."""
    backup = sys.modules.get("alianzas_desktop.storage.backup")
    return (backup.BackupError,) if backup is not None else ()


LOG_NAME = "alianzas-comandos.log"


def _log_to_file() -> None:
    """Details (tracebacks included) go to a log in the data folder, never to the screen."""
    root = logging.getLogger()
    root.handlers.clear()
    root.setLevel(logging.INFO)
    try:
        from alianzas_desktop import paths

        handler: logging.Handler = logging.FileHandler(
            paths.data_dir() / LOG_NAME, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    except OSError:
        handler = logging.NullHandler()
    root.addHandler(handler)
