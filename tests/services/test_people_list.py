"""The people window's list: pages in Spanish alphabetical order, searches, «Mostrar»."""

from __future__ import annotations

from datetime import date

import pytest

from alianzas_desktop.domain.folding import fold
from alianzas_desktop.domain.vocabulary import AuthorizationMethod, Sector
from alianzas_desktop.services import people_list, personal_data, search
from alianzas_desktop.services.people_list import Showing
from alianzas_desktop.storage.models import Organization, Person

# Accented and lower-case initials, a ñ, the same name twice, an emoji, markup.
PEOPLE = (
    ("Óscar Peña", "Cooperativa La Loma"),
    ("oscar Pérez", ""),
    ("Ana María Ríos", "Alcaldía de Sonsón"),
    ("Ángela Muñoz", "Cooperativa La Loma"),
    ("Zoila Úsuga", ""),
    ("Édgar Ñustes", "Junta de Acción Comunal <Vereda & Río>"),
    ("Luz Dary Ospina", "Asociación de Mujeres 🌽"),
    ("Luz Dary Ospina", ""),
    ("José Nel Ibáñez", "Alcaldía de Sonsón"),
    ("Inés Úrsula Rodríguez", ""),
    ("Nubia Zúñiga", "Cooperativa La Loma"),
    ("Carlos Andrés Benavides", ""),
)


@pytest.fixture
def people(db) -> dict[str, list[str]]:
    """The people above by name (ids), with two authorised and one minor."""
    ids: dict[str, list[str]] = {}
    with db.transaction() as session:
        organizations = {}
        for _name, org in PEOPLE:
            if org and org not in organizations:
                organizations[org] = Organization(name=org, sector=Sector.CIVIL_SOCIETY.value)
                session.add(organizations[org])
        session.flush()
        for name, org in PEOPLE:
            person = Person(
                full_name=name,
                organization_id=organizations[org].id if org else None,
                is_minor=name == "Zoila Úsuga",
            )
            session.add(person)
            session.flush()
            ids.setdefault(name, []).append(person.id)
    for name in ("Ana María Ríos", "Nubia Zúñiga"):
        personal_data.record_authorization(
            db, ids[name][0], method=AuthorizationMethod.WRITTEN.value, given_on=date(2026, 3, 2)
        )
    return ids


def _spanish_order(names):
    return sorted(names, key=fold)


def _every_page(db, size: int, **options) -> list[str]:
    """The list read page after page, as the window reads it going down."""
    shown, last = [], None
    while True:
        page = people_list.page(db, last, limit=size, **options)
        shown += [p.name for p in page.people]
        if page.done:
            return shown
        assert page.people  # a page not at the end is never empty
        last = page.last


def test_pages_follow_spanish_alphabetical_order_with_no_one_twice_or_left_out(db, people):
    everyone = [name for name, _org in PEOPLE]
    expected = _spanish_order(everyone)
    assert expected[:3] == ["Ana María Ríos", "Ángela Muñoz", "Carlos Andrés Benavides"]
    for size in (1, 3, 5, 50):
        assert _every_page(db, size) == expected
        assert _every_page(db, size, descending=True) == list(reversed(expected))
    assert people_list.count(db) == len(PEOPLE)


def test_the_same_name_twice_is_paged_by_id(db, people):
    twins = people["Luz Dary Ospina"]
    assert len(twins) == 2
    first = people_list.page(db, limit=len(PEOPLE))
    shown = [p.id for p in first.people if p.name == "Luz Dary Ospina"]
    assert shown == sorted(twins)
    # A page ending between the two goes on with the second, not past both.
    position = [p.id for p in first.people].index(shown[0])
    upto = people_list.page(db, limit=position + 1)
    after = people_list.page(db, upto.last, limit=1)
    assert after.people[0].id == shown[1]


def _found(db, text: str, showing: Showing = Showing.EVERYONE) -> list[str]:
    names = search.name_index(db)
    ids = people_list.find(db, search.words_of(text), names, showing=showing)
    assert ids is not None
    return [p.name for p in people_list.people(db, ids)]


def _scanned(db, text: str, showing: Showing = Showing.EVERYONE) -> list[str]:
    """Person by person along the list, a few at a time, to its end."""
    shown, last = [], None
    while True:
        scanned = people_list.scan(
            db, search.words_of(text), last, limit=2, looked_at=3, showing=showing
        )
        shown += [p.name for p in scanned.people]
        if scanned.done:
            return shown
        last = scanned.last


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("luz dary", ["Luz Dary Ospina", "Luz Dary Ospina"]),
        ("OSCAR", ["Óscar Peña", "oscar Pérez"]),  # accents and case aside
        ("nustes", ["Édgar Ñustes"]),
        ("cooperativa", ["Ángela Muñoz", "Nubia Zúñiga", "Óscar Peña"]),  # the organisation
        ("sonson jose", ["José Nel Ibáñez"]),  # one word in the organisation, one in the name
        ("<vereda &", ["Édgar Ñustes"]),  # markup is text
        ("🌽", ["Luz Dary Ospina"]),
        ("ursula", ["Inés Úrsula Rodríguez"]),
        ("loma nubia", ["Nubia Zúñiga"]),
        ("xyz", []),
        ("peña pérez", []),  # each word must be in the same person's name or organisation
    ],
)
def test_a_search_finds_by_name_and_organisation_both_ways_alike(db, people, text, expected):
    assert _found(db, text) == expected
    assert _scanned(db, text) == expected


def test_a_word_held_by_too_many_names_is_looked_for_person_by_person(db, people, monkeypatch):
    names = search.name_index(db)
    words = search.words_of("a")
    assert people_list.find(db, words, names) is not None
    monkeypatch.setattr(people_list, "HELD_BY", 3)
    assert people_list.find(db, words, names) is None
    # A word held by few names is enough to read its people at once; the other is checked.
    ids = people_list.find(db, search.words_of("luz a"), names)
    assert ids is not None
    assert [p.name for p in people_list.people(db, ids)] == ["Luz Dary Ospina"] * 2
    monkeypatch.undo()
    monkeypatch.setattr(people_list, "EXACT_PEOPLE", 2)
    assert people_list.find(db, search.words_of("cooperativa"), names) is None
    assert _scanned(db, "cooperativa") == ["Ángela Muñoz", "Nubia Zúñiga", "Óscar Peña"]


def test_showing_narrows_pages_searches_and_counts_alike(db, people):
    personal_data.erase_person(db, people["Carlos Andrés Benavides"][0])
    everyone = [p for batch in [people_list.page(db, limit=100).people] for p in batch]
    by_name = {p.id: p for p in everyone}
    expected = {
        Showing.UNAUTHORIZED: [
            p.name for p in everyone if not p.has_authorization and not p.erased
        ],
        Showing.MINORS: ["Zoila Úsuga"],
        Showing.ERASED: [personal_data.ERASED_NAME],
    }
    assert "Ana María Ríos" not in expected[Showing.UNAUTHORIZED]
    assert len(expected[Showing.UNAUTHORIZED]) == len(PEOPLE) - 3
    for showing, names in expected.items():
        assert _every_page(db, 2, showing=showing) == names
        assert people_list.count(db, showing) == len(names)
        assert _scanned(db, "", showing) == names
    assert _found(db, "cooperativa", Showing.UNAUTHORIZED) == ["Ángela Muñoz", "Óscar Peña"]
    assert _scanned(db, "cooperativa", Showing.UNAUTHORIZED) == ["Ángela Muñoz", "Óscar Peña"]
    assert all(by_name[i].name for i in by_name)


def test_people_come_back_in_the_order_asked_and_unknown_ids_are_left_out(db, people):
    ids = [people["Nubia Zúñiga"][0], "no-existe", people["Ana María Ríos"][0]]
    assert [p.name for p in people_list.people(db, ids)] == ["Nubia Zúñiga", "Ana María Ríos"]
    assert people_list.people(db, []) == []
