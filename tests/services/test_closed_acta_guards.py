"""A closed acta refuses every insert, change and deletion, one statement at a time.

Each statement runs on its own against the database file, outside the services, so
each of the freeze triggers is shown to hold by itself.
"""

from __future__ import annotations

import sqlite3

import pytest

from alianzas_desktop.services import meetings, nacimiento
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting


def _closed_and_open_meetings(db) -> tuple[str, str]:
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    data = convened_meeting(db, alliance_id)
    closed_id = meetings.save_convocation(db, data)
    data = meetings.meeting_data(db, closed_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, closed_id)
    open_id = meetings.save_convocation(db, convened_meeting(db, alliance_id))
    return closed_id, open_id


def _insert_copy(raw: sqlite3.Connection, table: str, meeting_id: str) -> None:
    columns = [row[1] for row in raw.execute(f"PRAGMA table_info({table})")]
    fresh = {"id", "person_id"}  # a new row for a new person: no unique constraint objects
    chosen = ", ".join("lower(hex(randomblob(16)))" if c in fresh else c for c in columns)
    raw.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) "
        f"SELECT {chosen} FROM {table} WHERE meeting_id = ? LIMIT 1",
        (meeting_id,),
    )


def _count(raw: sqlite3.Connection, table: str, meeting_id: str) -> int:
    return raw.execute(
        f"SELECT count(*) FROM {table} WHERE meeting_id = ?", (meeting_id,)
    ).fetchone()[0]


@pytest.mark.parametrize("table", ["agenda_items", "attendances", "decisions"])
def test_nothing_is_added_to_a_closed_acta(db, table):
    closed_id, open_id = _closed_and_open_meetings(db)
    with sqlite3.connect(db.path) as raw:
        before = _count(raw, table, closed_id)
        assert before > 0
        with pytest.raises(sqlite3.DatabaseError, match="acta cerrada"):
            _insert_copy(raw, table, closed_id)
        assert _count(raw, table, closed_id) == before
        if _count(raw, table, open_id):  # the same insert is allowed while the meeting is open
            _insert_copy(raw, table, open_id)
            raw.rollback()


@pytest.mark.parametrize("table", ["agenda_items", "attendances", "decisions"])
def test_nothing_is_removed_from_a_closed_acta(db, table):
    closed_id, _open_id = _closed_and_open_meetings(db)
    with sqlite3.connect(db.path) as raw:
        before = _count(raw, table, closed_id)
        assert before > 0
        with pytest.raises(sqlite3.DatabaseError, match="acta cerrada"):
            raw.execute(f"DELETE FROM {table} WHERE meeting_id = ?", (closed_id,))
        assert _count(raw, table, closed_id) == before


def test_a_closed_meeting_is_not_deleted_but_an_open_one_is(db):
    closed_id, open_id = _closed_and_open_meetings(db)
    with sqlite3.connect(db.path) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.DatabaseError, match="acta cerrada"):
            raw.execute("DELETE FROM meetings WHERE id = ?", (closed_id,))
        raw.execute("DELETE FROM meetings WHERE id = ?", (open_id,))
        raw.commit()
        ids = {row[0] for row in raw.execute("SELECT id FROM meetings")}
    assert ids == {closed_id}
    assert meetings.acta_document(db, closed_id).number == 1
