"""How many records each of an alliance page's tabs holds, for the tabs' titles, in one query.

The page reads a tab's rows only when it is shown; its title says how many there are before.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import func, select

from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Meeting
from alianzas_desktop.storage.work_models import Conflict, Evaluation, PlanActivity

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class TabCounts:
    """As many as the tabs list: every meeting, conflict, evaluation and plan activity."""

    meetings: int
    conflicts: int
    evaluations: int
    activities: int


def tab_counts(db: Database, alliance_id: str) -> TabCounts:
    """The alliance's meetings, conflicts, evaluations and plan activities, counted."""

    def counted(model):
        return (
            select(func.count())
            .select_from(model)
            .where(model.alliance_id == alliance_id)
            .scalar_subquery()
        )

    with db.reading() as session:
        row = session.execute(
            select(counted(Meeting), counted(Conflict), counted(Evaluation), counted(PlanActivity))
        ).one()
    return TabCounts(*(count or 0 for count in row))
