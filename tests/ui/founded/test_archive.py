"""Archiving an alliance from its page, finding it with «Mostrar archivadas», restoring it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from alianzas_desktop.services import alliances
from tests.ui.founded.conftest import click
from tests.ui.user_events import click_menu_item


def test_archive_hides_restore_brings_back(db, qtbot, issued_alliance, monkeypatch):
    from alianzas_desktop.ui.main_window import MainWindow
    from tests.ui.app.conftest import found

    other = found(db, "Cacao para la Paz", "Tumaco", "Nariño")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.Yes),
    )
    window.open_alliance(issued_alliance)
    page = window.alliance_page

    click(qtbot, page.archive_button)

    assert "No se borra nada" in asked[0]
    assert window.stack.currentIndex() == window.LIST
    assert [row.id for row in window.model.rows] == [other]
    assert alliances.alliance_detail(db, issued_alliance).name == "Alianza Frijol del Páramo"

    click_menu_item(qtbot, window.menuBar(), window.show_archived_action)

    names = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    assert "Alianza Frijol del Páramo (archivada)" in names
    window.open_alliance(issued_alliance)
    assert page.archived_bar.isVisible()
    assert not page.edit_button.isEnabled() and not page.add_partner_button.isEnabled()

    with qtbot.waitSignal(page.alliance_changed):
        click(qtbot, page.restore_button)

    assert not page.archived_bar.isVisible()
    assert page.edit_button.isEnabled()
    click_menu_item(qtbot, window.menuBar(), window.show_archived_action)
    assert {row.id for row in window.model.rows} == {issued_alliance, other}
    assert not any(row.archived for row in window.model.rows)


def test_declining_the_question_archives_nothing(db, qtbot, page, issued_alliance, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No),
    )
    click(qtbot, page.archive_button)
    assert asked
    assert not page.archived_bar.isVisible()
    assert [row.id for row in alliances.list_alliances(db)] == [issued_alliance]


def test_with_every_alliance_archived_the_list_says_where_they_are(
    db, qtbot, issued_alliance, monkeypatch
):
    from alianzas_desktop.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    window.open_alliance(issued_alliance)

    click(qtbot, window.alliance_page.archive_button)

    # Not the welcome for a first alliance: the list, saying where the archived one is.
    assert window.stack.currentIndex() == window.LIST
    assert window.model.rowCount() == 0
    assert "1 archivada (Alianza ▸ Mostrar archivadas)" in window.count_label.text()
    click_menu_item(qtbot, window.menuBar(), window.show_archived_action)
    assert window.model.rowCount() == 1
    assert "archivadas" not in window.count_label.text()
