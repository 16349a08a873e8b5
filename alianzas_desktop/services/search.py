"""What the alliance list's search looks at besides each alliance's own fields.

A facilitator remembers an alliance by a partner («la de la cooperativa de La
Loma») or by a person («donde está doña Luz Dary») as often as by its name: the
partner organisations, their representatives, the people who attended its
meetings and those responsible for its commitments are all searchable. (A
commitment's responsible person is always an attendee of the meeting that agreed
it — domain/meeting.py checks it — so the attendances already find them.)

An office holds thousands of alliances and hundreds of thousands of such links, so
nothing here joins them all on each refresh. Per typed word:

- the distinct people and organisation names are matched in memory (``NameIndex``,
  folded once per database and reloaded only when the audit log says something
  changed);
- once the names' links are read too (services/search_links, behind the window), a word
  whose names reach up to ``LINK_BUDGET`` links is turned into the exact set of its
  alliances in memory;
- until then, a rare word (its names reach few people) is turned into the exact set of its
  alliances by one indexed query from those names (``exact_links_query``);
- a common word is checked alliance by alliance, a batch at a time, in the order the
  list shows them (``link_names_query``), so a keystroke costs one page of the list and
  not the whole office. Each alliance's link names are kept for the rest of the refresh.
"""

from __future__ import annotations

import logging
import threading
from array import array
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, literal, select, union_all

from alianzas_desktop.domain.folding import fold
from alianzas_desktop.services.search_links import LinkIndex, build_link_index
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import (
    Attendance,
    AuditEntry,
    Meeting,
    Membership,
    Organization,
    Person,
)

logger = logging.getLogger(__name__)

# A word whose names reach at most this many link rows is resolved exactly from its names;
# above it, alliance by alliance. Attendances per person (about 3 in an office) weigh it.
EXACT_BUDGET = 400
# Names read per batch from the database.
BATCH = 5000
ATTENDANCES_PER_PERSON = 3
# With the links in memory: a word whose names have at most this many links (and that is
# held by at most LINK_NAMES names) is resolved exactly within its keystroke, in a few
# milliseconds (about a microsecond a name); above either, alliance by alliance. Every
# KEYSTROKE_NAMES names the walk judges whether the word looks held by few enough, so a
# word in every other name stops early.
LINK_BUDGET = 40_000
LINK_NAMES = 6_000
KEYSTROKE_NAMES = 1_000


def words_of(text: str) -> list[str]:
    """The folded words of a search, longest first (the most selective is tried first)."""
    return sorted(set(fold(text).split()), key=lambda w: (-len(w), w))


# -- the names, matched in memory --------------------------------------------------------


PEOPLE, ORGANIZATIONS = 0, 1


@dataclass
class NameIndex:
    """Distinct people and organisation names, folded and joined by line breaks.

    ``occurrences`` finds a word in all of them with ``str.find`` (C speed); ``at`` says
    whose name holds a position. The names are held as two long strings (folded and as
    stored) with their start offsets in arrays: an office's 44,000 names take about 4 MiB
    this way, against 16 MiB as one string object (and dictionary entries) per name.
    """

    joined: str = ""  # folded names, one per line: people first, then organisations
    starts: array = field(default_factory=lambda: array("q"))  # each name's start in joined
    raw_joined: str = ""  # the names as stored, one after the other
    raw_starts: array = field(default_factory=lambda: array("q"))  # with the end at the close
    first_organization: int = 0  # index of the first organisation name
    people_counts: array = field(default_factory=lambda: array("q"))  # people per name
    _one_per_line: bool | None = field(default=None, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.starts)

    def raw(self, index: int) -> str:
        """The ``index``-th name as stored."""
        return self.raw_joined[self.raw_starts[index] : self.raw_starts[index + 1]]

    def raw_names(self) -> Iterator[str]:
        return (self.raw(index) for index in range(len(self)))

    def people_count(self, index: int) -> int:
        """How many people bear the ``index``-th name (1 for an organisation)."""
        return self.people_counts[index] if index < self.first_organization else 1

    def occurrences(self, word: str) -> Iterator[int]:
        if not word or "\n" in word:
            return
        position = self.joined.find(word)
        while position >= 0:
            yield position
            position = self.joined.find(word, position + 1)

    def one_per_line(self) -> bool:
        """Every name is one line of ``joined`` (a name folding into a line break is not)."""
        found = self._one_per_line
        if found is None:
            found = self._one_per_line = self.joined.count("\n") == max(len(self.starts) - 1, 0)
        return found

    def holding(self, word: str) -> Iterator[int]:
        """The index of each name holding ``word``, once, in order."""
        if not word or "\n" in word:
            return
        joined, starts = self.joined, self.starts
        last = len(starts) - 1
        position = joined.find(word)
        while position >= 0:
            index = bisect_right(starts, position) - 1
            yield index
            if index >= last:
                return
            position = joined.find(word, starts[index + 1])  # on from the next name

    def at(self, position: int) -> tuple[int, int]:
        """(kind, index) of the name holding ``position`` of ``joined``."""
        index = bisect_right(self.starts, position) - 1
        return (PEOPLE if index < self.first_organization else ORGANIZATIONS), index


def folded_each(raws: Sequence[str]) -> list[str]:
    """``fold`` of each name, in one pass over them joined (far fewer calls than one each).

    A line break inside a name reads as a space, which no searched word holds either.
    """
    flat = [raw.replace("\n", " ") for raw in raws]
    folded = fold("\n".join(flat)).split("\n") if flat else []
    if len(folded) != len(flat):  # a character folding into a line break: one by one
        folded = [fold(raw) for raw in flat]
    return folded


def _folded_lines(raws: Sequence[str]) -> tuple[str, array]:
    """The names folded, one per line, and where each starts (no string object per name)."""
    joined = fold("\n".join(raw.replace("\n", " ") for raw in raws))
    starts = array("q", [0]) if raws else array("q")
    position = joined.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = joined.find("\n", position + 1)
    if len(starts) != len(raws):  # a character folding into a line break: one by one
        folded = [fold(raw.replace("\n", " ")) for raw in raws]
        return "\n".join(folded), _offsets(folded, 1)
    return joined, starts


def _offsets(texts: Iterable[str], separator: int) -> array:
    starts, position = array("q"), 0
    for text in texts:
        starts.append(position)
        position += len(text) + separator
    return starts


def people_names_query():
    return select(Person.full_name, func.count()).group_by(Person.full_name)


def organization_names_query():
    return select(Organization.name).distinct()


def _changes_token(session) -> object:
    # Every write through the services leaves an audit entry (imports too): the newest one
    # says whether names may have changed since they were read. ``at`` is indexed.
    return session.scalar(select(func.max(AuditEntry.at)))


_cache_lock = threading.Lock()
_cache: dict[str, tuple[object, NameIndex]] = {}

# The links read for a database's names, kept with the names they belong to.
_links_cache: dict[str, tuple[NameIndex, LinkIndex]] = {}


def _key(db: Database) -> str:
    return db.engine.url.render_as_string(hide_password=True)


def name_index(db: Database) -> NameIndex:
    """The folded names of ``db``, read again only when something was written since."""
    key = _key(db)
    with db.reading() as session:
        token = _changes_token(session)
        with _cache_lock:
            cached = _cache.get(key)
        if cached is not None and cached[0] == token:
            return cached[1]
        raws: list[str] = []
        counts = array("q")
        # Rows a batch at a time: the whole result at once held ~6 MiB of tuples meanwhile.
        for raw, count in session.execute(people_names_query().execution_options(yield_per=BATCH)):
            if raw:
                raws.append(raw)
                counts.append(count)
        first_organization = len(raws)
        organizations = organization_names_query().execution_options(yield_per=BATCH)
        raws.extend(raw for (raw,) in session.execute(organizations) if raw)
    joined, starts = _folded_lines(raws)
    index = NameIndex(
        joined=joined,
        starts=starts,
        raw_joined="".join(raws),
        raw_starts=_offsets(raws, 0),
        first_organization=first_organization,
        people_counts=counts,
    )
    index.raw_starts.append(len(index.raw_joined))
    with _cache_lock:
        _cache[key] = (token, index)
    return index


def forget_names(db: Database) -> None:
    """Drop the cached names of ``db`` (a database replaced under the same path)."""
    with _cache_lock:
        _cache.pop(_key(db), None)
        _links_cache.pop(_key(db), None)


def link_index(db: Database) -> LinkIndex | None:
    """The links of ``db``'s current names, read once per change (None: written meanwhile).

    Reading them takes about a second on an office: only behind the window (``warm``).
    """
    key = _key(db)
    names = name_index(db)
    with _cache_lock:
        cached = _links_cache.get(key)
    if cached is not None and cached[0] is names:
        return cached[1]
    with db.reading() as session:  # one snapshot: the token and the links agree
        token = _changes_token(session)
        with _cache_lock:
            current = _cache.get(key)
        if current is None or current[1] is not names or current[0] != token:
            return None  # written since the names were read: the next warm-up reads both
        links = build_link_index(session, list(names.raw_names()), names.first_organization)
    with _cache_lock:
        _links_cache[key] = (names, links)
    return links


def links_ready(db: Database, names: NameIndex) -> LinkIndex | None:
    """The links of ``names`` when already read, without reading anything."""
    with _cache_lock:
        cached = _links_cache.get(_key(db))
    return cached[1] if cached is not None and cached[0] is names else None


def warm(db: Database) -> NameIndex:
    """Read the names and their links ahead of the first search (in a worker)."""
    names = name_index(db)
    link_index(db)
    return names


# -- from names to alliances ---------------------------------------------------------------


def exact_links_query(people: Sequence[str], organizations: Sequence[str]):
    """(kind, name, alliance id) for these exact people and organisation names, by indexes.

    A representative is found from the people's ids (memberships have no index on it, so
    SQLite reads the memberships once against that small set, not each person's row).
    """
    parts = []
    if people:
        names = list(people)
        parts.append(
            select(literal(PEOPLE), Person.full_name, Meeting.alliance_id)
            .select_from(Person)
            .join(Attendance, Attendance.person_id == Person.id)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .where(Person.full_name.in_(names))
        )
        chosen = select(Person.id, Person.full_name).where(Person.full_name.in_(names)).subquery()
        parts.append(
            select(literal(PEOPLE), chosen.c.full_name, Membership.alliance_id)
            .select_from(Membership)
            .join(chosen, chosen.c.id == Membership.representative_id)
        )
    if organizations:
        parts.append(
            select(literal(ORGANIZATIONS), Organization.name, Membership.alliance_id)
            .select_from(Organization)
            .join(Membership, Membership.organization_id == Organization.id)
            .where(Organization.name.in_(list(organizations)))
        )
    return union_all(*parts) if len(parts) > 1 else parts[0]


def link_names_query(alliance_ids: Sequence[str]):
    """(alliance id, name) of every person and partner linked to these alliances."""
    ids = list(alliance_ids)
    return union_all(
        select(Meeting.alliance_id, Person.full_name.label("name"))
        .select_from(Meeting)
        .join(Attendance, Attendance.meeting_id == Meeting.id)
        .join(Person, Person.id == Attendance.person_id)
        .where(Meeting.alliance_id.in_(ids)),
        select(Membership.alliance_id, Person.full_name.label("name"))
        .select_from(Membership)
        .join(Person, Person.id == Membership.representative_id)
        .where(Membership.alliance_id.in_(ids)),
        select(Membership.alliance_id, Organization.name.label("name"))
        .select_from(Membership)
        .join(Organization, Organization.id == Membership.organization_id)
        .where(Membership.alliance_id.in_(ids)),
    )


@dataclass(frozen=True)
class WordPlan:
    """How one word is checked: an exact set of linked alliances, or alliance by alliance."""

    word: str
    exact: frozenset[str] | None


class AllianceSearch:
    """The people-and-partner side of the list's search, for one refresh of the list.

    ``own_texts`` maps each alliance id to its own folded fields (name, territory, area as
    the list shows them); ``matches`` keeps, in order, the candidates holding every word.
    """

    def __init__(self, db: Database, own_texts: Mapping[str, str]):
        self._db = db
        self._own = own_texts
        self._names: NameIndex | None = None
        self._plans: dict[str, WordPlan] = {}
        # Alliance id → its folded link names, one per line: a word (never a line break) is
        # looked for in one string, and an office's thousands of them are no work for the
        # garbage collector (a frozenset of names each was).
        self._links: dict[str, str] = {}
        # (kind, exact name) → the alliances it is linked to, as read for rare words: a word
        # typed further (or erased back) reuses them instead of asking the database again.
        self._name_links: dict[tuple[int, str], set[str]] = {}
        self._in_every_own: dict[str, bool] = {}
        self._memory: LinkIndex | None = None  # the names' links, once read behind the window
        self._names_holding: dict[str, array] = {}  # word → the names holding it, in memory

    @property
    def names(self) -> NameIndex:
        if self._names is None:
            self._names = name_index(self._db)
        return self._names

    def plan(self, word: str) -> WordPlan:
        found = self._plans.get(word)
        if found is None:
            found = self._plans[word] = self._plan(word, EXACT_BUDGET)
        return found

    def _links_in_memory(self) -> LinkIndex | None:
        if self._memory is None:
            self._memory = links_ready(self._db, self.names)
            if self._memory is not None:  # words checked alliance by alliance may be exact now
                self._plans = {w: p for w, p in self._plans.items() if p.exact is not None}
        return self._memory

    def _plan(self, word: str, budget: int) -> WordPlan:
        names = self.names
        links = self._links_in_memory()
        if links is not None:
            return self._plan_in_memory(word, links)
        people: list[str] = []
        organizations: list[str] = []
        cost = 0
        # Walk the names holding the word; a word common enough to pass the budget stops
        # the walk (it will be checked alliance by alliance).
        for index in names.holding(word):
            if index < names.first_organization:
                people.append(names.raw(index))
                cost += names.people_count(index) * ATTENDANCES_PER_PERSON
            else:
                organizations.append(names.raw(index))
                cost += 1
            if cost > budget:
                return WordPlan(word, None)
        wanted = [(PEOPLE, raw) for raw in people] + [(ORGANIZATIONS, raw) for raw in organizations]
        unknown = [key for key in wanted if key not in self._name_links]
        if unknown:
            for key in unknown:
                self._name_links[key] = set()
            query = exact_links_query(
                [raw for kind, raw in unknown if kind == PEOPLE],
                [raw for kind, raw in unknown if kind == ORGANIZATIONS],
            )
            with self._db.reading() as session:
                for kind, raw, alliance_id in session.execute(query):
                    self._name_links[(kind, raw)].add(alliance_id)
        found: set[str] = set()
        for key in wanted:
            found |= self._name_links[key]
        return WordPlan(word, frozenset(found))

    def _plan_in_memory(self, word: str, links: LinkIndex) -> WordPlan:
        names = self.names
        if not word or "\n" in word:
            return WordPlan(word, frozenset())
        if not names.one_per_line():
            return self._plan_walked(word, links)
        # A word typed further is held only by names that held it before: look among those.
        narrower = self._names_holding.get(word[:-1])
        if narrower is None:
            narrower = self._names_holding.get(word[1:])
        if narrower is not None:
            holding = self._names_narrowed(word, narrower)
        else:
            holding = self._names_walked(word, links)
            if holding is None:  # more names or links than worth resolving
                return WordPlan(word, None)
        if len(self._names_holding) >= 256:  # a long session's words: keep the memory small
            self._names_holding.clear()
        self._names_holding[word] = holding
        link_starts, link_alliances = links.starts, links.alliances
        found: set[int] = set()
        cost = 0
        for index in holding:
            start, end = link_starts[index], link_starts[index + 1]
            cost += end - start
            if cost > LINK_BUDGET:
                return WordPlan(word, None)
            if end - start == 1:
                found.add(link_alliances[start])
            elif end > start:
                found.update(link_alliances[start:end])
        return WordPlan(word, links.ids(found))

    def _names_walked(self, word: str, links: LinkIndex) -> array | None:
        """The names holding ``word`` (None: more names or links than worth resolving),
        walked as NameIndex.holding does but each name's number counted from the line breaks
        since the last one instead of bisected: under a microsecond a name."""
        joined, starts = self.names.joined, self.names.starts
        link_starts = links.starts
        last = len(starts) - 1
        holding = array("i")
        index = base = cost = 0
        position = joined.find(word)
        while position >= 0:
            index += joined.count("\n", base, position)
            holding.append(index)
            cost += link_starts[index + 1] - link_starts[index]
            if cost > LINK_BUDGET or len(holding) > LINK_NAMES:
                return None
            if index >= last:
                break
            index += 1
            base = starts[index]
            if not len(holding) % KEYSTROKE_NAMES and not self._few_enough(word, holding, base):
                return None
            position = joined.find(word, base)
        return holding

    def _few_enough(self, word: str, holding: array, base: int) -> bool:
        """Might a word held by the ``holding`` names so far (the names after ``base`` not
        walked yet) be held by at most LINK_NAMES in all?

        At the first judgement its occurrences left are counted (a word in a block of names
        at the end looked rare until then). Then it is judged from how densely it holds the
        names walked since its first, not since the first name: people's names come first
        and organisations' by kind, so a word of organisations only (a number) or of one
        kind («cooperativa») looked rare, and was walked to LINK_NAMES on a keystroke before
        being given up, or resolved anew at each key although its alliances are many (and
        its first page found alliance by alliance at once)."""
        found, index = len(holding), holding[-1]
        if found == KEYSTROKE_NAMES and found + self.names.joined.count(word, base) > LINK_NAMES:
            return False  # more left than worth walking (counted: a millisecond or so)
        walked = index - holding[0] + 1
        return found + found * (len(self.names) - index - 1) / walked <= LINK_NAMES

    def _names_narrowed(self, word: str, names_before: array) -> array:
        joined, starts = self.names.joined, self.names.starts
        last, size = len(starts) - 1, len(joined)
        return array(
            "i",
            [
                index
                for index in names_before
                if joined.find(word, starts[index], starts[index + 1] if index < last else size)
                >= 0
            ],
        )

    def _plan_walked(self, word: str, links: LinkIndex) -> WordPlan:
        found: set[int] = set()
        cost = 0
        for walked, index in enumerate(self.names.holding(word), start=1):
            cost += links.reach(index)
            if cost > LINK_BUDGET or walked > LINK_NAMES:
                return WordPlan(word, None)
            found.update(links.alliances_of(index))
        return WordPlan(word, links.ids(found))

    def _load_links(self, alliance_ids: Iterable[str]) -> None:
        wanted = [aid for aid in alliance_ids if aid not in self._links]
        if not wanted:
            return
        links = self._links_in_memory()
        if links is not None and self.names.one_per_line():
            # Each alliance's folded names cut from the joined names (about 20 µs an
            # alliance, against half a millisecond for its rows read from the database).
            joined, starts = self.names.joined, self.names.starts
            last, size = len(starts) - 1, len(joined)
            for alliance_id in wanted:
                self._links[alliance_id] = "\n".join(
                    joined[starts[i] : starts[i + 1] - 1 if i < last else size]
                    for i in links.names_of(alliance_id)
                )
            return
        found: dict[str, set[str]] = defaultdict(set)
        with self._db.reading() as session:
            for start in range(0, len(wanted), 400):
                query = link_names_query(wanted[start : start + 400])
                rows = [(alliance_id, raw) for alliance_id, raw in session.execute(query) if raw]
                folded = folded_each([raw for _alliance_id, raw in rows])
                for (alliance_id, _raw), name in zip(rows, folded, strict=True):
                    found[alliance_id].add(name)
        for alliance_id in wanted:
            self._links[alliance_id] = "\n".join(found.get(alliance_id, ()))

    def narrowed(self, words: Sequence[str], candidates: Sequence[str]) -> list[str]:
        """The candidates (in their order) that the words already resolved exactly (or held
        by every alliance) let through: those the other words are then checked in."""
        return self._filtered(words, candidates)[0]

    def _filtered(self, words: Sequence[str], candidates: Sequence[str]):
        own = self._own
        rest: list[str] = []
        for word in words:
            if self._in_every_own.get(word):
                continue
            plan = self._plans.get(word)
            if plan is None or plan.exact is None:
                rest.append(word)
                continue
            exact = plan.exact
            candidates = [aid for aid in candidates if aid in exact or word in own.get(aid, "")]
        return list(candidates), rest

    def matches(self, words: Sequence[str], candidates: Sequence[str]) -> list[str]:
        """The candidates (in their order) whose fields, partners or people hold every word."""
        if not words:
            return list(candidates)
        own = self._own
        # Words already resolved exactly (or held by every alliance) filter the whole list
        # a word at a time; the rest are checked alliance by alliance below.
        candidates, words = self._filtered(words, candidates)
        if not words:
            return candidates
        # Words found in an alliance's own fields cost nothing more; the rest go to plans.
        pending: list[tuple[str, list[str]]] = []
        for alliance_id in candidates:
            text = own.get(alliance_id, "")
            missing = [w for w in words if w not in text]
            if not missing:
                pending.append((alliance_id, []))
                continue
            plans = [self.plan(w) for w in missing]
            if any(p.exact is not None and alliance_id not in p.exact for p in plans):
                continue
            pending.append((alliance_id, [p.word for p in plans if p.exact is None]))
        self._load_links(aid for aid, unresolved in pending if unresolved)
        return [
            aid for aid, unresolved in pending if all(w in self._links[aid] for w in unresolved)
        ]

    def is_cheap(self, words: Sequence[str]) -> bool:
        """Every word resolves without reading alliances one by one (so all can be checked).

        A word every alliance holds in its own fields («alianza») needs no plan at all. Every
        word is planned, cheap or not, so what a keystroke checks next counts no plan.
        """
        cheap = [self._everywhere(w) or self.plan(w).exact is not None for w in words]
        return all(cheap)

    def _everywhere(self, word: str) -> bool:
        found = self._in_every_own.get(word)
        if found is None:
            found = self._in_every_own[word] = all(word in text for text in self._own.values())
        return found


__all__ = [
    "AllianceSearch",
    "NameIndex",
    "exact_links_query",
    "fold",
    "folded_each",
    "forget_names",
    "link_index",
    "link_names_query",
    "links_ready",
    "name_index",
    "warm",
    "words_of",
]
