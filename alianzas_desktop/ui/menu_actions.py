"""The main window's menu entries for screens it seldom opens (packages, conflicts,
exchanges, the commitments board, the dashboard, the lessons library).

Each entry is made here and imports its screen when chosen: the screens' modules (and
what they import, such as the bundle services and sync) stay off the start's path.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def _entry(window, text: str, tip: str, open_screen) -> QAction:
    action = QAction(text, window)
    if tip:
        action.setToolTip(tip)
    action.triggered.connect(lambda: open_screen(window))
    return action


def export_action(window) -> QAction:
    """Archivo ▸ Exportar paquete…"""

    def open_screen(window) -> None:
        from alianzas_desktop.ui.dialogs import bundle_export_dialog

        bundle_export_dialog.open_export_dialog(window)

    action = _entry(
        window,
        QCoreApplication.translate("BundleExportDialog", "&Exportar paquete…"),
        QCoreApplication.translate(
            "BundleExportDialog",
            "Llevar alianzas a otro computador o a la oficina en un archivo .alianzas",
        ),
        open_screen,
    )
    window.export_bundle_action = action
    return action


def import_action(window) -> QAction:
    """Archivo ▸ Importar paquete…"""

    def open_screen(window) -> None:
        from alianzas_desktop.ui.dialogs import bundle_import_dialog

        bundle_import_dialog.open_import_dialog(window)

    action = _entry(
        window,
        QCoreApplication.translate("BundleImportDialog", "&Importar paquete…"),
        QCoreApplication.translate(
            "BundleImportDialog",
            "Combinar con esta base los registros de un paquete .alianzas de otro computador",
        ),
        open_screen,
    )
    window.import_bundle_action = action
    return action


def conflicts_action(window) -> QAction:
    """Archivo ▸ Conflictos de sincronización…"""

    def open_screen(window) -> None:
        from alianzas_desktop.ui.dialogs import sync_conflicts_dialog

        sync_conflicts_dialog.open_conflicts_dialog(window)

    action = _entry(
        window,
        QCoreApplication.translate("SyncConflictsDialog", "Con&flictos de sincronización…"),
        QCoreApplication.translate(
            "SyncConflictsDialog",
            "Registros cambiados en dos equipos: elegir, campo por campo, qué valor queda",
        ),
        open_screen,
    )
    window.sync_conflicts_action = action
    return action


def exchanges_action(window) -> QAction:
    """Archivo ▸ Historial de intercambios…"""

    def open_screen(window) -> None:
        from alianzas_desktop.ui.dialogs import exchanges_dialog

        exchanges_dialog.open_exchanges_dialog(window)

    action = _entry(
        window,
        QCoreApplication.translate("ExchangesDialog", "&Historial de intercambios…"),
        "",
        open_screen,
    )
    window.exchanges_action = action
    return action


def board_action(window) -> QAction:
    """Herramientas ▸ Seguimiento de compromisos…: the board across all alliances."""

    def open_screen(window) -> None:
        from alianzas_desktop.ui import commitments_board

        commitments_board.open_board_window(window)

    action = _entry(
        window,
        QCoreApplication.translate("CommitmentsBoard", "Seguimiento de &compromisos…"),
        QCoreApplication.translate(
            "CommitmentsBoard",
            "Los compromisos de todas las alianzas: vencidos, por vencer, por socio, "
            "con su evidencia.",
        ),
        open_screen,
    )
    window.board_action = action
    return action


def dashboard_action(window) -> QAction:
    """Herramientas ▸ Tablero del programa…"""

    def open_screen(window) -> None:
        from alianzas_desktop.ui import dashboard_window

        dashboard_window.open_dashboard_window(window)

    action = _entry(
        window,
        QCoreApplication.translate("Dashboard", "&Tablero del programa…"),
        QCoreApplication.translate(
            "Dashboard",
            "Comparar las alianzas: por fase, área y departamento; compromisos, aportes, salud, "
            "conflictos y evaluaciones; exportar a Excel o CSV.",
        ),
        open_screen,
    )
    window.dashboard_action = action
    return action


def lessons_action(window) -> QAction:
    """Herramientas ▸ Biblioteca de lecciones…"""

    def open_screen(window) -> None:
        from alianzas_desktop.ui.lessons_dialog import LessonsDialog

        LessonsDialog.show_lessons(window._db, window)

    return _entry(
        window,
        QCoreApplication.translate("LessonsDialog", "Biblioteca de &lecciones…"),
        "",
        open_screen,
    )
