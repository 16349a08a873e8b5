"""What the alliance list's search looks at besides each alliance's own fields.

A facilitator remembers an alliance by a partner («la de la cooperativa de La
Loma») or by a person («donde está doña Luz Dary») as often as by its name: the
partner organisations, their representatives, the people who attended its
meetings and those responsible for its commitments are all searchable.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from sqlalchemy import select, union

from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import (
    Attendance,
    Commitment,
    Meeting,
    Membership,
    Organization,
    Person,
)

logger = logging.getLogger(__name__)


def alliance_search_texts(db: Database) -> dict[str, str]:
    """alliance id -> the names of its partners and people, one per line (four queries' worth)."""
    names = union(
        select(Membership.alliance_id, Organization.name).join(
            Organization, Organization.id == Membership.organization_id
        ),
        select(Membership.alliance_id, Person.full_name).join(
            Person, Person.id == Membership.representative_id
        ),
        select(Meeting.alliance_id, Person.full_name)
        .join(Attendance, Attendance.meeting_id == Meeting.id)
        .join(Person, Person.id == Attendance.person_id),
        select(Commitment.alliance_id, Person.full_name).join(
            Person, Person.id == Commitment.responsible_person_id
        ),
    )
    found: dict[str, list[str]] = defaultdict(list)
    with db.reading() as session:
        for alliance_id, name in session.execute(names):
            if name:
                found[alliance_id].append(name)
    return {alliance_id: "\n".join(sorted(values)) for alliance_id, values in found.items()}
