"""Which document a printed verification code belongs to: an agreement version or an acta.

The window's Herramientas ▸ Verificar documento… and the command line's
``alianzas verify`` both ask here. What they are given may be the code as
printed, typed loosely, or the whole text a phone reads from the page's QR.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from alianzas_desktop.domain.formatting import long_date
from alianzas_desktop.domain.verification import code_from_text
from alianzas_desktop.domain.vocabulary import MeetingStatus, VersionStatus
from alianzas_desktop.services import acta_content
from alianzas_desktop.services.agreements import find_by_code
from alianzas_desktop.services.meetings import find_acta_by_code
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.integrity import (
    ACTA_KIND,
    AGREEMENT_KIND,
    ALTERED,
    content_matches,
)
from alianzas_desktop.storage.models import AgreementVersion, Alliance, Meeting

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentMatch:
    """A document found by its code: an agreement version, an acta (``meeting_id``), a plan de
    trabajo (only ``alliance_id``) or an informe de evaluación (``evaluation_id``)."""

    code: str
    title: str
    alliance_name: str
    status_label: str
    dated: date | None
    version_id: str = ""
    meeting_id: str = ""
    alliance_id: str = ""
    evaluation_id: str = ""
    # False when the content stored now no longer gives the code: edited beneath the app.
    intact: bool = True

    def describe(self) -> str:
        parts = [f"{self.title}, alianza «{self.alliance_name}»"]
        if self.status_label:
            parts.append(self.status_label.lower())
        if self.dated:
            parts.append(long_date(self.dated))
        return " — ".join(parts)

    def verdict(self) -> str:
        """One line: what the code belongs to, or that the stored document was altered."""
        if self.intact:
            return self.describe()
        return f"{self.describe()}: {ALTERED}"


def find_document(db: Database, text: str) -> DocumentMatch | None:
    code = code_from_text(text)
    agreement = find_by_code(db, code)
    if agreement is not None:
        return DocumentMatch(
            code=code,
            title=f"{agreement.title}, versión {agreement.version}",
            alliance_name=agreement.alliance_name,
            status_label=agreement.status_label,
            dated=agreement.issued_on,
            version_id=agreement.version_id,
            intact=_stored_content_gives(db, AgreementVersion, agreement.version_id, code),
        )
    acta = find_acta_by_code(db, code)
    if acta is not None:
        return DocumentMatch(
            code=code,
            title=f"Acta No. {acta.number}",
            alliance_name=acta.alliance_name,
            status_label="",
            dated=acta.held_on,
            meeting_id=acta.meeting_id,
            intact=_stored_content_gives(db, Meeting, acta.meeting_id, code),
        )
    return _find_annexes(db, code) or _find_later_documents(db, code)


def _find_later_documents(db: Database, code: str) -> DocumentMatch | None:
    """A plan de trabajo or an informe de evaluación: their code is their content's, computed
    again from what is stored (a plan edited since it was printed no longer matches)."""
    from alianzas_desktop.services import evaluations, workplan

    plan = workplan.find_plan_by_code(db, code)
    if plan is not None:
        return DocumentMatch(
            code=code,
            title="Plan de trabajo (el vigente)",
            alliance_name=plan.alliance_name,
            status_label="",
            dated=None,
            alliance_id=plan.alliance_id,
        )
    informe = evaluations.find_evaluation_by_code(db, code)
    if informe is not None:
        return DocumentMatch(
            code=code,
            title="Informe de evaluación",
            alliance_name=informe.alliance_name,
            status_label="",
            dated=informe.held_on,
            evaluation_id=informe.evaluation_id,
        )
    return None


def _stored_content_gives(db: Database, model: type, record_id: str, code: str) -> bool:
    """Recompute the code from the frozen content as stored now (a draft's code is its own)."""
    kind = AGREEMENT_KIND if model is AgreementVersion else ACTA_KIND
    with db.reading() as session:
        row = session.get(model, record_id)
        if row is None:
            return False
        if model is AgreementVersion and row.status == VersionStatus.DRAFT.value:
            return True
        return row.verification_code == code and content_matches(kind, row.content, code)


def _find_annexes(db: Database, code: str) -> DocumentMatch | None:
    """The closed acta whose annexes (addenda and signatures, printed apart) give this code."""
    with db.reading() as session:
        query = (
            select(Meeting, Alliance.name)
            .join(Alliance, Alliance.id == Meeting.alliance_id)
            .where(
                Meeting.status == MeetingStatus.CLOSED.value,
                or_(Meeting.addenda.any(), Meeting.signatures.any()),
            )
        )
        for meeting, alliance_name in session.execute(query):
            later = next(
                (n for c, n in acta_content.annex_codes_over_time(meeting) if c == code), None
            )
            if later is not None:
                title = f"Anexos (fe de erratas y firmas) del Acta No. {meeting.number}"
                if later:
                    title += f" (después se agregaron {later} anexo(s) más)"
                return DocumentMatch(
                    code=code,
                    title=title,
                    alliance_name=alliance_name,
                    status_label="",
                    dated=meeting.date,
                    meeting_id=meeting.id,
                    intact=content_matches(ACTA_KIND, meeting.content, meeting.verification_code),
                )
    return None
