"""Take the facilitator's guide screenshots (docs/guia/*.png) from the real app on a demo database.

Usage: QT_QPA_PLATFORM=offscreen python scripts/guide_screenshots.py [OUTPUT_FOLDER]

Each window is built as the app builds it, over a fresh demo database in a temporary data
folder, shown, grabbed and saved as a small PNG (256 colours: the UI is flat colour).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

logger = logging.getLogger(__name__)

# Windows of a size a facilitator's laptop (1366×768) shows whole.
WINDOW = (1024, 640)
DIALOG = (900, 600)
MAX_BYTES = 120 * 1024


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/guia")
    out.mkdir(parents=True, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="alianzas-guia-")
    os.environ["ALIANZAS_DATA_DIR"] = folder
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from alianzas_desktop.services.demo import build_demo
    from alianzas_desktop.storage.database import Database
    from alianzas_desktop.ui.app import create_application

    app = create_application([])
    db_path = Path(folder) / "alianzas.sqlite"
    db = Database.open(db_path)
    build_demo(db)
    shots = Shots(app, out)
    ids = _alliance_ids(db)

    from alianzas_desktop.ui.dialogs.first_start import FirstStartDialog

    shots.take("01-bienvenida.png", FirstStartDialog(), None)

    from alianzas_desktop.ui.main_window import MainWindow

    window = MainWindow(db)
    shots.take("02-ventana-principal.png", window, WINDOW)
    window.open_alliance(ids["Tejedoras de San Jacinto"])
    shots.take("03-pagina-alianza.png", window, WINDOW)

    from alianzas_desktop.ui.wizards.nacimiento.base import PAGE_PARTNERS
    from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard
    from tests.factories import nacimiento_data

    nacimiento = NacimientoWizard(db)
    nacimiento.data.__dict__.update(nacimiento_data().__dict__)
    for page_id in nacimiento.pageIds():
        nacimiento.page(page_id).load()
    shots.show(nacimiento, WINDOW)
    shots.advance(nacimiento, PAGE_PARTNERS)
    shots.take("04-nacimiento-socios.png", nacimiento, WINDOW)
    _discard(nacimiento)

    from alianzas_desktop.ui.wizards.meeting.wizard import MeetingWizard

    meeting = MeetingWizard(db, ids["Agua Limpia para San Jacinto"])
    shots.take("05-sesion-convocatoria.png", meeting, WINDOW)
    _discard(meeting)

    from alianzas_desktop.ui.wizards.puesta_en_marcha.wizard import PuestaEnMarchaWizard

    puesta = PuestaEnMarchaWizard(db, ids["Agua Limpia para San Jacinto"])
    shots.take("06-puesta-en-marcha.png", puesta, WINDOW)
    _discard(puesta)

    from alianzas_desktop.ui.wizards.review.base import PAGE_SCORES
    from alianzas_desktop.ui.wizards.review.wizard import ReviewWizard

    review = ReviewWizard(db, ids["Tejedoras de San Jacinto"])
    shots.show(review, WINDOW)
    shots.advance(review, PAGE_SCORES)
    shots.take("07-revision-periodica.png", review, WINDOW)
    _discard(review)

    from alianzas_desktop.ui.wizards.proyeccion.wizard import ProyeccionWizard

    projection = ProyeccionWizard(db, ids["Justicia Comunitaria en Toribío"])
    shots.take("08-proyeccion.png", projection, WINDOW)
    _discard(projection)

    from alianzas_desktop.ui.wizards.systematization.base import PAGE_CHRONOLOGY
    from alianzas_desktop.ui.wizards.systematization.wizard import SystematizationWizard

    systematization = SystematizationWizard(db, ids["Justicia Comunitaria en Toribío"])
    shots.show(systematization, WINDOW)
    shots.advance(systematization, PAGE_CHRONOLOGY)
    shots.take("09-sistematizacion.png", systematization, WINDOW)
    _discard(systematization)

    code = shots.take_preview(db, ids["Tejedoras de San Jacinto"])

    from alianzas_desktop.ui.dialogs.verify_dialog import VerifyDialog

    verify = VerifyDialog(db)
    verify.code_edit.setText(code)
    verify.verify()
    shots.take("11-verificar.png", verify, (640, 340))

    from alianzas_desktop.storage import backup
    from alianzas_desktop.ui.dialogs.backup_dialog import BackupDialog

    backup.automatic_backup(db_path, "diario")
    shots.take("12-respaldo.png", BackupDialog(db), (760, 440))

    from alianzas_desktop.ui.dialogs.bundle_export_dialog import BundleExportDialog

    shots.take("13-exportar-paquete.png", BundleExportDialog(db), (700, 560))

    from alianzas_desktop.ui.people.people_dialog import PeopleDialog

    people = PeopleDialog(db)
    shots.show(people, (1000, 600))
    people.view.selectRow(0)
    shots.take("14-datos-personales.png", people, (1000, 600))

    from alianzas_desktop.ui.help_window import HelpWindow

    guide = HelpWindow()
    guide.show_section("logicas")
    shots.take("15-guia-metodologia.png", guide, DIALOG)
    print(f"{len(shots.saved)} capturas guardadas en {out}")
    db.close()
    shutil.rmtree(folder, ignore_errors=True)


class Shots:
    """Show a widget, let it settle, grab it and save it small."""

    def __init__(self, app, out: Path):
        self.app = app
        self.out = out
        self.saved: list[Path] = []

    def settle(self, until: Callable[[], bool] | None = None, seconds: float = 0.3) -> None:
        """Process events for ``seconds``, or until ``until()`` holds (at most 20 s)."""
        end = time.monotonic() + (seconds if until is None else 20)
        while time.monotonic() < end and not (until is not None and until()):
            self.app.processEvents()
            time.sleep(0.02)

    def show(self, widget, size: tuple[int, int] | None) -> None:
        """Shown at ``size``, or at its own preferred size when None."""
        if size is None:
            widget.adjustSize()
        else:
            widget.resize(*size)
        widget.show()
        self.settle()

    def advance(self, wizard, page_id: int) -> None:
        """Next until ``page_id``; a page that refuses stops it (the shot says where)."""
        while wizard.currentId() != page_id:
            before = wizard.currentId()
            wizard.next()
            self.settle()
            if wizard.currentId() == before:
                logger.warning("El asistente no pasó de la página %s", before)
                break

    def take(self, name: str, widget, size: tuple[int, int] | None) -> Path:
        if not widget.isVisible():
            self.show(widget, size)
        self.settle()
        image = widget.grab().toImage()
        path = self.out / name
        save_small(image, path)
        self.saved.append(path)
        print(f"{name}: {image.width()}×{image.height()}, {path.stat().st_size // 1024} KB")
        return path

    def take_preview(self, db, alliance_id: str) -> str:
        """The agreement's print preview, as «Ver / Imprimir…» opens it; returns its code."""
        from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
        from alianzas_desktop.services import agreements
        from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog

        version = agreements.list_versions(db, alliance_id)[-1]
        pdf = agreement_pdf_bytes(agreements.document_for_version(db, version.id))
        dialog = DocumentPreviewDialog(
            pdf, f"Acuerdo de compromisos — versión {version.number}", "acuerdo.pdf"
        )
        pages: list[int] = []
        dialog.pages_shown.connect(pages.append)
        self.show(dialog, DIALOG)
        self.settle(until=lambda: bool(pages))
        self.take("10-vista-previa-acuerdo.png", dialog, DIALOG)
        dialog.close()
        return version.verification_code or ""


def save_small(image, path: Path) -> None:
    """256 colours, undithered (text stays sharp); narrower until it fits the budget."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    for scale in (1.0, 0.9, 0.8, 0.7):
        scaled = image
        if scale < 1.0:
            scaled = image.scaledToWidth(
                int(image.width() * scale), Qt.TransformationMode.SmoothTransformation
            )
        flat = scaled.convertToFormat(
            QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.AvoidDither
        )
        flat.save(str(path), "PNG", 0)
        if path.stat().st_size <= MAX_BYTES:
            return


def _discard(wizard) -> None:
    """Close a wizard without keeping its draft (the demo has no use for it)."""
    wizard.hide()
    wizard.deleteLater()


def _alliance_ids(db) -> dict[str, str]:
    from alianzas_desktop.services.alliances import list_alliances

    return {item.name: item.id for item in list_alliances(db)}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    logging.basicConfig(level=logging.WARNING)
    main()
