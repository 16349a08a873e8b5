"""Start-up of the desktop app: QApplication, Spanish translators, database, main window.

Only what the first window needs is imported here: reportlab, alembic and
pypdfium2 load later, when a document is printed or the schema must change.
"""

from __future__ import annotations

import gc
import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

# The start's imports and first window make a few million objects and next to no garbage
# cycles: Python's collector, which would walk them again and again, waits until these
# imports are done (and while the first window is built, ``_collector_paused``). On the
# office database that is about 0.5 s of a 4 s start, for the same peak memory.
_COLLECTING = gc.isenabled()
gc.disable()

from PySide6.QtCore import QLocale, QTimer, QTranslator  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from alianzas_desktop import __version__, paths  # noqa: E402
from alianzas_desktop.ui import appearance, language, startup_checks  # noqa: E402
from alianzas_desktop.ui.widgets import accessibility  # noqa: E402

if _COLLECTING:
    gc.enable()

logger = logging.getLogger(__name__)

ORGANIZATION = "Alianzas"
APPLICATION = "Alianzas"
LOCALE = QLocale(QLocale.Language.Spanish, QLocale.Country.Colombia)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists), named, with icon and Spanish locale."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    icon = paths.resource_path("icons", "alianzas.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    QLocale.setDefault(LOCALE)
    install_translators(app)
    appearance.apply_saved(app)  # text size and light or dark theme (Preferencias)
    accessibility.install(app)  # every input named for screen readers as it is shown
    return app


def install_translators(app: QApplication) -> list[QTranslator]:
    """Qt's own and the app's translators for the chosen language (settings.py).

    Spanish: qtbase_es (Siguiente, Atrás, Cancelar…) and qt_es_CO; English: qtbase_en and
    alianzas_en. Calling it again switches language (ui/language.py).
    """
    return language.install_translators(app)


def open_main_window(db_target: str | None):
    """Open the database and show the main window; None when the database cannot open.

    Kept apart from the event loop so start-up time can be measured.
    """
    with _collector_paused():
        from alianzas_desktop.services import document_signing
        from alianzas_desktop.ui.damage_route import DamageRoute
        from alianzas_desktop.ui.main_window import MainWindow

    started = time.perf_counter()
    # Damage, newer schema and removable drives are checked before anything writes.
    outcome = startup_checks.open_checked(db_target)
    if outcome.db is None:
        return None
    with _collector_paused():
        window = MainWindow(outcome.db)
    document_signing.ensure_installation_key()  # the QR of what this laptop prints is signed
    # Damage SQLite reports later, while working, goes to the same dialog as at start-up.
    window.damage_route = DamageRoute(window)
    window.show()
    window.startup_outcome = outcome
    window.startup_warnings = startup_checks.show_warnings(window, outcome.warnings)
    # A large file's full check and daily copy run now, writes held until it has passed.
    window.deferred_check = None
    if outcome.deferred_check is not None:
        window.deferred_check = startup_checks.DeferredCheck(
            outcome.db, outcome.deferred_check, window
        )
    _keep_start_objects()
    # What the first alliance page opened would otherwise wait for (once the window is drawn:
    # work nobody asked for waits until the event loop is idle, ``workers.start``).
    start_warm_up()
    window.startup_seconds = time.perf_counter() - started
    logger.info("Ventana principal lista en %.2f s", window.startup_seconds)
    return window


# The alliance page and the tabs it builds at once (their modules import wizards and services).
_FIRST_PAGE_MODULES = (
    "alianzas_desktop.ui.alliance_page",
    "alianzas_desktop.ui.alliance_followup",
    "alianzas_desktop.ui.conflicts_tab",
    "alianzas_desktop.ui.evaluations_tab",
    "alianzas_desktop.ui.systematization_tab",
    "alianzas_desktop.ui.wizards.proyeccion.launch",
    "alianzas_desktop.ui.wizards.puesta_en_marcha.launch",
)


def warm_up() -> None:
    """What the first alliance page opened in a session waits for, done beforehand: its
    modules imported, SQLAlchemy's mappers configured (about 0.5 s under the profiler on
    the office's database) and Babel's date and number data for the language in use read
    (0.35 s for the long dates). Nothing here touches a widget or the database."""
    import datetime
    import importlib

    from babel.dates import format_date
    from babel.numbers import format_currency
    from sqlalchemy.orm import configure_mappers

    from alianzas_desktop.domain import formatting

    for module in _FIRST_PAGE_MODULES:
        importlib.import_module(module)

    configure_mappers()
    locale = formatting.LOCALES.get(language.current_language(), formatting.LOCALE)
    someday = datetime.date(2000, 1, 1)  # not a date shown: the formatting caches stay as they are
    format_date(someday, format="long", locale=locale)
    format_currency(1, "COP", locale=locale)


def start_warm_up():
    """``warm_up`` in the thread pool (the window keeps answering); the job."""
    from alianzas_desktop.ui import workers

    return workers.start(warm_up, name="preparar la primera alianza", cursor=False)


_frozen = False


def _keep_start_objects() -> None:
    """The start's objects (modules, the window, the list) live as long as the app: once the
    first window is built, Python's collector stops walking them at each full collection
    (70–150 ms pauses while typing in the office's search). Once per process: a later
    window's garbage is left to the collector (``run`` gives them back on a restart)."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's garbage collector off for a burst of allocations, as it was afterwards."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def run(db_target: str | None = None) -> int:
    """Run the desktop app until its window closes; the process exit code.

    A change of language (Preferencias) ends the window with language.RESTART_CODE: it
    opens again on the same database, every screen built with the new translators.
    """
    app = create_application()
    while True:
        code, db_target = _run_main_window(app, db_target)
        if code != language.RESTART_CODE:
            return code
        app.setQuitOnLastWindowClosed(True)
        gc.unfreeze()  # the old window's objects may be collected again
        install_translators(app)


def _run_main_window(app: QApplication, db_target: str | None) -> tuple[int, str | None]:
    """One main window's life: (exit code, the database it had open at the end)."""
    window = open_main_window(db_target)
    if window is None:
        return 1, db_target
    from alianzas_desktop.ui.dialogs.first_start import ensure_profile

    if not ensure_profile(window):  # the first time: who records, before anything is recorded
        window.close()
        window.db.close()
        return 0, db_target
    # Asked once the window is on screen, so the question has a parent to sit on.
    QTimer.singleShot(0, window.offer_resume_draft)
    previous_hook = startup_checks.install_error_hook(lambda: window)
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
    path = window.db.path
    window.db.close()
    window.deleteLater()
    return code, (str(path) if path is not None else db_target)
