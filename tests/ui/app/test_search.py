"""The alliance list's search: by partner and by person too, and Ctrl+F from anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from alianzas_desktop.services import nacimiento
from tests.factories import nacimiento_data
from tests.ui.app.conftest import found
from tests.ui.nacimiento.conftest import type_into


def visible_names(window) -> list[str]:
    proxy = window.proxy
    return sorted(proxy.index(row, 0).data() for row in range(proxy.rowCount()))


def retype(qtbot, field, text: str) -> None:
    """Select what the field holds and type over it."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, field, text)
    assert field.text() == text


def found_with_partner(db, name: str, partner: str, representative: str) -> str:
    data = nacimiento_data()
    data.name = name
    data.partners[2].name = partner
    data.partners[2].representative.name = representative
    return nacimiento.found_alliance(db, data)


def test_typing_a_partner_or_a_person_finds_their_alliances(db, window, qtbot):
    found(db, "Alianza Frijol del Páramo", "Sonsón", "Antioquia")
    found_with_partner(db, "Cacao para la Paz", "Asociación Cacaotera ASOCAT", "Edilma Quiñónez")
    window.refresh()
    window.show()
    qtbot.waitExposed(window)

    qtbot.keyClicks(window.search_edit, "asocat")
    assert visible_names(window) == ["Cacao para la Paz"]

    retype(qtbot, window.search_edit, "edilma quinonez")
    assert visible_names(window) == ["Cacao para la Paz"]

    retype(qtbot, window.search_edit, "Alcaldía de Sonsón")
    assert visible_names(window) == ["Alianza Frijol del Páramo", "Cacao para la Paz"]


def test_ctrl_f_on_an_alliance_page_goes_to_the_search(db, window, qtbot):
    alliance_id = found(db, "Agua Limpia Veredal", "Santa Rosa de Osos", "Antioquia")
    window.refresh()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_alliance(alliance_id)
    window.alliance_page.setFocus()
    assert window.stack.currentWidget() is window.alliance_page

    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )

    assert window.stack.currentIndex() == window.LIST
    assert QApplication.focusWidget() is window.search_edit


def test_down_from_the_search_goes_into_the_list_and_enter_opens_the_alliance(
    db, window, qtbot
):
    found(db, "Alianza Frijol del Páramo", "Sonsón", "Antioquia")
    cacao = found_with_partner(db, "Cacao para la Paz", "Asociación Cacaotera ASOCAT", "Edilma")
    found(db, "Café de Montaña", "Jardín", "Antioquia")
    window.refresh()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    retype(qtbot, window.search_edit, "paz")
    assert visible_names(window) == ["Cacao para la Paz"]
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.table
    assert window.selected_alliance_id() == cacao
    assert window.stack.currentIndex() == window.LIST  # Down only moves: nothing opened

    # Enter in the search opens the alliance chosen in the list (the first found if none).
    retype(qtbot, window.search_edit, "cacao")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.alliance_page
    assert window.alliance_page.alliance_id == cacao

    # With nothing found both keys leave the field as it was.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    retype(qtbot, window.search_edit, "ninguna así")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.search_edit
    assert window.stack.currentIndex() == window.LIST
