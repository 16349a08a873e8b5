"""The history names a periodic review's records in words."""

from __future__ import annotations

from alianzas_desktop.domain.history_text import field_label, is_shown, record_name


def test_evaluation_records_are_named():
    assert record_name("evaluations", {"held_on": "2026-11-20"}) == "Evaluación del 20/11/2026"
    assert record_name("evaluations", {}) == "Evaluación"
    assert (
        record_name("evaluation_scores", {"group": "valor", "dimension": "confianza"})
        == "Calificación de «Confianza»"
    )
    assert record_name("evaluation_scores", {"group": "otro", "dimension": "x"}) == "Calificación"
    assert (
        record_name("evaluation_decisions", {"text": "Reunirse cada mes"})
        == "Decisión para adaptar «Reunirse cada mes»"
    )


def test_evaluation_fields_in_spanish_and_codes_hidden():
    assert field_label("evaluation_scores", "score") == "puntaje"
    assert field_label("evaluations", "learnings") == "aprendizajes"
    assert not is_shown("evaluation_scores", "dimension")
    assert not is_shown("evaluation_decisions", "commitment_id")
    assert is_shown("evaluation_scores", "comment")
