"""Wizard drafts: saved as the facilitator types, offered back after a crash."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from alianzas_desktop.domain.vocabulary import DraftKind
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Draft

logger = logging.getLogger(__name__)

# The wizards that keep drafts.
NACIMIENTO = DraftKind.NACIMIENTO
MEETING = DraftKind.MEETING


@dataclass(frozen=True)
class DraftInfo:
    id: str
    kind: str
    subject_id: str | None
    title: str
    page: int
    payload: dict[str, Any]
    updated_at: datetime


def _info(draft: Draft) -> DraftInfo:
    try:
        payload = json.loads(draft.payload)
    except ValueError:
        logger.warning("Borrador %s ilegible; se ofrece vacío", draft.id)
        payload = {}
    return DraftInfo(
        id=draft.id,
        kind=draft.kind,
        subject_id=draft.subject_id,
        title=draft.title,
        page=draft.page,
        payload=payload if isinstance(payload, dict) else {},
        updated_at=draft.updated_at,
    )


def save_draft(
    db: Database,
    kind: str,
    payload: dict[str, Any],
    *,
    page: int = 0,
    title: str = "",
    draft_id: str | None = None,
    subject_id: str | None = None,
) -> str:
    """Create or overwrite a draft in one transaction; returns its id."""
    body = json.dumps(payload, ensure_ascii=False)
    with db.transaction() as session:
        draft = session.get(Draft, draft_id) if draft_id else None
        if draft is None:
            draft = Draft(kind=kind, subject_id=subject_id, payload=body)
            if draft_id:
                draft.id = draft_id
            session.add(draft)
        draft.payload = body
        if subject_id is not None:  # e.g. a meeting draft whose convocation was just saved
            draft.subject_id = subject_id
        draft.page = page
        draft.title = title[:200]
        session.flush()
        return draft.id


def load_draft(db: Database, draft_id: str) -> DraftInfo | None:
    with db.reading() as session:
        draft = session.get(Draft, draft_id)
        return _info(draft) if draft else None


def list_drafts(db: Database, kind: str | None = None) -> list[DraftInfo]:
    query = select(Draft).order_by(Draft.updated_at.desc())
    if kind:
        query = query.where(Draft.kind == kind)
    with db.reading() as session:
        return [_info(d) for d in session.scalars(query)]


def draft_about(db: Database, kind: str, subject_id: str | None) -> DraftInfo | None:
    """The newest unfinished ``kind`` draft about ``subject_id`` (an alliance, a meeting)."""
    if not subject_id:
        return None
    query = (
        select(Draft)
        .where(Draft.kind == kind, Draft.subject_id == subject_id)
        .order_by(Draft.updated_at.desc())
        .limit(1)
    )
    with db.reading() as session:
        draft = session.scalars(query).first()
        return _info(draft) if draft else None


def discard_draft(db: Database, draft_id: str) -> None:
    with db.transaction() as session:
        draft = session.get(Draft, draft_id)
        if draft is not None:
            session.delete(draft)
