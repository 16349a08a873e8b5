"""The command line in Spanish or English: which one to speak, and its lines in English.

Spanish is the source: ``cli.py`` and its helpers write their help and messages
in Spanish. When the command line speaks English (``--lang en``, or the language
chosen in the settings, which follows the system when asked to), the parser's
help is swapped for the English lines below and argparse keeps its own English
words; messages are looked up here, whole or by pattern, and a message without
an English line is shown as it was written. A refusal the services or the domain
raise as a ``domain.i18n.Message`` is worded from the English translation file
(resources/translations/alianzas_en.ts, read without Qt), its arguments included.
"""

from __future__ import annotations

import argparse
import logging
import re
import types
from collections.abc import Sequence
from typing import NoReturn

from alianzas_desktop.domain import i18n
from alianzas_desktop.translations import app_translations

logger = logging.getLogger(__name__)

SPANISH = "es"
ENGLISH = "en"
LANGUAGES = (SPANISH, ENGLISH)
OPTION = "--lang"
# The context of the lines the command line prints: ``line(QT_TRANSLATE_NOOP("cli", "…"), …)``.
CLI = "cli"

HELP_EN: dict[str, str] = {
    "Alianzas: acompañamiento de alianzas público-privadas-sociedad civil.": (
        "Alianzas: support for public-private-civil society alliances."
    ),
    "base de datos: archivo SQLite o URL de SQLAlchemy (por defecto, la del usuario)": (
        "database: SQLite file or SQLAlchemy URL (by default, the user's)"
    ),
    "idioma de mensajes y documentos (por defecto, el elegido en la aplicación)": (
        "language of the messages and documents (by default, the one chosen in the app)"
    ),
    "muestra esta ayuda y termina": "show this help message and exit",
    "muestra la versión y termina": "show the version and exit",
    "crea una base de datos de demostración": "create a demonstration database",
    "lista registros": "list records",
    "exporta un documento en PDF": "export a document as PDF",
    "imprime un documento en una impresora (CUPS)": "print a document on a printer (CUPS)",
    "lista las impresoras de este equipo (CUPS)": "list this computer's printers (CUPS)",
    "paquetes (.alianzas) para llevar registros entre equipos y la oficina": (
        "bundles (.alianzas) to carry records between laptops and the office"
    ),
    "claves de cifrado: la de este equipo y la de la oficina": (
        "encryption keys: this computer's and the office's"
    ),
    "la cronología de una alianza, armada de lo que registra la aplicación": (
        "an alliance's chronology, built from what the application records"
    ),
    "copia de respaldo": "backup copy",
    "restaura un respaldo (respalda antes el actual)": (
        "restore a backup (backing up the current one first)"
    ),
    "verifica la integridad": "check integrity",
    "datos personales de una persona (Ley 1581 de 2012)": (
        "a person's personal data (Law 1581 of 2012)"
    ),
    "identifica el documento de un código de verificación o del texto de su QR": (
        "identify the document of a verification code or of its QR text"
    ),
    "solo los registros de esta alianza": "only this alliance's records",
    "salida en JSON": "JSON output",
    "solo los compromisos vencidos (commitments)": "only overdue commitments (commitments)",
    "buscar en las lecciones (lessons)": "search the lessons (lessons)",
    "alianza (para agreement, workplan, systematization y profile)": (
        "alliance (for agreement, workplan, systematization and profile)"
    ),
    "sesión (para minutes y attendance-sheet)": "meeting (for minutes and attendance-sheet)",
    "versión (por defecto, la última)": "version (by default, the latest)",
    "tamaño del papel (carta por defecto)": "paper size (letter by default)",
    "evaluación (para evaluation)": "evaluation (for evaluation)",
    "archivo PDF de salida": "output PDF file",
    "agreement (acuerdo) | minutes (acta) | attendance-sheet (planilla de asistencia)": (
        "agreement | minutes | attendance-sheet"
    ),
    "impresora (vea «alianzas printers»)": "printer (see “alianzas printers”)",
    "copias (1 por defecto)": "copies (1 by default)",
    "exporta todas las alianzas o las indicadas": "export every alliance or the ones given",
    "importa un paquete y combina sus registros": "import a bundle and merge its records",
    "muestra el manifiesto y los conteos de un paquete, sin base de datos": (
        "show a bundle's manifest and counts, without a database"
    ),
    "archivo del paquete": "bundle file",
    "solo esta alianza (puede repetirse)": "only this alliance (may be repeated)",
    "cifra el paquete con la contraseña de este archivo": (
        "encrypt the bundle with the password in this file"
    ),
    "cifra el paquete para esta clave pública (la de la oficina): solo su clave privada lo abre": (
        "encrypt the bundle for this public key (the office's): only its private key opens it"
    ),
    "contraseña con la que se cifró el paquete": "password the bundle was encrypted with",
    "clave privada que abre un paquete cifrado para una clave (sin ella, la de este equipo)": (
        "private key that opens a bundle encrypted for a key (without it, this computer's)"
    ),
    "solo muestra lo que haría; no cambia nada": "only show what it would do; change nothing",
    "escribe la clave pública de este equipo (la oficina la reparte a los equipos)": (
        "write this computer's public key (the office hands it to the laptops)"
    ),
    "instala la clave pública de la oficina: los paquetes podrán cifrarse para ella": (
        "install the office's public key: bundles can then be encrypted for it"
    ),
    "incluye los hitos ocultos en la sistematización": (
        "include the milestones hidden in the systematization"
    ),
    "restaura aunque devuelva a borrador documentos emitidos después del respaldo": (
        "restore even if documents issued after the backup go back to draft"
    ),
    "archivo del reporte (PDF, o JSON si termina en .json)": (
        "report file (PDF, or JSON if it ends in .json)"
    ),
    "el código impreso o el texto del QR": "the printed code or the QR's text",
}

# Document names in the help of export and print.
_DOCUMENT_NAMES_EN = {
    "acuerdo": "agreement of commitments",
    "acta": "minutes",
    "planilla de asistencia": "attendance sheet",
    "informe de evaluación": "evaluation report",
    "plan de trabajo": "work plan",
    "informe de sistematización": "systematization report",
    "ficha de la alianza": "alliance profile",
    "tablero del programa, .xlsx o .csv": "programme dashboard, .xlsx or .csv",
}

METAVARS_EN = {
    "ACCIÓN": "ACTION",
    "ARCHIVO": "FILE",
    "CLAVE.pem": "KEY.pem",
    "CLAVE_PRIVADA": "PRIVATE_KEY",
    "CLAVE_PUBLICA": "PUBLIC_KEY",
    "CLAVE_PUBLICA.pem": "PUBLIC_KEY.pem",
    "COMANDO": "COMMAND",
    "CÓDIGO": "CODE",
    "DOCUMENTO": "DOCUMENT",
    "NOMBRE": "NAME",
    "PAQUETE.alianzas": "BUNDLE.alianzas",
    "QUÉ": "WHAT",
    "RESPALDO.sqlite": "BACKUP.sqlite",
    "RUTA_O_URL": "PATH_OR_URL",
    "SALIDA.alianzas": "OUTPUT.alianzas",
    "SALIDA.pdf": "OUTPUT.pdf",
    "SALIDA.pdf|.json": "OUTPUT.pdf|.json",
    "SALIDA.sqlite": "OUTPUT.sqlite",
    "TEXTO": "TEXT",
}

# Plain Spanish lines the services still hand over (not yet Messages): whole lines first,
# then patterns (their groups are the user's values). The command line's own lines are
# Messages of context "cli" (``line``), whose English is in the translation file.
MESSAGES_EN: dict[str, str] = {
    "No existe esa sesión.": "There is no such meeting.",
    "No existe esa alianza.": "There is no such alliance.",
    "La alianza no tiene acuerdo de compromisos.": "The alliance has no agreement of commitments.",
    "La sesión aún no está cerrada: su acta no tiene número todavía.": (
        "The meeting is not closed yet: its minutes have no number."
    ),
}

PATTERNS_EN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(spanish, re.DOTALL), english)
    for spanish, english in (
        (r"^El acuerdo no tiene versión (\d+)\.$", r"The agreement has no version \1."),
    )
)


def language_from_argv(argv: Sequence[str] | None, default: str | None = None) -> str:
    """The language asked for on the command line (``--lang en`` or ``--lang=en``),
    else ``default``, else the one chosen in the settings. Read before parsing, so the
    help and the parser's own errors already speak it."""
    words = list(argv or [])
    for index, word in enumerate(words):
        if word == "--":
            break
        if word == OPTION and index + 1 < len(words):
            if words[index + 1] in LANGUAGES:
                return words[index + 1]
        elif word.startswith(OPTION + "=") and word.split("=", 1)[1] in LANGUAGES:
            return word.split("=", 1)[1]
    if default in LANGUAGES:
        return default
    return chosen_language()


def chosen_language() -> str:
    """The settings' language (which follows the system when asked to); Spanish if unreadable."""
    try:
        from alianzas_desktop import settings

        found = settings.language()
    except Exception:  # a damaged settings file never stops a command
        logger.warning("No se pudo leer el idioma elegido; la línea de comandos habla español")
        return SPANISH
    return found if found in LANGUAGES else SPANISH


def english(text: str) -> str:
    """A Spanish CLI line in English: whole, by pattern, or as it was."""
    found = MESSAGES_EN.get(text)
    if found:
        return found
    for pattern, replacement in PATTERNS_EN:
        if pattern.match(text):
            return pattern.sub(replacement, text)
    return text


def say(lang: str | None, text: str) -> str:
    """``text`` (Spanish) in ``lang``."""
    return english(text) if lang == ENGLISH else text


def translate_en(context: str, text: str) -> str:
    """The English of a marked Spanish text (as Qt's translate would give it), "" if none."""
    return app_translations(ENGLISH).get((context, text), "")


def line(template: str, /, **args: object) -> i18n.Message:
    """A line the command line prints or refuses with: ``template`` is a
    ``QT_TRANSLATE_NOOP("cli", "…")`` literal (its English lives in the translation file),
    ``args`` its values. Counts are passed as text, so Spanish prints them as it always did."""
    return i18n.Message(CLI, template, args)


def worded(lang: str | None, text: object) -> str:
    """A message (a Message, or an error raised with one) in ``lang``: a Message from the
    translation file, with its arguments; any other text through ``say``."""
    found = i18n.message_of(text)
    if found is not None:
        return found.words(ENGLISH, translate_en) if lang == ENGLISH else str(found)
    return say(lang, " ".join(str(text).split()))  # looked up as the one line it is shown as


def spoken(lang: str | None, text: object) -> str:
    """A line a service hands the command line to print (a verdict, a problem found): a
    Message worded in ``lang``; plain text looked up whole, its line breaks kept."""
    if i18n.message_of(text) is not None:
        return worded(lang, text)
    return say(lang, str(text))


def label(lang: str | None, text: str) -> str:
    """A vocabulary label (a phase, a status, a level) in ``lang``."""
    if lang != ENGLISH:
        return text
    return translate_en("vocabulary", text) or text


def _help_en(text: str) -> str:
    found = HELP_EN.get(text)
    if found is not None:
        return found

    # "agreement (acuerdo) | minutes (acta) | …": the document names in English.
    def name(match: re.Match[str]) -> str:
        command, spanish = match.group(1), match.group(2)
        english_name = _DOCUMENT_NAMES_EN.get(spanish, spanish)
        return command if english_name == command else f"{command} ({english_name})"

    return re.sub(r"([\w-]+) \(([^()]*)\)", name, text)


_GROUP_TITLES_EN = {"argumentos": "positional arguments", "opciones": "options"}


def _english_error(self: argparse.ArgumentParser, message: str) -> NoReturn:
    from alianzas_desktop.cli import EXIT_ERROR, one_line

    self.exit(EXIT_ERROR, f"{self.prog}: error: {one_line(message)}\n")


def localize(parser: argparse.ArgumentParser, lang: str) -> argparse.ArgumentParser:
    """The parser (and its subcommands) speaking ``lang``; Spanish is how it was built."""
    if lang != ENGLISH:
        return parser
    seen: set[int] = set()

    def walk(current: argparse.ArgumentParser) -> None:
        if id(current) in seen:
            return
        seen.add(id(current))
        current.formatter_class = argparse.HelpFormatter
        for group in current._action_groups:  # a parent parser's groups are copied by title
            group.title = _GROUP_TITLES_EN.get(group.title or "", group.title)
        current.error = types.MethodType(_english_error, current)  # type: ignore[method-assign]
        if current.description:
            current.description = _help_en(current.description)
        for action in current._actions:
            if action.help and action.help != argparse.SUPPRESS:
                action.help = _help_en(action.help)
            if isinstance(action.metavar, str):
                action.metavar = METAVARS_EN.get(action.metavar, action.metavar)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        choice.help = _help_en(choice.help)
                for sub in action.choices.values():
                    walk(sub)

    walk(parser)
    return parser
