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


# The issued documents of each kind: (table, kind for the code, title, statement). The title
# is Spanish, for messages; the statement gives id, number, status, content, code, alliance.
_AGREEMENTS = (
    "agreement_versions",
    AGREEMENT_KIND,
    "Acuerdo de compromisos, versión {number}, alianza «{alliance}»",
    "SELECT v.id, v.number, v.status, v.content, v.verification_code, a.name "
    "FROM agreement_versions v JOIN agreements g ON g.id = v.agreement_id "
    "JOIN alliances a ON a.id = g.alliance_id WHERE v.status <> ?",
    VersionStatus.DRAFT.value,
    {"agreement_versions", "agreements", "alliances"},
)
_ACTAS = (
    "meetings",
    ACTA_KIND,
    "Acta No. {number}, alianza «{alliance}»",
    "SELECT m.id, m.number, m.status, m.content, m.verification_code, a.name "
    "FROM meetings m JOIN alliances a ON a.id = m.alliance_id WHERE m.status = ?",
    MeetingStatus.CLOSED.value,
    {"meetings", "alliances"},
)


def _documents(connection: sqlite3.Connection, *, only_altered: bool) -> list[IssuedDocument]:
    """Agreements, then actas, each by alliance name and number.

    ``only_altered`` reads the rows as they come and keeps just the altered ones, sorting
    those afterwards: an office holds tens of thousands of closed actas, and sorting them
    with their content in SQL (or keeping a record of each) held about 30 MiB at start-up.
    """
    tables = _tables(connection)
    found: list[IssuedDocument] = []
    for table, kind, title, statement, status_value, needed in (_AGREEMENTS, _ACTAS):
        if not needed <= tables:
            continue
        if not only_altered:
            statement += " ORDER BY a.name, " + ("v" if table != "meetings" else "m") + ".number"
        rows = connection.execute(statement, (status_value,))
        of_kind: list[tuple[str, int, IssuedDocument]] = []
        for record_id, number, status, content, code, alliance in rows:
            intact = content_matches(kind, content, code)
            if only_altered and intact:
                continue
            document = IssuedDocument(
                table=table,
                record_id=record_id,
                title=title.format(number=number, alliance=alliance),
                status=status,
                code=code or "",
                intact=intact,
            )
            of_kind.append((alliance, number, document))
        if only_altered:  # as ORDER BY would: NULL first, then binary (code point) order
            of_kind.sort(key=_sql_order)
        found.extend(document for _alliance, _number, document in of_kind)
    return found


def _sql_order(item: tuple[str, int, IssuedDocument]) -> tuple:
    alliance, number, _document = item
    return (alliance is not None, alliance or "", number is not None, number or 0)


def issued_documents(connection: sqlite3.Connection) -> list[IssuedDocument]:
    """Every frozen document of the file, with whether its content still gives its code."""
    return _documents(connection, only_altered=False)


def altered_documents(connection: sqlite3.Connection) -> list[IssuedDocument]:
    """The frozen documents whose content no longer gives their code, in the same order."""
    return _documents(connection, only_altered=True)


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
