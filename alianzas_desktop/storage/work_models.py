"""What an alliance records once it is born: phase changes, plan, information, roles, convenio,
evaluations, conflicts and the evidence of commitments.

The tables register on ``models.Base`` when ``storage.models`` is imported (it imports this
module at its end), so Alembic and the services see one metadata.
"""

from __future__ import annotations

import logging
from datetime import date

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alianzas_desktop.domain.vocabulary import ActivityStatus, ConflictStatus
from alianzas_desktop.storage.models import Base, Record

logger = logging.getLogger(__name__)


class PhaseChange(Record, Base):
    """An explicit act: the alliance moved from one phase to another, on a date, for a reason."""

    __tablename__ = "phase_changes"

    alliance_id: Mapped[str] = mapped_column(
        ForeignKey("alliances.id", ondelete="CASCADE"), index=True
    )
    from_phase: Mapped[str] = mapped_column(String(40))
    to_phase: Mapped[str] = mapped_column(String(40))
    on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    # The seed's checklist for leaving the phase, as answered: JSON {item code: bool}.
    checklist: Mapped[str] = mapped_column(Text, default="{}")


activity_commitments = Table(
    "plan_activity_commitments",
    Base.metadata,
    Column(
        "activity_id",
        ForeignKey("plan_activities.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "commitment_id",
        ForeignKey("commitments.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class PlanActivity(Record, Base):
    """One line of the plan de trabajo: who does what, between which dates, for which result."""

    __tablename__ = "plan_activities"

    alliance_id: Mapped[str] = mapped_column(
        ForeignKey("alliances.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    expected_result: Mapped[str] = mapped_column(Text, default="")
    responsible_membership_id: Mapped[str | None] = mapped_column(
        ForeignKey("memberships.id", ondelete="SET NULL"), index=True
    )
    responsible_person_id: Mapped[str | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date, index=True)
    is_milestone: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default=ActivityStatus.PENDING.value)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Set when the activity was decided in a periodic review ("decisiones para adaptar").
    evaluation_id: Mapped[str | None] = mapped_column(
        ForeignKey("evaluations.id", ondelete="SET NULL")
    )

    commitments = relationship("Commitment", secondary=activity_commitments)


class InformationFlow(Record, Base):
    """How information moves in the alliance: channel, frequency, who informs whom, records."""

    __tablename__ = "information_flows"

    alliance_id: Mapped[str] = mapped_column(
        ForeignKey("alliances.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(20))
    frequency: Mapped[str] = mapped_column(String(200), default="")
    informs: Mapped[str] = mapped_column(String(200), default="")
    informed: Mapped[str] = mapped_column(String(200), default="")
    records_kept_at: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class CoordinationMember(Record, Base):
    """A member of the coordination body, with its role; one of them may speak for the alliance."""

    __tablename__ = "coordination_members"

    alliance_id: Mapped[str] = mapped_column(
        ForeignKey("alliances.id", ondelete="CASCADE"), index=True
    )
    membership_id: Mapped[str | None] = mapped_column(
        ForeignKey("memberships.id", ondelete="SET NULL")
    )
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    role: Mapped[str] = mapped_column(String(30))
    role_note: Mapped[str] = mapped_column(String(200), default="")
    is_spokesperson: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Formalization(Record, Base):
    """A formal alliance's convenio (figure, number, date, signed scan), or how an informal
    one records its decisions."""

    __tablename__ = "formalizations"

    alliance_id: Mapped[str] = mapped_column(
        ForeignKey("alliances.id", ondelete="CASCADE"), unique=True
    )
    legal_figure: Mapped[str] = mapped_column(String(200), default="")
    convenio_number: Mapped[str] = mapped_column(String(60), default="")
    convenio_date: Mapped[date | None] = mapped_column(Date)
    scan_name: Mapped[str] = mapped_column(String(255), default="")
    scan: Mapped[bytes | None] = mapped_column(LargeBinary)
    decision_recording: Mapped[str] = mapped_column(Text, default="")


class Evaluation(Record, Base):
    """A periodic review held with the partners: scores, what changed, what was learned."""

    __tablename__ = "evaluations"

    alliance_id: Mapped[str] = mapped_column(
        ForeignKey("alliances.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date, index=True)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    context_changes: Mapped[str] = mapped_column(Text, default="")
    learnings: Mapped[str] = mapped_column(Text, default="")

    scores: Mapped[list[EvaluationScore]] = relationship(
        cascade="all, delete-orphan", order_by="EvaluationScore.position"
    )
    decisions: Mapped[list[EvaluationDecision]] = relationship(
        cascade="all, delete-orphan", order_by="EvaluationDecision.position"
    )


class EvaluationScore(Record, Base):
    """One dimension scored 1–5, by the whole group (no membership) or by one partner."""

    __tablename__ = "evaluation_scores"

    evaluation_id: Mapped[str] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), index=True
    )
    group: Mapped[str] = mapped_column(String(20))
    dimension: Mapped[str] = mapped_column(String(40))
    membership_id: Mapped[str | None] = mapped_column(
        ForeignKey("memberships.id", ondelete="SET NULL")
    )
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class EvaluationDecision(Record, Base):
    """A decision to adapt; it became a commitment or a plan activity (or neither, yet)."""

    __tablename__ = "evaluation_decisions"

    evaluation_id: Mapped[str] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    commitment_id: Mapped[str | None] = mapped_column(
        ForeignKey("commitments.id", ondelete="SET NULL")
    )
    activity_id: Mapped[str | None] = mapped_column(
        ForeignKey("plan_activities.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Conflict(Record, Base):
    """An entry of the conflict register, at one of the seed's three levels."""

    __tablename__ = "conflicts"

    alliance_id: Mapped[str] = mapped_column(
        ForeignKey("alliances.id", ondelete="CASCADE"), index=True
    )
    level: Mapped[str] = mapped_column(String(30))
    occurred_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    parties: Mapped[str] = mapped_column(Text, default="")
    handling: Mapped[str] = mapped_column(String(30), default="")
    status: Mapped[str] = mapped_column(
        String(20), default=ConflictStatus.OPEN.value, index=True
    )
    resolution: Mapped[str] = mapped_column(Text, default="")
    learned: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[date | None] = mapped_column(Date)


class CommitmentEvidence(Record, Base):
    """A photo or document that shows a commitment's progress, kept in the database."""

    __tablename__ = "commitment_evidence"

    commitment_id: Mapped[str] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), index=True
    )
    update_id: Mapped[str | None] = mapped_column(
        ForeignKey("commitment_updates.id", ondelete="SET NULL")
    )
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="")
    content: Mapped[bytes] = mapped_column(LargeBinary)
    recorded_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
