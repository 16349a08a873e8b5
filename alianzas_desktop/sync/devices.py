"""Who is exchanging: this database's device id and the facilitator's name from the profile.

The id lives in the database (``sync_device``), not in the profile: the records' version
vectors are counted under it, so it must travel with the records if the file is moved to
another laptop, and a second database on the same laptop is another device.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from alianzas_desktop.profile import load_profile
from alianzas_desktop.storage.models import utcnow
from alianzas_desktop.storage.sync_models import SyncDevice, SyncPeer

logger = logging.getLogger(__name__)

# Stands for this database in a dry run before it ever exchanged (nothing is written then).
UNNAMED_DEVICE = "00000000-0000-4000-8000-000000000000"


def device_id(session: Session) -> str | None:
    return session.scalars(select(SyncDevice.id).order_by(SyncDevice.created_at)).first()


def ensure_device_id(session: Session) -> str:
    """This database's device id, created (in the caller's transaction) the first time."""
    current = device_id(session)
    if current is not None:
        return current
    # Plain statements: the audit trail's session hook records the facilitator's records only.
    new = str(uuid.uuid4())
    session.execute(insert(SyncDevice.__table__).values(id=new, created_at=utcnow()))
    logger.info("Identificador de dispositivo creado: %s", new)
    return new


def facilitator_name() -> str:
    return load_profile().name.strip()


def remember_peer(
    session: Session, peer_id: str, facilitator: str, when: datetime | None = None
) -> None:
    moment = when or utcnow()
    table = SyncPeer.__table__
    known = session.execute(select(table.c.id).where(table.c.id == peer_id)).first()
    if known is None:
        session.execute(
            insert(table).values(
                id=peer_id, facilitator=facilitator, first_seen=moment, last_seen=moment
            )
        )
    else:
        values = {"last_seen": moment}
        if facilitator:
            values["facilitator"] = facilitator
        session.execute(update(table).where(table.c.id == peer_id).values(**values))
