"""The SQLite triggers that keep issued documents frozen, and putting back any that are missing.

Migrations 0001, 0002, 0004 and 0006 create these triggers; a file restored from
an old or hand-made copy, or a table rebuilt by a batch migration, may lack some.
``missing_guards`` says which (``alianzas check`` and the start-up check report
them) and ``ensure_guards`` recreates them before the app writes anything.
The office's PostgreSQL has PL/pgSQL twins of them (storage.pg_guards); ``restore_missing_guards``
puts those back too.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

logger = logging.getLogger(__name__)

# Status only moves forward; an unknown value ranks below everything, so it is refused too.
_VERSION_RANK = (
    "CASE {s} WHEN 'borrador' THEN 0 WHEN 'emitido' THEN 1 WHEN 'firmado' THEN 2 ELSE -1 END"
)
_MEETING_RANK = (
    "CASE {s} WHEN 'convocada' THEN 0 WHEN 'en_curso' THEN 1 WHEN 'cerrada' THEN 2 ELSE -1 END"
)

_CLOSED = "(SELECT status FROM meetings WHERE id = {row}.meeting_id) = 'cerrada'"
_ACTA_ABORT = "BEGIN SELECT RAISE(ABORT, 'acta cerrada: no se puede modificar'); END"
_ANNEX_ABORT = (
    "BEGIN SELECT RAISE(ABORT, 'acta cerrada: sus anexos y firmas solo se agregan, "
    "con la fecha del momento en que se agregan'); END"
)
# A row added to a closed acta carries the moment it is added (the app's clock, which
# is SQLite's): not before the acta closed, not before the rows already there, and
# within ten minutes of now. A back-dated fe de erratas is refused.
_DATED_NOW = (
    "julianday(NEW.created_at) IS NULL"
    " OR abs(julianday(NEW.created_at) - julianday('now')) > 10.0 / 1440"
    " OR julianday(NEW.created_at) < "
    "(SELECT julianday(closed_at) FROM meetings WHERE id = NEW.meeting_id)"
    " OR EXISTS (SELECT 1 FROM {table} WHERE meeting_id = NEW.meeting_id"
    " AND julianday(created_at) > julianday(NEW.created_at))"
)

# name -> CREATE TRIGGER statement, as the migrations create them.
TRIGGERS: dict[str, str] = {
    # 0001
    "agreement_versions_frozen": (
        "CREATE TRIGGER agreement_versions_frozen "
        "BEFORE UPDATE OF content, verification_code, number, agreement_id ON agreement_versions "
        "WHEN OLD.status <> 'borrador' "
        "BEGIN SELECT RAISE(ABORT, 'acuerdo emitido: su contenido no se puede modificar'); END"
    ),
    "agreement_versions_undeletable": (
        "CREATE TRIGGER agreement_versions_undeletable "
        "BEFORE DELETE ON agreement_versions WHEN OLD.status <> 'borrador' "
        "BEGIN SELECT RAISE(ABORT, 'acuerdo emitido: no se puede borrar'); END"
    ),
    # 0002
    "audit_log_no_update": (
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'la bitácora de cambios no se puede modificar'); END"
    ),
    "audit_log_no_delete": (
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'la bitácora de cambios no se puede borrar'); END"
    ),
    # 0004
    "meetings_frozen": (
        "CREATE TRIGGER meetings_frozen "
        "BEFORE UPDATE OF content, verification_code, number, kind, date, start_time, "
        "end_time, place, objective, next_date, next_place, alliance_id ON meetings "
        f"WHEN OLD.status = 'cerrada' {_ACTA_ABORT}"
    ),
    "meetings_undeletable": (
        f"CREATE TRIGGER meetings_undeletable BEFORE DELETE ON meetings "
        f"WHEN OLD.status = 'cerrada' {_ACTA_ABORT}"
    ),
}
for _table in ("agenda_items", "attendances", "decisions"):
    TRIGGERS[f"{_table}_frozen_insert"] = (
        f"CREATE TRIGGER {_table}_frozen_insert BEFORE INSERT ON {_table} "
        f"WHEN {_CLOSED.format(row='NEW')} {_ACTA_ABORT}"
    )
    TRIGGERS[f"{_table}_frozen_update"] = (
        f"CREATE TRIGGER {_table}_frozen_update BEFORE UPDATE ON {_table} "
        f"WHEN {_CLOSED.format(row='OLD')} {_ACTA_ABORT}"
    )
    TRIGGERS[f"{_table}_frozen_delete"] = (
        f"CREATE TRIGGER {_table}_frozen_delete BEFORE DELETE ON {_table} "
        f"WHEN {_CLOSED.format(row='OLD')} {_ACTA_ABORT}"
    )

# 0006: status only forward; the rest of an issued row frozen; annexes append-only.
TRIGGERS_0006: dict[str, str] = {
    "agreement_versions_status_forward": (
        "CREATE TRIGGER agreement_versions_status_forward "
        "BEFORE UPDATE OF status ON agreement_versions "
        f"WHEN ({_VERSION_RANK.format(s='NEW.status')}) < ({_VERSION_RANK.format(s='OLD.status')}) "
        "OR ((NEW.status IS NOT OLD.status) AND "
        f"({_VERSION_RANK.format(s='NEW.status')}) < 0) "
        "BEGIN SELECT RAISE(ABORT, 'acuerdo emitido: su estado no puede volver atrás'); END"
    ),
    "agreement_versions_issued_at_frozen": (
        "CREATE TRIGGER agreement_versions_issued_at_frozen "
        "BEFORE UPDATE OF issued_at ON agreement_versions "
        "WHEN OLD.status <> 'borrador' AND NEW.issued_at IS NOT OLD.issued_at "
        "BEGIN SELECT RAISE(ABORT, 'acuerdo emitido: su contenido no se puede modificar'); END"
    ),
    "meetings_status_forward": (
        "CREATE TRIGGER meetings_status_forward BEFORE UPDATE OF status ON meetings "
        f"WHEN ({_MEETING_RANK.format(s='NEW.status')}) < ({_MEETING_RANK.format(s='OLD.status')}) "
        "OR ((NEW.status IS NOT OLD.status) AND "
        f"({_MEETING_RANK.format(s='NEW.status')}) < 0) "
        "BEGIN SELECT RAISE(ABORT, 'acta cerrada: su estado no puede volver atrás'); END"
    ),
    "meetings_closed_at_frozen": (
        "CREATE TRIGGER meetings_closed_at_frozen BEFORE UPDATE OF closed_at ON meetings "
        f"WHEN OLD.status = 'cerrada' AND NEW.closed_at IS NOT OLD.closed_at {_ACTA_ABORT}"
    ),
    "addenda_append_only_insert": (
        "CREATE TRIGGER addenda_append_only_insert BEFORE INSERT ON addenda "
        f"WHEN NOT {_CLOSED.format(row='NEW')} "
        "OR NEW.number IS NOT (SELECT coalesce(max(number), 0) + 1 FROM addenda "
        "WHERE meeting_id = NEW.meeting_id) "
        f"OR {_DATED_NOW.format(table='addenda')} {_ANNEX_ABORT}"
    ),
    "addenda_no_update": (
        f"CREATE TRIGGER addenda_no_update BEFORE UPDATE ON addenda {_ANNEX_ABORT}"
    ),
    "addenda_no_delete": (
        "CREATE TRIGGER addenda_no_delete BEFORE DELETE ON addenda "
        f"WHEN {_CLOSED.format(row='OLD')} {_ANNEX_ABORT}"
    ),
    "meeting_signatures_append_only_insert": (
        "CREATE TRIGGER meeting_signatures_append_only_insert "
        "BEFORE INSERT ON meeting_signatures "
        f"WHEN {_CLOSED.format(row='NEW')} AND ({_DATED_NOW.format(table='meeting_signatures')}) "
        f"{_ANNEX_ABORT}"
    ),
    "meeting_signatures_no_update": (
        "CREATE TRIGGER meeting_signatures_no_update BEFORE UPDATE ON meeting_signatures "
        f"WHEN {_CLOSED.format(row='OLD')} {_ANNEX_ABORT}"
    ),
    "meeting_signatures_no_delete": (
        "CREATE TRIGGER meeting_signatures_no_delete BEFORE DELETE ON meeting_signatures "
        f"WHEN {_CLOSED.format(row='OLD')} {_ANNEX_ABORT}"
    ),
}
TRIGGERS.update(TRIGGERS_0006)


def missing_guards(connection: sqlite3.Connection) -> list[str]:
    """Names of the guard triggers this file lacks (only tables it has count)."""
    present = {
        name: table
        for name, table in connection.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'"
        )
    }
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    expected = dict(TRIGGERS)
    if "alembic_version" in tables:
        revision = connection.execute("SELECT max(version_num) FROM alembic_version").fetchone()[0]
        if revision is not None and revision < "0006":
            # Not yet upgraded: 0006 brings these when the app first opens the file.
            expected = {k: v for k, v in TRIGGERS.items() if k not in TRIGGERS_0006}
    return [
        name for name, sql in expected.items() if name not in present and _table_of(sql) in tables
    ]


def _table_of(sql: str) -> str:
    words = sql.replace("(", " ").split()
    return words[words.index("ON") + 1]


def ensure_guards(connection: Any) -> list[str]:
    """Recreate any missing guard trigger; returns the names put back.

    ``connection`` is a sqlite3 connection or a SQLAlchemy one (its driver
    connection is used); the caller owns the transaction.
    """
    raw = getattr(connection, "connection", connection)
    raw = getattr(raw, "driver_connection", raw)
    missing = missing_guards(raw)
    for name in missing:
        raw.execute(TRIGGERS[name])
    if missing:
        logger.warning("Se repusieron las protecciones que faltaban: %s", ", ".join(missing))
    return missing


def restore_missing_guards(engine: Any) -> list[str]:
    """On opening a database for writing: put back any missing guard, in one transaction."""
    if engine.dialect.name == "postgresql":
        from alianzas_desktop.storage import pg_guards

        with engine.begin() as connection:
            return pg_guards.ensure_guards(connection)
    if engine.dialect.name != "sqlite":
        return []
    with engine.begin() as connection:
        return ensure_guards(connection)
