"""Every button of an alliance page has an Alt+letter, unique among what is on screen."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton

from alianzas_desktop.ui.widgets.keyboard import mnemonic_of
from tests.ui.user_events import click_tab


def letters_on_screen(window) -> list[tuple[str, str]]:
    menus = [(mnemonic_of(a.text()), a.text()) for a in window.menuBar().actions()]
    buttons = [
        b for b in window.alliance_page.findChildren(QAbstractButton) if b.isVisibleTo(window)
    ]
    # «← Alianzas» is reached with Alt+← (Alianza ▸ Volver a la lista), not a letter.
    return menus + [
        (mnemonic_of(b.text()), b.text()) for b in buttons if b.text() and b.text()[0] != "←"
    ]


def test_each_tab_has_unique_alt_letters_for_every_button(db, alliance_ids, window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.open_alliance(alliance_ids["Cacao para la Paz"])
    page = window.alliance_page
    for index in range(page.tabs.count()):
        click_tab(qtbot, page.tabs, index)
        seen = letters_on_screen(window)
        missing = [text for letter, text in seen if not letter and re.search(r"\w", text)]
        assert missing == [], f"{page.tabs.tabText(index)}: sin Alt+letra: {missing}"
        letters = [letter for letter, _text in seen]
        repeated = {letter for letter in letters if letters.count(letter) > 1}
        assert not repeated, f"{page.tabs.tabText(index)}: repetidas {repeated} en {seen}"
