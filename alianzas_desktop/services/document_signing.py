"""The signature a printed document's QR carries, and the index of printed codes.

A document's builder (``agreements.document_for_version``, ``meetings.acta_document``,
``workplan.plan_document``, ``evaluations.evaluation_document``) asks here for the
signature of the code it prints. The first one stored for that code wins, whoever signed it,
so a document reprinted on another laptop that received it in a bundle carries the same QR;
otherwise this installation signs it (``sync.signing``, Ed25519, deterministic) and keeps the
row, which is also how Verificar finds a plan de trabajo or an informe de evaluación by its
code through an index instead of rebuilding every one.

Signing never stops a print: a database opened only for consulting, a damaged key file or a
full disk leave the QR with the code alone (logged), as before signatures existed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.storage.database import Database, DatabaseError
from alianzas_desktop.storage.models import utcnow
from alianzas_desktop.storage.signature_models import SignedKind, document_signatures

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignedDocument:
    """A row of the index: which record printed this code, and who signed it when."""

    code: str
    kind: SignedKind
    record_id: str
    alliance_id: str
    key_id: str
    signature: str
    signed_at: datetime


def ensure_installation_key() -> bool:
    """This installation's signing key, made at its first start (the window's); False, and
    documents print their code alone, when the data folder cannot keep it."""
    from alianzas_desktop.sync import signing

    try:
        # Only the file: it is read (and cryptography loaded) when a document is signed.
        signing.make_signing_key()
    except (OSError, ValueError) as exc:  # keys.KeyFileError is a ValueError
        logger.warning("No se pudo crear la clave de firma de este equipo: %s", exc)
        return False
    return True


def signature_for(
    db: Database,
    kind: SignedKind,
    *,
    code_kind: str,
    content: Any,
    code: str,
    record_id: str,
    alliance_id: str,
) -> str:
    """The ``firma:1.…`` text for a document printing ``code`` (empty: print the code alone).

    ``code_kind`` and ``content`` are what the code was computed from; a stored signature is
    used only when it was made for this very code.
    """
    from alianzas_desktop.sync import signing

    if not code:
        return ""
    try:
        for row in signed_documents(db, code):
            if signing.signature_code(row.signature) == code:
                return row.signature
    except (ServiceError, DatabaseError, SQLAlchemyError) as exc:
        logger.warning("No se leyó la firma guardada de %s: %s", code, exc)
    if db.read_only and not signing.has_signing_key():
        # A read (``alianzas export``, ``verify``) writes nothing, keys included: the code
        # alone, as before signatures existed, until this installation has made its key.
        return ""
    try:
        payload = signing.signature_for_code(code_kind, content, code)
    except (OSError, ValueError) as exc:  # keys.KeyFileError is a ValueError
        logger.warning("Sin firma para el documento %s: %s", code, exc)
        return ""
    if payload and not db.read_only:
        _keep(db, kind, code, payload, record_id, alliance_id)
    return payload


def signature_of(
    db: Database, kind: SignedKind, code_kind: str, document: Any, record_id: str
) -> str:
    """``signature_for`` a document dataclass with ``content``, ``verification_code`` and
    ``alliance_id`` (an agreement version's, an acta's)."""
    return signature_for(
        db,
        kind,
        code_kind=code_kind,
        content=document.content,
        code=document.verification_code,
        record_id=record_id,
        alliance_id=document.alliance_id,
    )


def acta_signature(db: Database, document: Any) -> str:
    """A closed acta's signature (``meetings.ActaDocument``); the code of its annexes page,
    printed apart when it has addenda or on-screen signatures, goes into the index too."""
    from alianzas_desktop.storage.integrity import ACTA_KIND

    if document.addenda or document.signatures:
        index_code(
            db,
            SignedKind.ACTA_ANNEXES,
            document.annex_code,
            document.meeting_id,
            document.alliance_id,
        )
    return signature_of(db, SignedKind.ACTA, ACTA_KIND, document, document.meeting_id)


def index_code(db: Database, kind: SignedKind, code: str, record_id: str, alliance_id: str) -> None:
    """Keep an unsigned document's printed code in the index (an agreement draft's)."""
    if code:
        _keep(db, kind, code, "", record_id, alliance_id)


def _keep(
    db: Database, kind: SignedKind, code: str, payload: str, record_id: str, alliance_id: str
) -> None:
    from alianzas_desktop.sync import signing

    key = signing.signature_key_id(payload) if payload else ""
    try:
        with db.transaction() as session:
            table = document_signatures
            stored = session.execute(
                select(table.c.code).where(table.c.code == code, table.c.key_id == key)
            ).first()
            if stored is None:
                session.execute(
                    insert(table).values(
                        code=code,
                        key_id=key,
                        kind=kind.value,
                        record_id=record_id,
                        alliance_id=alliance_id,
                        signature=payload,
                        signed_at=utcnow(),
                    )
                )
    except IntegrityError:  # another window stored it first
        logger.info("La firma de %s ya estaba guardada", code)
    except (ServiceError, DatabaseError, SQLAlchemyError) as exc:
        logger.warning("La firma de %s no se guardó: %s", code, exc)


def signed_documents(db: Database, code: str) -> list[SignedDocument]:
    """The index rows of a code, first signed first (one query, by primary key)."""
    with db.reading() as session:
        table = document_signatures
        rows = session.execute(
            select(table).where(table.c.code == code).order_by(table.c.signed_at, table.c.key_id)
        ).all()
        return [
            SignedDocument(
                code=row.code,
                kind=SignedKind(row.kind),
                record_id=row.record_id,
                alliance_id=row.alliance_id,
                key_id=row.key_id,
                signature=row.signature,
                signed_at=row.signed_at,
            )
            for row in rows
            if row.kind in SignedKind._value2member_map_
        ]
