"""What an alliance records once born: phase changes, plan de trabajo, information flows,
coordination roles, convenio, periodic evaluations, conflicts and commitments' evidence.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 20:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conflicts",
        sa.Column("alliance_id", sa.String(length=36), nullable=False),
        sa.Column("level", sa.String(length=30), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("parties", sa.Text(), nullable=False),
        sa.Column("handling", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("learned", sa.Text(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alliance_id"],
            ["alliances.id"],
            name=op.f("fk_conflicts_alliance_id_alliances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflicts_alliance_id"), ["alliance_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflicts_status"), ["status"], unique=False)

    op.create_table(
        "formalizations",
        sa.Column("alliance_id", sa.String(length=36), nullable=False),
        sa.Column("legal_figure", sa.String(length=200), nullable=False),
        sa.Column("convenio_number", sa.String(length=60), nullable=False),
        sa.Column("convenio_date", sa.Date(), nullable=True),
        sa.Column("scan_name", sa.String(length=255), nullable=False),
        sa.Column("scan", sa.LargeBinary(), nullable=True),
        sa.Column("decision_recording", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alliance_id"],
            ["alliances.id"],
            name=op.f("fk_formalizations_alliance_id_alliances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_formalizations")),
        sa.UniqueConstraint("alliance_id", name=op.f("uq_formalizations_alliance_id")),
    )
    op.create_table(
        "information_flows",
        sa.Column("alliance_id", sa.String(length=36), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("frequency", sa.String(length=200), nullable=False),
        sa.Column("informs", sa.String(length=200), nullable=False),
        sa.Column("informed", sa.String(length=200), nullable=False),
        sa.Column("records_kept_at", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alliance_id"],
            ["alliances.id"],
            name=op.f("fk_information_flows_alliance_id_alliances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_information_flows")),
    )
    with op.batch_alter_table("information_flows", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_information_flows_alliance_id"), ["alliance_id"], unique=False
        )

    op.create_table(
        "phase_changes",
        sa.Column("alliance_id", sa.String(length=36), nullable=False),
        sa.Column("from_phase", sa.String(length=40), nullable=False),
        sa.Column("to_phase", sa.String(length=40), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("checklist", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alliance_id"],
            ["alliances.id"],
            name=op.f("fk_phase_changes_alliance_id_alliances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phase_changes")),
    )
    with op.batch_alter_table("phase_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_phase_changes_alliance_id"), ["alliance_id"], unique=False
        )

    op.create_table(
        "evaluations",
        sa.Column("alliance_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("context_changes", sa.Text(), nullable=False),
        sa.Column("learnings", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alliance_id"],
            ["alliances.id"],
            name=op.f("fk_evaluations_alliance_id_alliances"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_evaluations_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluations")),
    )
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluations_alliance_id"), ["alliance_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_evaluations_held_on"), ["held_on"], unique=False)

    op.create_table(
        "coordination_members",
        sa.Column("alliance_id", sa.String(length=36), nullable=False),
        sa.Column("membership_id", sa.String(length=36), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("role_note", sa.String(length=200), nullable=False),
        sa.Column("is_spokesperson", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alliance_id"],
            ["alliances.id"],
            name=op.f("fk_coordination_members_alliance_id_alliances"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["memberships.id"],
            name=op.f("fk_coordination_members_membership_id_memberships"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_coordination_members_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coordination_members")),
    )
    with op.batch_alter_table("coordination_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coordination_members_alliance_id"), ["alliance_id"], unique=False
        )

    op.create_table(
        "evaluation_scores",
        sa.Column("evaluation_id", sa.String(length=36), nullable=False),
        sa.Column("group", sa.String(length=20), nullable=False),
        sa.Column("dimension", sa.String(length=40), nullable=False),
        sa.Column("membership_id", sa.String(length=36), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluations.id"],
            name=op.f("fk_evaluation_scores_evaluation_id_evaluations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["memberships.id"],
            name=op.f("fk_evaluation_scores_membership_id_memberships"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_scores")),
    )
    with op.batch_alter_table("evaluation_scores", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_scores_evaluation_id"), ["evaluation_id"], unique=False
        )

    op.create_table(
        "plan_activities",
        sa.Column("alliance_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("expected_result", sa.Text(), nullable=False),
        sa.Column("responsible_membership_id", sa.String(length=36), nullable=True),
        sa.Column("responsible_person_id", sa.String(length=36), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("is_milestone", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alliance_id"],
            ["alliances.id"],
            name=op.f("fk_plan_activities_alliance_id_alliances"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluations.id"],
            name=op.f("fk_plan_activities_evaluation_id_evaluations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_membership_id"],
            ["memberships.id"],
            name=op.f("fk_plan_activities_responsible_membership_id_memberships"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_person_id"],
            ["people.id"],
            name=op.f("fk_plan_activities_responsible_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_activities")),
    )
    with op.batch_alter_table("plan_activities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_activities_alliance_id"), ["alliance_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_plan_activities_end_date"), ["end_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_activities_responsible_membership_id"),
            ["responsible_membership_id"],
            unique=False,
        )

    op.create_table(
        "evaluation_decisions",
        sa.Column("evaluation_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("commitment_id", sa.String(length=36), nullable=True),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["plan_activities.id"],
            name=op.f("fk_evaluation_decisions_activity_id_plan_activities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitments.id"],
            name=op.f("fk_evaluation_decisions_commitment_id_commitments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluations.id"],
            name=op.f("fk_evaluation_decisions_evaluation_id_evaluations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_decisions")),
    )
    with op.batch_alter_table("evaluation_decisions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_decisions_evaluation_id"), ["evaluation_id"], unique=False
        )

    op.create_table(
        "plan_activity_commitments",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("commitment_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["plan_activities.id"],
            name=op.f("fk_plan_activity_commitments_activity_id_plan_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitments.id"],
            name=op.f("fk_plan_activity_commitments_commitment_id_commitments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "activity_id", "commitment_id", name=op.f("pk_plan_activity_commitments")
        ),
    )
    with op.batch_alter_table("plan_activity_commitments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_activity_commitments_commitment_id"),
            ["commitment_id"],
            unique=False,
        )

    op.create_table(
        "commitment_evidence",
        sa.Column("commitment_id", sa.String(length=36), nullable=False),
        sa.Column("update_id", sa.String(length=36), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitments.id"],
            name=op.f("fk_commitment_evidence_commitment_id_commitments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["update_id"],
            ["commitment_updates.id"],
            name=op.f("fk_commitment_evidence_update_id_commitment_updates"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment_evidence")),
    )
    with op.batch_alter_table("commitment_evidence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commitment_evidence_commitment_id"), ["commitment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("commitment_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_evidence_commitment_id"))

    op.drop_table("commitment_evidence")
    with op.batch_alter_table("plan_activity_commitments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_activity_commitments_commitment_id"))

    op.drop_table("plan_activity_commitments")
    with op.batch_alter_table("evaluation_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_decisions_evaluation_id"))

    op.drop_table("evaluation_decisions")
    with op.batch_alter_table("plan_activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_activities_responsible_membership_id"))
        batch_op.drop_index(batch_op.f("ix_plan_activities_end_date"))
        batch_op.drop_index(batch_op.f("ix_plan_activities_alliance_id"))

    op.drop_table("plan_activities")
    with op.batch_alter_table("evaluation_scores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_scores_evaluation_id"))

    op.drop_table("evaluation_scores")
    with op.batch_alter_table("coordination_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coordination_members_alliance_id"))

    op.drop_table("coordination_members")
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluations_held_on"))
        batch_op.drop_index(batch_op.f("ix_evaluations_alliance_id"))

    op.drop_table("evaluations")
    with op.batch_alter_table("phase_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phase_changes_alliance_id"))

    op.drop_table("phase_changes")
    with op.batch_alter_table("information_flows", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_information_flows_alliance_id"))

    op.drop_table("information_flows")
    op.drop_table("formalizations")
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflicts_status"))
        batch_op.drop_index(batch_op.f("ix_conflicts_alliance_id"))

    op.drop_table("conflicts")
