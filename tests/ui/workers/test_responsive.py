"""The window keeps answering while slow work runs: backups, erasure with VACUUM, PDFs, checks."""

from __future__ import annotations

import io
import shutil
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from alianzas_desktop.services import personal_data
from alianzas_desktop.storage import backup
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import startup_checks, workers
from alianzas_desktop.ui.dialogs import backup_dialog
from alianzas_desktop.ui.dialogs.backup_dialog import BackupDialog
from alianzas_desktop.ui.people import people_dialog
from alianzas_desktop.ui.people.people_dialog import PeopleDialog
from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog
from tests.ui.user_events import click_row

# Far more than the work needs: a timeout means the loop or the job got stuck.
WAIT_MS = 120_000
MAIN = threading.main_thread()


@pytest.fixture
def open_copy(big_database, tmp_path):
    """The large database, copied so each test may change it, opened as the window opens it."""
    path = tmp_path / "alianzas.sqlite"
    shutil.copy(big_database, path)
    database = Database.open(path)
    yield database
    database.close()


def test_a_job_runs_while_the_loop_turns_and_reports_in_the_window_thread(qtbot, clock):
    gate = threading.Event()
    seen_in: list[bool] = []
    button = QPushButton("Respaldar ahora…")
    qtbot.addWidget(button)

    def work() -> str:
        # Only the window's loop opens the gate: a blocked loop would never finish this job.
        assert gate.wait(timeout=30)
        return "hecho"

    clock.watch(lambda: not gate.is_set())
    QTimer.singleShot(60, gate.set)
    job = workers.start(
        work,
        busy=[button],
        on_finished=lambda _result: seen_in.append(threading.current_thread() is MAIN),
    )
    assert not button.isEnabled()
    with qtbot.waitSignal(job.signals.finished, timeout=WAIT_MS) as blocker:
        pass

    assert blocker.args == ["hecho"]
    assert clock.ticks_while_busy >= 3
    assert seen_in == [True]
    assert button.isEnabled()
    assert QApplication.overrideCursor() is None


def test_a_failing_job_says_why_and_gives_the_buttons_back(qtbot):
    button = QPushButton("Suprimir datos…")
    qtbot.addWidget(button)
    errors: list[BaseException] = []

    def work():
        raise OSError("disco lleno")

    job = workers.start(work, busy=[button], on_failed=errors.append)
    with pytest.raises(OSError, match="disco lleno"):
        workers.wait(job)
    assert [str(e) for e in errors] == ["disco lleno"]
    assert button.isEnabled()


def test_the_window_turns_while_a_large_backup_is_copied_and_verified(
    open_copy, tmp_path, qtbot, clock, monkeypatch
):
    told: list[str] = []
    monkeypatch.setattr(
        backup_dialog, "inform", lambda parent, title, text, warning=False: told.append(title)
    )
    dialog = BackupDialog(open_copy)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "USB" / "respaldo.sqlite"

    clock.watch(lambda: dialog.busy)
    with qtbot.waitSignal(dialog.backed_up, timeout=WAIT_MS) as blocker:
        assert dialog.backup_now(str(target)) is not None
        assert not dialog.backup_now_button.isEnabled()
        assert dialog.busy_row.isVisible()

    assert clock.ticks_while_busy >= 2
    assert blocker.args == [str(target)]
    assert told == ["Respaldo guardado"]
    assert backup.check_database(target).ok
    assert target.stat().st_size > 30_000_000
    assert dialog.backup_now_button.isEnabled()
    assert not dialog.busy_row.isVisible()


def test_the_window_turns_while_an_erasure_rewrites_the_file(open_copy, qtbot, clock, monkeypatch):
    monkeypatch.setattr(people_dialog, "confirm_erasure", lambda parent, name: True)
    monkeypatch.setattr(people_dialog, "inform", lambda *args, **kwargs: None)
    person = next(p for p in personal_data.list_people(open_copy) if not p.erased)
    dialog = PeopleDialog(open_copy)
    qtbot.addWidget(dialog)
    dialog.show()
    click_row(qtbot, dialog.view, dialog.model.row_of_id(person.id))
    assert dialog.selected_person().id == person.id

    clock.watch(lambda: dialog.erasing)
    with qtbot.waitSignal(dialog.person_erased, timeout=WAIT_MS):
        assert dialog.erase() is not None
        assert not dialog.erase_button.isEnabled()
        assert dialog.erase_busy.isVisible()

    assert clock.ticks_while_busy >= 2
    assert dialog.last_erasure.person_id == person.id
    erased = {p.id: p for p in personal_data.list_people(open_copy)}[person.id]
    assert erased.erased
    assert not dialog.erase_busy.isVisible()


def long_pdf(pages: int = 60) -> bytes:
    """A real long document: pages of text, as a long acta or report."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=letter)
    for number in range(1, pages + 1):
        for line in range(48):
            sheet.drawString(54, 740 - line * 14, f"Página {number}, renglón {line + 1}: " * 3)
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def test_the_window_turns_while_a_long_document_is_made_and_drawn(qtbot, clock):
    dialog = DocumentPreviewDialog.building(long_pdf, "Acta larga", "acta.pdf")
    qtbot.addWidget(dialog)
    clock.watch(lambda: dialog.rendering)
    assert dialog.rendering
    assert not dialog.print_button.isEnabled()
    assert dialog.close_button.isEnabled()

    with qtbot.waitSignal(dialog.pages_shown, timeout=WAIT_MS) as blocker:
        dialog.show()

    assert blocker.args == [60]
    assert dialog.page_count == 60
    assert clock.ticks_while_busy >= 2
    assert dialog.print_button.isEnabled()
    assert dialog.page_count_label.text() == "60 páginas"


def test_the_start_up_check_runs_behind_a_busy_box(big_database, qtbot, clock, monkeypatch):
    monkeypatch.setattr(startup_checks, "PROGRESS_DELAY_MS", 0)
    boxes: list[str] = []

    def look() -> None:
        boxes.extend(
            w.labelText()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )

    spy = QTimer()
    spy.timeout.connect(look)
    spy.start(5)
    before = clock.ticks
    # Nothing turns the loop here but the wait for the check: every tick came meanwhile.
    result = startup_checks.check_with_progress(big_database)
    spy.stop()

    assert result.ok
    assert clock.ticks - before >= 2
    assert "Revisando la base de datos…" in boxes


def test_the_people_window_reads_an_office_of_people_a_page_at_a_time(open_copy, qtbot):
    """An office holds about 100,000 people: the window reads the page it shows, and the
    next as the facilitator goes down the list (Ctrl+End), never everyone."""
    import sqlite3

    many = 20_000
    with sqlite3.connect(open_copy.path) as raw:
        raw.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO people (id, full_name, document_number, phone, email, is_minor, "
            "created_at, updated_at) SELECT printf('00000000-0000-4000-8000-%012d', i), "
            "printf('Persona %05d', i), '', '', '', 0, '2026-12-02 08:00:00.000000', "
            "'2026-12-02 08:00:00.000000' FROM n",
            (many,),
        )
    raw.close()
    dialog = PeopleDialog(open_copy)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    everyone = dialog.model.total_count()
    assert everyone > many
    assert dialog.count_label.text() == f"{everyone:,} personas".replace(",", ".")
    first = dialog.model.rowCount()
    assert 0 < first <= 100  # a page, not the office

    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)  # into the list: its first person
    qtbot.keyClick(dialog.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > first)
    assert dialog.model.rowCount() <= 3 * first  # the next page or two
    names = [p.name for p in dialog.model.rows]
    assert len(set(p.id for p in dialog.model.rows)) == len(names)  # no one read twice
    # In order across the pages: «Persona 00001», «Persona 00002», … after the demo's.
    numbered = [n for n in names if n.startswith("Persona ")]
    assert numbered == sorted(numbered) and numbered[0] == "Persona 00001"
