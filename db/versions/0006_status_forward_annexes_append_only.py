"""Issued documents stay issued: status only forward, annexes of a closed acta append-only.

Until now the guards watched an issued row's content but not its status, so
setting an agreement back to «borrador» (or an acta back to «en curso») let its
content be edited and the status set forward again. Addenda and on-screen
signatures of a closed acta had no guard at all.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 18:10:00
"""

from __future__ import annotations

from alembic import op

from alianzas_desktop.storage import pg_guards
from alianzas_desktop.storage.guards import TRIGGERS_0006

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# TRIGGERS_0006 is this migration's own list: never edited, a later change of guard
# is a new migration (storage.guards also puts missing ones back at start-up).


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        pg_guards.create_guards(op.execute, pg_guards.GUARDS_0006)
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, sql in TRIGGERS_0006.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        pg_guards.drop_guards(op.execute, pg_guards.GUARDS_0006)
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS_0006:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
