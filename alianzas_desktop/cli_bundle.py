"""`alianzas bundle export | import | inspect` and `alianzas keys export-public | install-office`:
bundles between laptops and the office, and the office's key.

Wired into ``cli.py`` by ``add_bundle_commands(commands, common)`` and ``"bundle": cmd_bundle``;
``add_keys_commands(commands, common)`` and ``"keys": cmd_keys``.
Exit codes of ``import``: 0 applied or nothing to do, 3 conflicts wait for a decision,
1 refused (one Spanish line on stderr; the database unchanged).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import datetime
from pathlib import Path

from alianzas_desktop.cli_language import line, worded
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, message_of

logger = logging.getLogger(__name__)

EXIT_REFUSED = 1
EXIT_CONFLICTS = 3
MAX_PASSPHRASE_BYTES = 4096


def add_bundle_commands(commands, common: argparse.ArgumentParser | None = None) -> None:
    """Add `bundle` and its three actions to the CLI's subparsers (``common`` holds --db)."""
    from alianzas_desktop.cli import SpanishArgumentParser

    parents = [common] if common is not None else []
    bundle = commands.add_parser(
        "bundle",
        parents=parents,
        help="paquetes (.alianzas) para llevar registros entre equipos y la oficina",
    )
    actions = bundle.add_subparsers(
        dest="bundle_action", metavar="ACCIÓN", parser_class=SpanishArgumentParser
    )
    actions.required = True
    export = actions.add_parser(
        "export", parents=parents, help="exporta todas las alianzas o las indicadas"
    )
    export.add_argument(
        "-o", "--output", required=True, metavar="SALIDA.alianzas", help="archivo del paquete"
    )
    export.add_argument(
        "--alliance", action="append", metavar="ID", help="solo esta alianza (puede repetirse)"
    )
    secret = _passphrase_argument(export, "cifra el paquete con la contraseña de este archivo")
    secret.add_argument(
        "--recipient",
        metavar="CLAVE_PUBLICA",
        help="cifra el paquete para esta clave pública (la de la oficina): solo su clave "
        "privada lo abre",
    )

    importing = actions.add_parser(
        "import", parents=parents, help="importa un paquete y combina sus registros"
    )
    importing.add_argument("bundle", metavar="PAQUETE.alianzas")
    _key_argument(_passphrase_argument(importing, "contraseña con la que se cifró el paquete"))
    importing.add_argument(
        "--dry-run", action="store_true", help="solo muestra lo que haría; no cambia nada"
    )
    importing.add_argument("--json", action="store_true", help="salida en JSON")

    inspect = actions.add_parser(
        "inspect", help="muestra el manifiesto y los conteos de un paquete, sin base de datos"
    )
    inspect.add_argument("bundle", metavar="PAQUETE.alianzas")
    _key_argument(_passphrase_argument(inspect, "contraseña con la que se cifró el paquete"))
    inspect.add_argument("--json", action="store_true", help="salida en JSON")


def _passphrase_argument(parser: argparse.ArgumentParser, text: str):
    """--passphrase-file, in a group whose options exclude each other (one way to encrypt)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--passphrase-file", metavar="ARCHIVO", help=text)
    return group


def _key_argument(group) -> None:
    group.add_argument(
        "--key",
        metavar="CLAVE_PRIVADA",
        help="clave privada que abre un paquete cifrado para una clave (sin ella, la de este "
        "equipo)",
    )


def _passphrase(args: argparse.Namespace) -> str | None:
    from alianzas_desktop.cli import CommandError

    if not args.passphrase_file:
        return None
    path = Path(args.passphrase_file)
    try:
        # A passphrase is a line: a device (/dev/zero) or a huge file is not one, and reading
        # it whole would never end.
        if not path.is_file() or path.stat().st_size > MAX_PASSPHRASE_BYTES:
            raise CommandError(
                line(
                    QT_TRANSLATE_NOOP(
                        "cli", "El archivo de la contraseña no es un archivo de texto corto: {path}"
                    ),
                    path=path,
                ),
                EXIT_REFUSED,
            )
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(
            line(
                QT_TRANSLATE_NOOP("cli", "No se pudo leer el archivo de la contraseña: {path}"),
                path=path,
            ),
            EXIT_REFUSED,
        ) from exc
    passphrase = text.rstrip("\r\n")
    if not passphrase:
        raise CommandError(
            line(
                QT_TRANSLATE_NOOP("cli", "El archivo de la contraseña está vacío: {path}"),
                path=path,
            ),
            EXIT_REFUSED,
        )
    return passphrase


# What a path that names a folder or a device is told (after the path) when a file is written.
NOT_A_FILE = QT_TRANSLATE_NOOP("cli", "no es un archivo: indique un archivo nuevo o uno existente")


def _writable_target(output: Path, refuse_non_file) -> Path:
    """A file this command may write, checked before anything is made: the installation's keys
    are created the first time an export needs them, and a refused target must write nothing."""
    from alianzas_desktop.cli import CommandError

    refuse_non_file(output, NOT_A_FILE)
    if not output.parent.is_dir():
        raise CommandError(
            line(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "No existe la carpeta {folder}: indique una carpeta que exista. "
                    "No se escribió nada.",
                ),
                folder=output.parent,
            ),
            EXIT_REFUSED,
        )
    return output


def cmd_bundle(args: argparse.Namespace) -> int:
    """Every refusal becomes exit 1 with one Spanish line."""
    from alianzas_desktop.cli import CommandError
    from alianzas_desktop.services.errors import ServiceError
    from alianzas_desktop.storage.database import DatabaseError

    handlers = {"export": _export, "import": _import, "inspect": _inspect}
    try:
        return handlers[args.bundle_action](args)
    except (ServiceError, DatabaseError) as exc:
        raise CommandError(message_of(exc) or str(exc), EXIT_REFUSED) from exc


def _export(args: argparse.Namespace) -> int:
    from alianzas_desktop.cli import _open_database, _output_path, _refuse_non_file
    from alianzas_desktop.services.bundles import export_bundle

    output = _writable_target(_output_path(args.output), _refuse_non_file)
    passphrase = _passphrase(args)
    db = _open_database(args.db, write=True)
    try:
        recipient = Path(args.recipient) if args.recipient else None
        summary = export_bundle(db, output, args.alliance, passphrase, recipient)
    finally:
        db.close()
    counts = {
        "alliances": str(summary.counts.get("alliances", 0)),
        "records": str(sum(summary.counts.values())),
        "attachments": str(summary.attachments),
    }
    if summary.recipient:
        said = line(
            QT_TRANSLATE_NOOP(
                "cli",
                "Paquete cifrado para la clave {key} guardado en {path}: {alliances} alianza(s), "
                "{records} registros y {attachments} archivo(s) adjunto(s).",
            ),
            key=summary.recipient,
            path=output,
            **counts,
        )
    elif summary.encrypted:
        said = line(
            QT_TRANSLATE_NOOP(
                "cli",
                "Paquete cifrado guardado en {path}: {alliances} alianza(s), {records} registros "
                "y {attachments} archivo(s) adjunto(s).",
            ),
            path=output,
            **counts,
        )
    else:
        said = line(
            QT_TRANSLATE_NOOP(
                "cli",
                "Paquete guardado en {path}: {alliances} alianza(s), {records} registros y "
                "{attachments} archivo(s) adjunto(s).",
            ),
            path=output,
            **counts,
        )
    print(worded(getattr(args, "lang", None), said))
    return 0


def _import(args: argparse.Namespace) -> int:
    from alianzas_desktop.cli import _open_database
    from alianzas_desktop.services.bundles import import_bundle, preview_import

    passphrase = _passphrase(args)
    key = Path(args.key) if args.key else None
    # A new laptop may start from a bundle: importing into a file not yet there creates it.
    db = _open_database(args.db, must_exist=False, write=not args.dry_run)
    try:
        if args.dry_run:
            summary = preview_import(db, Path(args.bundle), passphrase, key)
        else:
            summary = import_bundle(db, Path(args.bundle), passphrase, key)
    finally:
        db.close()
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(_describe_import(summary, getattr(args, "lang", None)))
    return EXIT_CONFLICTS if summary.conflicts else 0


def _when(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return moment.strftime("%d/%m/%Y %H:%M UTC")


def _describe_import(summary, lang: str | None = None) -> str:
    def said(template: str, count: int | None = None, **args: object) -> None:
        if count is not None:
            args["count"] = str(count)
        lines.append(worded(lang, line(template, **args)))

    lines: list[str] = []
    if summary.facilitator:
        said(
            QT_TRANSLATE_NOOP("cli", "Paquete de {who} (equipo {device}), creado el {when}."),
            who=summary.facilitator,
            device=summary.device_id[:8],
            when=_when(summary.created_at),
        )
    else:
        said(
            QT_TRANSLATE_NOOP(
                "cli", "Paquete de sin nombre de facilitador (equipo {device}), creado el {when}."
            ),
            device=summary.device_id[:8],
            when=_when(summary.created_at),
        )
    if summary.dry_run:
        said(QT_TRANSLATE_NOOP("cli", "Simulación: no se aplicó nada."))
    said(
        QT_TRANSLATE_NOOP(
            "cli", "Agregados: {added}. Actualizados: {updated}. En conflicto: {conflicts}."
        ),
        added=str(summary.added),
        updated=str(summary.updated),
        conflicts=str(summary.conflicts),
    )
    if summary.deleted:
        said(
            QT_TRANSLATE_NOOP("cli", "Eliminados (los eliminó el otro equipo): {count}."),
            summary.deleted,
        )
    if summary.refused_deletions:
        said(
            QT_TRANSLATE_NOOP(
                "cli",
                "Eliminaciones rechazadas (documentos emitidos o cerrados, no se borran): {count}.",
            ),
            summary.refused_deletions,
        )
    if summary.waiting:
        said(
            QT_TRANSLATE_NOOP(
                "cli", "En espera (pertenecen a registros eliminados aquí): {count}."
            ),
            summary.waiting,
        )
    if summary.frozen_different:
        said(
            QT_TRANSLATE_NOOP(
                "cli",
                "Documentos congelados distintos con el mismo identificador (no se tocaron): "
                "{count}.",
            ),
            summary.frozen_different,
        )
    if summary.erasures:
        said(
            QT_TRANSLATE_NOOP("cli", "Personas suprimidas en el otro equipo y aquí: {count}."),
            summary.erasures,
        )
    if summary.kept_erased:
        said(
            QT_TRANSLATE_NOOP(
                "cli", "Datos de personas suprimidas aquí que no se recibieron: {count}."
            ),
            summary.kept_erased,
        )
    if summary.conflicts:
        said(
            QT_TRANSLATE_NOOP(
                "cli", "Los conflictos esperan que alguien elija, campo por campo, qué valor queda."
            )
        )
    if not summary.dry_run and not summary.applied:
        said(QT_TRANSLATE_NOOP("cli", "No había nada nuevo: no se cambió nada."))
    if summary.backup:
        said(QT_TRANSLATE_NOOP("cli", "Respaldo previo: {path}."), path=summary.backup)
    return "\n".join(lines)


def _inspect(args: argparse.Namespace) -> int:
    from alianzas_desktop.services.bundles import inspect_bundle

    key = Path(args.key) if args.key else None
    info = inspect_bundle(Path(args.bundle), _passphrase(args), key)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    lang = getattr(args, "lang", None)

    def say(template: str, **values: object) -> None:
        print(worded(lang, line(template, **values)))

    say(
        QT_TRANSLATE_NOOP("cli", "Paquete {bundle} (formato {format}, Alianzas {version})"),
        bundle=info["bundle_id"],
        format=str(info["format_version"]),
        version=info["app_version"],
    )
    where = {"device": info["device_id"], "when": _when(info["created_at"])}
    if info["facilitator"]:
        say(
            QT_TRANSLATE_NOOP("cli", "Exportado por {who}, equipo {device}, el {when}."),
            who=info["facilitator"],
            **where,
        )
    else:
        say(
            QT_TRANSLATE_NOOP(
                "cli", "Exportado por sin nombre de facilitador, equipo {device}, el {when}."
            ),
            **where,
        )
    chosen = info["alliances"]
    if chosen is None:
        say(QT_TRANSLATE_NOOP("cli", "Alianzas: todas."))
    else:
        say(QT_TRANSLATE_NOOP("cli", "Alianzas elegidas: {count}."), count=str(len(chosen)))
    for table, count in sorted(info["counts"].items()):
        print(f"  {table}: {count}")  # the tables' own names, as the manifest and --json say
    say(QT_TRANSLATE_NOOP("cli", "Archivos adjuntos: {count}"), count=str(info["attachments"]))
    return 0


# -- keys ----------------------------------------------------------------------------------


def add_keys_commands(commands, common: argparse.ArgumentParser | None = None) -> None:
    """Add `keys export-public` and `keys install-office` (``common`` holds --db)."""
    from alianzas_desktop.cli import SpanishArgumentParser

    parents = [common] if common is not None else []
    keys = commands.add_parser(
        "keys",
        parents=parents,
        help="claves de cifrado: la de este equipo y la de la oficina",
    )
    actions = keys.add_subparsers(
        dest="keys_action", metavar="ACCIÓN", parser_class=SpanishArgumentParser
    )
    actions.required = True
    export = actions.add_parser(
        "export-public",
        parents=parents,
        help="escribe la clave pública de este equipo (la oficina la reparte a los equipos)",
    )
    export.add_argument("-o", "--output", required=True, metavar="CLAVE.pem")
    install = actions.add_parser(
        "install-office",
        parents=parents,
        help="instala la clave pública de la oficina: los paquetes podrán cifrarse para ella",
    )
    install.add_argument("key", metavar="CLAVE_PUBLICA.pem")


def cmd_keys(args: argparse.Namespace) -> int:
    """The keys are files in the data folder, whatever --db says; refusals exit 1."""
    from alianzas_desktop.cli import CommandError, _output_path, _refuse_non_file
    from alianzas_desktop.services.bundles import export_public_key, install_office_key
    from alianzas_desktop.services.errors import ServiceError

    try:
        if args.keys_action == "export-public":
            output = _writable_target(_output_path(args.output), _refuse_non_file)
            info = export_public_key(output)
            said = line(
                QT_TRANSLATE_NOOP(
                    "cli", "Clave pública de este equipo ({key}) guardada en {path}."
                ),
                key=info.key_id,
                path=info.path,
            )
        else:
            info = install_office_key(Path(args.key))
            said = line(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Clave de la oficina ({key}) instalada: los paquetes pueden cifrarse para "
                    "ella.",
                ),
                key=info.key_id,
            )
        print(worded(getattr(args, "lang", None), said))
    except ServiceError as exc:
        raise CommandError(message_of(exc) or str(exc), EXIT_REFUSED) from exc
    return 0


def main(argv: list[str] | None = None) -> int:
    """`alianzas bundle …` and `alianzas keys …` on their own (tests, and until cli.py wires
    them)."""
    from alianzas_desktop.cli import EXIT_ERROR, CommandError, SpanishArgumentParser, one_line

    common = SpanishArgumentParser(add_help=False)
    common.add_argument("--db", metavar="RUTA_O_URL", default=argparse.SUPPRESS)
    parser = SpanishArgumentParser(prog="alianzas", parents=[common])
    commands = parser.add_subparsers(
        dest="command", metavar="COMANDO", parser_class=SpanishArgumentParser
    )
    commands.required = True
    add_bundle_commands(commands, common)
    add_keys_commands(commands, common)
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    try:
        return cmd_keys(args) if args.command == "keys" else cmd_bundle(args)
    except CommandError as exc:
        print(f"alianzas: {one_line(worded(getattr(args, 'lang', None), exc))}", file=sys.stderr)
        return getattr(exc, "code", EXIT_ERROR)
