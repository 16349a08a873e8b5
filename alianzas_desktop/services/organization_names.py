"""An organisation found by the name a facilitator typed, alike on SQLite and PostgreSQL."""

from __future__ import annotations

import logging

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alianzas_desktop.storage.models import Organization

logger = logging.getLogger(__name__)


def same_named_organization(session: Session, name: str, *conditions) -> Organization | None:
    """The first-made organisation called ``name``, whatever the case of its letters.

    SQLite's lower() folds only A–Z, PostgreSQL's folds «Ñ» and «Á» too: compared in the
    database, «Asociación Ñame» was never found on a laptop and found on the server. So
    the database narrows to the names of the same length and Python compares them.
    """
    wanted = name.casefold()
    candidates = session.scalars(
        select(Organization)
        .where(func.length(Organization.name) == len(name), *conditions)
        .order_by(Organization.created_at, Organization.id)
    )
    return next((org for org in candidates if org.name.casefold() == wanted), None)
