"""Every entry of a realistic history (the demo, then a few corrections) reads as Spanish prose."""

from __future__ import annotations

import re
import sqlite3
from datetime import date

import pytest

from alianzas_desktop.services import alliance_changes, alliances, audit, demo, personal_data
from alianzas_desktop.services import meetings as meeting_service

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
INTERNAL = re.compile(r"\borden: ?\d|\bposition\b|\w_\w")
ENGLISH = {
    "abstentions",
    "agreement",
    "alliance",
    "archived",
    "bytes",
    "closed",
    "commitment",
    "content",
    "created",
    "deleted",
    "description",
    "draft",
    "false",
    "id",
    "issued",
    "kind",
    "meeting",
    "membership",
    "none",
    "null",
    "pending",
    "person",
    "phase",
    "signed",
    "status",
    "true",
    "updated",
}
FORBIDDEN = ("{", "[", '"id"', "caracteres", "None", "True", "False", "\\n")


def _problems(line: str) -> list[str]:
    found = [token for token in FORBIDDEN if token in line]
    if UUID.search(line):
        found.append("uuid")
    if INTERNAL.search(line):
        found.append("clave interna")
    words = {w.casefold() for w in re.findall(r"[A-Za-z]+", line)}
    found += sorted(words & ENGLISH)
    return found


@pytest.fixture
def demo_db(db):
    ids = demo.build_demo(db, date(2026, 11, 30))
    detail = alliances.alliance_detail(db, ids[0])
    partner = detail.partners[-1]
    alliance_changes.retire_partner(db, partner.membership_id, date(2026, 11, 30), "Cambio")
    alliance_changes.archive_alliance(db, ids[1])
    meeting = meeting_service.list_meetings(db, ids[0])[0]
    with sqlite3.connect(db.path) as connection:
        [person_id] = connection.execute(
            "SELECT person_id FROM attendances WHERE meeting_id = ? LIMIT 1", (meeting.id,)
        ).fetchone()
    personal_data.erase_person(db, person_id)
    return db, ids


def test_every_entry_of_the_demo_history_reads_as_prose(demo_db):
    db, ids = demo_db
    with sqlite3.connect(db.path) as connection:
        record_ids = [r[0] for r in connection.execute("SELECT DISTINCT record_id FROM audit_log")]
    records = [r for alliance_id in ids for r in audit.history_of_alliance(db, alliance_id)]
    records += [r for record_id in record_ids for r in audit.history_of_record(db, record_id)]
    assert len(records) > 500
    tables = {r.table for r in records}
    assert {"meetings", "attendances", "agenda_items", "people", "agreement_versions"} <= tables

    bad = {}
    for record in records:
        for line in (record.summary, record.record_name, record.when, *record.details):
            if _problems(line):
                bad[line] = _problems(line)
        assert record.summary.startswith(record.record_name.split("«")[0].strip()) or (
            record.table == "meetings"
        ), record.summary
    assert bad == {}


def test_every_entry_names_its_record(demo_db):
    db, ids = demo_db
    for alliance_id in ids:
        for record in audit.history_of_alliance(db, alliance_id):
            assert record.record_name, record
            named = "«" in record.record_name or re.search(
                r"No\. \d|versión \d| del \d\d/\d\d/\d{4}", record.record_name
            )
            bare = record.record_name == "Acuerdo de compromisos"
            assert named or bare, record.summary
