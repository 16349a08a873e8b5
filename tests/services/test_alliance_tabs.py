"""The alliance page's tab titles count what the tabs list, without reading it."""

from __future__ import annotations

from alianzas_desktop.services import conflicts, evaluations, meetings, nacimiento, workplan
from alianzas_desktop.services.alliance_tabs import TabCounts, tab_counts
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting
from tests.workplan_factories import plan_data


def test_counts_are_as_many_as_the_tabs_list(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    other_id = nacimiento.found_alliance(db, nacimiento_data())
    assert tab_counts(db, alliance_id) == TabCounts(0, 0, 0, 0)
    for _ in range(2):
        meetings.save_convocation(db, convened_meeting(db, alliance_id))
    meetings.save_convocation(db, convened_meeting(db, other_id))  # another alliance's
    workplan.save_plan(db, plan_data(db, alliance_id))
    counts = tab_counts(db, alliance_id)
    assert counts == TabCounts(
        meetings=len(meetings.list_meetings(db, alliance_id)),
        conflicts=len(conflicts.list_conflicts(db, alliance_id)),
        evaluations=len(evaluations.list_evaluations(db, alliance_id)),
        activities=len(workplan.list_activities(db, alliance_id)),
    )
    assert (counts.meetings, counts.activities) == (2, 3)
