"""Whether each issued document still matches its verification code, read from any SQLite file.

A printed code is derived from the document's content. Recomputing it from the
content stored now shows whether the file was edited beneath the app (a guard
trigger dropped by hand, a file edited elsewhere). This reads a bare sqlite3
connection so it works on backups and on files of older schemas too.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass

from alianzas_desktop.domain.verification import verification_code
from alianzas_desktop.domain.vocabulary import MeetingStatus, VersionStatus, label_of

logger = logging.getLogger(__name__)

# The kinds the services pass to verification_code (a test keeps them equal).
AGREEMENT_KIND = "acuerdo"
ACTA_KIND = "acta"

ALTERED = "el contenido no corresponde al código: documento alterado"


@dataclass(frozen=True)
class IssuedDocument:
    """An issued agreement version or a closed acta, as stored."""

    table: str  # "agreement_versions" or "meetings"
    record_id: str
    title: str  # «Acuerdo de compromisos, versión 1, alianza «…»» — Spanish, for messages
    status: str
    code: str
    intact: bool

    def describe(self) -> str:
        return f"{self.title} (código {self.code})"


def content_matches(kind: str, content: str | None, code: str | None) -> bool:
    """Whether ``code`` is the one ``content`` (stored JSON) gives."""
    if not code:
        return False
    try:
        return verification_code(kind, json.loads(content or "")) == code
    except (ValueError, TypeError):
        return False


def _tables(connection: sqlite3.Connection) -> set[str]:
    if hasattr(connection, "table_names"):  # PostgreSQL, through storage.pg_check
        return connection.table_names()
    return {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }


def issued_documents(connection: sqlite3.Connection) -> list[IssuedDocument]:
    """Every frozen document of the file, with whether its content still gives its code."""
    tables = _tables(connection)
    found: list[IssuedDocument] = []
    if {"agreement_versions", "agreements", "alliances"} <= tables:
        rows = connection.execute(
            "SELECT v.id, v.number, v.status, v.content, v.verification_code, a.name "
            "FROM agreement_versions v JOIN agreements g ON g.id = v.agreement_id "
            "JOIN alliances a ON a.id = g.alliance_id "
            "WHERE v.status <> ? ORDER BY a.name, v.number",
            (VersionStatus.DRAFT.value,),
        )
        for record_id, number, status, content, code, alliance in rows:
            found.append(
                IssuedDocument(
                    table="agreement_versions",
                    record_id=record_id,
                    title=(f"Acuerdo de compromisos, versión {number}, alianza «{alliance}»"),
                    status=status,
                    code=code or "",
                    intact=content_matches(AGREEMENT_KIND, content, code),
                )
            )
    if {"meetings", "alliances"} <= tables:
        rows = connection.execute(
            "SELECT m.id, m.number, m.status, m.content, m.verification_code, a.name "
            "FROM meetings m JOIN alliances a ON a.id = m.alliance_id "
            "WHERE m.status = ? ORDER BY a.name, m.number",
            (MeetingStatus.CLOSED.value,),
        )
        for record_id, number, status, content, code, alliance in rows:
            found.append(
                IssuedDocument(
                    table="meetings",
                    record_id=record_id,
                    title=f"Acta No. {number}, alianza «{alliance}»",
                    status=status,
                    code=code or "",
                    intact=content_matches(ACTA_KIND, content, code),
                )
            )
    return found


def altered_documents(connection: sqlite3.Connection) -> list[IssuedDocument]:
    return [d for d in issued_documents(connection) if not d.intact]


def documents_undone_by(current: sqlite3.Connection, older: sqlite3.Connection) -> list[str]:
    """Documents issued or signed in ``current`` that restoring ``older`` would undo.

    A version issued since the backup was taken is a draft there (or missing); an
    acta closed since then is still open there (or missing). Each is one Spanish line.
    """
    tables = _tables(older)
    undone = []
    for document in issued_documents(current):
        status = None
        if document.table in tables:
            row = older.execute(
                f"SELECT status FROM {document.table} WHERE id = ?", (document.record_id,)
            ).fetchone()
            status = row[0] if row else None
        if status == document.status:
            continue
        if status is None:
            undone.append(f"{document.title}: no existe en el respaldo")
        else:
            kind = VersionStatus if document.table == "agreement_versions" else MeetingStatus
            label = label_of(kind, status).lower()
            undone.append(f"{document.title}: en el respaldo está «{label}»")
    return undone
