"""The follow-up screens driven with real events: conflicts, commitments board, phase act,
health in the list and on the page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from alianzas_desktop.domain.folding import fold
from alianzas_desktop.services import alliances, commitment_board, conflicts, phase_changes
from alianzas_desktop.services.commitment_board import BoardFilter
from alianzas_desktop.ui import file_dialogs
from alianzas_desktop.ui.commitments_board import (
    BoardModel,
    BoardWindow,
    FulfilmentModel,
    HistoryModel,
    StatusUpdateDialog,
)
from alianzas_desktop.ui.conflicts_tab import ConflictDialog, ConflictTableModel
from alianzas_desktop.ui.dialogs.phase_dialog import PhaseDialog
from alianzas_desktop.ui.models.alliance_table_model import AllianceTableModel
from tests.ui.held_work import HeldCall, deleted_before_answer
from tests.ui.modal import when_modal
from tests.ui.nacimiento.conftest import type_into
from tests.ui.user_events import (
    choose,
    click_button,
    click_menu_item,
    click_row,
    click_tab_of,
)

CACAO = "Cacao para la Paz"


def _open(window, qtbot, alliance_id):
    window.show()
    qtbot.waitExposed(window)
    window.open_alliance(alliance_id)
    return window.alliance_page


def test_a_critical_incident_recorded_through_the_form_shows_on_page_and_list(
    db, qtbot, window, alliance_ids, qtmodeltester
):
    alliance_id = alliance_ids[CACAO]
    page = _open(window, qtbot, alliance_id)
    assert page.health_banner.critical_label.isHidden()
    click_tab_of(qtbot, page.tabs, page.conflicts_tab)

    def fill(dialog: ConflictDialog) -> None:
        # The guidance beside the form follows the chosen level.
        choose(qtbot, dialog.level_combo, "incidentes_criticos")
        assert "Incidentes críticos" in dialog.guidance.toPlainText()
        # Saving without saying what happened is refused next to the field.
        dialog.description_edit.clear()
        click_button(qtbot, dialog.save_button)
        assert dialog.messages["description"].message == "Escriba qué pasó."
        assert dialog.isVisible()
        type_into(
            qtbot, dialog.description_edit, "El comprador <no> recogió la cosecha & nadie avisó 🌧"
        )
        type_into(qtbot, dialog.parties_edit, "Comercializadora y Cooperativa Ñustes")
        choose(qtbot, dialog.handling_combo, "mediacion_tercero")
        click_button(qtbot, dialog.save_button)

    seen = when_modal(ConflictDialog, fill)
    with qtbot.waitSignal(page.conflicts_tab.conflicts_changed):
        click_button(qtbot, page.conflicts_tab.record_button)
    assert seen

    [stored] = conflicts.list_conflicts(db, alliance_id)
    assert stored.description == "El comprador <no> recogió la cosecha & nadie avisó 🌧"
    assert (stored.level, stored.status, stored.handling) == (
        "incidentes_criticos",
        "abierto",
        "mediacion_tercero",
    )
    qtmodeltester.check(page.conflicts_tab.model)
    row = page.conflicts_tab.model.row_of_id(stored.id)
    assert page.conflicts_tab.model.index(row, ConflictTableModel.LEVEL).data() == (
        "Incidentes críticos"
    )
    # On the page: the reading says it in words, with the badge.
    assert "Rojo" in page.health_banner.title_label.text()
    assert page.health_banner.critical_label.isVisible()
    assert "Un incidente crítico abierto" in page.health_banner.reasons_label.text()
    assert page.conflicts_tab.critical_label.isVisible()
    # In the list (reloaded when the page said the alliance changed).
    model = window.model
    list_row = model.row_of_id(alliance_id)
    cell = model.index(list_row, AllianceTableModel.HEALTH)
    assert cell.data() == "Rojo · 1 incidente crítico"
    assert "Un incidente crítico abierto" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_health_column_lists_its_reasons(db, qtbot, window, alliance_ids, qtmodeltester):
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    model = window.model
    qtmodeltester.check(model)
    assert model.headerData(AllianceTableModel.HEALTH, Qt.Orientation.Horizontal) == "Salud"
    for alliance_id in alliance_ids.values():
        cell = model.index(model.row_of_id(alliance_id), AllianceTableModel.HEALTH)
        # Founded on 02/03/2026 with no session since (over six months: rojo), and the
        # cooperative's commitment fell due on 01/06/2026: said in words, not colour only.
        assert cell.data() == "Rojo"
        reasons = cell.data(Qt.ItemDataRole.ToolTipRole)
        assert "Ninguna sesión con los socios registrada" in reasons
        assert "venció el 01/06/2026" in reasons
        assert cell.data(Qt.ItemDataRole.DecorationRole) is not None


def test_status_update_with_a_note_and_an_evidence_file(
    db, qtbot, window, alliance_ids, tmp_path, monkeypatch, qtmodeltester
):
    alliance_id = alliance_ids[CACAO]
    photo = tmp_path / "entrega de semillas.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(photo))
    page = _open(window, qtbot, alliance_id)
    board = page.commitments_board
    click_tab_of(qtbot, page.tabs, board)
    for model in (board.model, board.fulfilment_model):
        qtmodeltester.check(model)
    proxy = board.view.model()
    target = next(
        r
        for r in range(proxy.rowCount())
        if proxy.index(r, BoardModel.DESCRIPTION).data().startswith("Convocar")
    )
    click_row(qtbot, board.view, target, BoardModel.DESCRIPTION)
    assert board.history_model.rowCount() == 0

    def update(dialog: StatusUpdateDialog) -> None:
        choose(qtbot, dialog.status_combo, "en_curso")
        click_button(qtbot, dialog.save_button)  # no note yet
        assert dialog.messages["note"].message == "Escriba una nota."
        type_into(qtbot, dialog.note_edit, "Ya se convocaron 40 de las 60 familias")
        click_button(qtbot, dialog.add_file_button)
        assert dialog.files_model.stringList() == ["entrega de semillas.jpg"]
        click_button(qtbot, dialog.save_button)

    seen = when_modal(StatusUpdateDialog, update)
    with qtbot.waitSignal(board.commitment_updated):
        click_button(qtbot, board.update_button)
    assert seen

    [row] = commitment_board.board_rows(db, BoardFilter(alliance_id=alliance_id, status="en_curso"))
    assert row.description.startswith("Convocar") and row.evidence_count == 1
    [entry] = commitment_board.commitment_history(db, row.id)
    assert entry.note == "Ya se convocaron 40 de las 60 familias"
    assert commitment_board.evidence_file(db, entry.evidence[0].id).content == photo.read_bytes()
    # The history stays visible under the board, evidence named.
    board = page.commitments_board
    assert board.selected_row().id == row.id
    qtmodeltester.check(board.history_model)
    assert board.history_model.index(0, HistoryModel.CHANGE).data() == "Pendiente → En curso"
    assert board.history_model.index(0, HistoryModel.EVIDENCE).data() == "entrega de semillas.jpg"
    # Fulfilment per partner counts the cooperative's commitments.
    names = [
        board.fulfilment_model.index(r, FulfilmentModel.PARTNER).data()
        for r in range(board.fulfilment_model.rowCount())
    ]
    assert "Cooperativa de Productores de La Loma" in names


def test_the_board_across_alliances_from_the_menu_filters_overdue(
    db, qtbot, window, alliance_ids, monkeypatch
):
    """Every alliance's board reads a page at a time (four here; a hundred in the app), the
    next as the facilitator goes down the list; the count comes from the database."""
    from alianzas_desktop.ui import commitments_board

    monkeypatch.setattr(commitments_board, "PAGE", 4)
    reads: list[dict] = []
    read_rows = commitment_board.board_rows

    def board_rows(*args, **options):  # the real reading, with what it was asked noted
        reads.append(options)
        return read_rows(*args, **options)

    monkeypatch.setattr(commitment_board, "board_rows", board_rows)
    window.show()
    qtbot.waitExposed(window)

    def look(dialog: BoardWindow) -> None:
        try:
            board = dialog.board
            qtbot.waitUntil(lambda: not board.counting)
            assert board.count_label.text() == "9 compromisos"
            assert not board.view.isColumnHidden(BoardModel.ALLIANCE)
            board.view.setFocus()
            qtbot.keyClick(board.view, Qt.Key.Key_Down)

            def to_the_end() -> bool:  # Ctrl+End again until the last commitment is read
                qtbot.keyClick(board.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
                return board.model.rowCount() == 9

            qtbot.waitUntil(to_the_end, timeout=15_000)
            # Read page by page, each after the last row read, in the board's order.
            assert reads[0]["limit"] == 4 and "after" not in reads[0]
            assert len(reads) >= 3 and all(r["limit"] == 4 and r["after"] for r in reads[1:])
            whole = read_rows(db, BoardFilter())
            assert [r.id for r in board.model.rows] == [r.id for r in whole]
            qtbot.waitUntil(lambda: board.partner_combo.count() > 1)  # read in a worker
            click_button(qtbot, board.overdue_check)
            qtbot.waitUntil(lambda: not board.counting)
            assert board.model.rowCount() == 3
            assert all(r.overdue for r in board.model.rows)
            assert board.count_label.text() == "3 compromisos"
            click_button(qtbot, board.due_soon_check)
            assert not board.overdue_check.isChecked()
        finally:
            dialog.reject()

    seen = when_modal(BoardWindow, look)
    click_menu_item(qtbot, window.menuBar(), window.board_action)
    qtbot.waitUntil(lambda: bool(seen))


def test_refusing_the_checklist_confirmation_changes_nothing(db, qtbot, window, alliance_ids):
    alliance_id = alliance_ids[CACAO]
    page = _open(window, qtbot, alliance_id)
    answers: list[str] = []

    def choose_and_write(dialog: PhaseDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.buttons_by_phase["puesta_en_marcha"].isChecked())
        type_into(qtbot, dialog.reason_edit, "Queremos empezar ya")
        answers.append("first")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        # The confirmation was refused: the dialog stays, nothing recorded; then cancel.
        assert dialog.isVisible()
        assert phase_changes.phase_history(db, alliance_id) == []
        dialog.reject()

    def refuse(box: QMessageBox) -> None:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)

    seen = when_modal(PhaseDialog, choose_and_write)
    asked = when_modal(QMessageBox, refuse)
    assert page.change_phase() is False
    assert seen and asked
    assert "El acuerdo de compromisos no se ha emitido ni firmado." in asked[0]
    assert alliances.alliance_detail(db, alliance_id).phase == "nacimiento"


def test_the_timeline_shows_when_each_phase_began(db, qtbot, window, alliance_ids):
    from datetime import date

    alliance_id = alliance_ids[CACAO]
    alliances.move_to_phase(db, alliance_id, "puesta_en_marcha", on=date(2026, 4, 1), reason="Plan")
    page = _open(window, qtbot, alliance_id)
    assert page.timeline.entered_on("puesta_en_marcha") == date(2026, 4, 1)
    assert page.timeline.entered_on("nacimiento") == date(2026, 3, 2)  # its start
    assert "01/04/2026: Nacimiento → Puesta en marcha (Plan)" in page.timeline.toolTip()


def test_an_archived_alliance_shows_its_follow_up_without_changing_it(
    db, qtbot, window, alliance_ids
):
    from alianzas_desktop.services import alliance_changes

    alliance_id = alliance_ids[CACAO]
    alliance_changes.archive_alliance(db, alliance_id)
    page = _open(window, qtbot, alliance_id)
    click_tab_of(qtbot, page.tabs, page.commitments_board)
    board = page.commitments_board
    click_row(qtbot, board.view, 0, BoardModel.DESCRIPTION)
    assert board.model.rowCount() == 3
    assert not board.update_button.isEnabled()
    assert not page.conflicts_tab.record_button.isEnabled()


def test_evidence_opens_from_the_history(db, qtbot, window, alliance_ids, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    alliance_id = alliance_ids[CACAO]
    [row, *_] = commitment_board.board_rows(db, BoardFilter(alliance_id=alliance_id))
    commitment_board.update_status(
        db,
        row.id,
        "cumplido",
        "Acta de entrega firmada",
        evidence=[commitment_board.EvidenceFile("acta de entrega.pdf", b"%PDF-1.4 acta")],
    )
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    page = _open(window, qtbot, alliance_id)
    board = page.commitments_board
    click_tab_of(qtbot, page.tabs, board)
    board.select_commitment(row.id)
    assert not board.evidence_button.isEnabled()
    click_row(qtbot, board.history_view, 0, HistoryModel.NOTE)
    click_button(qtbot, board.evidence_button)
    [path] = opened
    assert path.endswith("acta de entrega.pdf")
    with open(path, "rb") as handle:
        assert handle.read() == b"%PDF-1.4 acta"


def test_an_absurd_phase_change_date_is_refused_beside_the_field(db, qtbot, window, alliance_ids):
    alliance_id = alliance_ids[CACAO]
    page = _open(window, qtbot, alliance_id)
    said: list[str] = []

    def type_old_date(dialog: PhaseDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.buttons_by_phase["consolidacion"].isChecked())
        dialog.date_edit.setFocus()
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.date_edit, "01/01/1850")
        type_into(qtbot, dialog.reason_edit, "Prueba")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        said.append(dialog.messages["on"].message)
        assert dialog.isVisible()
        dialog.reject()

    seen = when_modal(PhaseDialog, type_old_date)
    assert page.change_phase() is False
    assert seen and said == ["La fecha no puede ser anterior al 02/03/2026."]
    assert phase_changes.phase_history(db, alliance_id) == []


def test_closing_the_board_while_it_counts_leaves_nothing_to_fail(
    db, qtbot, alliance_ids, monkeypatch
):
    """The count of every alliance's board comes from a worker: a board closed (and
    deleted) before it comes is not told, instead of a model already gone being filled."""
    held = HeldCall(monkeypatch, commitment_board, "board_summary")
    dialog = BoardWindow(db)
    assert dialog.board.counting
    dialog.reject()
    deleted_before_answer(qtbot, dialog, held)


def test_a_partner_is_chosen_on_the_board_by_typing_part_of_its_name(db, qtbot, alliance_ids):
    """An office's board lists 25,000 partners: typing part of a name in «Socio» offers the
    partners whose name contains it, accents and case aside; Down and Enter choose one and
    the board shows only its commitments. Text that names no partner goes back to the
    choice in force when Tab leaves the field."""
    partners = commitment_board.board_partners(db)
    # A partner named with an accent, found by typing the word without it, in capitals.
    name, organization_id, part = next(
        (name, organization_id, fold(word).upper())
        for name, organization_id in partners
        for word in name.split()
        if not word.isascii() and sum(fold(word) in fold(other) for other, _ in partners) == 1
    )
    dialog = BoardWindow(db)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    board = dialog.board
    edit = board.partner_combo.lineEdit()
    try:
        qtbot.waitUntil(lambda: board.partner_combo.count() == len(partners) + 1)
        qtbot.waitUntil(lambda: not board.counting)
        everything = board.model.rowCount()
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(edit, "#ningun socio")  # no name holds «#»: nothing is offered
        assert edit.hasFocus() and edit.text() == "#ningun socio"
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        assert not edit.hasFocus()
        assert board.partner_combo.currentText() == "Todos"
        assert board.partner_combo.currentData() is None
        assert board.model.rowCount() == everything

        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(edit, part)
        popup = board.partner_combo.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        assert popup.model().rowCount() == 1
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: board.partner_combo.currentData() == organization_id)
        qtbot.waitUntil(lambda: not board.counting)
        assert board.partner_combo.currentText() == name
        assert {row.organization_id for row in board.model.rows} == {organization_id}
        expected = commitment_board.board_rows(db, BoardFilter(organization_id=organization_id))
        assert expected and [r.id for r in board.model.rows] == [r.id for r in expected]
    finally:
        dialog.reject()
