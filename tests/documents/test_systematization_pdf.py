"""The informe de sistematización and the ficha de la alianza read back: the chronology (and its
vector timeline), the reflection, the conclusions and the lessons; the ficha on one page."""

from __future__ import annotations

import re
from datetime import date

import pytest

from alianzas_desktop.documents.systematization_pdf import systematization_pdf_bytes
from alianzas_desktop.domain.systematization import LessonEntry, NoteEntry
from alianzas_desktop.services import chronology, nacimiento, systematization
from tests.documents.readback import embedded_font_names, read_pdf
from tests.factories import nacimiento_data

TODAY = date(2026, 11, 30)
HOSTILE = "Aprendimos <b>nada</b> & <img src='x'> 🌱 fin"


@pytest.fixture
def stored(db):
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    data = systematization.load_systematization(db, alliance_id)
    data.participants = "Las familias de La Loma"
    data.purpose = "Contar a otras veredas cómo se comercializó el frijol"
    data.period_to = TODAY
    data.central_axis = "La comercialización asociativa"
    events = chronology.chronology(db, alliance_id)
    data.touch(events[-1].key).hidden = True
    data.touch(events[0].key).note = "Fue en la caseta comunal"
    data.notes.append(
        NoteEntry(milestone_on=date(2026, 11, 15), milestone_title="Primera feria del frijol")
    )
    data.reflection = {"valor:confianza": HOSTILE, "factor:seguimiento": "Cada mes"}
    data.conclusions = "Comprar juntos dio mejores precios a las familias."
    data.lessons = [
        LessonEntry(
            what_happened="El precio acordado antes de la cosecha evitó conflictos",
            why_it_matters="Da confianza a las familias",
            recommendation="Fijar el precio en la primera sesión",
            phase="nacimiento",
            tags="precios",
        ),
        LessonEntry(what_happened="Las visitas técnicas en la vereda subieron la asistencia"),
    ]
    stored_id = systematization.save_systematization(db, data, TODAY)
    return alliance_id, events, systematization.systematization_document(db, stored_id)


def _strokes(page) -> int:
    content = page.get_contents().get_data().decode("latin-1")
    return len(re.findall(r"\sl\s", content)) + len(re.findall(r"\sc\s", content))


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_informe_holds_chronology_reflection_conclusions_and_lessons(stored, paper):
    _alliance_id, events, document = stored
    pdf = systematization_pdf_bytes(document, paper)
    back = read_pdf(pdf)
    body = back.body
    assert "INFORME DE SISTEMATIZACIÓN" in body
    chronology_part = body[body.index("Recuperación del proceso vivido") :]
    for event in events[:-1]:
        assert event.title[:40] in chronology_part, event.title
    assert events[-1].title not in chronology_part[chronology_part.index("Cronología") :]
    assert "Primera feria del frijol" in chronology_part
    assert "Nota: Fue en la caseta comunal" in chronology_part
    assert "Confianza" in body and "<b>nada</b> &" in body and "<img src='x'>" in body
    assert "Comprar juntos dio mejores precios a las familias." in body
    assert "El precio acordado antes de la cosecha evitó conflictos" in body
    assert "Fijar el precio en la primera sesión" in body and "Etiquetas: Nacimiento ·" in body
    assert "· precios" in body
    assert document.verification_code in back.text
    assert embedded_font_names(pdf)


def test_timeline_is_a_vector_drawing(stored):
    _alliance_id, _events, document = stored
    back = read_pdf(systematization_pdf_bytes(document))
    page = next(
        p for p, text in zip(back.reader.pages, back.pages, strict=True) if "Cronología" in text
    )
    assert _strokes(page) > 20  # the axis, ticks, leader lines and dots are paths
    assert not page["/Resources"].get("/XObject") or all(
        x.get_object()["/Subtype"] != "/Image"
        for x in page["/Resources"]["/XObject"].values()
        if x.get_object().get("/Subtype") != "/Form"
    )


def test_every_free_text_field_prints_literally(db):
    from alianzas_desktop.domain.systematization import LessonEntry, NoteEntry
    from tests.documents.free_text import HOSTILE, fill_hostile

    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    data = systematization.load_systematization(db, alliance_id)
    data.period_to = TODAY
    first = chronology.chronology(db, alliance_id)[0]
    data.notes = [
        NoteEntry(event_key=first.key),
        NoteEntry(milestone_on=date(2026, 6, 1)),
    ]
    data.lessons = [LessonEntry(), LessonEntry()]
    # Tags are split on commas (the hostile text has none): written and read as one tag.
    written = fill_hostile(
        data,
        skip={"tags", "phase", "condition", "success_factor", "area", "alliance_id"},
        # A note on an automatic event has no milestone title of its own.
        fixed=lambda owner, name: (
            isinstance(owner, NoteEntry) and bool(owner.event_key) and name == "milestone_title"
        ),
    )
    data.lessons[0].tags = HOSTILE
    data.reflection = {"valor:confianza": f"«R» {HOSTILE}"}
    written["reflection"] = f"«R» {HOSTILE}"
    stored_id = systematization.save_systematization(db, data, TODAY)
    flat = "".join(
        read_pdf(
            systematization_pdf_bytes(systematization.systematization_document(db, stored_id))
        ).body.split()
    )
    missing = [where for where, text in written.items() if "".join(text.split()) not in flat]
    assert missing == []
    assert "".join(HOSTILE.split()) in flat
