"""Exchanges between laptops and the office: this device's id, its peers, each record's version
vector at the last exchange, the history of bundles and the conflicts waiting for a decision.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 20:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_device",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_device")),
    )
    op.create_table(
        "sync_peers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("facilitator", sa.String(length=200), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_peers")),
    )
    op.create_table(
        "sync_records",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=80), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("versions", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_sync_records")),
    )
    op.create_table(
        "sync_exchanges",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("direction", sa.String(length=20), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("facilitator", sa.String(length=200), nullable=False),
        sa.Column("bundle_created_at", sa.String(length=40), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_exchanges")),
    )
    with op.batch_alter_table("sync_exchanges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_exchanges_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_sync_exchanges_bundle_id"), ["bundle_id"], unique=False
        )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("exchange_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=80), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("remote_hash", sa.String(length=64), nullable=False),
        sa.Column("remote_versions", sa.Text(), nullable=False),
        sa.Column("local_fields", sa.Text(), nullable=False),
        sa.Column("remote_fields", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_conflicts_exchange_id"), ["exchange_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sync_conflicts_record_id"), ["record_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sync_conflicts_status"), ["status"], unique=False)


def downgrade() -> None:
    op.drop_table("sync_conflicts")
    op.drop_table("sync_exchanges")
    op.drop_table("sync_records")
    op.drop_table("sync_peers")
    op.drop_table("sync_device")
