"""The lessons library: from Herramientas, searched without minding accents and filtered; from
the Nacimiento wizard's first page, opened on the area chosen; and the alliance page's tab."""

from __future__ import annotations

from datetime import date

import pytest

from alianzas_desktop.domain.systematization import LessonEntry
from alianzas_desktop.services import nacimiento, systematization
from alianzas_desktop.ui.lessons_dialog import LessonsDialog, LessonTableModel
from tests.factories import nacimiento_data
from tests.ui.nacimiento.conftest import type_into
from tests.ui.user_events import choose, click_button, click_menu_item, click_tab_of

TODAY = date(2026, 11, 30)


def systematize(db, name: str, area: str, texts: list[str]) -> str:
    spec = nacimiento_data()
    spec.name, spec.area = name, area
    alliance_id = nacimiento.found_alliance(db, spec)
    data = systematization.load_systematization(db, alliance_id)
    data.participants, data.purpose, data.central_axis = "Socios", "Aprender", "Eje"
    data.period_to = TODAY
    data.reflection = {"valor:confianza": "Sí"}
    data.conclusions = "Conclusión"
    data.lessons = [LessonEntry(what_happened=t, tags="mercados") for t in texts]
    systematization.save_systematization(db, data, TODAY)
    return alliance_id


@pytest.fixture
def library(db):
    return {
        "cacao": systematize(
            db, "Cacao para la Paz", "productividad", ["La comercialización asociativa", "Otra"]
        ),
        "justicia": systematize(
            db, "Justicia en Toribío", "acceso_justicia", ["Conciliadores de la vereda"]
        ),
    }


@pytest.fixture
def opened(monkeypatch) -> list[LessonsDialog]:
    shown: list[LessonsDialog] = []

    def fake_exec(self):
        shown.append(self)
        self.show()  # shown, not modal: the test types into it
        return 0

    monkeypatch.setattr(LessonsDialog, "exec", fake_exec)
    return shown


def rows(dialog) -> list[str]:
    model = dialog.model
    return [model.index(r, LessonTableModel.WHAT).data() for r in range(model.rowCount())]


def test_from_the_tools_menu_search_and_filters(qtbot, db, library, opened, qtmodeltester):
    from alianzas_desktop.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    action = next(
        a
        for m in window.menuBar().actions()
        if m.menu()
        for a in m.menu().actions()
        if "lecciones" in a.text()
    )
    click_menu_item(qtbot, window.menuBar(), action)
    [dialog] = opened
    qtmodeltester.check(dialog.model)
    assert len(rows(dialog)) == 3
    type_into(qtbot, dialog.search_edit, "COMERCIALIZACION")
    assert rows(dialog) == ["La comercialización asociativa"]
    assert "Cacao para la Paz" in dialog.detail.toPlainText()
    dialog.search_edit.clear()
    choose(qtbot, dialog.area_combo, "acceso_justicia")
    assert rows(dialog) == ["Conciliadores de la vereda"]
    type_into(qtbot, dialog.search_edit, "toribio")
    assert rows(dialog) == ["Conciliadores de la vereda"]
    choose(qtbot, dialog.phase_combo, "nacimiento")
    assert rows(dialog) == []
    assert dialog.count_label.text() == "0 de 3 lecciones"


def test_from_the_nacimiento_basics_page_on_the_chosen_area(qtbot, db, library, opened):
    from alianzas_desktop.ui.wizards.nacimiento.wizard import PAGE_BASICS, NacimientoWizard

    wizard = NacimientoWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.page_widget(PAGE_BASICS)
    assert wizard.currentPage() is page
    choose(qtbot, page.area_combo, "acceso_justicia")
    click_button(qtbot, page.lessons_button)
    [dialog] = opened
    assert dialog.area_combo.currentData() == "acceso_justicia"
    assert rows(dialog) == ["Conciliadores de la vereda"]


def test_alliance_page_tab_lists_its_lessons_and_prints_the_ficha(qtbot, db, library, monkeypatch):
    from alianzas_desktop.ui.main_window import MainWindow
    from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog
    from tests.documents.readback import read_pdf

    previews: list[DocumentPreviewDialog] = []
    monkeypatch.setattr(DocumentPreviewDialog, "exec", lambda self: previews.append(self) or 0)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_alliance(library["cacao"])
    page = window.alliance_page
    tab = page.systematization_tab
    click_tab_of(qtbot, page.tabs, tab)
    assert tab.model.rowCount() == 2 and tab.report_button.isEnabled()
    click_button(qtbot, tab.profile_button)
    qtbot.waitUntil(lambda: len(previews) == 1)
    text = read_pdf(previews[0].pdf_bytes).text
    assert "FICHA DE LA ALIANZA" in text and "La comercialización asociativa" in text
    click_button(qtbot, tab.report_button)
    qtbot.waitUntil(lambda: len(previews) == 2)
    assert "INFORME DE SISTEMATIZACIÓN" in read_pdf(previews[1].pdf_bytes).text
