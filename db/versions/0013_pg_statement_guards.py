"""PostgreSQL: the guards refusing rows added to a closed acta run once per statement.

A bundle's import adds tens of thousands of agenda items, attendances and decisions in a
few ``INSERT … SELECT FROM unnest(…)`` statements, and the server called the guard's
function once for each row. The guard of the same name now tests all the statement's
rows in one query (an AFTER … FOR EACH STATEMENT trigger over its transition table) and
refuses the whole statement with the same message and SQLSTATE. The guards on UPDATE and
DELETE stay per row. SQLite is unchanged: its triggers have no per-statement form, and
its import path was never slowed by them.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 04:30:00
"""

from __future__ import annotations

from alembic import op

from alianzas_desktop.storage import pg_guards

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # Function replaced and trigger made again under the same name, in the migration's
    # transaction: no moment without the guard.
    pg_guards.create_guards(op.execute, pg_guards.GUARDS_0013, per_statement=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    pg_guards.create_guards(op.execute, pg_guards.GUARDS_0013)
