"""Deletions travel: a record deleted on one laptop goes on the other, unless someone there
changed it since (then the user chooses), and never a frozen document."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from alianzas_desktop.cli_bundle import main
from alianzas_desktop.domain.history_text import DELETE
from alianzas_desktop.domain.vocabulary import MeetingStatus
from alianzas_desktop.services import bundles, chronology, meetings
from alianzas_desktop.storage.learning_models import ChronologyNote
from alianzas_desktop.storage.models import AgendaItem, AuditEntry, Meeting
from alianzas_desktop.storage.sync_models import ConflictSide
from tests.meeting_factories import convened_meeting
from tests.sync.conftest import db_argument, stored_state, table_counts


def _exchange(source, target, path):
    bundles.export_bundle(source, path)
    return bundles.import_bundle(target, path)


def _note(db, note_id):
    with db.reading() as session:
        return session.get(ChronologyNote, note_id)


def _milestone(db, alliance_id) -> str:
    key = chronology.add_milestone(db, alliance_id, date(2026, 10, 5), "Primera cosecha vendida")
    return key.removeprefix(chronology.MILESTONE_PREFIX)


def test_a_deletion_reaches_the_other_laptop_once(
    laptop_a, laptop_b, alliance_on_a, tmp_path, capsys
):
    note_id = _milestone(laptop_a, alliance_on_a)
    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    assert _note(laptop_b, note_id) is not None

    chronology.remove_milestone(laptop_a, alliance_on_a, chronology.MILESTONE_PREFIX + note_id)
    second = tmp_path / "2.alianzas"
    exported = bundles.export_bundle(laptop_a, second)
    assert exported.deleted == 1
    inspected = bundles.inspect_bundle(second)
    assert (inspected["deleted"], inspected["format_version"]) == (1, 2)
    assert bundles.inspect_bundle(tmp_path / "1.alianzas")["format_version"] == 1
    preview = bundles.preview_import(laptop_b, second)
    assert (preview.deleted, preview.conflicts) == (1, 0)
    code = main(
        ["bundle", "import", "--db", db_argument(laptop_b), str(second), "--dry-run", "--json"]
    )
    assert (code, json.loads(capsys.readouterr().out)["deleted"]) == (0, 1)
    assert _note(laptop_b, note_id) is not None  # the previews wrote nothing

    result = bundles.import_bundle(laptop_b, second)

    assert (result.deleted, result.added, result.conflicts, result.applied) == (1, 0, 0, True)
    # A file is copied first; a server is backed up with pg_dump, outside the app.
    assert (result.backup is not None) == (laptop_b.path is not None)
    assert _note(laptop_b, note_id) is None
    assert table_counts(laptop_b) == table_counts(laptop_a)
    with laptop_b.reading() as session:  # deleted as a service deletes: in B's own trail
        trail = session.scalars(
            select(AuditEntry.action).where(AuditEntry.record_id == note_id)
        ).all()
    assert trail[-1] == DELETE
    before = stored_state(laptop_b)
    again = bundles.import_bundle(laptop_b, second)
    assert (again.deleted, again.applied) == (0, False)
    assert stored_state(laptop_b) == before
    # B's own bundle does not bring the note back to A, nor A's deletion back to B.
    back = _exchange(laptop_b, laptop_a, tmp_path / "3.alianzas")
    assert (back.added, back.deleted, back.conflicts) == (0, 0, 0)
    assert _note(laptop_a, note_id) is None
    assert table_counts(laptop_b) == table_counts(laptop_a)


def test_children_removed_from_a_convened_meeting_go_too(
    laptop_a, laptop_b, alliance_on_a, tmp_path
):
    data = convened_meeting(laptop_a, alliance_on_a)
    meeting_id = meetings.save_convocation(laptop_a, data)
    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    data = meetings.meeting_data(laptop_a, meeting_id)
    removed = [entry.key for entry in data.agenda[1:]]
    data.agenda = data.agenda[:1]
    meetings.save_convocation(laptop_a, data, meeting_id)

    result = _exchange(laptop_a, laptop_b, tmp_path / "2.alianzas")

    assert result.deleted == 2
    with laptop_b.reading() as session:
        left = session.scalars(
            select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id)
        ).all()
        assert session.get(Meeting, meeting_id) is not None
    assert left == [data.agenda[0].key]
    assert not set(removed) & set(left)
    assert table_counts(laptop_b) == table_counts(laptop_a)


def test_deleted_here_and_edited_there_is_a_conflict_on_both_sides(
    laptop_a, laptop_b, alliance_on_a, tmp_path
):
    note_id = _milestone(laptop_a, alliance_on_a)
    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    chronology.remove_milestone(laptop_a, alliance_on_a, chronology.MILESTONE_PREFIX + note_id)
    with laptop_b.transaction() as session:
        session.get(ChronologyNote, note_id).note = "Se vendieron 3 toneladas"

    on_b = _exchange(laptop_a, laptop_b, tmp_path / "2.alianzas")
    on_a = _exchange(laptop_b, laptop_a, tmp_path / "3.alianzas")

    assert (on_b.deleted, on_b.conflicts) == (0, 1)
    assert (on_a.added, on_a.conflicts) == (0, 1)
    assert _note(laptop_b, note_id).note == "Se vendieron 3 toneladas"  # nothing dropped
    assert _note(laptop_a, note_id) is None  # nor brought back unasked
    [on_b_conflict] = bundles.list_conflicts(laptop_b)
    [on_a_conflict] = bundles.list_conflicts(laptop_a)
    assert on_b_conflict.deleted_by == ConflictSide.REMOTE.value
    assert on_a_conflict.deleted_by == ConflictSide.LOCAL.value
    assert on_b_conflict.fields == {bundles.RECORD: {"local": "conservado", "remoto": "eliminado"}}
    # A takes B's version back; B keeps it: the next exchanges agree without conflict.
    bundles.resolve_conflict(laptop_a, on_a_conflict.id, {bundles.RECORD: "remoto"})
    bundles.resolve_conflict(laptop_b, on_b_conflict.id, {bundles.RECORD: "local"})
    assert _note(laptop_a, note_id).note == "Se vendieron 3 toneladas"
    again = _exchange(laptop_b, laptop_a, tmp_path / "4.alianzas")
    back = _exchange(laptop_a, laptop_b, tmp_path / "5.alianzas")
    assert again.conflicts == back.conflicts == 0
    assert bundles.list_conflicts(laptop_a) == bundles.list_conflicts(laptop_b) == []
    assert table_counts(laptop_b) == table_counts(laptop_a)


def test_a_deletion_that_would_take_a_child_added_here_waits_for_a_choice(
    laptop_a, laptop_b, alliance_on_a, tmp_path
):
    from alianzas_desktop.domain.meeting import AgendaEntry

    meeting_id = meetings.save_convocation(laptop_a, convened_meeting(laptop_a, alliance_on_a))
    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    with laptop_a.transaction() as session:  # the convened meeting goes on A…
        session.delete(session.get(Meeting, meeting_id))
    data = meetings.meeting_data(laptop_b, meeting_id)  # …while B adds an agenda item to it
    data.agenda.append(AgendaEntry(title="Proposiciones y varios"))
    meetings.save_convocation(laptop_b, data, meeting_id)
    added_on_b = data.agenda[-1].key

    on_b = _exchange(laptop_a, laptop_b, tmp_path / "2.alianzas")
    on_a = _exchange(laptop_b, laptop_a, tmp_path / "3.alianzas")

    # B: what A deleted and B did not touch goes; the meeting, holding B's new item, waits.
    assert on_b.conflicts == 1 and on_b.deleted > 3
    [conflict] = bundles.list_conflicts(laptop_b)
    assert (conflict.table, conflict.deleted_by) == ("meetings", "remoto")
    with laptop_b.reading() as session:
        items = session.scalars(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id))
        assert list(items) == [added_on_b]
    # A: B's new item belongs to a meeting deleted here: it waits, it is not added.
    assert (on_a.added, on_a.waiting) == (0, 1)
    with laptop_a.reading() as session:
        assert session.get(Meeting, meeting_id) is None
        assert session.get(AgendaItem, added_on_b) is None

    bundles.resolve_conflict(laptop_b, conflict.id, {bundles.RECORD: "remoto"})
    with laptop_b.reading() as session:
        assert session.get(Meeting, meeting_id) is None
        assert session.get(AgendaItem, added_on_b) is None
    last = _exchange(laptop_b, laptop_a, tmp_path / "4.alianzas")
    assert (last.added, last.waiting, last.conflicts) == (0, 0, 0)
    assert table_counts(laptop_b) == table_counts(laptop_a)


def test_an_activity_taken_off_the_plan_goes_with_its_commitment_links(
    laptop_a, laptop_b, alliance_on_a, tmp_path
):
    from alianzas_desktop.services import workplan
    from alianzas_desktop.storage.work_models import PlanActivity
    from tests.workplan_factories import plan_data

    workplan.save_plan(laptop_a, plan_data(laptop_a, alliance_on_a), today=date(2026, 3, 1))
    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    data = workplan.load_setup(laptop_a, alliance_on_a).data
    gone = data.activities[0].key
    data.activities = data.activities[1:]
    workplan.save_plan(laptop_a, data, today=date(2026, 3, 1))

    result = _exchange(laptop_a, laptop_b, tmp_path / "2.alianzas")

    assert (result.deleted, result.conflicts) == (2, 0)  # the activity and its link
    with laptop_b.reading() as session:
        assert session.get(PlanActivity, gone) is None
    counts = table_counts(laptop_b)
    assert counts == table_counts(laptop_a)
    assert (counts["plan_activities"], counts["plan_activity_commitments"]) == (2, 2)


def test_kept_deleted_here_the_deletion_then_reaches_the_other_side(
    laptop_a, laptop_b, alliance_on_a, tmp_path
):
    note_id = _milestone(laptop_a, alliance_on_a)
    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    chronology.remove_milestone(laptop_a, alliance_on_a, chronology.MILESTONE_PREFIX + note_id)
    with laptop_b.transaction() as session:
        session.get(ChronologyNote, note_id).note = "Se vendieron 3 toneladas"
    second = tmp_path / "2.alianzas"
    assert _exchange(laptop_a, laptop_b, second).conflicts == 1
    before = stored_state(laptop_b)
    again = bundles.import_bundle(laptop_b, second)  # the same bundle twice: nothing new
    assert (again.conflicts, again.new_conflicts, again.applied) == (1, 0, False)
    assert stored_state(laptop_b) == before
    assert _exchange(laptop_b, laptop_a, tmp_path / "3.alianzas").conflicts == 1

    [on_a] = bundles.list_conflicts(laptop_a)
    bundles.resolve_conflict(laptop_a, on_a.id, {bundles.RECORD: "local"})  # stays deleted
    assert _note(laptop_a, note_id) is None

    # A's choice has seen B's edit: B, which has not chosen yet, takes the deletion.
    on_b = _exchange(laptop_a, laptop_b, tmp_path / "4.alianzas")
    assert (on_b.deleted, on_b.conflicts) == (1, 0)
    assert _note(laptop_b, note_id) is None
    assert bundles.list_conflicts(laptop_b) == []  # nothing left to decide there
    assert table_counts(laptop_b) == table_counts(laptop_a)


def test_an_agenda_item_deleted_here_comes_back_inside_an_acta_closed_there(
    laptop_a, laptop_b, alliance_on_a, tmp_path
):
    from tests.meeting_factories import hold_meeting

    meeting_id = meetings.save_convocation(laptop_a, convened_meeting(laptop_a, alliance_on_a))
    _exchange(laptop_a, laptop_b, tmp_path / "1.alianzas")
    data = meetings.meeting_data(laptop_a, meeting_id)
    dropped = data.agenda[2].key
    data.agenda = data.agenda[:2]
    meetings.save_convocation(laptop_a, data, meeting_id)  # A drops the third item…
    held = meetings.meeting_data(laptop_b, meeting_id)  # …while B holds the meeting and
    hold_meeting(held, meetings.alliance_partners(laptop_b, alliance_on_a))
    meetings.close_meeting(laptop_b, held, meeting_id)  # closes its acta with all three

    on_b = _exchange(laptop_a, laptop_b, tmp_path / "2.alianzas")
    on_a = _exchange(laptop_b, laptop_a, tmp_path / "3.alianzas")

    assert (on_b.deleted, on_b.refused_deletions) == (0, 1)  # never out of a closed acta
    for db in (laptop_a, laptop_b):
        with db.reading() as session:
            assert session.get(Meeting, meeting_id).status == MeetingStatus.CLOSED.value
            assert session.get(AgendaItem, dropped) is not None
    assert on_a.conflicts == 0
    assert table_counts(laptop_b) == table_counts(laptop_a)
