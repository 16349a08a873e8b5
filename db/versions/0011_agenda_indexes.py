"""The agenda of an office with thousands of alliances: open commitments by deadline and
meetings still to be held by date, each found through an index instead of every row.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 21:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_commitments_status_deadline", "commitments", ["status", "deadline"])
    op.create_index("ix_meetings_status_date", "meetings", ["status", "date"])


def downgrade() -> None:
    op.drop_index("ix_meetings_status_date", table_name="meetings")
    op.drop_index("ix_commitments_status_deadline", table_name="commitments")
