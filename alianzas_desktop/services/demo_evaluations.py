"""The demo's periodic reviews: three evaluations over time for the alliance in Consolidación.

«Tejedoras de San Jacinto» is in the Consolidación phase: it gets three reviews
some months apart whose scores mostly rise (trust and tangible results grow,
conflict management lags), partners scoring apart on one dimension in the last,
follow-up of its commitments and decisions that became commitments and a plan
activity. Only ``services.evaluations`` writes them, as the wizard would.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from alianzas_desktop.domain.evaluation import AdaptationDecision, DecisionOutcome, dimensions
from alianzas_desktop.domain.vocabulary import CommitmentStatus, ContributionKind, Logic, Phase
from alianzas_desktop.services import alliances, evaluations
from alianzas_desktop.storage.database import Database

logger = logging.getLogger(__name__)

DEMO_ALLIANCE = "Tejedoras de San Jacinto"
# Days before today of each review, and the group's scores in the seed's order
# (4 conditions, 5 values, 7 success factors).
REVIEWS = (
    (240, "3233323232322312"),
    (140, "3344433343433322"),
    (30, "4445544444544433"),
)
COMMENTS = {
    0: (
        "condicion:socios_activos",
        "Dos socios no asistieron a las últimas sesiones de la mesa.",
    ),
    1: (
        "valor:confianza",
        "Se cumplió la compra de la primera colección: la confianza creció.",
    ),
    2: (
        "factor:manejo_conflictos",
        "El desacuerdo por los precios de la feria no se habló a tiempo.",
    ),
}
CHANGES = (
    "Cambió la administración municipal y se retrasó el apoyo para la sede del taller.",
    "Subió el precio del hilo; una cadena de almacenes pidió muestras.",
    "La marca colectiva quedó registrada; llegaron pedidos de Cartagena.",
)
LEARNINGS = (
    "Las sesiones bimestrales se quedan cortas para decidir a tiempo.",
    "Mostrar los avances en la plaza convoca a más tejedoras.",
    "Los desacuerdos de precio hay que hablarlos antes de cada feria.",
)


def _find_alliance(db: Database) -> str | None:
    found = [a for a in alliances.list_alliances(db) if a.name == DEMO_ALLIANCE]
    if not found or found[0].phase != Phase.CONSOLIDATION.value:
        return None
    return found[0].id


def add_demo_evaluations(db: Database, today: date | None = None) -> None:
    """Three periodic reviews for the demo alliance in Consolidación (none if it is absent)."""
    today = today or date.today()
    alliance_id = _find_alliance(db)
    if alliance_id is None:
        logger.warning("No está la alianza de demostración %s", DEMO_ALLIANCE)
        return
    for number, (days_ago, scores) in enumerate(REVIEWS):
        held_on = today - timedelta(days=days_ago)
        context = evaluations.review_context(db, alliance_id)
        data = evaluations.new_review_data(context, held_on)
        data.context_changes = CHANGES[number]
        data.learnings = LEARNINGS[number]
        keys = [d.key for d in dimensions()]
        for entry in data.scores:
            entry.score = int(scores[keys.index(entry.key)])
        key, comment = COMMENTS[number]
        data.score_for(key).comment = comment
        partners = [p.membership_id for p in context.partners]
        if number == 2 and partners:
            data.by_partner = True
            for entry in data.scores:
                entry.partner_scores = {m: entry.score for m in partners}
            # The partners see conflict management differently: a spread of three points.
            spread = data.score_for("factor:manejo_conflictos").partner_scores
            spread[partners[0]] = 2
            spread[partners[-1]] = 5
        if number >= 1 and data.follow_ups:
            data.follow_ups[0].status = CommitmentStatus.DONE.value
            data.follow_ups[0].note = "Cumplido y presentado en la mesa"
        if partners:
            data.decisions = _decisions(number, held_on, partners)
        evaluations.record_review(db, data, today)
    logger.info("Demostración: %d evaluaciones para %s", len(REVIEWS), DEMO_ALLIANCE)


def _decisions(number: int, held_on: date, partners: list[str]) -> list[AdaptationDecision]:
    if number == 0:
        return [
            AdaptationDecision(
                text="Reunir la mesa cada mes en lugar de cada dos meses",
            ),
            AdaptationDecision(
                text="Visitar a los socios que faltaron para conocer sus razones",
                outcome=DecisionOutcome.COMMITMENT.value,
                membership_id=partners[0],
                deadline=held_on + timedelta(days=30),
                kind=ContributionKind.HUMAN_TALENT.value,
                logic=Logic.POLITICAL.value,
            ),
        ]
    if number == 1:
        return [
            AdaptationDecision(
                text="Feria de muestras en la plaza principal",
                outcome=DecisionOutcome.ACTIVITY.value,
                membership_id=partners[-1],
                deadline=held_on + timedelta(days=60),
            )
        ]
    return [
        AdaptationDecision(
            text="Acordar la lista de precios con todas las tejedoras antes de cada feria",
            outcome=DecisionOutcome.COMMITMENT.value,
            membership_id=partners[-1],
            deadline=held_on + timedelta(days=45),
            kind=ContributionKind.TECHNICAL_KNOWLEDGE.value,
            logic=Logic.ETHICAL.value,
        ),
        AdaptationDecision(text="Invitar a la cadena de almacenes a la próxima sesión"),
    ]
