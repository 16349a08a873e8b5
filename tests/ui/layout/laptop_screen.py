"""Every window and dialog on a 1366×728 screen: its frame fits and its buttons can be reached.

Run by test_windows_fit.py in a process whose offscreen screen is 1366×728 (the screen of
a pytest process cannot change once the QApplication exists); it skips on any other screen.
Set ALIANZAS_LAYOUT_PICTURES to a folder to keep a picture of each window.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QPushButton,
    QTabWidget,
    QWidget,
    QWizard,
)

from alianzas_desktop.services import drafts, meetings, nacimiento
from alianzas_desktop.ui.widgets.window_fit import FRAME_ALLOWANCE
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting
from tests.ui.layout.conftest import LAPTOP_HEIGHT, LAPTOP_WIDTH


@pytest.fixture(autouse=True)
def _laptop_screen():
    QApplication.instance() or QApplication([])
    size = QGuiApplication.primaryScreen().availableGeometry().size()
    if size != QSize(LAPTOP_WIDTH, LAPTOP_HEIGHT):
        pytest.skip(f"la pantalla es {size.width()}×{size.height()}, no 1366×728")


def _in_scrolled_content(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's content, a button may be scrolled away by design."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and (
            parent is parent.parentWidget().viewport()
        ):
            return True
        parent = parent.parentWidget()
    return False


def visible_buttons(window: QWidget) -> list[QPushButton]:
    return [
        b
        for b in window.findChildren(QPushButton)
        if b.isVisible() and b.window() is window and not _in_scrolled_content(b, window)
    ]


def assert_fits(qtbot, window: QWidget, label: str) -> None:
    """The frame (with a real title bar) is on the screen and every button is fully shown."""
    if not window.isVisible():
        window.show()
        qtbot.waitExposed(window)
    QApplication.processEvents()
    area = window.screen().availableGeometry()
    assert area.size() == QSize(LAPTOP_WIDTH, LAPTOP_HEIGHT)
    frame = window.frameGeometry()
    assert frame.width() <= LAPTOP_WIDTH and frame.height() <= LAPTOP_HEIGHT, (
        f"{label}: marco {frame.width()}×{frame.height()}"
    )
    assert area.contains(frame), f"{label}: marco {frame.getRect()} fuera de {area.getRect()}"
    # Offscreen frames are 2 px thick: a real title bar and borders must fit as well.
    with_title_bar = QRect(
        frame.topLeft(),
        window.size().grownBy(FRAME_ALLOWANCE),
    )
    assert area.contains(with_title_bar), (
        f"{label}: con barra de título {with_title_bar.getRect()} fuera de {area.getRect()}"
    )
    shown = window.rect()
    buttons = visible_buttons(window)
    for button in buttons:
        where = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        assert shown.contains(where), f"{label}: botón «{button.text()}» en {where.getRect()}"
        unclipped = button.visibleRegion().boundingRect()
        assert unclipped == button.rect(), (
            f"{label}: botón «{button.text()}» recortado ({unclipped.getRect()})"
        )
    pictures = os.environ.get("ALIANZAS_LAYOUT_PICTURES")
    if pictures:
        name = "".join(c if c.isalnum() else "-" for c in label)
        window.grab().save(str(Path(pictures) / f"{name}.png"))


def each_tab(tabs: QTabWidget):
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield tabs.tabText(index)


@pytest.fixture
def founded(db) -> str:
    """An alliance with the partners the meeting factories name."""
    return nacimiento.found_alliance(db, nacimiento_data())


@pytest.fixture
def main_window(db, qtbot, demo_ids, monkeypatch):
    """The main window over the demo; the windows opened over it are closed before it."""
    from alianzas_desktop.ui.main_window import MainWindow
    from alianzas_desktop.ui.wizards.drafting import KEEP, DraftingWizard

    monkeypatch.setattr(DraftingWizard, "_ask_keep_draft", lambda _self: KEEP)
    window = MainWindow(db)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for child in window.findChildren(QWidget):
        if child.isWindow():
            child.close()
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def test_main_window_and_every_tab_of_an_alliance(qtbot, main_window, demo_ids):
    assert_fits(qtbot, main_window, "ventana principal")
    main_window.open_alliance(demo_ids[0])
    page = main_window.alliance_page
    for tab in each_tab(page.tabs):
        assert_fits(qtbot, main_window, f"alianza {tab}")


def test_nacimiento_wizard_every_page(db, qtbot, main_window):
    from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard

    draft_id = drafts.save_draft(
        db,
        NacimientoWizard.DRAFT_KIND,
        nacimiento_data().to_dict(),
        page=NacimientoWizard.LAST_PAGE,
        title="Alianza",
    )
    wizard = NacimientoWizard(db, draft_id, parent=main_window)
    _walk_back(qtbot, wizard, "nacimiento")


def test_meeting_wizard_every_page(db, qtbot, main_window, founded):
    from alianzas_desktop.ui.wizards.meeting.wizard import MeetingWizard

    data = hold_meeting(convened_meeting(db, founded), meetings.alliance_partners(db, founded))
    draft_id = drafts.save_draft(
        db,
        MeetingWizard.DRAFT_KIND,
        data.to_dict(),
        page=MeetingWizard.LAST_PAGE,
        title="Sesión",
        subject_id=founded,
    )
    wizard = MeetingWizard(db, founded, draft_id=draft_id, parent=main_window)
    _walk_back(qtbot, wizard, "sesion")


def _walk_back(qtbot, wizard: QWizard, label: str) -> None:
    assert wizard.currentId() == wizard.LAST_PAGE, "el borrador no llegó a la última página"
    while True:
        assert_fits(qtbot, wizard, f"{label} pagina {wizard.currentId()}")
        if wizard.currentId() == wizard.FIRST_PAGE:
            break
        wizard.back()


def test_document_preview_of_a_long_agreement_with_its_issue_button(db, qtbot, main_window):
    from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
    from alianzas_desktop.services import agreements, alliances
    from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog

    alliance_id = main_window.model.row_at(0).id
    version = alliances.alliance_detail(db, alliance_id).versions[-1]
    pdf = agreement_pdf_bytes(agreements.document_for_version(db, version.id))
    dialog = DocumentPreviewDialog(
        pdf, "Acuerdo de compromisos", "acuerdo.pdf", main_window, note="Este es un borrador. " * 8
    )
    issue = dialog.add_action_button("Emitir e imprimir…")
    assert_fits(qtbot, dialog, "vista previa")
    assert issue in visible_buttons(dialog)


def test_the_dialogs_of_the_main_window(db, qtbot, main_window, demo_ids, founded, tmp_path):
    from alianzas_desktop.storage import backup
    from alianzas_desktop.ui.dialogs.addendum_dialog import AddendumDialog
    from alianzas_desktop.ui.dialogs.backup_dialog import BackupDialog
    from alianzas_desktop.ui.dialogs.commitments_dialog import CommitmentsDialog
    from alianzas_desktop.ui.dialogs.damaged_database_dialog import DamagedDatabaseDialog
    from alianzas_desktop.ui.dialogs.drafts_dialog import DraftsDialog
    from alianzas_desktop.ui.dialogs.phase_dialog import PhaseDialog
    from alianzas_desktop.ui.dialogs.profile_dialog import ProfileDialog
    from alianzas_desktop.ui.dialogs.record_history_dialog import RecordHistoryDialog
    from alianzas_desktop.ui.dialogs.sign_acta_dialog import SignActaDialog
    from alianzas_desktop.ui.dialogs.sign_version_dialog import SignVersionDialog
    from alianzas_desktop.ui.dialogs.signature_dialog import SignatureDialog
    from alianzas_desktop.ui.dialogs.verify_dialog import VerifyDialog
    from alianzas_desktop.ui.people.forms import (
        AuthorizationDialog,
        ContactDialog,
        ContactValue,
        RequestDialog,
    )
    from alianzas_desktop.ui.people.people_dialog import PeopleDialog
    from alianzas_desktop.ui.wizards.meeting.attendee_dialog import AttendeeDialog

    for _ in range(12):
        backup.automatic_backup(db.path, "diario")
    good = backup.list_backups(db.path.stem)[0]
    commitment = next(c for a in demo_ids for c in _commitments(db, a))
    meeting_id = _closed_meeting(db, founded)
    partners = meetings.alliance_partners(db, founded)
    people = [(p.id, p.name) for p in _people(db)]
    long_path = tmp_path / ("carpeta con un nombre largo " * 4) / "alianzas.sqlite"
    dialogs = {
        "respaldo": BackupDialog(db, main_window),
        "personas": PeopleDialog(db, main_window),
        "compromisos": CommitmentsDialog(db, demo_ids[0], main_window),
        "historial": RecordHistoryDialog(
            db, commitment, "Compromiso", is_commitment=True, parent=main_window
        ),
        "fe de erratas": AddendumDialog(3, main_window),
        "firmas": SignatureDialog(db, meeting_id, main_window),
        "acta firmada": SignActaDialog(3, date(2026, 11, 20), main_window),
        "version firmada": SignVersionDialog(2, main_window),
        "perfil": ProfileDialog(parent=main_window),
        "base danada": DamagedDatabaseDialog(long_path, "La base de datos está dañada.", good),
        "base danada sin respaldo": DamagedDatabaseDialog(long_path, "Dañada.", None),
        "asistente": AttendeeDialog(partners, parent=main_window),
        "autorizacion": AuthorizationDialog("Luz Dary Ñustes", main_window),
        "contacto": ContactDialog(
            ContactValue("Luz Dary Ñustes", "43123456", "3001234567", "luz@example.org"),
            True,
            main_window,
        ),
        "solicitud": RequestDialog(db, people[0][0], main_window),
        "borradores": DraftsDialog(db, main_window),
        "verificar": VerifyDialog(db, main_window),
        "fase": PhaseDialog(db, demo_ids[0], main_window),
    }
    for label, dialog in dialogs.items():
        if dialog.parentWidget() is None:
            qtbot.addWidget(dialog)
        assert_fits(qtbot, dialog, label)
        tabs = dialog.findChildren(QTabWidget)
        for tab_widget in tabs:
            for tab in each_tab(tab_widget):
                assert_fits(qtbot, dialog, f"{label} {tab}")
        dialog.close()


def _commitments(db, alliance_id: str) -> list[str]:
    from alianzas_desktop.services import alliances

    return [c.id for c in alliances.alliance_detail(db, alliance_id).commitments]


def _people(db):
    from alianzas_desktop.services import personal_data

    return personal_data.list_people(db)


def _closed_meeting(db, alliance_id: str) -> str:
    data = hold_meeting(
        convened_meeting(db, alliance_id), meetings.alliance_partners(db, alliance_id)
    )
    return meetings.close_meeting(db, data, None)
