"""The language the windows speak: Qt translators for the chosen language, and the restart.

Spanish is the source language; English comes from resources/translations/alianzas_en.qm
(built from alianzas_en.ts by scripts/update_translations.py). Switching language
closes the main window and opens it again in the same process (``request_restart``;
ui/app.py ``run`` reopens it), so every screen is built anew with the new translators.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from alianzas_desktop import paths, settings

logger = logging.getLogger(__name__)

# app.exec() returns this when the main window closed to open again in another language.
RESTART_CODE = 2718

LOCALES = {
    settings.SPANISH: QLocale(QLocale.Language.Spanish, QLocale.Country.Colombia),
    # British English keeps the day before the month, as the Spanish dates do.
    settings.ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

# Our own files, installed after Qt's so they are consulted first: for Spanish what
# Qt leaves in English in its file and print dialogs, and Colombian words for Spain's.
OWN_FILES = {
    settings.SPANISH: ("qt_es_CO.qm",),
    settings.ENGLISH: ("alianzas_en.qm",),
}

_installed: list[QTranslator] = []
_current: list[str] = []  # the language last installed


def current_language() -> str:
    """The language the windows speak now ("es" before any translator is installed)."""
    return _current[-1] if _current else settings.SPANISH


def qm_path(language: str):
    """Our compiled translation for ``language`` (built, not kept by hand)."""
    return paths.resource_path("translations", f"alianzas_{language}.qm")


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Qt's own and the app's translators for ``language`` (the setting's when None).

    Translators installed before for another language are removed first, so calling
    this again switches language.
    """
    language = language or settings.language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current[:] = [language]
    locale = LOCALES.get(language, LOCALES[settings.SPANISH])
    QLocale.setDefault(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", qt_folder):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    else:
        logger.warning("No se encontró la traducción de Qt (%s) en %s", language, qt_folder)
    for name in OWN_FILES.get(language, ()):
        own = paths.resource_path("translations", name)
        if not own.exists():
            logger.warning("Falta la traducción %s", own)
            continue
        translator = QTranslator(app)
        if translator.load(str(own)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            logger.warning("No se pudo cargar la traducción %s", own)
    return list(_installed)


def remove_translators(app: QCoreApplication) -> None:
    """Take out every translator installed here (the source Spanish shows again)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current.clear()


def request_restart(window: QWidget) -> bool:
    """Close every window and leave the event loop with RESTART_CODE; False if one refused.

    The main window's close may be refused (a wizard with unsaved work asks first);
    then nothing else closes and the app keeps its language until the next start.
    """
    app = QApplication.instance()
    # Else the last window's close posts a quit that would end the reopened window's loop.
    app.setQuitOnLastWindowClosed(False)
    if not window.close():
        app.setQuitOnLastWindowClosed(True)
        return False
    for other in QApplication.topLevelWidgets():
        if other.isVisible() and other is not window:
            other.close()
    QCoreApplication.exit(RESTART_CODE)
    return True


def count(value: int) -> str:
    """A count as the windows' language writes it: «21.509» in Spanish, «21,509» in English."""
    from alianzas_desktop.domain.formatting import number

    return number(value, current_language())
