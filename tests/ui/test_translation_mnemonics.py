"""In English too, the Alt+letters on show are unique on every page of every wizard.

The letters are the translator's choice (resources/translations/alianzas_en.ts); a
translation that gives two fields of one page the same letter fails here.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from alianzas_desktop.services import nacimiento
from alianzas_desktop.ui import language
from alianzas_desktop.ui.widgets.keyboard import mnemonic_of
from tests.factories import nacimiento_data


@pytest.fixture
def english(qapp):
    locale = QLocale()
    language.install_translators(qapp, "en")
    yield
    language.remove_translators(qapp)
    QLocale.setDefault(locale)


def clashes_on_show(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if mnemonic_of(text):
            found.append((mnemonic_of(text).casefold(), text))
    counts = Counter(letter for letter, _text in found)
    return sorted(text for letter, text in found if counts[letter] > 1)


def _wizards(db, alliance_id):
    from alianzas_desktop.ui.wizards.meeting.wizard import MeetingWizard
    from alianzas_desktop.ui.wizards.nacimiento.wizard import NacimientoWizard
    from alianzas_desktop.ui.wizards.proyeccion.wizard import ProyeccionWizard
    from alianzas_desktop.ui.wizards.puesta_en_marcha.wizard import PuestaEnMarchaWizard
    from alianzas_desktop.ui.wizards.review.wizard import ReviewWizard
    from alianzas_desktop.ui.wizards.systematization.wizard import SystematizationWizard

    yield NacimientoWizard(db)
    for cls in (
        MeetingWizard,
        PuestaEnMarchaWizard,
        ReviewWizard,
        ProyeccionWizard,
        SystematizationWizard,
    ):
        yield cls(db, alliance_id)


def test_every_wizard_page_has_unique_alt_letters_in_english(db, qtbot, english):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    seen = {}
    for wizard in _wizards(db, alliance_id):
        qtbot.addWidget(wizard)
        wizard.show()
        for page_id in wizard.pageIds():
            # Each page shown in turn (the wizard's own order needs each page valid).
            for other in wizard.pageIds():
                wizard.page(other).setVisible(other == page_id)
            seen[f"{type(wizard).__name__} {page_id}"] = clashes_on_show(wizard)
        wizard.hide()
    assert len(seen) >= 25
    assert {page: clash for page, clash in seen.items() if clash} == {}
    assert seen["NacimientoWizard 0"] == []
