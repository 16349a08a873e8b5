"""SQLAlchemy models: every record has a UUID key and creation/update times.

Codes from ``domain.vocabulary`` are stored as short strings, so the database
reads the same on a laptop's SQLite and on the office's PostgreSQL.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, date, datetime, time

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from alianzas_desktop.domain.vocabulary import (
    AttendanceStatus,
    CommitmentStatus,
    MeetingStatus,
    VersionStatus,
)

logger = logging.getLogger(__name__)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record:
    """Columns every table carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Organization(Record, Base):
    __tablename__ = "organizations"

    name: Mapped[str] = mapped_column(String(200), index=True)
    sector: Mapped[str] = mapped_column(String(20))
    identifier: Mapped[str] = mapped_column(String(40), default="")


def _unaccented(column: str) -> str:
    folded = f"lower({column})"
    for accented, plain in zip("áéíóúüñÁÉÍÓÚÜÑ", "aeiouunaeiouun", strict=True):
        folded = f"replace({folded}, '{accented}', '{plain}')"
    return folded


PERSON_SORT_KEY = _unaccented("full_name")
"""A person's name as the people list orders it: lower case, Spanish accents and ñ plain
(«Óscar» among the o's, not after the z's as the bytes of the name would put it). In SQL
both databases run alike, so that an index over it (``ix_people_sort_key``) gives the
list its order a page at a time; the query must spell it exactly so."""


class Person(Record, Base):
    __tablename__ = "people"
    __table_args__ = (Index("ix_people_sort_key", text(PERSON_SORT_KEY), "id"),)

    full_name: Mapped[str] = mapped_column(String(200), index=True)
    # Contact data is stored only once consent has been recorded (Ley 1581 de 2012).
    document_number: Mapped[str] = mapped_column(String(30), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    consent_date: Mapped[date | None] = mapped_column(Date)
    organization_id: Mapped[str | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    is_minor: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set when the person asked to be erased: the row stays, anonymised, so that
    # data arriving later from another laptop cannot bring them back.
    erased_at: Mapped[datetime | None] = mapped_column(DateTime)

    authorizations: Mapped[list[DataAuthorization]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="DataAuthorization.given_on"
    )


class Alliance(Record, Base):
    __tablename__ = "alliances"

    name: Mapped[str] = mapped_column(String(200), index=True)
    departamento: Mapped[str] = mapped_column(String(200))
    municipio: Mapped[str] = mapped_column(String(200))
    vereda: Mapped[str] = mapped_column(String(200), default="")
    area: Mapped[str] = mapped_column(String(40))
    phase: Mapped[str] = mapped_column(String(40), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    facilitator: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    objectives: Mapped[str] = mapped_column(Text, default="")
    formality: Mapped[str] = mapped_column(String(20))
    legal_figure: Mapped[str] = mapped_column(String(200), default="")
    complexity: Mapped[str] = mapped_column(String(20))
    coordination_body: Mapped[str] = mapped_column(String(200), default="")
    coordination_members: Mapped[str] = mapped_column(Text, default="")
    decision_rules: Mapped[str] = mapped_column(Text, default="")
    meeting_rhythm: Mapped[str] = mapped_column(String(200), default="")
    duration: Mapped[str] = mapped_column(String(200), default="")
    # Set when the facilitator archives the alliance: hidden from the list, never deleted.
    archived_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="alliance", cascade="all, delete-orphan", order_by="Membership.position"
    )
    conditions: Mapped[list[AllianceCondition]] = relationship(
        cascade="all, delete-orphan", order_by="AllianceCondition.position"
    )
    commitments: Mapped[list[Commitment]] = relationship(
        back_populates="alliance", cascade="all, delete-orphan", order_by="Commitment.position"
    )
    agreement: Mapped[Agreement | None] = relationship(
        back_populates="alliance", cascade="all, delete-orphan", uselist=False
    )


class Membership(Record, Base):
    """An organisation taking part in an alliance, with what it brings."""

    __tablename__ = "memberships"
    # An alliance's partners are found along this constraint's index (migration 0015).
    __table_args__ = (UniqueConstraint("alliance_id", "organization_id"),)

    alliance_id: Mapped[str] = mapped_column(ForeignKey("alliances.id", ondelete="CASCADE"))
    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"), index=True)
    representative_id: Mapped[str | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    representative_cargo: Mapped[str] = mapped_column(String(200), default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    contribution: Mapped[str] = mapped_column(Text, default="")
    influence: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # A partner that left keeps its row (signed versions and commitments name it).
    retired_on: Mapped[date | None] = mapped_column(Date)
    retired_reason: Mapped[str] = mapped_column(Text, default="")

    alliance: Mapped[Alliance] = relationship(back_populates="memberships")
    organization: Mapped[Organization] = relationship()
    representative: Mapped[Person | None] = relationship()
    commitments: Mapped[list[Commitment]] = relationship(
        back_populates="membership", order_by="Commitment.position"
    )


class AllianceCondition(Record, Base):
    """One of the four conditions of an alliance, as the partners checked it."""

    __tablename__ = "alliance_conditions"
    __table_args__ = (UniqueConstraint("alliance_id", "condition"),)

    alliance_id: Mapped[str] = mapped_column(ForeignKey("alliances.id", ondelete="CASCADE"))
    condition: Mapped[str] = mapped_column(String(40))
    met: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Commitment(Record, Base):
    __tablename__ = "commitments"
    # The agenda's overdue commitments: open ones by deadline (migration 0011).
    __table_args__ = (Index("ix_commitments_status_deadline", "status", "deadline"),)

    alliance_id: Mapped[str] = mapped_column(
        ForeignKey("alliances.id", ondelete="CASCADE"), index=True
    )
    membership_id: Mapped[str] = mapped_column(
        ForeignKey("memberships.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40))
    estimated_value: Mapped[int | None] = mapped_column(BigInteger)
    deadline: Mapped[date] = mapped_column(Date, index=True)
    logic: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default=CommitmentStatus.PENDING.value)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Set for commitments agreed in a meeting rather than in the founding agreement.
    meeting_id: Mapped[str | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    responsible_person_id: Mapped[str | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )

    alliance: Mapped[Alliance] = relationship(back_populates="commitments")
    membership: Mapped[Membership] = relationship(back_populates="commitments")


class Agreement(Record, Base):
    """The acuerdo de compromisos of an alliance; its content lives in versions."""

    __tablename__ = "agreements"

    alliance_id: Mapped[str] = mapped_column(
        ForeignKey("alliances.id", ondelete="CASCADE"), unique=True
    )

    alliance: Mapped[Alliance] = relationship(back_populates="agreement")
    versions: Mapped[list[AgreementVersion]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        order_by="AgreementVersion.number",
    )


class AgreementVersion(Record, Base):
    """One version of the agreement: its whole content frozen as JSON once issued.

    A database trigger (see the migration) refuses any change to ``content`` or
    ``verification_code`` of a version that is no longer a draft.
    """

    __tablename__ = "agreement_versions"
    __table_args__ = (UniqueConstraint("agreement_id", "number"),)

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default=VersionStatus.DRAFT.value)
    content: Mapped[str] = mapped_column(Text)
    verification_code: Mapped[str | None] = mapped_column(String(20), unique=True)
    issued_at: Mapped[datetime | None] = mapped_column(DateTime)
    signed_on: Mapped[date | None] = mapped_column(Date)
    signed_scan_name: Mapped[str] = mapped_column(String(255), default="")
    signed_scan: Mapped[bytes | None] = mapped_column(LargeBinary)

    agreement: Mapped[Agreement] = relationship(back_populates="versions")


class Draft(Record, Base):
    """A wizard's unfinished work, saved as the facilitator types."""

    __tablename__ = "drafts"

    kind: Mapped[str] = mapped_column(String(40), index=True)
    subject_id: Mapped[str | None] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(String(200), default="")
    page: Mapped[int] = mapped_column(Integer, default=0)
    payload: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """One change to a record: who, when, and each field's value before and after.

    Written by the session hook in ``storage.audit`` inside the same transaction
    as the change; database triggers refuse to update or delete entries.
    """

    __tablename__ = "audit_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    alliance_id: Mapped[str | None] = mapped_column(String(36), index=True)
    changes: Mapped[str] = mapped_column(Text, default="{}")


class DataAuthorization(Record, Base):
    """A person's authorisation to process their personal data (Ley 1581 de 2012, art. 9)."""

    __tablename__ = "data_authorizations"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    given_on: Mapped[date] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(20))
    text_version: Mapped[str] = mapped_column(String(40))
    recorded_by: Mapped[str] = mapped_column(String(200))
    witness: Mapped[str] = mapped_column(String(200), default="")
    guardian: Mapped[str] = mapped_column(String(200), default="")
    revoked_on: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="authorizations")


class DataRequest(Record, Base):
    """A data subject's request (consulta or reclamo) and its legal deadline."""

    __tablename__ = "data_requests"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    answered_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class Meeting(Record, Base):
    """A sesión con socios: convened, then held, then closed with a numbered acta.

    Once closed, its content is frozen in ``content`` (JSON) and database
    triggers refuse changes to it and to its agenda, attendance and decisions;
    corrections are addenda.
    """

    __tablename__ = "meetings"
    __table_args__ = (
        UniqueConstraint("alliance_id", "number"),
        # The agenda's meetings still to be held, by date (migration 0011).
        Index("ix_meetings_status_date", "status", "date"),
    )

    alliance_id: Mapped[str] = mapped_column(ForeignKey("alliances.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20), default=MeetingStatus.CONVENED.value)
    number: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(200))
    objective: Mapped[str] = mapped_column(Text, default="")
    next_date: Mapped[date | None] = mapped_column(Date)
    next_place: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[str] = mapped_column(Text, default="{}")
    verification_code: Mapped[str | None] = mapped_column(String(20), unique=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    signed_on: Mapped[date | None] = mapped_column(Date)
    signed_scan_name: Mapped[str] = mapped_column(String(255), default="")
    signed_scan: Mapped[bytes | None] = mapped_column(LargeBinary)

    agenda: Mapped[list[AgendaItem]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    attendances: Mapped[list[Attendance]] = relationship(
        cascade="all, delete-orphan", order_by="Attendance.position"
    )
    decisions: Mapped[list[Decision]] = relationship(
        cascade="all, delete-orphan", order_by="Decision.position"
    )
    addenda: Mapped[list[Addendum]] = relationship(
        cascade="all, delete-orphan", order_by="Addendum.number"
    )
    signatures: Mapped[list[MeetingSignature]] = relationship(cascade="all, delete-orphan")


class AgendaItem(Record, Base):
    __tablename__ = "agenda_items"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")


class Attendance(Record, Base):
    """A person convened to, present at or absent from a meeting."""

    __tablename__ = "attendances"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"))
    cargo: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[str] = mapped_column(String(20), default="")
    is_guest: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default=AttendanceStatus.INVITED.value)
    signs: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship()
    organization: Mapped[Organization | None] = relationship()


class Decision(Record, Base):
    __tablename__ = "decisions"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[str] = mapped_column(ForeignKey("agenda_items.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    by_consensus: Mapped[bool] = mapped_column(Boolean, default=True)
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    abstentions: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CommitmentUpdate(Record, Base):
    """A commitment's status as reviewed on a date, in a meeting: the follow-up history."""

    __tablename__ = "commitment_updates"

    commitment_id: Mapped[str] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[str | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    on: Mapped[date] = mapped_column(Date)
    previous_status: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class MeetingSignature(Record, Base):
    """An attendee's signature drawn on screen (PNG), printed in the acta."""

    __tablename__ = "meeting_signatures"
    __table_args__ = (UniqueConstraint("meeting_id", "attendance_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    attendance_id: Mapped[str] = mapped_column(ForeignKey("attendances.id", ondelete="CASCADE"))
    image: Mapped[bytes] = mapped_column(LargeBinary)


class Addendum(Record, Base):
    """A fe de erratas attached to a closed acta and printed with it."""

    __tablename__ = "addenda"
    __table_args__ = (UniqueConstraint("meeting_id", "number"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


# The tables of what an alliance does once born live in their own module; importing it here
# registers them on Base.metadata wherever the models are loaded.
# The exchange state (devices, versions, conflicts) of bundles between laptops.
# What an alliance leaves for later and for others: projection and systematization.
from alianzas_desktop.storage import learning_models as learning_models  # noqa: E402
from alianzas_desktop.storage import signature_models as signature_models  # noqa: E402
from alianzas_desktop.storage import sync_models as sync_models  # noqa: E402
from alianzas_desktop.storage import work_models as work_models  # noqa: E402
