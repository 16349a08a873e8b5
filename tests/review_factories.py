"""Test content for the periodic review: an alliance with a plan activity, filled reviews."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.evaluation import AdaptationDecision, DecisionOutcome, ReviewData
from alianzas_desktop.domain.vocabulary import ActivityStatus
from alianzas_desktop.services import evaluations
from alianzas_desktop.storage.work_models import PlanActivity


def add_plan_activity(db, alliance_id: str, title: str = "Escuela de campo en La Loma") -> str:
    """A plan activity written directly: the work-plan service belongs to another wizard."""
    context = evaluations.review_context(db, alliance_id)
    with db.transaction() as session:
        activity = PlanActivity(
            alliance_id=alliance_id,
            title=title,
            responsible_membership_id=context.partners[0].membership_id,
            start_date=date(2026, 4, 1),
            end_date=date(2026, 10, 30),
            status=ActivityStatus.IN_PROGRESS.value,
        )
        session.add(activity)
        session.flush()
        return activity.id


def filled_review(
    db, alliance_id: str, held_on: date, base: int = 3, by_partner: bool = False
) -> ReviewData:
    """Every dimension scored (base, base+1… capped at 5), one decision of each outcome."""
    context = evaluations.review_context(db, alliance_id)
    data = evaluations.new_review_data(context, held_on)
    for position, entry in enumerate(data.scores):
        entry.score = min(5, base + position % 3)
        entry.comment = f"Comentario {position + 1}"
        if by_partner:
            entry.partner_scores = {
                p.membership_id: min(5, base + (2 if i == 0 and position == 0 else 0))
                for i, p in enumerate(context.partners)
            }
    data.by_partner = by_partner
    partner = context.partners[1].membership_id
    data.decisions = [
        AdaptationDecision(text="Rotar la sede de las reuniones entre veredas"),
        AdaptationDecision(
            text="Publicar cada mes los precios de compra",
            outcome=DecisionOutcome.COMMITMENT.value,
            membership_id=partner,
            deadline=date(held_on.year + 1, 1, 31),
        ),
        AdaptationDecision(
            text="Taller de manejo de conflictos con los socios",
            outcome=DecisionOutcome.ACTIVITY.value,
            membership_id=partner,
            deadline=date(held_on.year + 1, 2, 28),
        ),
    ]
    data.context_changes = "Llegó un nuevo alcalde; subió el precio del frijol."
    data.learnings = "Las reuniones en la vereda convocan más familias."
    return data
