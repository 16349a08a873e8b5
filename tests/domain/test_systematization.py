"""The systematization's data: drafts round-trip as JSON, notes laid over the chronology, tags."""

from __future__ import annotations

import json
from datetime import date

from alianzas_desktop.domain.systematization import (
    ChronologyEvent,
    LessonEntry,
    NoteEntry,
    SystematizationData,
    guided_questions,
    merge_chronology,
    split_tags,
)


def _event(key: str, day: date, kind: str = "sesion_realizada") -> ChronologyEvent:
    return ChronologyEvent(key, day, kind, f"Evento {key}")


def test_draft_round_trips_through_json():
    data = SystematizationData(
        alliance_id="a",
        participants="Socios <todos> & 🌱",
        period_from=date(2026, 1, 2),
        notes=[
            NoteEntry(event_key="meeting:1:closed", note="Nota", hidden=True),
            NoteEntry(milestone_on=date(2026, 3, 4), milestone_title="Feria"),
        ],
        reflection={"valor:confianza": "Sí"},
        lessons=[LessonEntry(what_happened="Algo", tags="a, b")],
    )
    again = SystematizationData.from_dict(json.loads(json.dumps(data.to_dict())))
    assert again == data
    # A draft from another version, with unknown fields and a bad date, still opens.
    odd = SystematizationData.from_dict({"period_to": "31/12/2026", "nuevo": 1, "notes": [{}]})
    assert odd.period_to is None and odd.notes[0].is_milestone


def test_notes_annotate_hide_and_add_in_date_order():
    automatic = [_event("b", date(2026, 5, 1)), _event("a", date(2026, 1, 1), "fundacion")]
    milestone = NoteEntry(milestone_on=date(2026, 3, 1), milestone_title="  Feria ")
    notes = [NoteEntry(event_key="b", note=" dijo ", hidden=True), milestone]
    merged = merge_chronology(automatic, notes)
    assert [e.key for e in merged] == ["a", milestone.milestone_key, "b"]
    assert merged[2].hidden and merged[2].note == "dijo"
    assert merged[1].added and merged[1].title == "Feria" and merged[1].kind == "hito"
    # Same day: the founding goes before what happened that day, whatever the input order.
    same = merge_chronology(
        [_event("z", date(2026, 1, 1)), _event("y", date(2026, 1, 1), "fundacion")], []
    )
    assert [e.key for e in same] == ["y", "z"]


def test_touch_finds_or_creates_the_note_of_an_event_or_milestone():
    data = SystematizationData()
    note = data.touch("meeting:1:closed")
    assert data.touch("meeting:1:closed") is note and len(data.notes) == 1
    own = NoteEntry(milestone_on=date(2026, 1, 1), milestone_title="x")
    data.notes.append(own)
    assert data.touch(own.milestone_key) is own


def test_tags_split_on_commas_without_repeats_and_questions_cover_sixteen_dimensions():
    assert split_tags(" mujeres, Mercados;mujeres ,, jóvenes rurales ") == [
        "mujeres",
        "Mercados",
        "jóvenes rurales",
    ]
    questions = guided_questions()
    assert len(questions) == 16 and len({q.code for q in questions}) == 16
    assert [q.group for q in questions].count("condicion") == 4
    assert [q.group for q in questions].count("valor") == 5
    assert [q.group for q in questions].count("factor") == 7
