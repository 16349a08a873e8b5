"""The people window's list: read a page at a time in name order, searched without
reading everyone.

An office holds a hundred thousand people; the window shows a screenful. Its pages are
read along the index of the people's sort key (``PERSON_SORT_KEY``: the name folded, in
Spanish alphabetical order), each after the last person read (``Key``: sort key and id),
so a page costs the same at the top of the list and at its end.

A search's words are looked up first in the in-memory index of every person's and
organisation's name that the alliance search keeps (``services.search.NameIndex``):

- when its most selective word is held by few names, everyone those names reach (by
  their own name or their organisation's) is read at once through the name indexes and
  checked against every word: the list and its count are exact (``find``);
- words held by too many names are checked person by person, along the sort key's
  index, as far as the pages shown need (``scan``): such a word fills a page within a
  few hundred people.

A person is found when every word is in their name or in their organisation's name,
accents and case aside: what the window's search always did.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import Enum
from typing import NamedTuple

from sqlalchemy import Select, and_, func, literal_column, or_, select

from alianzas_desktop.domain.folding import fold
from alianzas_desktop.services.listings import (
    authorized,
    organizations_table,
    people_query,
    people_table,
)
from alianzas_desktop.services.personal_data import PersonInfo
from alianzas_desktop.services.search import NameIndex
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import PERSON_SORT_KEY

logger = logging.getLogger(__name__)

# People read per page of the list.
PAGE = 50
# A search reads at once (id, name and organisation) everyone its names reach, up to this
# many people as the names' counts estimate them (about 10 µs each on an office: a common
# name's 13,000 people in some 150 ms, in a worker) and this many names bound into one
# query; above either, or when a word is held by more than HELD_BY names, the search
# looks person by person along the list, SCAN_SLICE people at a time (such a word is in
# one name of every few, so a page comes soon).
EXACT_PEOPLE = 15_000
EXACT_NAMES = 5_000
HELD_BY = 20_000
SCAN_SLICE = 2000
# People an organisation's name is taken to reach when estimating (an office has about
# two and a half per organisation).
PEOPLE_PER_ORGANIZATION = 3


class Showing(Enum):
    """Whom the list shows besides what the search finds."""

    EVERYONE = "todas"
    UNAUTHORIZED = "sin_autorizacion"  # no authorisation in force (erased people aside)
    MINORS = "menores"  # minors (erased people aside)
    ERASED = "suprimidas"  # people whose data were erased

    def shows(self, person: PersonInfo) -> bool:
        if self is Showing.UNAUTHORIZED:
            return not person.has_authorization and not person.erased
        if self is Showing.MINORS:
            return person.is_minor and not person.erased
        if self is Showing.ERASED:
            return person.erased
        return True

    def condition(self):
        """The same as ``shows``, in SQL (None: everyone)."""
        erased = people_table.c.erased_at
        if self is Showing.UNAUTHORIZED:
            return and_(~authorized(), erased.is_(None))
        if self is Showing.MINORS:
            return and_(people_table.c.is_minor.is_(True), erased.is_(None))
        if self is Showing.ERASED:
            return erased.is_not(None)
        return None


class Key(NamedTuple):
    """Where a person stands in the list's order: their name's sort key, then their id."""

    name: str
    id: str


# Spelt as the index over it (``ix_people_sort_key``), which SQL finds only so.
_SORT_KEY = literal_column(PERSON_SORT_KEY)


class Scanned(NamedTuple):
    """What a look along the list found: the people matched, the last person looked at
    (where the next look starts), and whether the end of the list was reached."""

    people: list[PersonInfo]
    last: Key | None
    done: bool


def count(db: Database, showing: Showing = Showing.EVERYONE) -> int:
    """Everyone on record, or those ``showing`` shows: one walk of the people (of their
    smallest index for everyone), the one read here that looks at every person."""
    query = select(func.count()).select_from(people_table)
    condition = showing.condition()
    if condition is not None:
        query = query.where(condition)
    with db.reading_rows() as connection:
        return connection.execute(query).scalar_one()


def _in_order(query: Select, descending: bool) -> Select:
    """``query`` in the list's order, the sort key as its last column."""
    query = query.add_columns(_SORT_KEY)
    if descending:
        return query.order_by(_SORT_KEY.desc(), people_table.c.id.desc())
    return query.order_by(_SORT_KEY, people_table.c.id)


def _beyond(after: Key | None, descending: bool):
    """Those after ``after`` in the list's order (everyone without it). The plain bound on
    the key lets the database start its walk of the index there: the same condition
    without it walked the index from its start up to the page, deeper each page."""
    if after is None:
        return None
    key, person_id = _SORT_KEY, people_table.c.id
    if descending:
        return and_(key <= after.name, or_(key < after.name, person_id < after.id))
    return and_(key >= after.name, or_(key > after.name, person_id > after.id))


def page(
    db: Database,
    after: Key | None = None,
    *,
    limit: int = PAGE,
    descending: bool = False,
    showing: Showing = Showing.EVERYONE,
) -> Scanned:
    """The next ``limit`` people in name order after ``after`` (from the top without it)."""
    query = people_query()
    for condition in (showing.condition(), _beyond(after, descending)):
        if condition is not None:
            query = query.where(condition)
    with db.reading_rows() as connection:
        rows = connection.execute(_in_order(query, descending).limit(limit)).all()
    last = Key(rows[-1][-1], rows[-1][0]) if rows else after
    return Scanned([PersonInfo(*row[:-1]) for row in rows], last, len(rows) < limit)


def people(db: Database, ids: Sequence[str]) -> list[PersonInfo]:
    """These people's rows, in the order of ``ids`` (one not on record is left out)."""
    if not ids:
        return []
    query = people_query().where(people_table.c.id.in_(list(ids)))
    with db.reading_rows() as connection:
        found = {row[0]: PersonInfo(*row) for row in connection.execute(query)}
    return [found[person_id] for person_id in ids if person_id in found]


def _light(showing: Showing) -> Select:
    """id, name and organisation's name: what a search checks (its page is read whole
    afterwards), about a third of the cost of the list's row."""
    query = (
        select(
            people_table.c.id,
            people_table.c.full_name,
            func.coalesce(organizations_table.c.name, ""),
        )
        .select_from(people_table)
        .outerjoin(organizations_table, organizations_table.c.id == people_table.c.organization_id)
    )
    condition = showing.condition()
    return query if condition is None else query.where(condition)


def scan(
    db: Database,
    words: Sequence[str],
    after: Key | None = None,
    *,
    limit: int = PAGE,
    descending: bool = False,
    showing: Showing = Showing.EVERYONE,
    looked_at: int = SCAN_SLICE,
) -> Scanned:
    """The people after ``after`` whose name or organisation holds every folded word,
    looking at ``looked_at`` people at most (a slice of time) and stopping at ``limit``
    found; their rows are read whole."""
    matched: list[str] = []
    last = after
    query = _light(showing)
    condition = _beyond(after, descending)
    if condition is not None:
        query = query.where(condition)
    with db.reading_rows() as connection:
        rows = connection.execute(_in_order(query, descending).limit(looked_at))
        read = 0
        for person_id, name, organization, sort_key in rows:
            read += 1
            last = Key(sort_key, person_id)
            if _holds(name, organization, words):
                matched.append(person_id)
                if len(matched) == limit:
                    break
        rows.close()
    done = read < looked_at and len(matched) < limit
    return Scanned(people(db, matched), last, done)


def _holds(name: str, organization: str, words: Sequence[str]) -> bool:
    text = fold(f"{name}\n{organization}")
    return all(word in text for word in words)


def find(
    db: Database,
    words: Sequence[str],
    names: NameIndex,
    *,
    descending: bool = False,
    showing: Showing = Showing.EVERYONE,
) -> list[str] | None:
    """The id of everyone the folded ``words`` find, in the list's order, read at once
    through the names that hold them; None when they are held by too many names (check
    person by person: ``scan``). ``names`` must be current (services/search)."""
    if not words:
        return None
    chosen = _candidates(words, names)
    if chosen is None:
        return None
    people_names, organization_names = chosen
    wanted = []
    if people_names:
        wanted.append(people_table.c.full_name.in_(people_names))
    if organization_names:
        wanted.append(
            people_table.c.organization_id.in_(
                select(organizations_table.c.id).where(
                    organizations_table.c.name.in_(organization_names)
                )
            )
        )
    if not wanted:
        return []
    query = _in_order(_light(showing).where(or_(*wanted)), descending)
    with db.reading_rows() as connection:
        rows = connection.execute(query).all()
    return [person_id for person_id, name, org, _key in rows if _holds(name, org, words)]


def _candidates(words: Sequence[str], names: NameIndex) -> tuple[list[str], list[str]] | None:
    """The people's and organisations' names whose people a search must check, or None when
    they reach more people than a search reads at once.

    A person found holds each word in their name or their organisation's, so either set
    will do: the names and organisations holding the word that reaches fewest people, or
    the people's names holding every word with the organisations holding any. A word held
    by too many names (one letter) picks nothing; the check of every word comes after.
    """
    held: list[tuple[set[int], set[int]]] = []
    for word in words:
        people: set[int] = set()
        organizations: set[int] = set()
        for index in names.holding(word):
            (people if index < names.first_organization else organizations).add(index)
            if len(people) + len(organizations) > HELD_BY:
                break
        else:
            held.append((people, organizations))
    if not held:
        return None
    options = list(held)
    if len(held) == len(words) > 1:
        options.append(
            (set.intersection(*(p for p, _o in held)), set.union(*(o for _p, o in held)))
        )

    def reach(option: tuple[set[int], set[int]]) -> int:
        people, organizations = option
        return sum(names.people_count(i) for i in people) + PEOPLE_PER_ORGANIZATION * len(
            organizations
        )

    people, organizations = min(options, key=reach)
    if reach((people, organizations)) > EXACT_PEOPLE or (
        len(people) + len(organizations) > EXACT_NAMES
    ):
        return None
    return (
        [names.raw(index) for index in sorted(people)],
        [names.raw(index) for index in sorted(organizations)],
    )
