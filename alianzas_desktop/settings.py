"""The user's preferences on this laptop (language, and more later), kept in ajustes.json.

No Qt here: the CLI and documents/ read the chosen language too. The UI asks
Qt for nothing either: ``language()`` resolves "Según el sistema" from the
environment, the same way for the window, the CLI and the documents.
"""

from __future__ import annotations

import json
import locale
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alianzas_desktop import paths
from alianzas_desktop.files import replace_durably

logger = logging.getLogger(__name__)

FILE_NAME = "ajustes.json"

SPANISH = "es"
ENGLISH = "en"
SYSTEM = "system"  # follow the laptop's language
LANGUAGES = (SPANISH, ENGLISH)  # what the app speaks; Spanish is the source
LANGUAGE_CHOICES = (SPANISH, ENGLISH, SYSTEM)
DEFAULT_LANGUAGE = SPANISH

LANGUAGE_KEY = "idioma"


def _file() -> Path:
    return paths.data_dir() / FILE_NAME


def load_settings() -> dict[str, Any]:
    """Every stored preference; an empty dict when the file is missing or unreadable."""
    path = _file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        logger.warning("Ajustes ilegibles en %s; se usan los de fábrica", path)
        return {}
    if not isinstance(data, dict):
        logger.warning("Ajustes ilegibles en %s; se usan los de fábrica", path)
        return {}
    return data


def value(key: str, default: Any = None) -> Any:
    """One stored preference, or ``default`` when it was never set."""
    return load_settings().get(key, default)


def set_value(key: str, new_value: Any) -> None:
    """Store one preference, keeping the others (written whole, durably)."""
    data = load_settings()
    data[key] = new_value
    path = _file()
    partial = path.with_suffix(".tmp")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    replace_durably(partial, path)


def language_choice() -> str:
    """What the user chose: "es", "en" or "system" (Spanish until they choose)."""
    choice = value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return choice if choice in LANGUAGE_CHOICES else DEFAULT_LANGUAGE


def set_language_choice(choice: str) -> None:
    if choice not in LANGUAGE_CHOICES:
        raise ValueError(f"unknown language choice {choice!r}")
    set_value(LANGUAGE_KEY, choice)


# The language a command was told to speak (``alianzas --lang en …``), while it runs.
_spoken: list[str] = []


@contextmanager
def speaking(lang: str | None) -> Iterator[None]:
    """Within the block, ``language()`` is ``lang`` (when given): what a command issues or
    closes records it, and a document issued there reprints in it."""
    if lang not in LANGUAGES:
        yield
        return
    _spoken.append(lang)
    try:
        yield
    finally:
        _spoken.pop()


def language() -> str:
    """The language to speak now: "es" or "en" (the choice, or the system's when asked)."""
    if _spoken:
        return _spoken[-1]
    choice = language_choice()
    if choice == SYSTEM:
        return system_language()
    return choice


def system_language() -> str:
    """The laptop's language when the app speaks it, otherwise Spanish."""
    code = _system_language_code()
    short = code.split("_")[0].split("-")[0].lower() if code else ""
    return short if short in LANGUAGES else DEFAULT_LANGUAGE


def _system_language_code() -> str:
    # The POSIX order of precedence for messages; LANGUAGE may list several ("en:es").
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        found = os.environ.get(variable, "").split(":")[0]
        if found and found not in ("C", "POSIX") and not found.startswith("C."):
            return found
    if sys.platform == "win32":
        try:
            import ctypes

            lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
            return locale.windows_locale.get(lcid, "")
        except (AttributeError, OSError):
            return ""
    return locale.getlocale()[0] or ""


# How the windows look (ui/appearance.py applies them).
TEXT_SIZE_KEY = "tamano_texto"  # percent of the system's text size
TEXT_SIZES = (100, 125, 150)
DEFAULT_TEXT_SIZE = 100

THEME_KEY = "tema"
THEME_SYSTEM = "system"  # follow the laptop's light or dark theme
THEME_LIGHT = "light"
THEME_DARK = "dark"
THEMES = (THEME_SYSTEM, THEME_LIGHT, THEME_DARK)


def text_size() -> int:
    """The chosen text size in percent (100 until the user chooses)."""
    size = value(TEXT_SIZE_KEY, DEFAULT_TEXT_SIZE)
    return size if size in TEXT_SIZES else DEFAULT_TEXT_SIZE


def set_text_size(percent: int) -> None:
    if percent not in TEXT_SIZES:
        raise ValueError(f"unknown text size {percent!r}")
    set_value(TEXT_SIZE_KEY, percent)


def theme() -> str:
    """ "system", "light" or "dark" (the laptop's theme until the user chooses)."""
    choice = value(THEME_KEY, THEME_SYSTEM)
    return choice if choice in THEMES else THEME_SYSTEM


def set_theme(choice: str) -> None:
    if choice not in THEMES:
        raise ValueError(f"unknown theme {choice!r}")
    set_value(THEME_KEY, choice)
