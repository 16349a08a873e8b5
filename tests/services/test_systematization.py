"""Storing a systematization with its notes and lessons in one go, taking it up again, and the
informe's document; the demo alliance in Proyección systematized."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from alianzas_desktop.domain.systematization import LessonEntry, NoteEntry
from alianzas_desktop.services import alliances, chronology, demo, nacimiento, systematization
from alianzas_desktop.services.demo_systematization import add_demo_systematization
from alianzas_desktop.services.errors import ValidationFailed
from alianzas_desktop.storage.learning_models import ChronologyNote, Lesson, Systematization
from tests.factories import nacimiento_data

TODAY = date(2026, 11, 30)


@pytest.fixture
def alliance_id(db) -> str:
    return nacimiento.found_alliance(db, nacimiento_data())


def filled(db, alliance_id):
    data = systematization.load_systematization(db, alliance_id)
    data.participants = "Socios y familias <de La Loma> & 🌱"
    data.purpose = "Aprender para otras veredas"
    data.period_to = TODAY
    data.central_axis = "La comercialización"
    events = chronology.chronology(db, alliance_id)
    data.touch(events[0].key).note = "En la caseta"
    data.touch(events[1].key).hidden = True
    data.notes.append(NoteEntry(milestone_on=date(2026, 11, 1), milestone_title="Feria"))
    data.reflection = {"valor:confianza": "Creció con la cosecha", "otra:cosa": "ignorada"}
    data.conclusions = "Vale la pena"
    data.lessons = [
        LessonEntry(
            what_happened="Llegar a la vereda", phase="nacimiento", tags="veredas, Mujeres"
        ),
        LessonEntry(what_happened="Precios claros", success_factor="intercambio_informacion"),
    ]
    return data


def test_stored_in_one_go_and_taken_up_again(db, alliance_id):
    data = filled(db, alliance_id)
    assert data.period_from is not None  # from the founding
    stored_id = systematization.save_systematization(db, data, TODAY)
    with db.reading() as s:
        row = s.get(Systematization, stored_id)
        assert row.participants == "Socios y familias <de La Loma> & 🌱"
        assert row.completed_on == TODAY
        assert '"valor:confianza"' in row.reflection and "otra" not in row.reflection
        lessons = s.scalars(select(Lesson).order_by(Lesson.position)).all()
        assert [lesson.what_happened for lesson in lessons] == [
            "Llegar a la vereda",
            "Precios claros",
        ]
        assert lessons[0].tags == "veredas, Mujeres"
        assert lessons[1].area == "productividad"  # the alliance's area when none was chosen
        assert len(s.scalars(select(ChronologyNote)).all()) == 3
    again = systematization.load_systematization(db, alliance_id)
    assert again.systematization_id == stored_id
    assert again.reflection == {"valor:confianza": "Creció con la cosecha"}
    assert [lesson.key for lesson in again.lessons] == [lesson.key for lesson in data.lessons]
    # Editing again updates the same rows: one lesson removed, nothing duplicated.
    again.lessons = again.lessons[1:]
    again.notes = [n for n in again.notes if not n.is_milestone]
    assert systematization.save_systematization(db, again, TODAY) == stored_id
    with db.reading() as s:
        assert len(s.scalars(select(Systematization)).all()) == 1
        assert [lesson.what_happened for lesson in s.scalars(select(Lesson))] == ["Precios claros"]
        assert len(s.scalars(select(ChronologyNote)).all()) == 2


def test_bad_input_is_refused_with_messages_and_nothing_stored(db, alliance_id):
    data = systematization.load_systematization(db, alliance_id)
    data.period_from, data.period_to = date(2026, 5, 1), date(2026, 4, 1)
    data.notes.append(NoteEntry(key="h", milestone_on=None, milestone_title="x" * 201))
    data.lessons = [LessonEntry(key="l", what_happened="", phase="otra")]
    data.conclusions = "y" * 20_001
    with pytest.raises(ValidationFailed) as failed:
        systematization.save_systematization(db, data, TODAY)
    errors = failed.value.errors
    for key in (
        "participants",
        "purpose",
        "central_axis",
        "period_to",
        "notes.h.milestone_on",
        "notes.h.milestone_title",
        "reflection",
        "conclusions",
        "lessons.l.what_happened",
        "lessons.l.phase",
    ):
        assert key in errors, key
    assert errors["period_to"] == "El periodo termina antes de empezar."
    with db.reading() as s:
        assert s.scalars(select(Systematization)).all() == []


def test_document_holds_visible_chronology_reflection_and_lessons(db, alliance_id):
    data = filled(db, alliance_id)
    hidden_key = data.notes[1].event_key
    stored_id = systematization.save_systematization(db, data, TODAY)
    document = systematization.systematization_document(db, stored_id)
    keys = [e.key for e in document.chronology]
    assert hidden_key not in keys
    assert any(e.title == "Feria" and e.added for e in document.chronology)
    assert [r.label for r in document.reflection] == ["Confianza"]
    assert document.lessons[0].tags[:1] == ("Nacimiento",)
    assert "veredas" in document.lessons[0].tags
    assert len(document.verification_code) >= 6


def test_demo_alliance_in_proyeccion_is_systematized(tmp_path):
    from alianzas_desktop.storage.database import Database

    db = Database.open(tmp_path / "demo.sqlite")
    try:
        demo.build_demo(db, TODAY)
        add_demo_systematization(db, TODAY)
        [alliance] = [a for a in alliances.list_alliances(db) if a.phase == "proyeccion"]
        data = systematization.load_systematization(db, alliance.id)
        assert data.systematization_id and len(data.lessons) >= 3
        events = chronology.chronology(db, alliance.id)
        assert any(e.added for e in events) and any(e.note for e in events)
    finally:
        db.close()


def test_informe_for_an_alliance_without_systematization_is_refused_in_spanish(db, alliance_id):
    from alianzas_desktop.services.errors import NotFoundError

    with pytest.raises(NotFoundError, match="aún no tiene una sistematización"):
        systematization.alliance_systematization_document(db, alliance_id)
    with pytest.raises(NotFoundError, match="No existe esa alianza"):
        systematization.alliance_systematization_document(db, "nada")
    stored_id = systematization.save_systematization(db, filled(db, alliance_id), TODAY)
    document = systematization.alliance_systematization_document(db, alliance_id)
    assert document.systematization_id == stored_id
