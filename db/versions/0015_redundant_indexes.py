"""Eight indexes that only repeated the first column of another one dropped.

Each of these columns already leads a unique constraint's index (or, for a meeting's
status, ``ix_meetings_status_date``), which answers the same lookups, joins and cascading
deletes; the single-column index only cost its upkeep on every insert (an office bundle's
39,000 attendances each updated four indexes) and its pages in the file.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 16:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# (table, column): the index ``ix_<table>_<column>`` that the schema had up to 0014.
REDUNDANT = (
    ("addenda", "meeting_id"),
    ("agreement_versions", "agreement_id"),
    ("alliance_conditions", "alliance_id"),
    ("attendances", "meeting_id"),
    ("meeting_signatures", "meeting_id"),
    ("meetings", "alliance_id"),
    ("meetings", "status"),
    ("memberships", "alliance_id"),
)


def upgrade() -> None:
    for table, column in REDUNDANT:
        op.drop_index(f"ix_{table}_{column}", table_name=table)


def downgrade() -> None:
    for table, column in REDUNDANT:
        op.create_index(f"ix_{table}_{column}", table, [column])
