"""services/search and services/alliance_list on each database: the list's rows, its page
figures, and the search by partners, representatives and attendees, both ways."""

from __future__ import annotations

import pytest

from alianzas_desktop.domain.meeting import AttendeeEntry
from alianzas_desktop.services import alliance_list, alliances, meetings, nacimiento, search
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting


@pytest.fixture
def three(db) -> dict[str, str]:
    ids = {}
    for name, partner, representative in (
        ("Cacao para la Paz", "Asociación Cacaotera ASOCAT", "Edilma Quiñónez"),
        ("Miel del Cauca", "Asociación Apícola Ñambí", "Rosa Elvira Tumiñá"),
        ("Café de Urrao", "Cooperativa de Productores de La Loma", "Luz Dary Ñustes"),
    ):
        data = nacimiento_data()
        data.name = name
        data.partners[2].name = partner
        data.partners[2].representative.name = representative
        ids[name] = nacimiento.found_alliance(db, data)
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


def test_light_rows_and_page_figures_match_the_full_list(db, three):
    full = {s.id: s for s in alliances.list_alliances(db)}
    light = alliance_list.light_alliances(db)
    assert [r.name for r in light] == sorted(s.name for s in full.values())
    page = alliance_list.alliance_figures(db, list(three.values()))
    assert page == alliance_list.alliance_figures(db, None)
    for row in light:
        summary = alliance_list.summary(row, *page[row.id])
        assert summary == full[row.id]


WAYS = ["by-names", "by-alliance", "in-memory", "in-memory-by-alliance"]


def finder_of(db, way: str, monkeypatch) -> tuple[search.AllianceSearch, list[str]]:
    """A search over ``db``'s list, checking words one of its three ways."""
    monkeypatch.setattr(search, "EXACT_BUDGET", 0 if way == "by-alliance" else search.EXACT_BUDGET)
    search.forget_names(db)
    if way.startswith("in-memory"):
        search.warm(db)  # the names' links read, as behind the window
    if way == "in-memory-by-alliance":  # every word held by more names than worth resolving
        monkeypatch.setattr(search, "LINK_NAMES", 0)
    rows = alliance_list.light_alliances(db)
    own = {row.id: search.fold(f"{row.name}\n{row.territory}") for row in rows}
    return search.AllianceSearch(db, own), [row.id for row in rows]


@pytest.mark.parametrize("way", WAYS)
def test_words_find_partners_representatives_and_attendees(db, three, monkeypatch, way):
    finder, order = finder_of(db, way, monkeypatch)
    by_id = {v: k for k, v in three.items()}

    def found(text: str) -> list[str]:
        return [by_id[aid] for aid in finder.matches(search.words_of(text), order)]

    assert found("asocat") == ["Cacao para la Paz"]  # a partner
    assert found("TUMIÑA rosa") == ["Miel del Cauca"]  # its representative, accents as typed
    assert found("guiza oscar") == ["Miel del Cauca"]  # only attended a meeting
    assert found("nustes urrao") == ["Café de Urrao"]  # a person and the alliance's own name
    assert found("asociacion") == ["Cacao para la Paz", "Miel del Cauca"]
    assert found("alcaldia de sonson") == ["Cacao para la Paz", "Café de Urrao", "Miel del Cauca"]
    assert found("cartagena") == []
    assert finder.is_cheap(["asocat"]) is (not way.endswith("by-alliance"))


def test_each_way_finds_the_same_whatever_is_typed(db, three, monkeypatch):
    """Accents, ñ, emoji, «<» and «&» in names and in words, and a word typed a key at a
    time (the in-memory way looks for it among the names that held it a key before)."""
    data = nacimiento_data()
    data.name = "Panela <Dulce> & Cía"
    data.partners[2].name = "Asociación <Ñandú> & Hijas 🐝"
    data.partners[2].representative.name = "María José Peña"
    three["Panela <Dulce> & Cía"] = nacimiento.found_alliance(db, data)
    texts = ["ñandú", "<ñandu>", "&", "hijas 🐝", "🐝", "PEÑA maria", "<dulce> &", "asociación"]
    texts += [f"asociacion {'ñandú'[:n]}" for n in range(1, 6)] + ["xyz", "<", "ñ"]
    results = {}
    for way in WAYS:
        finder, order = finder_of(db, way, monkeypatch)
        results[way] = [finder.matches(search.words_of(text), order) for text in texts]
    by_id = {v: k for k, v in three.items()}
    named = [[by_id[aid] for aid in found] for found in results["by-names"]]
    assert named[0] == named[1] == named[4] == ["Panela <Dulce> & Cía"]
    assert named[texts.index("xyz")] == []
    assert "Miel del Cauca" in named[texts.index("asociación")]
    assert all(results[way] == results["by-names"] for way in WAYS)


def test_links_are_read_again_after_a_change(db, three, monkeypatch):
    finder, order = finder_of(db, "in-memory", monkeypatch)
    names = search.name_index(db)
    assert search.links_ready(db, names) is not None
    data = nacimiento_data()
    data.name = "Panela de Güicán"
    data.partners[2].name = "Trapiche Comunitario El Cocuy"
    panela = nacimiento.found_alliance(db, data)
    newer = search.name_index(db)
    assert newer is not names and search.links_ready(db, newer) is None  # not read yet
    search.warm(db)
    assert search.links_ready(db, newer) is not None
    rows = alliance_list.light_alliances(db)
    finder = search.AllianceSearch(db, {row.id: search.fold(row.name) for row in rows})
    assert finder.is_cheap(["cocuy"])
    assert finder.matches(["cocuy"], [row.id for row in rows]) == [panela]


def test_names_are_read_again_after_a_change(db, three):
    search.forget_names(db)
    before = search.name_index(db)
    assert search.name_index(db) is before  # nothing written: the same names
    data = nacimiento_data()
    data.name = "Panela de Güicán"
    data.partners[2].name = "Trapiche Comunitario El Cocuy"
    nacimiento.found_alliance(db, data)
    after = search.name_index(db)
    assert after is not before
    assert "Trapiche Comunitario El Cocuy" in set(after.raw_names())
    assert "trapiche comunitario el cocuy" in after.joined.split("\n")


def test_each_name_is_found_whole_where_the_word_falls(db, three):
    """The names are held as two long strings with offsets: a word's position gives back the
    whole name as stored, its kind, and how many people bear it."""
    search.forget_names(db)
    names = search.name_index(db)
    assert len(names) == len(set(names.raw_names())) > 6
    for word, kind, raw in (
        ("quinonez", search.PEOPLE, "Edilma Quiñónez"),
        ("guiza", search.PEOPLE, "Óscar Iván Güiza"),
        ("nambi", search.ORGANIZATIONS, "Asociación Apícola Ñambí"),
        ("la loma", search.ORGANIZATIONS, "Cooperativa de Productores de La Loma"),
    ):
        positions = list(names.occurrences(word))
        assert positions, word
        found_kind, index = names.at(positions[0])
        assert (found_kind, names.raw(index)) == (kind, raw)
        assert names.joined.split("\n")[index] == search.fold(raw)
        assert names.people_count(index) == 1
    assert list(names.occurrences("cartagena")) == []


def test_names_with_line_breaks_and_folding_that_changes_length():
    joined, starts = search._folded_lines(["Straße\nNorte", "Ñambí", "ﬁnca"])
    assert joined == "strasse norte\nnambi\nfinca"
    assert list(starts) == [0, 14, 20]
    assert search.folded_each(["Straße\nNorte", "Ñambí"]) == ["strasse norte", "nambi"]


def test_a_word_held_by_many_names_is_resolved_within_its_keystroke_or_checked_alliance_by_alliance(
    db, three, monkeypatch
):
    """Past KEYSTROKE_NAMES names a word looking held by few enough is walked on and resolved
    at once (nothing left for when the window is idle); held by more than LINK_NAMES, it is
    checked alliance by alliance. Both find the same."""
    finder, order = finder_of(db, "in-memory", monkeypatch)
    monkeypatch.setattr(search, "KEYSTROKE_NAMES", 1)  # judged at its second name
    words = search.words_of("asociacion")
    names = search.name_index(db)
    assert len(list(names.holding("asociacion"))) == 2
    assert finder.is_cheap(words)
    resolved = finder.matches(words, order)
    finder, order = finder_of(db, "in-memory", monkeypatch)
    monkeypatch.setattr(search, "LINK_NAMES", 1)
    assert not finder.is_cheap(words)
    assert (
        finder.matches(words, order)
        == resolved
        == [
            three["Cacao para la Paz"],
            three["Miel del Cauca"],
        ]
    )
