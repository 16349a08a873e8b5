"""The ficha de la alianza fits one page on letter and A4, even with very long texts (cut with a
visible «…»), and names the partners by sector, the contributions and the main lessons."""

from __future__ import annotations

from datetime import date

import pytest

from alianzas_desktop.documents.profile_pdf import profile_pdf_bytes
from alianzas_desktop.domain.systematization import LessonEntry
from alianzas_desktop.services import nacimiento, systematization
from tests.documents.readback import read_pdf
from tests.factories import nacimiento_data

TODAY = date(2026, 11, 30)


def _alliance(db, purpose: str = "", lessons: int = 2) -> str:
    spec = nacimiento_data()
    if purpose:
        spec.purpose = purpose
    alliance_id = nacimiento.found_alliance(db, spec)
    data = systematization.load_systematization(db, alliance_id)
    data.participants, data.purpose, data.central_axis = "Socios", "Aprender", "Eje"
    data.period_to = TODAY
    data.reflection = {"valor:confianza": "Sí"}
    data.conclusions = "Conclusión"
    data.lessons = [
        LessonEntry(what_happened=f"Lección {n} " + ("muy larga " * (400 if purpose else 3)))
        for n in range(1, lessons + 1)
    ]
    systematization.save_systematization(db, data, TODAY)
    return alliance_id


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_ficha_names_who_what_where_on_one_page(db, paper):
    alliance_id = _alliance(db)
    document = systematization.profile_document(db, alliance_id, TODAY)
    back = read_pdf(profile_pdf_bytes(document, paper))
    assert len(back.pages) == 1
    text = back.text
    assert "FICHA DE LA ALIANZA" in text and document.alliance_name in text
    for label in ("Público", "Privado", "Sociedad civil"):
        assert label in text
    for partner in document.partners:
        assert partner.organization in text
    assert "Alcaldía de Sonsón" in text and "Aportes comprometidos" in text
    assert "Lección 1" in text and "Lección 2" in text
    assert document.phase_label in text
    if document.health_label:
        assert document.health_label in text


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_long_texts_are_cut_visibly_and_never_overflow(db, paper):
    alliance_id = _alliance(db, purpose="Un propósito larguísimo " * 600, lessons=3)
    document = systematization.profile_document(db, alliance_id, TODAY)
    back = read_pdf(profile_pdf_bytes(document, paper))
    assert len(back.pages) == 1
    assert "…" in back.text
    assert "Página 1 de 1" in back.text
    assert "Lección 3" in back.text
