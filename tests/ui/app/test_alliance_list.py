"""The main window's list read a page at a time: typing searches partners and people in
both of the search's ways, rows beyond the first page come as the list scrolls, and the
header sorts the whole list, not only the rows read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from alianzas_desktop.domain.meeting import AttendeeEntry
from alianzas_desktop.services import alliance_list, meetings, search
from alianzas_desktop.ui.models.alliance_list_model import AllianceListModel
from alianzas_desktop.ui.models.alliance_table_model import AllianceTableModel
from tests.meeting_factories import convened_meeting
from tests.ui.app.conftest import found
from tests.ui.app.test_search import found_with_partner, retype, visible_names

NAMES = (
    ("Agua Limpia Veredal", "Santa Rosa de Osos", "Antioquia"),
    ("Alianza Frijol del Páramo", "Sonsón", "Antioquia"),
    ("Cacao para la Paz", "Tumaco", "Nariño"),
    ("Café de Urrao", "Urrao", "Antioquia"),
    ("Miel del Cauca", "Inzá", "Cauca"),
)


@pytest.fixture
def five(db) -> dict[str, str]:
    """Five alliances; the last by name has its own partner, and a person at its meeting."""
    ids = {name: found(db, name, municipio, dpto) for name, municipio, dpto in NAMES[:4]}
    ids["Miel del Cauca"] = found_with_partner(
        db, "Miel del Cauca", "Asociación Apícola Ñambí", "Edilma Quiñónez"
    )
    data = convened_meeting(db, ids["Miel del Cauca"])
    data.attendees.append(
        AttendeeEntry(
            name="Óscar Iván Güiza",
            organization="Asociación Apícola Ñambí",
            sector="sociedad_civil",
            cargo="Apicultor",
        )
    )
    meetings.save_convocation(db, data)
    return ids


def shown_window(window, qtbot, page_size: int = 2):
    window.model.page_size = page_size
    window.model.batch_size = page_size
    window.model.slice_seconds = None  # each keystroke fills its first page at once
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    return window


def all_rows(window) -> list[str]:
    """Scroll the table to its end, as a user would, until every matching row is read."""
    table = window.table
    table.setFocus()
    while window.model.canFetchMore():
        table.scrollToBottom()
        window.model.fetchMore()
    return visible_names(window)


@pytest.mark.parametrize("budget", [search.EXACT_BUDGET, 0], ids=["by-names", "by-alliance"])
def test_typing_finds_partners_and_people_either_way(db, five, window, qtbot, monkeypatch, budget):
    """Budget 0: every word with names is checked alliance by alliance, in list order."""
    monkeypatch.setattr(search, "EXACT_BUDGET", budget)
    shown_window(window, qtbot)

    qtbot.keyClicks(window.search_edit, "nambi")  # the partner, typed without accents
    assert all_rows(window) == ["Miel del Cauca"]
    assert not window.select_alliance(five["Cacao para la Paz"])  # not found: not selected
    assert window.select_alliance(five["Miel del Cauca"])

    retype(qtbot, window.search_edit, "guiza")  # attended its meeting, nothing else
    assert all_rows(window) == ["Miel del Cauca"]

    retype(qtbot, window.search_edit, "EDILMA quiñonez cauca")  # representative and place
    assert all_rows(window) == ["Miel del Cauca"]
    assert window.count_label.text() == "1 de 5 alianzas"

    retype(qtbot, window.search_edit, "luz dary nustes")  # represents a partner of four
    assert all_rows(window) == [
        "Agua Limpia Veredal",
        "Alianza Frijol del Páramo",
        "Cacao para la Paz",
        "Café de Urrao",
    ]

    retype(qtbot, window.search_edit, "cartagena")
    assert all_rows(window) == []
    assert window.count_label.text() == "Ninguna alianza coincide con la búsqueda"


def test_a_common_word_shows_the_first_page_and_says_there_may_be_more(
    db, five, window, qtbot, monkeypatch
):
    monkeypatch.setattr(search, "EXACT_BUDGET", 0)
    window.model.page_size = window.model.batch_size = 2
    window.model.slice_seconds = None
    window.refresh()  # not shown: no view asks for more rows
    qtbot.keyClicks(window.search_edit, "cooperativa")  # a partner of four of the five
    assert window.model.rowCount() == 2
    assert window.count_label.text() == "2+ de 5 alianzas"
    window.model.fetchMore()
    assert window.model.rowCount() == 4
    assert window.count_label.text() == "4+ de 5 alianzas"
    window.model.fetchMore()  # the fifth does not match: nothing added, the count is known
    assert window.model.rowCount() == 4 and not window.model.canFetchMore()
    assert window.count_label.text() == "4 de 5 alianzas"


def test_a_slow_search_answers_the_keystroke_and_fills_the_page_when_idle(
    db, five, window, qtbot, monkeypatch
):
    """Checked alliance by alliance, a keystroke looks at one batch and returns; the rest
    is looked for from the event loop."""
    monkeypatch.setattr(search, "EXACT_BUDGET", 0)
    window.model.page_size = 3
    window.model.batch_size = 1
    window.model.slice_seconds = 0  # one batch per slice
    window.refresh()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Z)  # «z»: Luz Dary, Quiñónez, la Paz
    assert window.model.rowCount() == 1 and not window.model.count_is_exact()
    # The rest comes from the event loop (and the table asking for more rows).
    qtbot.waitUntil(window.model.count_is_exact)
    assert all_rows(window) == sorted(name for name, *_ in NAMES)
    assert window.count_label.text() == "5 alianzas"
    retype(qtbot, window.search_edit, "cooperativa")  # a partner of four of the five
    assert window.model.rowCount() == 1
    qtbot.waitUntil(window.model.count_is_exact)
    assert all_rows(window) == [
        "Agua Limpia Veredal",
        "Alianza Frijol del Páramo",
        "Cacao para la Paz",
        "Café de Urrao",
    ]
    assert window.count_label.text() == "4 de 5 alianzas"


def test_a_keystroke_looks_only_as_far_as_its_time_allows(db, five, window, qtbot, monkeypatch):
    """A batch is sized to the keystroke's time left, not taken whole: with no time left
    the keystroke looks at one alliance, and the rest of the page comes when idle."""
    monkeypatch.setattr(search, "EXACT_BUDGET", 0)
    window.model.batch_size = 40
    window.model.keystroke_seconds = 0
    window.refresh()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Z)  # «z»: every alliance, by its names
    assert window.model.rowCount() == 1 and not window.model.count_is_exact()
    qtbot.waitUntil(window.model.count_is_exact)
    assert all_rows(window) == sorted(name for name, *_ in NAMES)


def test_widening_the_search_brings_the_rows_back(db, five, window, qtbot):
    shown_window(window, qtbot)
    qtbot.keyClicks(window.search_edit, "cacao")
    assert all_rows(window) == ["Cacao para la Paz"]
    for _ in range(len("cacao")):
        qtbot.keyClick(window.search_edit, Qt.Key.Key_Backspace)
    assert window.search_edit.text() == ""
    assert all_rows(window) == sorted(name for name, *_ in NAMES)
    assert window.count_label.text() == "5 alianzas"


def test_rows_are_read_a_page_at_a_time(db, five, qtmodeltester):
    model = AllianceListModel()
    model.page_size = model.batch_size = 2
    model.load(db)
    assert model.total_count() == 5
    assert model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 5
    names = [model.index(r, AllianceTableModel.NAME).data() for r in range(5)]
    assert names == sorted(name for name, *_ in NAMES)
    # Each row read in full: partners counted, health read.
    row = model.row_of_id(five["Cacao para la Paz"])
    assert model.index(row, AllianceTableModel.PARTNERS).data() == "3"
    assert model.index(row, AllianceTableModel.HEALTH).data() in ("Verde", "Amarillo", "Rojo")


def test_selecting_an_alliance_beyond_the_first_page_reads_up_to_it(db, five, window, qtbot):
    shown_window(window, qtbot, page_size=1)
    window.model.load(db)  # back to one row read
    assert window.model.rowCount() == 1
    assert window.select_alliance(five["Miel del Cauca"])
    assert window.selected_alliance_id() == five["Miel del Cauca"]


def click_header(qtbot, window, column: int) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + 10
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_clicking_a_header_sorts_the_whole_list(db, five, window, qtbot):
    shown_window(window, qtbot)
    window.model.load(db)  # two rows read, by name
    header = window.table.horizontalHeader()
    click_header(qtbot, window, AllianceTableModel.NAME)
    # Descending by name: the last alliance by name, not read before, comes first.
    assert header.sortIndicatorSection() == AllianceTableModel.NAME
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert window.proxy.index(0, AllianceTableModel.NAME).data() == "Miel del Cauca"

    click_header(qtbot, window, AllianceTableModel.TERRITORY)
    all_rows(window)
    territories = [
        window.proxy.index(r, AllianceTableModel.TERRITORY).data()
        for r in range(window.proxy.rowCount())
    ]
    expected = sorted(territories, key=search.fold)
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        expected.reverse()
    assert territories == expected


def test_the_list_reads_its_own_columns_then_figures_per_page(db, five):
    rows = alliance_list.light_alliances(db)
    assert [r.name for r in rows] == sorted(name for name, *_ in NAMES)
    assert next(r for r in rows if r.name == "Cacao para la Paz").territory == "Tumaco, Nariño"
    cacao = five["Cacao para la Paz"]
    page = alliance_list.alliance_figures(db, [cacao])
    assert set(page) == {cacao}
    assert alliance_list.alliance_figures(db, None)[cacao] == page[cacao]
    assert page[cacao][0] == 3


def test_an_office_list_reads_the_search_names_behind_the_window(db, five, qtbot, monkeypatch):
    from alianzas_desktop.ui.models import alliance_list_model

    monkeypatch.setattr(alliance_list_model, "WARM_FROM", 5)
    search.forget_names(db)
    model = AllianceListModel()
    model.load(db)
    job = model._warming
    assert job is not None
    qtbot.waitUntil(lambda: job.done)
    assert job.error is None
    assert search.name_index(db) is job.result  # the first search finds them ready
    assert search.links_ready(db, job.result) is not None  # and which alliances each reaches


@pytest.mark.parametrize(
    ("budget", "page_size"), [(search.EXACT_BUDGET, 10), (0, 2)], ids=["exact", "page-by-page"]
)
def test_typing_further_finds_among_what_a_key_before_found(
    db, five, window, qtbot, monkeypatch, budget, page_size
):
    """A word typed further looks only among the alliances found a key before (and those
    not looked at yet, when a page was found before the end); a word changed otherwise, or
    the list sorted anew in between, looks at the whole list again. Each answer is the one
    a list searched afresh gives, in the order shown."""
    monkeypatch.setattr(search, "EXACT_BUDGET", budget)

    def afresh(text: str) -> list[str]:
        model = AllianceListModel()
        model.load(db)
        model.sort(*window.model._sort)
        model.set_search_text(text)
        while model.canFetchMore():
            model.fetchMore()
        return [model.index(r, AllianceTableModel.NAME).data() for r in range(model.rowCount())]

    def shown() -> list[str]:
        all_rows(window)
        proxy = window.proxy
        return [proxy.index(r, AllianceTableModel.NAME).data() for r in range(proxy.rowCount())]

    shown_window(window, qtbot, page_size=page_size)
    qtbot.keyClicks(window.search_edit, "pa")  # Páramo, la Paz, partners' names…
    assert window.model.count_is_exact() is (budget > 0)
    assert len(afresh("pa")) > 1
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Z)  # «paz»: among those
    assert shown() == afresh("paz") == ["Cacao para la Paz"]
    retype(qtbot, window.search_edit, "miel")  # not «paz» typed further: the whole list
    assert shown() == afresh("miel") == ["Miel del Cauca"]
    retype(qtbot, window.search_edit, "a")
    click_header(qtbot, window, AllianceTableModel.NAME)  # descending: a new order
    qtbot.keyClick(window.search_edit, Qt.Key.Key_N)  # «an»
    names = shown()
    assert names == afresh("an") and len(names) > 1
    assert names == sorted(names, reverse=True)
