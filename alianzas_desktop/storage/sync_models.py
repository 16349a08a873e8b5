"""What this database knows about exchanges: its device id, its peers, each record's versions,
the history of bundles and the conflicts waiting for a decision.

None of these tables travels in a bundle (``sync.records`` leaves out every ``sync_`` table).
"""

from __future__ import annotations

import logging
from datetime import datetime
from enum import StrEnum

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from alianzas_desktop.storage.models import Base, new_id, utcnow

logger = logging.getLogger(__name__)


class ExchangeDirection(StrEnum):
    EXPORTED = "exportado"
    IMPORTED = "importado"


class ConflictState(StrEnum):
    PENDING = "pendiente"
    RESOLVED = "resuelto"


class ConflictSide(StrEnum):
    """Which side's value a conflict's field keeps."""

    LOCAL = "local"
    REMOTE = "remoto"


class SyncDevice(Base):
    """This database's own device id (one row), written the first time it exchanges."""

    __tablename__ = "sync_device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncPeer(Base):
    """Another installation whose bundles were imported here."""

    __tablename__ = "sync_peers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    first_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncRecord(Base):
    """A record's content hash and version vector ({device id: edits}) at the last exchange.

    A record whose hash differs from this one was changed here since: exact, not from clocks.
    """

    __tablename__ = "sync_records"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    versions: Mapped[str] = mapped_column(Text, default="{}")


class SyncExchange(Base):
    """One bundle exported from or imported into this database."""

    __tablename__ = "sync_exchanges"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    direction: Mapped[str] = mapped_column(String(20))
    bundle_id: Mapped[str] = mapped_column(String(36), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    bundle_created_at: Mapped[str] = mapped_column(String(40), default="")
    file_name: Mapped[str] = mapped_column(String(255), default="")
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="{}")


class SyncConflict(Base):
    """A record changed on both sides since they last exchanged: both versions, field by field."""

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    exchange_id: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(80), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    remote_hash: Mapped[str] = mapped_column(String(64))
    remote_versions: Mapped[str] = mapped_column(Text, default="{}")
    local_fields: Mapped[str] = mapped_column(Text, default="{}")
    remote_fields: Mapped[str] = mapped_column(Text, default="{}")
    status: Mapped[str] = mapped_column(String(20), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
