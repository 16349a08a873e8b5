"""Printed documents' signatures: the code on the page, the signing device's key id and the
signature its QR carries, so a reprint on any laptop carries the same signature, and a plan
de trabajo or informe de evaluación is found by its code through an index.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 22:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_signatures",
        sa.Column("code", sa.String(length=14), nullable=False),
        sa.Column("key_id", sa.String(length=8), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("alliance_id", sa.String(length=36), nullable=False),
        sa.Column("signature", sa.String(length=160), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alliance_id"],
            ["alliances.id"],
            name=op.f("fk_document_signatures_alliance_id_alliances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("code", "key_id", name=op.f("pk_document_signatures")),
    )
    op.create_index(
        "ix_document_signatures_kind_record", "document_signatures", ["kind", "record_id"]
    )
    op.create_index(
        op.f("ix_document_signatures_alliance_id"), "document_signatures", ["alliance_id"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_document_signatures_alliance_id"), table_name="document_signatures")
    op.drop_index("ix_document_signatures_kind_record", table_name="document_signatures")
    op.drop_table("document_signatures")
