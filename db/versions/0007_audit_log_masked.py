"""The audit log keeps no personal values nor whole documents: older entries are rewritten.

Entries written before the log masked them still hold a closed acta's whole content
(its attendee list, as JSON) and, in the oldest files, the size note of an agreement
version's body. Each is rewritten the way the log writes now: a person's contact
fields, a witness, a guardian and a request's notes as «dato personal», a document's
body as «documento». The append-only trigger is dropped and created again inside
this migration's transaction.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 19:40:00
"""

from __future__ import annotations

import json
import re

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# This migration's own copy of the rules (never edited; a later rule is a new migration).
PERSONAL_MASK = "«dato personal»"
DOCUMENT_MARK = "«documento»"
DOCUMENT_UPDATED = "«documento actualizado»"
PERSONAL_FIELDS = {
    "people": {"full_name", "document_number", "phone", "email"},
    "data_authorizations": {"witness", "guardian"},
    "data_requests": {"notes"},
}
DOCUMENT_FIELDS = {"agreement_versions": {"content"}, "meetings": {"content"}}
_SIZE_NOTE = re.compile(r"^«contenido del documento, ([\d.]+) caracteres»$")
AUDIT_NO_UPDATE = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'la bitácora de cambios no se puede modificar'); END"
)


def _masked(value: object) -> object:
    if value is None or value == "" or value == PERSONAL_MASK:
        return value
    return PERSONAL_MASK


def _document(value: object) -> object:
    if value is None or value in ("", DOCUMENT_MARK, DOCUMENT_UPDATED):
        return value
    if not isinstance(value, str):
        return DOCUMENT_MARK
    note = _SIZE_NOTE.match(value)
    if note:
        return DOCUMENT_MARK if int(note.group(1).replace(".", "")) > 2 else ""
    return DOCUMENT_MARK if value.strip() not in ("{}", "[]") else ""


def rewritten(table: str, changes: str) -> str | None:
    """The entry's changes as the log writes them now; None when they already are."""
    try:
        parsed = json.loads(changes)
    except (TypeError, ValueError):
        return None
    if not isinstance(parsed, dict):
        return None
    personal = PERSONAL_FIELDS.get(table, set())
    documents = DOCUMENT_FIELDS.get(table, set())
    result = {}
    for key, pair in parsed.items():
        if isinstance(pair, list) and len(pair) == 2 and key in personal:
            pair = [_masked(v) for v in pair]
        elif isinstance(pair, list) and len(pair) == 2 and key in documents:
            pair = [_document(v) for v in pair]
        result[key] = pair
    if result == parsed:
        return None
    return json.dumps(result, ensure_ascii=False)


def upgrade() -> None:
    bind = op.get_bind()
    tables = sorted(set(PERSONAL_FIELDS) | set(DOCUMENT_FIELDS))
    rows = bind.execute(
        sa.text(
            "SELECT id, table_name, changes FROM audit_log WHERE table_name IN :tables"
        ).bindparams(sa.bindparam("tables", expanding=True)),
        {"tables": tables},
    ).all()
    updates = [
        {"entry_id": entry_id, "new_changes": new}
        for entry_id, table, changes in rows
        if (new := rewritten(table, changes)) is not None
    ]
    if not updates:
        return
    sqlite = bind.dialect.name == "sqlite"
    postgresql = bind.dialect.name == "postgresql"
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    elif postgresql:
        # Disabled inside this transaction only: ALTER TABLE holds the table until commit.
        op.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update")
    bind.execute(
        sa.text("UPDATE audit_log SET changes = :new_changes WHERE id = :entry_id"), updates
    )
    if sqlite:
        op.execute(AUDIT_NO_UPDATE)
    elif postgresql:
        op.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update")


def downgrade() -> None:
    pass  # the values masked are gone on purpose: there is nothing to bring back
