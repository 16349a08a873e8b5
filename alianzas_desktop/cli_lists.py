"""``alianzas list people`` and ``list meetings``: written as they are read, in flat memory.

An office lists a hundred thousand people: rows come from the database a batch at a
time (services.listings) and each batch is written before the next is read, as JSON
(byte for byte what ``json.dumps(rows, ensure_ascii=False, indent=2)`` printed) or as
one line per record.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from itertools import chain
from typing import Any

from alianzas_desktop.cli_language import label, line, worded
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

# The C encoder writes no indentation, but takes any separators: with these, every item
# of a flat record starts on its own line, indented as ``indent=2`` would. Strings come
# out with their line breaks escaped, so a raw line break is only ever a separator.
_ITEM = ",\n    "
_encode = json.JSONEncoder(ensure_ascii=False, separators=(_ITEM, ": ")).encode
_BETWEEN_RECORDS = "}" + _ITEM + "{"


def write_json_records(batches: Iterable[list[dict[str, Any]]], out=None) -> None:
    """Write flat records (keys to strings, numbers, booleans or None), given a batch at a
    time, as ``print(json.dumps(records, ensure_ascii=False, indent=2))`` would."""
    out = out if out is not None else sys.stdout
    first = True
    for batch in batches:
        if not batch:
            continue
        # "[{…},\n    {…}]": records are told apart by "}" + separator + "{", which no
        # scalar value can write.
        text = _encode(batch)[2:-2].replace(_BETWEEN_RECORDS, "\n  },\n  {\n    ")
        out.write(("[\n" if first else ",\n") + "  {\n    " + text + "\n  }")
        first = False
    out.write("[]\n" if first else "\n]\n")


def write_lines(batches: Iterable[list[str]], out=None) -> None:
    """Write each line as ``print(line)`` would, given a batch at a time."""
    out = out if out is not None else sys.stdout
    for batch in batches:
        if batch:
            out.write("\n".join(batch) + "\n")


@contextmanager
def _settled() -> Iterator[None]:
    """The command's imports (SQLAlchemy, the models) are objects that live until it exits:
    set apart while it lists, the garbage collector no longer walks them again for each
    batch of records (a tenth of the CPU time of ``list meetings`` on an office's database).
    Given back afterwards, for a caller that goes on (the tests run commands in-process)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def list_people(args: argparse.Namespace) -> int:
    from alianzas_desktop.cli import EXIT_OK, _open_database
    from alianzas_desktop.services.listings import people_batches

    with _settled(), closing(people_batches(_open_database(args.db))) as batches:
        if args.json:
            write_json_records(
                [
                    {
                        "id": person_id,
                        "name": name,
                        "organization": organization,
                        "authorized": authorized,
                        "erased": erased,
                    }
                    for person_id, name, organization, authorized, _minor, erased in batch
                ]
                for batch in batches
            )
        else:
            write_lines(
                [
                    f"{person_id}  {name} — {organization}"
                    for person_id, name, organization, *_ in batch
                ]
                for batch in batches
            )
    return EXIT_OK


def list_meetings(args: argparse.Namespace) -> int:
    from alianzas_desktop.cli import EXIT_OK, _open_database
    from alianzas_desktop.services.listings import meeting_batches

    db = _open_database(args.db)
    with _settled(), closing(meeting_batches(db, args.alliance)) as batches:
        first = next(batches, [])
        if args.alliance and not first:
            from alianzas_desktop.services.alliances import alliance_detail

            alliance_detail(db, args.alliance)  # NotFoundError when the id names no alliance
            if not args.json:
                said = line(QT_TRANSLATE_NOOP("cli", "Esta alianza no tiene sesiones."))
                print(worded(args.lang, said))
        every = chain([first], batches)
        if args.json:
            write_json_records(
                [
                    {
                        "id": meeting_id,
                        "alliance_id": alliance_id,
                        "alliance_name": alliance_name,
                        "number": number,
                        "date": day.isoformat(),
                        "status": status,
                        "status_label": status_label,
                        "kind_label": kind_label,
                        "place": place,
                        "objective": objective,
                        "signed": signed,
                    }
                    for (
                        meeting_id,
                        alliance_id,
                        alliance_name,
                        number,
                        status,
                        status_label,
                        kind_label,
                        day,
                        place,
                        objective,
                        signed,
                    ) in batch
                ]
                for batch in every
            )
        else:
            acta = _remembered(
                lambda number: worded(
                    args.lang, line(QT_TRANSLATE_NOOP("cli", "Acta No. {number}"), number=number)
                )
            )
            status = _remembered(lambda status_label: label(args.lang, status_label))
            write_lines(
                [
                    f"{m[0]}  {m[7].isoformat()}  {m[2]} — {acta(m[3]) if m[3] else status(m[5])}"
                    for m in batch
                ]
                for batch in every
            )
    return EXIT_OK


def _remembered(word: Callable[[Any], str]) -> Callable[[Any], str]:
    """``word`` worked out once per value: a few numbers and statuses repeat over thousands
    of meetings."""
    known: dict[Any, str] = {}

    def remembered(value: Any) -> str:
        found = known.get(value)
        if found is None:
            found = known[value] = word(value)
        return found

    return remembered
