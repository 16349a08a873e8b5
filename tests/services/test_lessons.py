"""The lessons library: every alliance's lessons, searched without minding accents, filtered."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.systematization import LessonEntry
from alianzas_desktop.services import lessons, nacimiento, systematization
from tests.factories import nacimiento_data

TODAY = date(2026, 11, 30)


def systematize(db, name: str, area: str, entries: list[LessonEntry]) -> str:
    spec = nacimiento_data()
    spec.name, spec.area = name, area
    alliance_id = nacimiento.found_alliance(db, spec)
    data = systematization.load_systematization(db, alliance_id)
    data.participants, data.purpose, data.central_axis = "Socios", "Aprender", "Eje"
    data.period_to = TODAY
    data.reflection = {"valor:confianza": "Sí"}
    data.conclusions = "Conclusión"
    data.lessons = entries
    systematization.save_systematization(db, data, TODAY)
    return alliance_id


def test_search_ignores_accents_and_filters_combine(db):
    cacao = systematize(
        db,
        "Cacao para la Paz",
        "productividad",
        [
            LessonEntry(
                what_happened="La comercialización asociativa subió el precio",
                phase="consolidacion",
                condition="complementariedad",
                tags="mercados, Mujeres",
            ),
            LessonEntry(what_happened="Reunirse en la vereda", phase="nacimiento"),
        ],
    )
    justicia = systematize(
        db,
        "Justicia en Toribío",
        "acceso_justicia",
        [
            LessonEntry(
                what_happened="Conciliadores de la misma vereda",
                success_factor="fortalezas_socios",
                tags="conciliación",
            )
        ],
    )
    every = lessons.all_lessons(db)
    assert len(every) == 3
    found = lessons.find_lessons(db, search="COMERCIALIZACION")
    assert [lesson.alliance_id for lesson in found] == [cacao]
    assert [lesson.alliance_id for lesson in lessons.find_lessons(db, search="toribio")] == [
        justicia
    ]
    assert len(lessons.find_lessons(db, search="vereda")) == 2
    assert len(lessons.find_lessons(db, search="vereda", area="acceso_justicia")) == 1
    assert len(lessons.find_lessons(db, phase="nacimiento")) == 1
    assert len(lessons.find_lessons(db, condition="complementariedad")) == 1
    assert len(lessons.find_lessons(db, success_factor="fortalezas_socios")) == 1
    assert len(lessons.find_lessons(db, tag="mujeres")) == 1
    assert len(lessons.find_lessons(db, tag="conciliacion")) == 1
    assert lessons.find_lessons(db, search="vereda", phase="consolidacion") == []
    # A label searched in words finds its code: "Consolidación" is the phase's label.
    assert len(lessons.find_lessons(db, search="consolidacion")) == 1
    assert lessons.all_tags(every) == ["conciliación", "mercados", "Mujeres"]
    rows = lessons.lessons_json(db, alliance_id=cacao)
    assert len(rows) == 2
    first = next(r for r in rows if r["phase"] == "consolidacion")
    assert {"id", "alliance_id", "text", "phase", "tags"} <= set(first)
    assert first["tags"] == ["mercados", "Mujeres"]
    assert first["text"].startswith("La comercialización")
