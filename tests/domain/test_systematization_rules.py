"""Systematization rules, one by one: the chronology's kinds and order, notes over it, tags,
the guided questions, the draft's dict with every field, exact messages at each limit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from alianzas_desktop.domain.systematization import (
    DOCUMENT_KIND,
    KIND_ORDER,
    MAX_LESSONS,
    MAX_NOTES,
    MILESTONE_PREFIX,
    PROFILE_KIND,
    TAGS_MAX,
    ChronologyEvent,
    ChronologyKind,
    LessonEntry,
    LessonLine,
    NoteEntry,
    ProfileContribution,
    ProfileDocument,
    ProfilePartner,
    ReflectionAnswer,
    SystematizationData,
    SystematizationDocument,
    guided_questions,
    join_tags,
    kind_label,
    merge_chronology,
    question_of,
    sorted_events,
    split_tags,
    validate_arrival,
    validate_chronology,
    validate_questions,
    validate_reflection,
    validate_start,
    validate_systematization,
)

TODAY = date(2027, 3, 1)
FAR = date(2070, 6, 1)
UNREASONABLE = "La fecha no es razonable: debe estar entre 1990 y 2057."
TRUST = "valor:confianza"


def _long(limit: int) -> str:
    return f"El texto es demasiado largo: máximo {limit:,} caracteres.".replace(",", ".")


# -- the chronology's kinds ----------------------------------------------------------------------

KINDS = [
    ("fundacion", "Fundación"),
    ("acuerdo_emitido", "Acuerdo emitido"),
    ("acuerdo_firmado", "Acuerdo firmado"),
    ("cambio_fase", "Cambio de fase"),
    ("formalizacion", "Formalización"),
    ("sesion_convocada", "Sesión convocada"),
    ("sesion_realizada", "Sesión realizada"),
    ("compromiso_adquirido", "Compromiso adquirido"),
    ("compromiso_cumplido", "Compromiso cumplido"),
    ("compromiso_incumplido", "Compromiso incumplido"),
    ("socio_retirado", "Retiro de un socio"),
    ("evaluacion", "Evaluación"),
    ("conflicto_abierto", "Conflicto"),
    ("conflicto_resuelto", "Conflicto resuelto"),
    ("sostenibilidad", "Sostenibilidad"),
    ("beneficio", "Beneficio observado"),
    ("hito", "Hito"),
]


def test_constants():
    assert DOCUMENT_KIND == "sistematizacion" and PROFILE_KIND == "ficha"
    assert (MAX_LESSONS, MAX_NOTES, TAGS_MAX) == (100, 500, 400)
    assert MILESTONE_PREFIX == "hito:"


def test_every_kind_has_its_spanish_label_in_life_order():
    assert [(k.value, k.label) for k in ChronologyKind] == KINDS
    assert [kind_label(code) for code, _ in KINDS] == [label for _, label in KINDS]
    assert KIND_ORDER == {ChronologyKind(code): n for n, (code, _) in enumerate(KINDS)}
    assert kind_label("desconocido") == "desconocido"


def test_an_event_and_its_dict():
    event = ChronologyEvent("k", date(2026, 1, 2), "fundacion", "Nace")
    assert (event.detail, event.note, event.hidden, event.added) == ("", "", False, False)
    full = ChronologyEvent("k", date(2026, 1, 2), "hito", "T", "D", "N", True, True)
    assert full.to_dict() == {
        "key": "k",
        "date": "2026-01-02",
        "kind": "hito",
        "kind_label": "Hito",
        "title": "T",
        "detail": "D",
        "note": "N",
        "hidden": True,
        "added": True,
    }
    assert event.to_dict()["kind_label"] == "Fundación"
    assert ChronologyEvent("k", date(2026, 1, 2), "raro", "T").to_dict()["kind_label"] == "raro"


def test_events_sort_by_date_then_life_order_then_key():
    day = date(2026, 5, 1)
    odd = ChronologyEvent("a", day, "raro", "")
    milestone = ChronologyEvent("b", day, "hito", "")
    founded = ChronologyEvent("z", day, "fundacion", "")
    founded_too = ChronologyEvent("y", day, "fundacion", "")
    earlier = ChronologyEvent("w", day - timedelta(days=1), "raro", "")
    assert odd.sort_key() == (day, 17, "a")
    assert milestone.sort_key() == (day, 16, "b")
    assert founded.sort_key() == (day, 0, "z")
    events = [odd, milestone, founded, earlier, founded_too]
    assert sorted_events(events) == [earlier, founded_too, founded, milestone, odd]


# -- notes over the chronology -------------------------------------------------------------------


def test_note_defaults_and_milestone_key():
    note = NoteEntry()
    assert (note.event_key, note.note, note.hidden, note.milestone_on, note.milestone_title) == (
        "",
        "",
        False,
        None,
        "",
    )
    assert note.is_milestone and len(note.key) == 36 and note.key != NoteEntry().key
    assert NoteEntry(key="k").milestone_key == "hito:k"
    assert not NoteEntry(event_key="e").is_milestone


def test_merge_chronology():
    day = date(2026, 5, 1)
    touched = ChronologyEvent("e1", day, "sesion_realizada", "Sesión", "detalle", "vieja", True)
    untouched = ChronologyEvent("e2", day, "evaluacion", "Evaluación", "d2", "queda", True)
    notes = [
        NoteEntry(event_key="e1", note="  nueva\x07 ", hidden=False),
        NoteEntry(event_key="otro", note="de un evento que ya no está"),
        NoteEntry(
            key="m1", milestone_on=day, milestone_title=" Feria\x00 ", note=" n ", hidden=True
        ),
        NoteEntry(key="m2", milestone_title="sin fecha"),
    ]
    merged = merge_chronology([untouched, touched], notes)
    assert merged == [
        ChronologyEvent("e1", day, "sesion_realizada", "Sesión", "detalle", "nueva", False),
        untouched,
        ChronologyEvent("hito:m1", day, "hito", "Feria", "", "n", True, True),
    ]
    assert merge_chronology([], []) == []
    visible = merge_chronology([], [NoteEntry(key="m", milestone_on=day, milestone_title="x")])
    assert visible == [ChronologyEvent("hito:m", day, "hito", "x", added=True)]


# -- tags ----------------------------------------------------------------------------------------


def test_split_and_join_tags():
    assert split_tags("") == [] and split_tags(None) == []
    assert split_tags(" ; , ") == []
    assert split_tags("a;b,c") == ["a", "b", "c"]
    assert split_tags("jóvenes   rurales\t, MUJERES; mujeres\x00") == ["jóvenes rurales", "MUJERES"]
    assert join_tags(["a", "b c"]) == "a, b c" and join_tags([]) == ""


# -- guided questions ----------------------------------------------------------------------------

CODES = [
    "condicion:relaciones_abiertas",
    "condicion:socios_activos",
    "condicion:complementariedad",
    "condicion:proposito_comun",
    "valor:confianza",
    "valor:respeto",
    "valor:inclusion",
    "valor:transparencia",
    "valor:responsabilidad_compartida",
    "factor:intercambio_informacion",
    "factor:fortalezas_socios",
    "factor:seguimiento",
    "factor:evaluacion",
    "factor:reflexion_procesos",
    "factor:manejo_conflictos",
    "factor:resultados_tangibles",
]


def test_the_sixteen_questions_in_the_seeds_order():
    questions = guided_questions()
    assert [q.code for q in questions] == CODES
    assert all(q.code == f"{q.group}:{q.dimension}" for q in questions)
    assert questions[0].text == (
        "¿Las relaciones entre los socios fueron abiertas y horizontales? ¿Qué lo permitió o "
        "qué lo impidió?"
    )
    assert questions[4].text == (
        "¿Cómo se construyó (o se perdió) la confianza entre los socios? ¿Qué hechos la marcaron?"
    )
    assert (
        questions[-1].text == "¿Qué resultados tangibles se lograron, y cuáles motivaron a seguir?"
    )
    assert all(q.text.startswith("¿") and q.text.endswith("?") for q in questions)
    assert len({q.text for q in questions}) == 16


def test_question_of():
    question = question_of("factor:seguimiento")
    assert question is not None
    assert (question.group, question.dimension) == ("factor", "seguimiento")
    assert question.text == (
        "¿El seguimiento de los compromisos ayudó a cumplirlos? ¿Qué se hizo cuando no?"
    )
    assert question_of("seguimiento") is None and question_of("") is None


# -- the wizard's data ---------------------------------------------------------------------------


def test_data_defaults():
    data = SystematizationData()
    assert data == SystematizationData("", "", "", "", "", None, None, "", "", [], {}, "", [])
    assert data.notes == [] and data.reflection == {} and data.lessons == []
    lesson = LessonEntry()
    assert len(lesson.key) == 36 and lesson.key != LessonEntry().key
    assert lesson == LessonEntry(lesson.key, "", "", "", "", "", "", "", "")


def _full() -> SystematizationData:
    return SystematizationData(
        alliance_id="a",
        systematization_id="s",
        participants="p",
        records_available="r",
        purpose="u",
        period_from=date(2026, 1, 2),
        period_to=date(2026, 12, 30),
        place="l",
        central_axis="x",
        notes=[
            NoteEntry(key="n1", event_key="e", note="t", hidden=True),
            NoteEntry(key="n2", milestone_on=date(2026, 3, 4), milestone_title="Feria"),
        ],
        reflection={TRUST: "Sí"},
        conclusions="c",
        lessons=[
            LessonEntry(
                key="l1",
                what_happened="w",
                why_it_matters="y",
                recommendation="rec",
                phase="proyeccion",
                condition="proposito_comun",
                success_factor="evaluacion",
                area="infraestructura",
                tags="a, b",
            )
        ],
    )


FULL_DICT = {
    "alliance_id": "a",
    "systematization_id": "s",
    "participants": "p",
    "records_available": "r",
    "purpose": "u",
    "period_from": "2026-01-02",
    "period_to": "2026-12-30",
    "place": "l",
    "central_axis": "x",
    "notes": [
        {
            "key": "n1",
            "event_key": "e",
            "note": "t",
            "hidden": True,
            "milestone_on": None,
            "milestone_title": "",
        },
        {
            "key": "n2",
            "event_key": "",
            "note": "",
            "hidden": False,
            "milestone_on": "2026-03-04",
            "milestone_title": "Feria",
        },
    ],
    "reflection": {TRUST: "Sí"},
    "conclusions": "c",
    "lessons": [
        {
            "key": "l1",
            "what_happened": "w",
            "why_it_matters": "y",
            "recommendation": "rec",
            "phase": "proyeccion",
            "condition": "proposito_comun",
            "success_factor": "evaluacion",
            "area": "infraestructura",
            "tags": "a, b",
        }
    ],
}


def test_to_dict_and_back_with_every_field():
    assert _full().to_dict() == FULL_DICT
    again = SystematizationData.from_dict(FULL_DICT)
    assert again == _full()
    assert again.period_from == date(2026, 1, 2) and again.period_to == date(2026, 12, 30)
    assert again.notes[1].milestone_on == date(2026, 3, 4)


def test_from_dict_of_an_odd_draft():
    again = SystematizationData.from_dict(
        {
            "purpose": "p",
            "old": 1,
            "period_from": "2026-13-01",
            "period_to": "",
            "notes": [{"key": "n", "hidden": 1, "milestone_on": "ayer", "old": 2}],
            "lessons": [{"key": "l", "old": 3}],
            "reflection": {TRUST: None, 7: 8},
        }
    )
    assert again.purpose == "p"
    assert again.period_from is None and again.period_to is None
    assert again.notes == [NoteEntry(key="n", hidden=True)]
    assert again.notes[0].hidden is True
    assert again.lessons == [LessonEntry(key="l")]
    assert again.reflection == {TRUST: "", "7": "8"}
    assert SystematizationData.from_dict({"notes": None, "reflection": None}) == (
        SystematizationData()
    )


def test_note_for_and_touch():
    own = NoteEntry(key="k", milestone_title="Feria")
    on_event = NoteEntry(key="k2", event_key="e")
    # A note on an event whose key looks like a milestone's is not that milestone.
    impostor = NoteEntry(key="k3", event_key="x")
    data = SystematizationData(notes=[impostor, on_event, own])
    assert data.note_for("hito:k") is own
    assert data.note_for("hito:x") is None
    assert data.note_for("hito:k2") is None
    assert data.note_for("e") is on_event
    assert data.note_for("k") is None
    assert data.touch("e") is on_event and len(data.notes) == 3
    made = data.touch("nuevo")
    assert data.notes[-1] is made and made.event_key == "nuevo" and len(data.notes) == 4


# -- checking ------------------------------------------------------------------------------------


def _valid() -> SystematizationData:
    return SystematizationData(
        participants="Socios",
        purpose="Aprender",
        period_from=date(2026, 1, 1),
        period_to=date(2026, 12, 31),
        central_axis="Confianza",
        reflection={TRUST: "Sí"},
        conclusions="Bien",
        lessons=[LessonEntry(key="l", what_happened="Algo")],
    )


def test_a_valid_systematization():
    assert validate_systematization(_valid(), TODAY) == {}


def test_start():
    data = SystematizationData()
    assert validate_start(data) == {
        "participants": "Escriba quiénes participan en la sistematización."
    }
    data.participants, data.records_available = "p" * 20_000, "r" * 20_000
    assert validate_start(data) == {}
    data.participants, data.records_available = "p" * 20_001, "r" * 20_001
    assert validate_start(data) == {
        "participants": _long(20_000),
        "records_available": _long(20_000),
    }


def test_questions_required():
    assert validate_questions(SystematizationData(), TODAY) == {
        "purpose": "Escriba para qué se sistematiza la experiencia.",
        "period_from": "Indique desde cuándo.",
        "period_to": "Indique hasta cuándo.",
        "central_axis": "Escriba el eje central de la sistematización.",
    }


def test_questions_limits():
    data = _valid()
    data.purpose, data.place, data.central_axis = "u" * 20_000, "l" * 200, "x" * 20_000
    assert validate_questions(data, TODAY) == {}
    data.purpose, data.place, data.central_axis = "u" * 20_001, "l" * 201, "x" * 20_001
    assert validate_questions(data, TODAY) == {
        "purpose": _long(20_000),
        "place": _long(200),
        "central_axis": _long(20_000),
    }


def test_the_period():
    data = _valid()
    data.period_from = data.period_to = date(2026, 6, 1)
    assert validate_questions(data, TODAY) == {}
    data.period_to = date(2026, 5, 31)
    assert validate_questions(data, TODAY) == {"period_to": "El periodo termina antes de empezar."}
    # An unreasonable end is only called unreasonable.
    data.period_to = date(1989, 12, 31)
    assert validate_questions(data, TODAY) == {"period_to": UNREASONABLE}
    data.period_from, data.period_to = date(2058, 1, 1), date(2026, 1, 1)
    assert validate_questions(data, TODAY) == {"period_from": UNREASONABLE}
    data.period_from, data.period_to = date(1990, 1, 1), date(2057, 12, 31)
    assert validate_questions(data, TODAY) == {}
    data.period_to = None
    assert validate_questions(data, TODAY) == {"period_to": "Indique hasta cuándo."}
    # Judged against the given today.
    data.period_from, data.period_to = date(2026, 1, 1), date(2090, 1, 1)
    assert validate_questions(data, FAR) == {}
    assert validate_systematization(data, FAR) == {}
    assert validate_questions(data) == {
        "period_to": f"La fecha no es razonable: debe estar entre 1990 y {date.today().year + 30}."
    }


def test_chronology_notes():
    event_note = NoteEntry(key="e", event_key="ev", note="n" * 20_000)
    milestone = NoteEntry(key="m", milestone_on=TODAY, milestone_title="t" * 200)
    data = SystematizationData(notes=[event_note, milestone])
    assert validate_chronology(data, TODAY) == {}
    event_note.note = milestone.note = "n" * 20_001
    milestone.milestone_title = "t" * 201
    assert validate_chronology(data, TODAY) == {
        "notes.e.note": _long(20_000),
        "notes.m.note": _long(20_000),
        "notes.m.milestone_title": _long(200),
    }
    blank = NoteEntry(key="b", milestone_title=" ")
    data.notes = [NoteEntry(key="x", event_key="ev"), blank]
    assert validate_chronology(data, TODAY) == {
        "notes.b.milestone_title": "Escriba el nombre del hito.",
        "notes.b.milestone_on": "Indique la fecha del hito.",
    }


def test_milestone_dates():
    milestone = NoteEntry(key="m", milestone_title="Feria")
    data = SystematizationData(notes=[milestone])
    for day in (date(1990, 1, 1), date(2057, 12, 31)):
        milestone.milestone_on = day
        assert validate_chronology(data, TODAY) == {}
    for day in (date(1989, 12, 31), date(2058, 1, 1)):
        milestone.milestone_on = day
        assert validate_chronology(data, TODAY) == {"notes.m.milestone_on": UNREASONABLE}
    milestone.milestone_on = date(2090, 1, 1)
    assert validate_chronology(data, FAR) == {}
    assert validate_chronology(data) == {
        "notes.m.milestone_on": (
            f"La fecha no es razonable: debe estar entre 1990 y {date.today().year + 30}."
        )
    }


def test_at_most_five_hundred_notes():
    data = SystematizationData(notes=[NoteEntry(event_key=str(n)) for n in range(500)])
    assert validate_chronology(data, TODAY) == {}
    data.notes.append(NoteEntry(event_key="x"))
    assert validate_chronology(data, TODAY) == {
        "notes": "Demasiadas notas en la cronología: máximo 500."
    }


def test_reflection():
    needed = {"reflection": "Responda al menos una de las preguntas de la reflexión."}
    assert validate_reflection(SystematizationData()) == needed
    assert validate_reflection(SystematizationData(reflection={TRUST: " \x00 "})) == needed
    # Answers to unknown codes neither count nor are checked.
    unknown = SystematizationData(reflection={"valor:otro": "x" * 20_001})
    assert validate_reflection(unknown) == needed
    data = SystematizationData(reflection={"valor:otro": "", TRUST: "x" * 20_000})
    assert validate_reflection(data) == {}
    data.reflection[TRUST] = "x" * 20_001
    assert validate_reflection(data) == {f"reflection.{TRUST}": _long(20_000)}
    data.reflection = {TRUST: "", "factor:evaluacion": "Sí"}
    assert validate_reflection(data) == {}


def test_arrival_required():
    assert validate_arrival(SystematizationData()) == {
        "conclusions": "Escriba las conclusiones.",
        "lessons": "Escriba al menos una lección aprendida.",
    }
    data = SystematizationData(conclusions="c", lessons=[LessonEntry(key="l")])
    assert validate_arrival(data) == {"lessons.l.what_happened": "Escriba qué pasó."}


def test_arrival_limits():
    lesson = LessonEntry(
        key="l",
        what_happened="w" * 20_000,
        why_it_matters="y" * 20_000,
        recommendation="r" * 20_000,
        tags="t" * 400,
    )
    data = SystematizationData(conclusions="c" * 20_000, lessons=[lesson])
    assert validate_arrival(data) == {}
    data.conclusions = "c" * 20_001
    lesson.what_happened = "w" * 20_001
    lesson.why_it_matters = "y" * 20_001
    lesson.recommendation = "r" * 20_001
    lesson.tags = "t" * 401
    assert validate_arrival(data) == {
        "conclusions": _long(20_000),
        "lessons.l.what_happened": _long(20_000),
        "lessons.l.why_it_matters": _long(20_000),
        "lessons.l.recommendation": _long(20_000),
        "lessons.l.tags": _long(400),
    }


def test_at_most_a_hundred_lessons():
    data = SystematizationData(
        conclusions="c", lessons=[LessonEntry(what_happened="w") for _ in range(100)]
    )
    assert validate_arrival(data) == {}
    data.lessons.append(LessonEntry(what_happened="w"))
    assert validate_arrival(data) == {"lessons": "Demasiadas lecciones: máximo 100."}


@pytest.mark.parametrize(
    ("attr", "good"),
    [
        ("phase", "nacimiento"),
        ("condition", "socios_activos"),
        ("success_factor", "manejo_conflictos"),
        ("area", "acceso_justicia"),
    ],
)
def test_lesson_tags_from_the_lists(attr, good):
    lesson = LessonEntry(key="l", what_happened="w")
    data = SystematizationData(conclusions="c", lessons=[lesson])
    setattr(lesson, attr, good)
    assert validate_arrival(data) == {}
    # A code from another list is not accepted.
    setattr(lesson, attr, "infraestructura" if attr != "area" else "nacimiento")
    assert validate_arrival(data) == {f"lessons.l.{attr}": "Elija una opción de la lista."}


def test_validate_systematization_gathers_every_step():
    data = SystematizationData(notes=[NoteEntry(key="m")])
    assert validate_systematization(data, TODAY) == {
        "participants": "Escriba quiénes participan en la sistematización.",
        "purpose": "Escriba para qué se sistematiza la experiencia.",
        "period_from": "Indique desde cuándo.",
        "period_to": "Indique hasta cuándo.",
        "central_axis": "Escriba el eje central de la sistematización.",
        "notes.m.milestone_title": "Escriba el nombre del hito.",
        "notes.m.milestone_on": "Indique la fecha del hito.",
        "reflection": "Responda al menos una de las preguntas de la reflexión.",
        "conclusions": "Escriba las conclusiones.",
        "lessons": "Escriba al menos una lección aprendida.",
    }


# -- what the informe and the ficha print --------------------------------------------------------


def test_informe_content_is_what_the_code_covers():
    document = SystematizationDocument(
        systematization_id="s",
        alliance_id="a",
        alliance_name="n",
        territory="t",
        phase_label="Proyección",
        participants="p",
        records_available="r",
        purpose="u",
        period_from=date(2026, 1, 1),
        period_to=None,
        place="l",
        central_axis="x",
        chronology=(),
        reflection=(ReflectionAnswer(TRUST, "valor", "Confianza", "¿?", "Sí"),),
        conclusions="c",
        lessons=(LessonLine("w1", "y", "r", ("a",)), LessonLine("w2", "", "", ())),
        completed_on=None,
    )
    assert document.verification_code == ""
    assert document.content() == {
        "alianza": "a",
        "sistematizacion": "s",
        "proposito": "u",
        "eje": "x",
        "reflexion": {TRUST: "Sí"},
        "conclusiones": "c",
        "lecciones": ["w1", "w2"],
    }


def test_ficha_content():
    document = ProfileDocument(
        alliance_id="a",
        alliance_name="n",
        territory="t",
        area_label="Infraestructura",
        phase_label="Proyección",
        start_date=date(2026, 1, 1),
        facilitator="f",
        purpose="p",
        objectives="o",
        partners=(
            ProfilePartner("Org 1", "privado", "Privado", "c"),
            ProfilePartner("Org 2", "publico", "Público", ""),
        ),
        contributions=(ProfileContribution("Dinero", 2, 1000),),
        commitments_total=3,
        commitments_done=1,
        health_label="",
        health_reasons=(),
        lessons=("l",),
        printed_on=date(2027, 3, 1),
    )
    assert document.verification_code == ""
    assert document.content() == {
        "alianza": "a",
        "nombre": "n",
        "fase": "Proyección",
        "socios": ["Org 1", "Org 2"],
        "fecha": "2027-03-01",
    }


def test_validate_systematization_hands_today_to_the_chronology():
    data = _valid()
    data.notes = [NoteEntry(key="m", milestone_on=date(2090, 1, 1), milestone_title="Feria")]
    assert validate_systematization(data, FAR) == {}
    assert validate_systematization(data, TODAY) == {"notes.m.milestone_on": UNREASONABLE}
