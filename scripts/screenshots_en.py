"""Take the English screenshots (docs/screenshots/en-*.png) from the real app on a demo database.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_en.py [OUTPUT_FOLDER]

The language comes from the same setting the Preferencias dialog writes, in a
throw-away data folder, so the app is started exactly as a facilitator's would be.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

logger = logging.getLogger(__name__)

WIDTH, HEIGHT = 1100, 680  # small PNGs: the README's screenshots are of this size


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    folder = tempfile.mkdtemp()
    os.environ["ALIANZAS_DATA_DIR"] = folder
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from alianzas_desktop import settings

    settings.set_language_choice(settings.ENGLISH)

    from alianzas_desktop.services.alliances import list_alliances
    from alianzas_desktop.services.demo import build_demo
    from alianzas_desktop.storage.database import Database
    from alianzas_desktop.ui.app import create_application
    from alianzas_desktop.ui.main_window import MainWindow
    from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard
    from tests.factories import nacimiento_data

    def save(widget, name: str) -> None:
        widget.grab().save(str(out / name))

    app = create_application([])
    db = Database.open(Path(folder) / "demo.sqlite")
    build_demo(db)
    window = MainWindow(db)
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.processEvents()
    save(window, "en-main-window.png")

    window.open_alliance(list_alliances(db)[0].id)
    app.processEvents()
    save(window, "en-alliance-page.png")

    wizard = NacimientoWizard(db)
    wizard.data.__dict__.update(nacimiento_data().__dict__)
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        if hasattr(page, "load"):
            page.load()
    wizard.resize(WIDTH, HEIGHT)
    wizard.show()
    wizard.next()
    app.processEvents()
    save(wizard, "en-wizard-partners.png")
    wizard.close()
    window.close()
    db.close()
    print(f"Screenshots saved in {out}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    main()
