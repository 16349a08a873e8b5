"""The coordinator's dashboard on screen: tables and bars from the service, filters typed,
the XLSX exported from its button opens with openpyxl."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from alianzas_desktop.domain.vocabulary import Phase
from alianzas_desktop.services import dashboard, demo
from alianzas_desktop.ui.dashboard_window import DashboardTableModel, DashboardWindow
from tests.ui.held_work import HeldCall, deleted_before_answer
from tests.ui.nacimiento.conftest import type_date
from tests.ui.user_events import choose

TODAY = date(2026, 11, 30)


@pytest.fixture
def window(qtbot, db, monkeypatch, tmp_path):
    demo.build_demo(db, TODAY)
    monkeypatch.setattr(
        DashboardWindow, "_choose_path", lambda _self, suffix: str(tmp_path / f"tablero{suffix}")
    )
    widget = DashboardWindow(db)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.board is not None)  # built in a worker
    return widget


def test_tables_bars_filters_and_export(qtbot, db, window, tmp_path, qtmodeltester):
    assert window.tabs.count() == 9
    pane = window.tabs.widget(0)
    qtmodeltester.check(pane.model)
    labels = [pane.model.index(r, 0).data() for r in range(pane.model.rowCount())]
    assert labels == [p.label for p in Phase]
    assert sum(v for _l, v in pane.chart.rows) == window.board.alliances == 5
    window.grab().save(str(tmp_path / "tablero.png"))

    departamento = window.board.table("departamento").rows[0][0]
    choose(qtbot, window.departamento_combo, departamento)
    type_date(qtbot, window.to_edit, date(2026, 12, 31))
    with qtbot.waitSignal(window.dashboard_loaded) as loaded:
        qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    assert loaded.args[0].filters.departamento == departamento
    assert loaded.args[0].alliances == window.board.table("departamento").rows[0][1]

    with qtbot.waitSignal(window.exported) as exported:
        qtbot.mouseClick(window.xlsx_button, Qt.MouseButton.LeftButton)
    book = load_workbook(exported.args[0])
    phases = list(book["Alianzas por fase"].iter_rows(min_row=2, values_only=True))
    assert sum(r[1] for r in phases) == loaded.args[0].alliances


def test_an_unreadable_date_is_said_and_nothing_reloads(qtbot, window):
    before = window.board
    window.from_edit.setFocus()
    qtbot.keyClicks(window.from_edit, "31/02/2026")
    qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    assert window.board is before
    assert window.from_message.message


def test_money_and_dates_read_the_colombian_way():
    from alianzas_desktop.services.dashboard import DashboardTable

    table = DashboardTable(
        "t",
        "T",
        ("Sector", "Valor estimado (pesos)", "Fecha", "Promedio"),
        (("Público", 1_500_000, date(2026, 3, 2), 3.5),),
    )
    model = DashboardTableModel(table)
    shown = [model.index(0, c).data() for c in range(4)]
    assert shown[1].replace("\xa0", " ") == "$ 1.500.000"
    assert shown[2] == "02/03/2026"
    assert shown[3] == "3,5"


def test_the_window_shows_at_once_and_its_tables_come_from_a_worker(qtbot, db, monkeypatch):
    """An office's dashboard takes 1–2 s to build (200,000 commitments summed): the window
    is on screen meanwhile, says so, and keeps its buttons off until the tables come."""
    demo.build_demo(db, TODAY)
    held = HeldCall(monkeypatch, dashboard, "build_dashboard")
    widget = DashboardWindow(db)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.board is None and widget.tabs.count() == 0
    assert widget.summary_label.text() == "Calculando el tablero…"
    assert not widget.apply_button.isEnabled() and not widget.xlsx_button.isEnabled()
    with qtbot.waitSignal(widget.dashboard_loaded) as loaded:
        held.release.set()
    assert loaded.args[0].alliances == 5 and widget.board is loaded.args[0]
    assert widget.tabs.count() == 9
    assert widget.summary_label.text().startswith("5 alianzas con estos filtros")
    assert widget.apply_button.isEnabled() and widget.xlsx_button.isEnabled()


def test_closing_the_dashboard_while_it_is_built_leaves_nothing_to_fail(qtbot, db, monkeypatch):
    """The window closed (and deleted) before its worker reports is not filled afterwards."""
    held = HeldCall(monkeypatch, dashboard, "build_dashboard")
    widget = DashboardWindow(db)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.mouseClick(widget.close_button, Qt.MouseButton.LeftButton)
    assert not widget.isVisible()
    deleted_before_answer(qtbot, widget, held)
