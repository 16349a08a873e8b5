"""Which alliances each searched name reaches, held in memory for an office's search.

services/search matches a typed word against the distinct people and organisation
names in memory (``NameIndex``); this module says, for each of those names, which
alliances it is linked to: the alliances whose meetings a person of that name attended
or whose partner they represent, and the alliances an organisation of that name is a
partner of. With it a word is turned into the exact set of its alliances without asking
the database, however many alliances it reaches (up to ``LINK_BUDGET`` links): typing a
partner's name found its first page after reading the names of hundreds of alliances,
a batch at a time (about 0.3 s on an office), and now finds every match at once.

It is read behind the window (``ui/models/alliance_list_model`` warms it with the names)
and used only when it belongs to the names the search holds; meanwhile the search asks
the database as before. The links are held as two integer arrays (each name's start, and
the alliance numbers name after name), and again grouped by alliance, so an alliance
checked by itself finds its names without a query: an office's 380,000 links take about
3 MiB both ways.
"""

from __future__ import annotations

import logging
import time
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from alianzas_desktop.storage.models import (
    Attendance,
    Meeting,
    Membership,
    Organization,
    Person,
)

logger = logging.getLogger(__name__)

# Rows read per batch from the database.
BATCH = 5000
# Links handled between two offers of the interpreter to the window's thread: this runs in
# a worker while the user may be typing, and Python runs one thread at a time (16 ms of a
# keystroke's Python took 27 ms at the median while the links were read without the
# offers, 21–25 ms with them; up to 3 times as long at worst, 2.5 with them).
_YIELD_EVERY = 1024


@dataclass(frozen=True)
class LinkIndex:
    """For the ``index``-th name of a ``NameIndex``, the alliances it is linked to."""

    alliance_ids: list[str]  # alliance number → id
    starts: array  # each name's first link in ``alliances``, and the end after the last
    alliances: array  # alliance numbers, the links of one name after the other
    numbers: dict[str, int]  # alliance id → number
    name_starts: array  # each alliance's first link in ``names``, and the end after the last
    names: array  # name indexes, the links of one alliance after the other

    def reach(self, index: int) -> int:
        """How many links the ``index``-th name has (an alliance may count more than once)."""
        return self.starts[index + 1] - self.starts[index]

    def alliances_of(self, index: int) -> array:
        """The alliance numbers the ``index``-th name is linked to."""
        return self.alliances[self.starts[index] : self.starts[index + 1]]

    def names_of(self, alliance_id: str) -> array:
        """The indexes of the names linked to an alliance (none when it has no links)."""
        number = self.numbers.get(alliance_id)
        if number is None:
            return array("i")
        return self.names[self.name_starts[number] : self.name_starts[number + 1]]

    def ids(self, numbers: Iterable[int]) -> frozenset[str]:
        alliance_ids = self.alliance_ids
        return frozenset(alliance_ids[number] for number in numbers)


def link_rows_queries():
    """(kind, name as stored, alliance id) of every link, one query per kind of link."""
    attended = (
        select(Person.full_name, Meeting.alliance_id)
        .select_from(Attendance)
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .join(Person, Person.id == Attendance.person_id)
    )
    represented = (
        select(Person.full_name, Membership.alliance_id)
        .select_from(Membership)
        .join(Person, Person.id == Membership.representative_id)
    )
    partnered = (
        select(Organization.name, Membership.alliance_id)
        .select_from(Membership)
        .join(Organization, Organization.id == Membership.organization_id)
    )
    return (attended, True), (represented, True), (partnered, False)


def build_link_index(session, raw_names: list[str], first_organization: int) -> LinkIndex:
    """The links of each name (``raw_names`` as ``NameIndex`` holds them: people first)."""
    people = {raw: index for index, raw in enumerate(raw_names[:first_organization])}
    organizations = {
        raw: first_organization + offset
        for offset, raw in enumerate(raw_names[first_organization:])
    }
    numbers: dict[str, int] = {}
    alliance_ids: list[str] = []
    link_names, link_alliances = array("i"), array("i")
    for query, of_people in link_rows_queries():
        index_of = people if of_people else organizations
        for row, (raw, alliance_id) in enumerate(
            session.execute(query.execution_options(yield_per=BATCH))
        ):
            if not row % _YIELD_EVERY:
                time.sleep(0)
            index = index_of.get(raw)
            if index is None:  # an empty name: no word finds it
                continue
            number = numbers.get(alliance_id)
            if number is None:
                number = numbers[alliance_id] = len(alliance_ids)
                alliance_ids.append(alliance_id)
            link_names.append(index)
            link_alliances.append(number)
    starts, alliances = _grouped(link_names, link_alliances, len(raw_names))
    name_starts, names = _grouped(link_alliances, link_names, len(alliance_ids))
    return LinkIndex(
        alliance_ids=alliance_ids,
        starts=starts,
        alliances=alliances,
        numbers=numbers,
        name_starts=name_starts,
        names=names,
    )


def _grouped(keys: array, values: array, count: int) -> tuple[array, array]:
    """``values`` grouped by their ``keys`` (0…count-1), and where each key's group starts
    (with the end after the last): a counting sort, two passes, no object per link."""
    starts = array("i", [0]) * (count + 1)
    for link, key in enumerate(keys):
        if not link % _YIELD_EVERY:
            time.sleep(0)
        starts[key + 1] += 1
    for key in range(count):
        starts[key + 1] += starts[key]
    time.sleep(0)
    filled = array("i", starts)
    grouped = array("i", [0]) * len(values)
    for link, (key, value) in enumerate(zip(keys, values, strict=True)):
        if not link % _YIELD_EVERY:
            time.sleep(0)
        grouped[filled[key]] = value
        filled[key] += 1
    return starts, grouped


__all__ = ["LinkIndex", "build_link_index", "link_rows_queries"]
