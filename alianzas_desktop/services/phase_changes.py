"""Changing an alliance's phase as an explicit act: date, reason and the seed's checklist."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alianzas_desktop.domain.health import OPEN_CONFLICT_STATUSES, is_overdue
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, message
from alianzas_desktop.domain.phases import (
    ChecklistItem,
    PhaseFacts,
    checklist,
    unmet,
    validate_phase_change,
)
from alianzas_desktop.domain.vocabulary import (
    ActivityStatus,
    CommitmentStatus,
    Condition,
    ConflictLevel,
    Formality,
    Phase,
    VersionStatus,
    label_of,
)
from alianzas_desktop.services.errors import NotFoundError, ServiceError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Alliance, AllianceCondition
from alianzas_desktop.storage.work_models import (
    Conflict,
    CoordinationMember,
    Evaluation,
    Formalization,
    InformationFlow,
    PhaseChange,
    PlanActivity,
)

logger = logging.getLogger(__name__)


class ChecklistUnmet(ServiceError):
    """Leaving the phase with items of its checklist unmet needs the facilitator's confirmation."""

    def __init__(self, items: list[ChecklistItem]):
        self.items = list(items)
        super().__init__(
            message(
                QT_TRANSLATE_NOOP(
                    "errores", "Faltan puntos de la lista para dejar la fase: {reasons}"
                ),
                reasons=[item.why for item in self.items],
            )
        )


@dataclass(frozen=True)
class PhaseChangeInfo:
    id: str
    alliance_id: str
    from_phase: str
    from_label: str
    to_phase: str
    to_label: str
    on: date
    reason: str
    checklist: dict[str, bool] = field(default_factory=dict)


def _facts(session: Session, alliance: Alliance, today: date) -> PhaseFacts:
    versions = alliance.agreement.versions if alliance.agreement else []
    statuses = {v.status for v in versions}
    active = [m for m in alliance.memberships if m.retired_on is None]
    committed = {
        c.membership_id
        for c in alliance.commitments
        if c.status != CommitmentStatus.CANCELLED.value
    }

    def count(model, *conditions) -> int:
        return (
            session.scalar(
                select(func.count())
                .select_from(model)
                .where(model.alliance_id == alliance.id, *conditions)
            )
            or 0
        )

    formalization = session.scalar(
        select(Formalization).where(Formalization.alliance_id == alliance.id)
    )
    return PhaseFacts(
        purpose=alliance.purpose,
        agreement_issued=bool(statuses & {VersionStatus.ISSUED.value, VersionStatus.SIGNED.value}),
        agreement_signed=VersionStatus.SIGNED.value in statuses,
        active_partners=len(active),
        partners_without_commitments=tuple(
            m.organization.name for m in active if m.id not in committed
        ),
        conditions_met=count(AllianceCondition, AllianceCondition.met.is_(True)),
        conditions_total=len(Condition),
        plan_activities=count(PlanActivity, PlanActivity.status != ActivityStatus.CANCELLED.value),
        coordination_members=count(CoordinationMember),
        information_flows=count(InformationFlow),
        formal=alliance.formality == Formality.FORMAL.value,
        convenio_recorded=formalization is not None
        and bool(
            formalization.convenio_number or formalization.convenio_date or formalization.scan
        ),
        evaluations=count(Evaluation),
        overdue_commitments=sum(
            1 for c in alliance.commitments if is_overdue(c.deadline, c.status, today)
        ),
        open_critical_incidents=count(
            Conflict,
            Conflict.level == ConflictLevel.CRITICAL_INCIDENTS.value,
            Conflict.status.in_(OPEN_CONFLICT_STATUSES),
        ),
    )


def _alliance(session: Session, alliance_id: str) -> Alliance:
    alliance = session.get(Alliance, alliance_id)
    if alliance is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
    return alliance


def phase_checklist(
    db: Database, alliance_id: str, to_phase: str, *, today: date | None = None
) -> list[ChecklistItem]:
    """The seed's checklist for leaving the current phase towards ``to_phase``, evaluated."""
    today = today or date.today()
    with db.reading() as session:
        alliance = _alliance(session, alliance_id)
        return checklist(alliance.phase, to_phase, _facts(session, alliance, today))


def _last_change_on(session: Session, alliance_id: str) -> date | None:
    return session.scalar(
        select(func.max(PhaseChange.on)).where(PhaseChange.alliance_id == alliance_id)
    )


def change_phase(
    db: Database,
    alliance_id: str,
    to_phase: str,
    on: date | None,
    reason: str,
    *,
    confirm_unmet: bool = False,
    today: date | None = None,
    reason_required: bool = True,
) -> str:
    """Record the act (a PhaseChange with its date, reason and checklist) and move the alliance.

    With unmet items and no ``confirm_unmet``, nothing changes and ChecklistUnmet says why.
    """
    today = today or date.today()
    with db.transaction() as session:
        alliance = _alliance(session, alliance_id)
        errors = validate_phase_change(
            alliance.phase,
            to_phase,
            on,
            reason,
            today=today,
            start_date=alliance.start_date,
            last_change_on=_last_change_on(session, alliance.id),
            reason_required=reason_required,
        )
        if errors:
            raise ValidationFailed(errors)
        items = checklist(alliance.phase, to_phase, _facts(session, alliance, today))
        missing = unmet(items)
        if missing and not confirm_unmet:
            raise ChecklistUnmet(missing)
        change = PhaseChange(
            alliance_id=alliance.id,
            from_phase=alliance.phase,
            to_phase=to_phase,
            on=on,
            reason=reason.strip(),
            checklist=json.dumps({i.code: i.met for i in items}, ensure_ascii=False),
        )
        session.add(change)
        alliance.phase = to_phase
        session.flush()
        logger.info("Alianza %s pasa a la fase %s el %s", alliance.id, to_phase, on)
        return change.id


def phase_history(db: Database, alliance_id: str) -> list[PhaseChangeInfo]:
    """The alliance's phase changes, oldest first."""
    query = (
        select(PhaseChange)
        .where(PhaseChange.alliance_id == alliance_id)
        .order_by(PhaseChange.on, PhaseChange.created_at)
    )
    with db.reading() as session:
        result = []
        for c in session.scalars(query):
            try:
                answers = {str(k): bool(v) for k, v in json.loads(c.checklist or "{}").items()}
            except (ValueError, AttributeError):
                answers = {}
            result.append(
                PhaseChangeInfo(
                    id=c.id,
                    alliance_id=c.alliance_id,
                    from_phase=c.from_phase,
                    from_label=label_of(Phase, c.from_phase),
                    to_phase=c.to_phase,
                    to_label=label_of(Phase, c.to_phase),
                    on=c.on,
                    reason=c.reason,
                    checklist=answers,
                )
            )
        return result
