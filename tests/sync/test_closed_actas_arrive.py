"""Several actas closed on the other laptop arrive closed, each closing in the history."""

from __future__ import annotations

import json

from sqlalchemy import select

from alianzas_desktop.services import bundles, meetings
from alianzas_desktop.storage.models import AuditEntry, Meeting
from alianzas_desktop.sync import merge
from tests.meeting_factories import convened_meeting, hold_meeting


def _close_one(db, alliance_id) -> str:
    meeting_id = meetings.save_convocation(db, convened_meeting(db, alliance_id))
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, meetings.alliance_partners(db, alliance_id))
    meetings.close_meeting(db, data, meeting_id)
    return meeting_id


def _closings(db) -> dict[str, str]:
    with db.reading() as session:
        meetings_table = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "meetings")
        )
        return {
            e.record_id: json.loads(e.changes)["status"][1]
            for e in meetings_table
            if "status" in json.loads(e.changes) and json.loads(e.changes)["status"][0]
        }


def test_three_closed_actas_arrive_closed_over_two_reads(
    laptop_a, laptop_b, alliance_on_a, tmp_path, monkeypatch
):
    monkeypatch.setattr(merge, "_CHUNK", 2)  # three meetings: one read of two, one of one
    ids = [_close_one(laptop_a, alliance_on_a) for _ in range(3)]
    bundles.export_bundle(laptop_a, tmp_path / "actas.alianzas")

    bundles.import_bundle(laptop_b, tmp_path / "actas.alianzas")

    with laptop_a.reading() as session:
        sent = {m.id: (m.status, m.closed_at, m.content) for m in session.scalars(select(Meeting))}
    with laptop_b.reading() as session:
        arrived = {
            m.id: (m.status, m.closed_at, m.content) for m in session.scalars(select(Meeting))
        }
    assert arrived == sent
    assert all(arrived[i][0] == "cerrada" for i in ids)
    # Written open, then closed: the closing of each is in the history of B.
    closings = _closings(laptop_b)
    assert {i: closings.get(i) for i in ids} == dict.fromkeys(ids, "cerrada")
