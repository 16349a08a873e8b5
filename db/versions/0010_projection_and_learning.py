"""What an alliance leaves for later and for others: sustainability items, replication,
benefits observed, the systematization of its experience, chronology notes and lessons.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 20:35:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chronology_notes",
        sa.Column("alliance_id", sa.String(length=36), nullable=False),
        sa.Column("event_key", sa.String(length=120), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("milestone_on", sa.Date(), nullable=True),
        sa.Column("milestone_title", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alliance_id"],
            ["alliances.id"],
            name=op.f("fk_chronology_notes_alliance_id_alliances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chronology_notes")),
    )
    with op.batch_alter_table("chronology_notes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_chronology_notes_alliance_id"), ["alliance_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_chronology_notes_event_key"), ["event_key"], unique=False
        )

    op.create_table(
        "observed_benefits",
        sa.Column("alliance_id", sa.String(length=36), nullable=False),
        sa.Column("benefit", sa.String(length=40), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("observed_on", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alliance_id"],
            ["alliances.id"],
            name=op.f("fk_observed_benefits_alliance_id_alliances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observed_benefits")),
    )
    with op.batch_alter_table("observed_benefits", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_observed_benefits_alliance_id"), ["alliance_id"], unique=False
        )

    op.create_table(
        "replications",
        sa.Column("alliance_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("with_whom", sa.Text(), nullable=False),
        sa.Column("adaptations", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alliance_id"],
            ["alliances.id"],
            name=op.f("fk_replications_alliance_id_alliances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_replications")),
    )
    with op.batch_alter_table("replications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_replications_alliance_id"), ["alliance_id"], unique=False
        )

    op.create_table(
        "systematizations",
        sa.Column("alliance_id", sa.String(length=36), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("records_available", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=True),
        sa.Column("period_to", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("central_axis", sa.Text(), nullable=False),
        sa.Column("reflection", sa.Text(), nullable=False),
        sa.Column("conclusions", sa.Text(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alliance_id"],
            ["alliances.id"],
            name=op.f("fk_systematizations_alliance_id_alliances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_systematizations")),
    )
    with op.batch_alter_table("systematizations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_systematizations_alliance_id"), ["alliance_id"], unique=False
        )

    op.create_table(
        "lessons",
        sa.Column("alliance_id", sa.String(length=36), nullable=False),
        sa.Column("systematization_id", sa.String(length=36), nullable=True),
        sa.Column("what_happened", sa.Text(), nullable=False),
        sa.Column("why_it_matters", sa.Text(), nullable=False),
        sa.Column("recommendation", sa.Text(), nullable=False),
        sa.Column("phase", sa.String(length=40), nullable=False),
        sa.Column("condition", sa.String(length=40), nullable=False),
        sa.Column("success_factor", sa.String(length=40), nullable=False),
        sa.Column("area", sa.String(length=40), nullable=False),
        sa.Column("tags", sa.String(length=400), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alliance_id"],
            ["alliances.id"],
            name=op.f("fk_lessons_alliance_id_alliances"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["systematization_id"],
            ["systematizations.id"],
            name=op.f("fk_lessons_systematization_id_systematizations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lessons")),
    )
    with op.batch_alter_table("lessons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lessons_alliance_id"), ["alliance_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_lessons_area"), ["area"], unique=False)
        batch_op.create_index(batch_op.f("ix_lessons_phase"), ["phase"], unique=False)

    op.create_table(
        "sustainability_items",
        sa.Column("alliance_id", sa.String(length=36), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("funding", sa.Text(), nullable=False),
        sa.Column("policy_path", sa.String(length=30), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("responsible_membership_id", sa.String(length=36), nullable=True),
        sa.Column("commitment_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alliance_id"],
            ["alliances.id"],
            name=op.f("fk_sustainability_items_alliance_id_alliances"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitments.id"],
            name=op.f("fk_sustainability_items_commitment_id_commitments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_membership_id"],
            ["memberships.id"],
            name=op.f("fk_sustainability_items_responsible_membership_id_memberships"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sustainability_items")),
    )
    with op.batch_alter_table("sustainability_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sustainability_items_alliance_id"), ["alliance_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("sustainability_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sustainability_items_alliance_id"))

    op.drop_table("sustainability_items")
    with op.batch_alter_table("lessons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lessons_phase"))
        batch_op.drop_index(batch_op.f("ix_lessons_area"))
        batch_op.drop_index(batch_op.f("ix_lessons_alliance_id"))

    op.drop_table("lessons")
    with op.batch_alter_table("systematizations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_systematizations_alliance_id"))

    op.drop_table("systematizations")
    with op.batch_alter_table("replications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_replications_alliance_id"))

    op.drop_table("replications")
    with op.batch_alter_table("observed_benefits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observed_benefits_alliance_id"))

    op.drop_table("observed_benefits")
    with op.batch_alter_table("chronology_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_chronology_notes_event_key"))
        batch_op.drop_index(batch_op.f("ix_chronology_notes_alliance_id"))

    op.drop_table("chronology_notes")
