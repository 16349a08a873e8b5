"""A page of the alliance list read in two queries says what the seven queries said.

services/alliance_list.page_rows reads a page's partners, nearest open deadline and health
with counts in SQL; ``alliance_figures`` and services/health.health_of_all read the same
from the rows themselves. On alliances around every threshold of domain/health (from
tests/services/test_health_sql.py), plus alliances without partners, with a retired
partner, archived, with a session held today, and an id that no longer exists, both must
give the same.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date, time, timedelta

from sqlalchemy import delete, insert, select, update

from alianzas_desktop.domain.vocabulary import MeetingKind, MeetingStatus
from alianzas_desktop.services import alliance_list, health
from alianzas_desktop.storage.models import Alliance, Meeting, Membership
from tests.services.test_health_sql import NOW, TODAY, _varied_alliances


def _varied_page(db) -> list[str]:
    ids = _varied_alliances(db, count=40, seed=13)
    with db.transaction() as session:
        # Without partners (their commitments go with the membership), retired, archived.
        session.execute(delete(Membership).where(Membership.alliance_id.in_(ids[:3])))
        session.execute(
            update(Membership)
            .where(Membership.alliance_id.in_(ids[3:6]))
            .values(retired_on=date(2026, 1, 31))
        )
        session.execute(update(Alliance).where(Alliance.id.in_(ids[6:9])).values(archived_at=NOW))
        # Started long ago, no session but one held today (today counts as held).
        met = set(session.scalars(select(Meeting.alliance_id)))
        quiet = [aid for aid in ids[9:] if aid not in met][:3]
        session.execute(
            update(Alliance).where(Alliance.id.in_(quiet)).values(start_date=date(2020, 1, 1))
        )
        session.execute(
            insert(Meeting),
            [
                dict(
                    id=str(uuid.uuid4()),
                    created_at=NOW,
                    updated_at=NOW,
                    alliance_id=aid,
                    kind=MeetingKind.ORDINARY.value,
                    date=TODAY,
                    start_time=time(9, 0),
                    place="Caseta comunal",
                    objective="Seguimiento",
                    status=MeetingStatus.CLOSED.value,
                    content="{}",
                )
                for aid in quiet
            ],
        )
    assert len(quiet) == 3
    return ids


def _old_way(db, ids, today):
    figures = alliance_list.alliance_figures(db, ids)
    readings = health.health_of_all(db, today=today, alliance_ids=ids)
    return {aid: (*figures.get(aid, (0, None)), readings[aid]) for aid in ids if aid in readings}


def test_page_rows_say_what_figures_and_health_of_all_say(db):
    ids = _varied_page(db)
    gone = str(uuid.uuid4())
    for today in (TODAY, TODAY + timedelta(days=45), TODAY + timedelta(days=200)):
        for page in (ids[:24], ids[24:], [*ids[:5], gone]):
            found = alliance_list.page_rows(db, page, today=today)
            assert {
                aid: (row.partner_count, row.nearest_deadline, row.health)
                for aid, row in found.items()
            } == _old_way(db, page, today), today
            assert gone not in found
    # The sample reaches what the rows must tell apart, or the comparison proves little.
    found = alliance_list.page_rows(db, ids, today=TODAY)
    assert {row.health.health for row in found.values()} == {"verde", "amarillo", "rojo"}
    counts = Counter(row.partner_count for row in found.values())
    assert counts[0] >= 6 and counts[1] > 0, counts
    assert any(row.nearest_deadline is None for row in found.values())
    assert any(
        row.nearest_deadline is not None and row.nearest_deadline < TODAY for row in found.values()
    )
    assert any(row.health.overdue_commitments > 1 for row in found.values())
    assert any(row.health.open_critical_incidents for row in found.values())
    assert any(row.health.late_activities > 1 for row in found.values())


def test_page_rows_of_no_alliance(db):
    assert alliance_list.page_rows(db, [], today=TODAY) == {}
