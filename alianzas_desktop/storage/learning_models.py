"""What an alliance leaves for later and for others: its projection (sustainability, replication,
benefits observed) and the systematization of its experience (chronology notes, lessons).

Registered on ``models.Base`` when ``storage.models`` is imported (it imports this module).
"""

from __future__ import annotations

import logging
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from alianzas_desktop.storage.models import Base, Record

logger = logging.getLogger(__name__)


class SustainabilityItem(Record, Base):
    """What continues after the initial resources: who funds it, where it takes root, by when."""

    __tablename__ = "sustainability_items"

    alliance_id: Mapped[str] = mapped_column(
        ForeignKey("alliances.id", ondelete="CASCADE"), index=True
    )
    what: Mapped[str] = mapped_column(Text)
    funding: Mapped[str] = mapped_column(Text, default="")
    policy_path: Mapped[str] = mapped_column(String(30))
    due_on: Mapped[date | None] = mapped_column(Date)
    responsible_membership_id: Mapped[str | None] = mapped_column(
        ForeignKey("memberships.id", ondelete="SET NULL")
    )
    # The commitment it became, when it has a date and a responsible partner.
    commitment_id: Mapped[str | None] = mapped_column(
        ForeignKey("commitments.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Replication(Record, Base):
    """Where the experience could be replicated or scaled, with whom, and what must adapt."""

    __tablename__ = "replications"

    alliance_id: Mapped[str] = mapped_column(
        ForeignKey("alliances.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    place: Mapped[str] = mapped_column(Text, default="")
    with_whom: Mapped[str] = mapped_column(Text, default="")
    adaptations: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ObservedBenefit(Record, Base):
    """One of the seed's five benefits, observed in this alliance, with its evidence."""

    __tablename__ = "observed_benefits"

    alliance_id: Mapped[str] = mapped_column(
        ForeignKey("alliances.id", ondelete="CASCADE"), index=True
    )
    benefit: Mapped[str] = mapped_column(String(40))
    evidence: Mapped[str] = mapped_column(Text, default="")
    observed_on: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Systematization(Record, Base):
    """The systematization of an alliance's experience, following Óscar Jara's five moments."""

    __tablename__ = "systematizations"

    alliance_id: Mapped[str] = mapped_column(
        ForeignKey("alliances.id", ondelete="CASCADE"), index=True
    )
    # 1. Punto de partida
    participants: Mapped[str] = mapped_column(Text, default="")
    records_available: Mapped[str] = mapped_column(Text, default="")
    # 2. Preguntas iniciales
    purpose: Mapped[str] = mapped_column(Text, default="")
    period_from: Mapped[date | None] = mapped_column(Date)
    period_to: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    central_axis: Mapped[str] = mapped_column(Text, default="")
    # 4. Reflexión de fondo: JSON {question code: answer}
    reflection: Mapped[str] = mapped_column(Text, default="{}")
    # 5. Puntos de llegada
    conclusions: Mapped[str] = mapped_column(Text, default="")
    completed_on: Mapped[date | None] = mapped_column(Date)


class ChronologyNote(Record, Base):
    """The facilitator's touch on the automatic chronology: a note on an event, an event hidden
    (never deleted), or a milestone of their own (no ``event_key``)."""

    __tablename__ = "chronology_notes"

    alliance_id: Mapped[str] = mapped_column(
        ForeignKey("alliances.id", ondelete="CASCADE"), index=True
    )
    # Stable key of an automatic event ("meeting:<id>:closed"); empty for an added milestone.
    event_key: Mapped[str] = mapped_column(String(120), default="", index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    milestone_on: Mapped[date | None] = mapped_column(Date)
    milestone_title: Mapped[str] = mapped_column(String(200), default="")


class Lesson(Record, Base):
    """A lesson learned: what happened, why it matters, what others should do; tagged."""

    __tablename__ = "lessons"

    alliance_id: Mapped[str] = mapped_column(
        ForeignKey("alliances.id", ondelete="CASCADE"), index=True
    )
    systematization_id: Mapped[str | None] = mapped_column(
        ForeignKey("systematizations.id", ondelete="SET NULL")
    )
    what_happened: Mapped[str] = mapped_column(Text)
    why_it_matters: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[str] = mapped_column(Text, default="")
    phase: Mapped[str] = mapped_column(String(40), default="", index=True)
    condition: Mapped[str] = mapped_column(String(40), default="")
    success_factor: Mapped[str] = mapped_column(String(40), default="")
    area: Mapped[str] = mapped_column(String(40), default="", index=True)
    # Free tags, comma-separated ("mujeres, mercados").
    tags: Mapped[str] = mapped_column(String(400), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
