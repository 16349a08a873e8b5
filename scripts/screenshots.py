"""Take the README's screenshots from the real app on a demo database.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUTPUT_FOLDER]
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

logger = logging.getLogger(__name__)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    folder = tempfile.mkdtemp()
    os.environ["ALIANZAS_DATA_DIR"] = folder
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from alianzas_desktop.services.demo import build_demo
    from alianzas_desktop.storage.database import Database
    from alianzas_desktop.ui.app import create_application
    from alianzas_desktop.ui.main_window import MainWindow
    from tests.factories import nacimiento_data

    app = create_application([])
    db = Database.open(Path(folder) / "demo.sqlite")
    build_demo(db)
    window = MainWindow(db)
    window.resize(1200, 720)
    window.show()
    app.processEvents()
    window.grab().save(str(out / "ventana-principal.png"))

    first = window.selected_alliance_id() or None
    window.open_alliance(first or _first_id(db))
    app.processEvents()
    window.grab().save(str(out / "pagina-alianza.png"))

    from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard

    wizard = NacimientoWizard(db)
    data = nacimiento_data()
    wizard.resize(1100, 720)
    wizard.show()
    app.processEvents()
    wizard.grab().save(str(out / "asistente-datos-basicos.png"))
    wizard.data.__dict__.update(data.__dict__)
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        if hasattr(page, "load"):
            page.load()
    wizard.next()
    app.processEvents()
    wizard.grab().save(str(out / "asistente-socios.png"))
    wizard.next()
    wizard.next()
    app.processEvents()
    wizard.grab().save(str(out / "asistente-compromisos.png"))
    QApplication.processEvents()
    print(f"Capturas guardadas en {out}")


def _first_id(db) -> str:
    from alianzas_desktop.services.alliances import list_alliances

    return list_alliances(db)[0].id


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    main()
