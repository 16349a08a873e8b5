"""Where a person is mentioned in free text, found regardless of accents and case, and redacted.

Erasure (Ley 1581) reaches the texts people typed about someone — an alliance's
coordination members, a commitment's description, an open meeting's notes — as
long as they are not part of a frozen document: an issued agreement version or a
closed acta keeps what was signed (its agenda, attendance and decisions stay too).
The same folding and replacing serves the audit log, drafts and log files.
"""

from __future__ import annotations

import json
import logging
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alianzas_desktop.domain import history_text
from alianzas_desktop.domain.vocabulary import MeetingStatus
from alianzas_desktop.storage.models import (
    AgendaItem,
    Alliance,
    AllianceCondition,
    Attendance,
    Commitment,
    CommitmentUpdate,
    DataAuthorization,
    Decision,
    Meeting,
    Membership,
    Organization,
)

logger = logging.getLogger(__name__)

ERASED_NAME = "Persona suprimida"
ERASED_VALUE = "[suprimido]"
# Shorter values, or a name of one word («Ana»), would match ordinary words and numbers.
MIN_LENGTH = 5
MIN_NAME_WORDS = 2


def fold(text: str) -> str:
    """Lower case without accents: «Ríos» and «RIOS» fold to the same «rios»."""
    return _folded(text)[0]


def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _folded(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index it came from."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for folded_char in _fold_char(char):
            chars.append(folded_char)
            origin.append(index)
    return "".join(chars), origin


def _occurrences(folded: str, needle: str) -> Iterator[int]:
    """Where ``needle`` stands as a whole in ``folded``: «ana rios» is not in «mariana rios»."""
    start = folded.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = folded[start - 1] if start else " "
        after = folded[end] if end < len(folded) else " "
        if not before.isalnum() and not after.isalnum():
            yield start
            start = folded.find(needle, end)
        else:
            start = folded.find(needle, start + 1)


@dataclass(frozen=True)
class Needles:
    """A person's values to look for, folded, each with what replaces it."""

    pairs: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, name: str, others: tuple[str, ...] | list[str] = (), *more: Needles) -> Needles:
        pairs: dict[str, str] = {}
        for needle in more:
            pairs.update(dict(needle.pairs))
        folded_name = " ".join(fold(name or "").split())
        if len(folded_name.split()) >= MIN_NAME_WORDS and folded_name != fold(ERASED_NAME):
            pairs[folded_name] = ERASED_NAME
        for value in others:
            if value and len(value.strip()) >= MIN_LENGTH:
                pairs[fold(value.strip())] = ERASED_VALUE
        return cls(tuple(pairs.items()))

    def __bool__(self) -> bool:
        return bool(self.pairs)

    def found_in(self, text: str | None) -> bool:
        if not text:
            return False
        folded = fold(text)
        return any(next(_occurrences(folded, needle), None) is not None for needle, _ in self.pairs)

    def redact(self, text: str) -> str:
        """``text`` with every mention replaced; the rest untouched, accents included."""
        if not text or not self.pairs:
            return text
        folded, origin = _folded(text)
        spans: list[tuple[int, int, str]] = []
        for needle, replacement in self.pairs:
            for start in _occurrences(folded, needle):
                end = start + len(needle)
                first, last = origin[start], origin[end - 1] + 1
                while last < len(text) and unicodedata.combining(text[last]):
                    last += 1
                spans.append((first, last, replacement))
        if not spans:
            return text
        pieces: list[str] = []
        position = 0
        for first, last, replacement in sorted(spans):
            if first < position:  # overlaps one already replaced
                continue
            pieces += [text[position:first], replacement]
            position = last
        pieces.append(text[position:])
        return "".join(pieces)

    def redact_json(self, value: Any) -> Any:
        """Every string inside a JSON value (keys included) redacted."""
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, list):
            return [self.redact_json(v) for v in value]
        if isinstance(value, dict):
            return {self.redact(k): self.redact_json(v) for k, v in value.items()}
        return value

    def redact_json_text(self, text: str) -> str:
        """JSON text redacted value by value (escaped accents too); plain text if not JSON."""
        if not self.found_in(text) and "\\u" not in (text or ""):
            return text
        try:
            parsed = json.loads(text)
        except (TypeError, ValueError):
            return self.redact(text)
        redacted = self.redact_json(parsed)
        if redacted == parsed:
            return text
        return json.dumps(redacted, ensure_ascii=False)


@dataclass(frozen=True)
class Mention:
    """One free-text field naming the person, described for the facilitator."""

    table: str
    record_id: str
    field: str
    description: str


# Free-text fields of each kind of record (keys, codes, dates and enum values are not).
_FIELDS: dict[type, tuple[str, ...]] = {
    Alliance: (
        "name",
        "departamento",
        "municipio",
        "vereda",
        "facilitator",
        "purpose",
        "objectives",
        "legal_figure",
        "coordination_body",
        "coordination_members",
        "decision_rules",
        "meeting_rhythm",
        "duration",
    ),
    Organization: ("name", "identifier"),
    Membership: ("representative_cargo", "interests", "contribution", "retired_reason"),
    AllianceCondition: ("note",),
    Commitment: ("description",),
    CommitmentUpdate: ("note",),
    Meeting: ("place", "objective", "next_place"),
    AgendaItem: ("title", "notes"),
    Attendance: ("cargo",),
    Decision: ("text",),
    DataAuthorization: ("witness", "guardian"),
}
# Requests' notes, drafts and the audit log are always redacted by the erasure itself.
# Rows of a closed acta are frozen with it (guarded by triggers): never redacted.
_OF_MEETING = (AgendaItem, Attendance, Decision)


def _rows(session: Session) -> Iterator[Any]:
    open_meetings = select(Meeting.id).where(Meeting.status != MeetingStatus.CLOSED.value)
    for model in _FIELDS:
        query = select(model)
        if model is Meeting:
            query = query.where(Meeting.status != MeetingStatus.CLOSED.value)
        elif model in _OF_MEETING:
            query = query.where(model.meeting_id.in_(open_meetings))
        yield from session.scalars(query)


def _alliance_name(session: Session, row: Any, cache: dict[str, str]) -> str:
    alliance_id = getattr(row, "alliance_id", None)
    if alliance_id is None and isinstance(row, Alliance):
        return row.name
    if alliance_id is None and hasattr(row, "meeting_id") and row.meeting_id:
        meeting = session.get(Meeting, row.meeting_id)
        alliance_id = meeting.alliance_id if meeting else None
    if alliance_id is None and isinstance(row, CommitmentUpdate):
        commitment = session.get(Commitment, row.commitment_id)
        alliance_id = commitment.alliance_id if commitment else None
    if alliance_id is None:
        return ""
    if alliance_id not in cache:
        alliance = session.get(Alliance, alliance_id)
        cache[alliance_id] = alliance.name if alliance else ""
    return cache[alliance_id]


def _describe(session: Session, row: Any, field: str, cache: dict[str, str]) -> str:
    table = row.__tablename__
    label = history_text.TABLES.get(table, ("Registro", False))[0]
    field_label = history_text.field_label(table, field) or field
    alliance = _alliance_name(session, row, cache)
    if isinstance(row, Alliance):
        return f"{label} «{alliance}»: {field_label}"
    if alliance:
        return f"{label} de la alianza «{alliance}»: {field_label}"
    return f"{label}: {field_label}"


def find_mentions(session: Session, needles: Needles) -> list[Mention]:
    """Free-text fields of unfrozen records that mention the person."""
    if not needles:
        return []
    found = []
    cache: dict[str, str] = {}
    for row in _rows(session):
        for field in _FIELDS[type(row)]:
            if needles.found_in(getattr(row, field)):
                found.append(
                    Mention(row.__tablename__, row.id, field, _describe(session, row, field, cache))
                )
    return found


def redact_mentions(session: Session, needles: Needles) -> int:
    """Replace every mention in unfrozen records; returns how many fields changed."""
    changed = 0
    for mention in find_mentions(session, needles):
        model = next(m for m in _FIELDS if m.__tablename__ == mention.table)
        row = session.get(model, mention.record_id)
        setattr(row, mention.field, needles.redact(getattr(row, mention.field)))
        changed += 1
    return changed
