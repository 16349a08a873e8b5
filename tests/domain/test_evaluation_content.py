"""The review's smaller rules: scores read back from drafts, titles, averages, the informe's
content that its verification code covers."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.evaluation import (
    DecisionLine,
    DimensionGroup,
    DimensionResult,
    EvaluationDocument,
    ReviewData,
    ScoreEntry,
    blank_scores,
    complete_scores,
    decision_title,
    group_average,
)


def test_scores_read_back_from_a_draft():
    data = ReviewData.from_dict(
        {
            "scores": [
                {"group": "condicion", "dimension": "socios_activos", "score": "4"},
                {"group": "valor", "dimension": "confianza", "score": ""},
                {"group": "valor", "dimension": "respeto", "score": "mucho"},
                {"group": "valor", "dimension": "inclusion", "score": None},
                {"group": "valor", "dimension": "transparencia", "score": [3]},
                {
                    "group": "factor",
                    "dimension": "seguimiento",
                    "score": 0,
                    "partner_scores": {"m1": "5", 7: "", "m3": "x"},
                },
            ]
        }
    )
    assert [s.score for s in data.scores] == [4, None, None, None, None, 0]
    assert data.scores[5].partner_scores == {"m1": 5, "7": None, "m3": None}
    assert data.score_for("condicion:socios_activos") is data.scores[0]
    assert data.score_for("condicion:nada") is None


def test_complete_scores_keeps_order_and_what_was_said():
    said = ScoreEntry(group="valor", dimension="respeto", score=5)
    stray = ScoreEntry(group="valor", dimension="desconocido", score=1)
    scores = complete_scores([stray, said])
    assert [s.key for s in scores] == [s.key for s in blank_scores()]
    assert scores[[s.key for s in scores].index("valor:respeto")] is said
    assert all(s.score is None for s in scores if s is not said)


def test_group_average_of_valid_scores_rounded_to_two_places():
    scores = {"valor:a": 5, "valor:b": 4, "valor:c": 4, "valor:d": 9, "factor:x": 1, "valorx:y": 1}
    assert group_average(scores, DimensionGroup("valor")) == 4.33
    assert group_average({"valor:a": None}, DimensionGroup("valor")) is None
    assert group_average({}, DimensionGroup("factor")) is None


def test_decision_title_is_the_first_line_cut_with_an_ellipsis():
    assert decision_title("  Comprar semillas\nsegunda línea") == "Comprar semillas"
    assert decision_title("") == ""
    assert decision_title(" \x00 ") == ""
    assert decision_title("abcde", 5) == "abcde"
    assert decision_title("abcdef", 5) == "abcd…"
    assert decision_title("abc de", 5) == "abc…"
    assert decision_title("x" * 201) == "x" * 199 + "…"


def _dimension(key: str, score: int | None, comment: str) -> DimensionResult:
    return DimensionResult(key, key.split(":")[0], "L", "S", score, None, comment, (), False)


def test_the_informe_content_covers_scores_comments_decisions_and_reflection():
    document = EvaluationDocument(
        evaluation_id="e1",
        alliance_id="a1",
        alliance_name="Cacao",
        territory="Sonsón",
        held_on=date(2026, 11, 20),
        previous_on=None,
        dimensions=(_dimension("valor:respeto", 4, "Bien"), _dimension("valor:inclusion", 2, "")),
        follow_ups=(),
        activities=(),
        context_changes="Nuevo alcalde",
        learnings="Reunirse más",
        decisions=(DecisionLine("Comprar semillas", "compromiso", "Coop", None),),
        history=(),
        fulfilment=(),
    )
    assert document.content() == {
        "alianza": "a1",
        "fecha": "2026-11-20",
        "puntajes": {"valor:respeto": 4, "valor:inclusion": 2},
        "comentarios": {"valor:respeto": "Bien"},
        "decisiones": ["Comprar semillas"],
        "cambios": "Nuevo alcalde",
        "aprendizajes": "Reunirse más",
    }


def test_activities_read_back_from_a_draft():
    data = ReviewData.from_dict(
        {"activities": [{"activity_id": "a1", "status": "cumplida", "note": "Hecho", "old": 1}]}
    )
    assert [(a.activity_id, a.status, a.note) for a in data.activities] == [
        ("a1", "cumplida", "Hecho")
    ]
    assert ReviewData.from_dict({"activities": None}).activities == []
