"""The agenda's first rows, read one status at a time, are the first rows of the whole list."""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlalchemy import select

from alianzas_desktop.domain.vocabulary import CommitmentStatus, MeetingStatus
from alianzas_desktop.services import agenda, alliance_changes, meetings, nacimiento
from alianzas_desktop.storage.models import Commitment, Meeting
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting


def test_first_rows_across_statuses_are_the_most_urgent(db):
    """Open commitments in two statuses and meetings in two, their dates interleaved: the
    agenda's first rows (per-status reads merged) are the whole sorted list's first rows."""
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    for day in range(6):
        data = convened_meeting(db, alliance_id)
        data.date = date(2027, 3, 1) + timedelta(days=day // 2)
        data.start_time = time(8 + (5 - day), 0)
        meetings.save_convocation(db, data)
    with db.transaction() as session:
        held = session.scalars(select(Meeting).order_by(Meeting.start_time)).all()
        for position, meeting in enumerate(held):
            if position % 2 == 0:  # the earlier of each day's two is the one under way
                meeting.status = MeetingStatus.IN_PROGRESS.value
        commitments = session.scalars(select(Commitment).order_by(Commitment.id)).all()
        for position, commitment in enumerate(commitments):
            commitment.deadline = date(2026, 1, 1) + timedelta(days=(position * 7) % 11)
            commitment.status = (
                CommitmentStatus.IN_PROGRESS.value
                if position % 2
                else CommitmentStatus.PENDING.value
            )
    assert len({c.status for c in agenda.overdue_commitments(db, date(2027, 1, 1))}) == 2
    everything = agenda.overdue_commitments(db, date(2027, 1, 1))
    upcoming = agenda.upcoming_meetings(db, date(2027, 1, 1))
    assert len({m.status for m in upcoming}) == 2
    for limit in (1, 2, 3, len(everything)):
        first = agenda.agenda(db, date(2027, 1, 1), limit)
        assert [c.deadline for c in first.overdue] == [c.deadline for c in everything[:limit]]
        assert first.overdue_total == len(everything)
        assert [m.id for m in first.upcoming] == [m.id for m in upcoming[:limit]]
        assert first.upcoming_total == len(upcoming)


def test_the_agenda_is_read_again_after_each_write_and_only_then(db):
    """Unchanged, the same reading comes back (the main window refreshes often); after a
    meeting is convened, and again after it is moved, the new rows are read."""
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    today = date(2027, 1, 1)
    first = agenda.agenda(db, today)
    assert agenda.agenda(db, today) is first
    data = convened_meeting(db, alliance_id)
    data.date = date(2027, 2, 1)
    meeting_id = meetings.save_convocation(db, data)
    convened = agenda.agenda(db, today)
    assert [m.id for m in convened.upcoming] == [meeting_id]
    assert agenda.agenda(db, today) is convened
    with db.transaction() as session:  # two writes back to back: each is seen
        session.get(Meeting, meeting_id).place = "Escuela de La Loma"
    with db.transaction() as session:
        session.get(Meeting, meeting_id).date = date(2027, 2, 2)
    moved = agenda.agenda(db, today)
    assert [(m.place, m.date) for m in moved.upcoming] == [("Escuela de La Loma", date(2027, 2, 2))]
    assert agenda.agenda(db, date(2027, 2, 3)).upcoming == []  # another day, read again


def test_totals_leave_out_archived_alliances(db):
    """Counted apart from the rows shown (only the first ``limit`` are read): an archived
    alliance's meetings and overdue commitments are in neither."""
    kept = nacimiento.found_alliance(db, nacimiento_data())
    archived = nacimiento.found_alliance(db, nacimiento_data())
    for alliance_id in (kept, kept, archived):
        data = convened_meeting(db, alliance_id)
        data.date = date(2027, 2, 1)
        meetings.save_convocation(db, data)
    with db.transaction() as session:
        for commitment in session.scalars(select(Commitment)):
            commitment.deadline = date(2026, 6, 1)
            commitment.status = CommitmentStatus.PENDING.value
    today = date(2027, 1, 1)
    everything = agenda.agenda(db, today, 1000)
    alliance_changes.archive_alliance(db, archived)
    read = agenda.agenda(db, today, 1)
    assert read.upcoming_total == 2
    assert read.overdue_total == len(agenda.overdue_commitments(db, today))
    assert 0 < read.overdue_total < everything.overdue_total
    assert {c.alliance_id for c in agenda.overdue_commitments(db, today)} == {kept}
