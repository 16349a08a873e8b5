"""``list people`` and ``list meetings`` written as they are read: the same bytes as before."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys

import pytest

from alianzas_desktop import cli, cli_lists
from alianzas_desktop.services import meetings, nacimiento, personal_data
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting

HOSTILE = 'Ñoño <b>&amp; "Pérez"\\ 😀'
LINES = "línea\nnueva\ttab \x01 \u2028 fin }," + "\n    {"


def _json_as_before(records: list[dict]) -> str:
    """What the lists printed before they streamed."""
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("sizes", [[], [0], [1], [3], [2, 0, 1], [1, 1, 1, 1]])
def test_json_records_come_out_as_json_dumps_wrote_them(sizes):
    values = ["", HOSTILE, LINES, "}", "{}", 0, -7, 12345678901234567890, None, True, False, 1.5]
    batches = [
        [
            {
                "id": f"r{b}-{i}",
                "texto": values[(b + i) % len(values)],
                "otro": values[(b * 3 + i + 1) % len(values)],
                "vacío": "",
            }
            for i in range(size)
        ]
        for b, size in enumerate(sizes)
    ]
    out = io.StringIO()

    cli_lists.write_json_records(iter(batches), out)

    assert out.getvalue() == _json_as_before([r for batch in batches for r in batch])
    assert json.loads(out.getvalue()) == [r for batch in batches for r in batch]


def test_lines_come_out_as_print_wrote_them():
    out = io.StringIO()
    cli_lists.write_lines(iter([["a", HOSTILE], [], ["ñ"]]), out)
    assert out.getvalue() == f"a\n{HOSTILE}\nñ\n"


@pytest.fixture
def hostile_db(db):
    """An alliance, its partners and two meetings (one closed) named with markup, quotes,
    accents, an emoji and line breaks."""
    data = nacimiento_data()
    data.name = f"Alianza {HOSTILE}"
    data.partners[1].representative.name = HOSTILE
    alliance_id = nacimiento.found_alliance(db, data)
    convened = convened_meeting(db, alliance_id)
    convened.place, convened.objective = HOSTILE, LINES.replace("\x01", "")
    meetings.save_convocation(db, convened)
    closed = convened_meeting(db, alliance_id)
    meeting_id = meetings.save_convocation(db, closed)
    closed = meetings.meeting_data(db, meeting_id)
    hold_meeting(closed, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, closed, meeting_id)
    return db


def _run(*argv: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.run_command(cli.parse(list(argv)))
    assert code == cli.EXIT_OK, err.getvalue()
    return out.getvalue()


def test_list_people_prints_what_it_always_printed(hostile_db):
    people = personal_data.list_people(hostile_db)
    assert HOSTILE in [p.name for p in people] and len(people) > 3
    path = str(hostile_db.path)

    assert _run("list", "people", "--json", "--db", path) == _json_as_before(
        [
            {
                "id": p.id,
                "name": p.name,
                "organization": p.organization,
                "authorized": p.has_authorization,
                "erased": p.erased,
            }
            for p in people
        ]
    )
    assert _run("list", "people", "--db", path) == "".join(
        f"{p.id}  {p.name} — {p.organization}\n" for p in people
    )


@pytest.mark.parametrize("lang", ["es", "en"])
def test_list_meetings_prints_what_it_always_printed(hostile_db, lang):
    rows = meetings.list_meetings(hostile_db)
    assert {m.place for m in rows} >= {HOSTILE} and {m.number for m in rows} == {None, 1}
    path = str(hostile_db.path)

    assert _run("--lang", lang, "list", "meetings", "--json", "--db", path) == _json_as_before(
        [
            {
                "id": m.id,
                "alliance_id": m.alliance_id,
                "alliance_name": m.alliance_name,
                "number": m.number,
                "date": m.date.isoformat(),
                "status": m.status,
                "status_label": m.status_label,
                "kind_label": m.kind_label,
                "place": m.place,
                "objective": m.objective,
                "signed": m.signed,
            }
            for m in rows
        ]
    )
    acta, convened = ("Acta No. 1", "Convocada") if lang == "es" else ("Minutes No. 1", "Convened")
    assert _run("--lang", lang, "list", "meetings", "--db", path) == "".join(
        f"{m.id}  {m.date.isoformat()}  {m.alliance_name} — {acta if m.number else convened}\n"
        for m in rows
    )


def test_listing_imports_neither_qt_nor_pdf_nor_cryptography_nor_the_orm(db):
    # `--help` and `list` start in a fresh process: what they import is what a user waits for.
    # The lists read plain rows from a read-only database: neither the ORM nor the mapped
    # models, nor the audit pass (and its history's wording, babel) that never writes there.
    heavy = (
        "PySide6",
        "reportlab",
        "cryptography",
        "babel",
        "sqlalchemy.orm",
        "alianzas_desktop.storage.models",
        "alianzas_desktop.storage.audit",
    )
    probe = (
        "import sys\n"
        "from alianzas_desktop.__main__ import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = set(sys.modules) | {m.split('.')[0] for m in sys.modules}\n"
        f"print(sorted(loaded & {set(heavy)!r}))\n"
    )
    for argv in (["--help"], ["list", "people", "--json"], ["list", "meetings"]):
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                probe,
                *argv,
                *(["--db", str(db.path)] if argv[0] == "list" else []),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[-1] == "[]", (argv, done.stdout[-300:])
