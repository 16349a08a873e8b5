"""The office's PostgreSQL guards: PL/pgSQL twins of the SQLite triggers in storage.guards.

Each guard keeps the SQLite trigger's name, table, event and refusal message: a function
of that name tests the same condition and raises it as an integrity violation (SQLSTATE
23000, an IntegrityError for SQLAlchemy, as SQLite's RAISE(ABORT) is). PostgreSQL's
trigger WHEN cannot hold a subquery, so the conditions on the acta's status are tested
inside the function. The migrations that create a SQLite guard create its twin here
(0001, 0002, 0004, 0006); ``missing_guards`` and ``ensure_guards`` serve ``alianzas check``
and the opening of a database, as storage.guards does for SQLite.

Since 0013 the guards that refuse rows added to a closed acta's agenda, attendance and
decisions run once per statement, not once per row: a bundle's import adds tens of
thousands of such rows in a few statements, and the server spent its time calling the
function for each. The statement's rows (a transition table) are tested in one query, and
the same refusal is raised, so the whole statement is undone.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Guard:
    table: str
    event: str  # "UPDATE OF a, b", "INSERT", "DELETE"
    condition: str  # PL/pgSQL boolean over NEW / OLD; the row is refused when it holds
    message: str


_VERSION_RANK = (
    "(CASE {s} WHEN 'borrador' THEN 0 WHEN 'emitido' THEN 1 WHEN 'firmado' THEN 2 ELSE -1 END)"
)
_MEETING_RANK = (
    "(CASE {s} WHEN 'convocada' THEN 0 WHEN 'en_curso' THEN 1 WHEN 'cerrada' THEN 2 ELSE -1 END)"
)
NEW_ROWS = "new_rows"
_CLOSED = "coalesce((SELECT status FROM meetings WHERE id = {row}.meeting_id) = 'cerrada', false)"
_ISSUED_CONTENT = "acuerdo emitido: su contenido no se puede modificar"
_ACTA = "acta cerrada: no se puede modificar"
_ANNEX = (
    "acta cerrada: sus anexos y firmas solo se agregan, con la fecha del momento en que se agregan"
)
# SQLite's julianday('now') is UTC, and the app stores naive UTC times (models.utcnow).
_NOW = "(clock_timestamp() AT TIME ZONE 'UTC')"
_DATED_NOW = (
    "NEW.created_at IS NULL"
    f" OR abs(extract(epoch FROM NEW.created_at - {_NOW})) > 600"
    " OR NEW.created_at < (SELECT closed_at FROM meetings WHERE id = NEW.meeting_id)"
    " OR EXISTS (SELECT 1 FROM {table} WHERE meeting_id = NEW.meeting_id"
    " AND created_at > NEW.created_at)"
)


def _forward(rank: str) -> str:
    new, old = rank.format(s="NEW.status"), rank.format(s="OLD.status")
    return f"{new} < {old} OR (NEW.status IS DISTINCT FROM OLD.status AND {new} < 0)"


GUARDS: dict[str, Guard] = {
    # 0001
    "agreement_versions_frozen": Guard(
        "agreement_versions",
        "UPDATE OF content, verification_code, number, agreement_id",
        "OLD.status <> 'borrador'",
        _ISSUED_CONTENT,
    ),
    "agreement_versions_undeletable": Guard(
        "agreement_versions",
        "DELETE",
        "OLD.status <> 'borrador'",
        "acuerdo emitido: no se puede borrar",
    ),
    # 0002
    "audit_log_no_update": Guard(
        "audit_log", "UPDATE", "true", "la bitácora de cambios no se puede modificar"
    ),
    "audit_log_no_delete": Guard(
        "audit_log", "DELETE", "true", "la bitácora de cambios no se puede borrar"
    ),
    # 0004
    "meetings_frozen": Guard(
        "meetings",
        "UPDATE OF content, verification_code, number, kind, date, start_time, end_time, "
        "place, objective, next_date, next_place, alliance_id",
        "OLD.status = 'cerrada'",
        _ACTA,
    ),
    "meetings_undeletable": Guard("meetings", "DELETE", "OLD.status = 'cerrada'", _ACTA),
}
for _table in ("agenda_items", "attendances", "decisions"):
    GUARDS[f"{_table}_frozen_insert"] = Guard(_table, "INSERT", _CLOSED.format(row="NEW"), _ACTA)
    GUARDS[f"{_table}_frozen_update"] = Guard(_table, "UPDATE", _CLOSED.format(row="OLD"), _ACTA)
    GUARDS[f"{_table}_frozen_delete"] = Guard(_table, "DELETE", _CLOSED.format(row="OLD"), _ACTA)

# 0013: the same condition as the 0004 guard of that name (the row's meeting is closed),
# tested for each meeting among all the statement's rows at once (its transition table,
# NEW_ROWS); refused when it holds for any. The meeting is looked up by its key for each
# (a subquery per meeting, as the per-row guard did): a join lets the planner, without
# statistics for the rows just written, scan every closed meeting for every row.
STATEMENT_GUARDS: dict[str, Guard] = {
    f"{table}_frozen_insert": Guard(
        table,
        "INSERT",
        f"EXISTS (SELECT 1 FROM (SELECT DISTINCT meeting_id FROM {NEW_ROWS}) AS added"
        " WHERE (SELECT status FROM meetings WHERE id = added.meeting_id) = 'cerrada')",
        _ACTA,
    )
    for table in ("agenda_items", "attendances", "decisions")
}

GUARDS_0001 = ("agreement_versions_frozen", "agreement_versions_undeletable")
GUARDS_0002 = ("audit_log_no_update", "audit_log_no_delete")
GUARDS_0004 = tuple(name for name, guard in GUARDS.items() if name not in GUARDS_0001 + GUARDS_0002)

# 0006: status only forward; the rest of an issued row frozen; annexes append-only.
GUARDS_0006_DEFINED: dict[str, Guard] = {
    "agreement_versions_status_forward": Guard(
        "agreement_versions",
        "UPDATE OF status",
        _forward(_VERSION_RANK),
        "acuerdo emitido: su estado no puede volver atrás",
    ),
    "agreement_versions_issued_at_frozen": Guard(
        "agreement_versions",
        "UPDATE OF issued_at",
        "OLD.status <> 'borrador' AND NEW.issued_at IS DISTINCT FROM OLD.issued_at",
        _ISSUED_CONTENT,
    ),
    "meetings_status_forward": Guard(
        "meetings",
        "UPDATE OF status",
        _forward(_MEETING_RANK),
        "acta cerrada: su estado no puede volver atrás",
    ),
    "meetings_closed_at_frozen": Guard(
        "meetings",
        "UPDATE OF closed_at",
        "OLD.status = 'cerrada' AND NEW.closed_at IS DISTINCT FROM OLD.closed_at",
        _ACTA,
    ),
    "addenda_append_only_insert": Guard(
        "addenda",
        "INSERT",
        f"NOT {_CLOSED.format(row='NEW')}"
        " OR NEW.number IS DISTINCT FROM (SELECT coalesce(max(number), 0) + 1 FROM addenda"
        " WHERE meeting_id = NEW.meeting_id)"
        f" OR {_DATED_NOW.format(table='addenda')}",
        _ANNEX,
    ),
    "addenda_no_update": Guard("addenda", "UPDATE", "true", _ANNEX),
    "addenda_no_delete": Guard("addenda", "DELETE", _CLOSED.format(row="OLD"), _ANNEX),
    "meeting_signatures_append_only_insert": Guard(
        "meeting_signatures",
        "INSERT",
        f"{_CLOSED.format(row='NEW')} AND ({_DATED_NOW.format(table='meeting_signatures')})",
        _ANNEX,
    ),
    "meeting_signatures_no_update": Guard(
        "meeting_signatures", "UPDATE", _CLOSED.format(row="OLD"), _ANNEX
    ),
    "meeting_signatures_no_delete": Guard(
        "meeting_signatures", "DELETE", _CLOSED.format(row="OLD"), _ANNEX
    ),
}
GUARDS.update(GUARDS_0006_DEFINED)
GUARDS_0006 = tuple(GUARDS_0006_DEFINED)
GUARDS_0013 = tuple(STATEMENT_GUARDS)
STATEMENT_SINCE = "0013"


def create_statements(name: str, *, per_statement: bool = False) -> list[str]:
    """The function and the trigger of one guard (replacing a function of the same name).

    ``per_statement`` makes the 0013 form of a guard of STATEMENT_GUARDS: an AFTER trigger
    FOR EACH STATEMENT over the rows the statement inserted.
    """
    guard = STATEMENT_GUARDS[name] if per_statement else GUARDS[name]
    if per_statement:
        result = "NULL"
        trigger = (
            f"CREATE TRIGGER {name} AFTER {guard.event} ON {guard.table} "
            f"REFERENCING NEW TABLE AS {NEW_ROWS} FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
        )
    else:
        result = "OLD" if guard.event == "DELETE" else "NEW"
        trigger = (
            f"CREATE TRIGGER {name} BEFORE {guard.event} ON {guard.table} "
            f"FOR EACH ROW EXECUTE FUNCTION {name}()"
        )
    # No colons in the body: SQLAlchemy's text() would read them as parameters.
    function = (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $guard$\n"
        f"BEGIN\n"
        f"    IF {guard.condition} THEN\n"
        f"        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',\n"
        f"            MESSAGE = '{guard.message}';\n"
        f"    END IF;\n"
        f"    RETURN {result};\n"
        f"END\n"
        f"$guard$"
    )
    return [function, f"DROP TRIGGER IF EXISTS {name} ON {guard.table}", trigger]


def drop_statements(name: str) -> list[str]:
    table = GUARDS[name].table
    return [f"DROP TRIGGER IF EXISTS {name} ON {table}", f"DROP FUNCTION IF EXISTS {name}()"]


def create_guards(execute: Any, names: tuple[str, ...], *, per_statement: bool = False) -> None:
    """Create ``names`` through ``execute`` (a migration's op.execute or a connection's)."""
    for name in names:
        for sql in create_statements(name, per_statement=per_statement):
            execute(sql)


def drop_guards(execute: Any, names: tuple[str, ...]) -> None:
    for name in names:
        for sql in drop_statements(name):
            execute(sql)


def _present(connection: Any) -> tuple[dict[str, tuple[bool, bool]], set[str]]:
    """Guard triggers in the current schema (name → enabled, per row) and its tables."""
    triggers = {
        name: (enabled != "D", bool(kind & 1))  # TRIGGER_TYPE_ROW
        for name, enabled, kind in connection.exec_driver_sql(
            "SELECT t.tgname, t.tgenabled, t.tgtype FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
        )
    }
    tables = {
        row[0]
        for row in connection.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        )
    }
    return triggers, tables


def _expected(connection: Any, tables: set[str]) -> dict[str, bool]:
    """The guards this database should have, each with whether it is its per-statement form."""
    names = list(GUARDS)
    revision = None
    if "alembic_version" in tables:
        revision = connection.exec_driver_sql(
            "SELECT max(version_num) FROM alembic_version"
        ).scalar()
        if revision is not None and revision < "0006":
            names = [n for n in names if n not in GUARDS_0006]
    per_statement = revision is None or revision >= STATEMENT_SINCE
    return {n: per_statement and n in STATEMENT_GUARDS for n in names if GUARDS[n].table in tables}


def _wanting(connection: Any) -> dict[str, bool]:
    triggers, tables = _present(connection)
    return {
        name: per_statement
        for name, per_statement in _expected(connection, tables).items()
        if triggers.get(name) != (True, not per_statement)
    }


def missing_guards(connection: Any) -> list[str]:
    """Names of the guards this database lacks, has disabled, or has in another form than
    its revision's (a per-row trigger where 0013 made a per-statement one, or the reverse);
    only tables it has count.

    ``connection`` is a SQLAlchemy connection to PostgreSQL.
    """
    return list(_wanting(connection))


def ensure_guards(connection: Any) -> list[str]:
    """Recreate (or enable again) any missing guard; the caller owns the transaction."""
    wanting = _wanting(connection)
    for name, per_statement in wanting.items():
        for sql in create_statements(name, per_statement=per_statement):
            connection.exec_driver_sql(sql)
    if wanting:
        logger.warning("Se repusieron las protecciones que faltaban: %s", ", ".join(wanting))
    return list(wanting)
