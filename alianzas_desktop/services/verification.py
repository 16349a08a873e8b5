"""Which document a printed verification code belongs to, and whether its QR's signature holds.

The window's Herramientas ▸ Verificar documento… and the command line's
``alianzas verify`` both ask here. What they are given may be the code as
printed, typed loosely, or the whole text a phone reads from the page's QR,
which carries the signing device's Ed25519 signature (``sync.signing``): that
one is checked against the known devices' keys without the record in any
database. A code is found by indexed queries: agreement versions and actas by
their code column, plans de trabajo and informes de evaluación through the
index of printed codes (``document_signatures``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select, union

from alianzas_desktop.domain.formatting import long_date
from alianzas_desktop.domain.verification import code_from_text
from alianzas_desktop.domain.vocabulary import MeetingStatus, VersionStatus
from alianzas_desktop.services import acta_content
from alianzas_desktop.services.agreements import find_by_code
from alianzas_desktop.services.errors import NotFoundError
from alianzas_desktop.services.meetings import find_acta_by_code
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.integrity import (
    ACTA_KIND,
    AGREEMENT_KIND,
    ALTERED,
    content_matches,
)
from alianzas_desktop.storage.models import (
    Addendum,
    AgreementVersion,
    Alliance,
    Meeting,
    MeetingSignature,
)
from alianzas_desktop.storage.signature_models import SignedKind, document_signatures
from alianzas_desktop.sync.signing import SignatureState

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


class Outcome(StrEnum):
    """What a verification concluded, for the screen and the command line to word."""

    FOUND = "encontrado"  # the database has the document, intact (signature valid or absent)
    SIGNED = "firmado"  # not in this database, but signed by a known device: authentic
    ALTERED_SIGNATURE = "firma_alterada"  # the signature or the code was changed: refused
    UNKNOWN_KEY = "clave_desconocida"  # signed by a device this computer does not know
    ALTERED_RECORD = "registro_alterado"  # found, but its stored content no longer gives it
    NOT_FOUND = "no_encontrado"  # unsigned and not in this database


@dataclass(frozen=True)
class Verification:
    """A code or a QR's text checked: by its signature (without any database) and against
    the open database (whose stored content must still give the code)."""

    code: str
    outcome: Outcome
    match: DocumentMatch | None
    signature_state: str  # sync.signing.SignatureState
    key_id: str  # the signing device's key id, when the text carries a signature

    @property
    def accepted(self) -> bool:
        return self.outcome in (Outcome.FOUND, Outcome.SIGNED)

    def verdict(self) -> str:
        """The command line's words for it (the window words it through Qt's translation)."""
        key = self.key_id
        if self.outcome is Outcome.FOUND:
            assert self.match is not None
            if self.signature_state == SignatureState.VALID:
                return f"{self.match.describe()}\nFirma válida del equipo de clave {key}."
            return self.match.describe()
        if self.outcome is Outcome.ALTERED_RECORD:
            assert self.match is not None
            return self.match.verdict()
        if self.outcome is Outcome.SIGNED:
            return (
                f"Firma válida: el documento con el código {self.code} fue emitido en el "
                f"equipo de clave {key} y no ha cambiado (esta base de datos no lo tiene)."
            )
        if self.outcome is Outcome.ALTERED_SIGNATURE:
            return (
                "La firma no corresponde: el código o el texto del QR fueron alterados, o el "
                "documento no es auténtico."
            )
        if self.outcome is Outcome.UNKNOWN_KEY:
            return (
                f"La firma es de un equipo que este computador no conoce (clave {key}): "
                "importe un paquete de ese equipo, o verifique con su base de datos."
            )
        return "Ningún documento de esta base de datos tiene ese código de verificación."


def verify(db: Database | None, text: str) -> Verification:
    """Check what was typed or scanned: an altered signature is refused before anything is
    looked up; a valid one suffices without the record; otherwise the database decides."""
    from alianzas_desktop.sync import signing

    try:
        check = signing.check_offline(text)
    except (OSError, ValueError) as exc:  # a damaged key file is a ValueError
        logger.warning("No se pudo comprobar la firma: %s", exc)
        check = signing.OfflineCheck(code_from_text(text), SignatureState.UNKNOWN_KEY, "", str(exc))
    state = check.state

    def result(outcome: Outcome, match: DocumentMatch | None = None) -> Verification:
        return Verification(check.code, outcome, match, state, check.key_id)

    if state == SignatureState.INVALID:
        return result(Outcome.ALTERED_SIGNATURE)
    match = find_document(db, check.code) if db is not None else None
    if match is not None and not match.intact:
        return result(Outcome.ALTERED_RECORD, match)
    if match is not None:
        return result(Outcome.FOUND, match)
    if state == SignatureState.VALID:
        return result(Outcome.SIGNED)
    if state == SignatureState.UNKNOWN_KEY:
        return result(Outcome.UNKNOWN_KEY)
    return result(Outcome.NOT_FOUND)


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
    return _find_indexed(db, code) or _find_annexes(db, code) or _find_not_indexed(db, code)


def _find_indexed(db: Database, code: str) -> DocumentMatch | None:
    """A plan de trabajo or an informe de evaluación, through the index of printed codes
    (``document_signatures``, by primary key); the plan found must still be the one in force
    (a plan edited since that paper was printed no longer matches)."""
    from alianzas_desktop.services import document_signing

    for row in document_signing.signed_documents(db, code):
        if row.kind is SignedKind.WORKPLAN:
            return _plan_match(db, row.record_id, code)
        if row.kind is SignedKind.EVALUATION:
            return _informe_match(db, row.record_id, code)
    return None


def _find_not_indexed(db: Database, code: str) -> DocumentMatch | None:
    """Plans and informes the index has never seen (printed before it existed) are looked
    through; building each one fills the index, so this happens once per database."""
    plans, informes = _not_indexed(db)
    for alliance_id in plans:
        if (match := _plan_match(db, alliance_id, code)) is not None:
            return match
    for evaluation_id in informes:
        if (match := _informe_match(db, evaluation_id, code)) is not None:
            return match
    return None


def _not_indexed(db: Database) -> tuple[list[str], list[str]]:
    """Alliances with a plan and evaluations whose printed code the index has never seen."""
    from alianzas_desktop.storage.work_models import Evaluation, PlanActivity

    def indexed(kind: SignedKind):
        return select(document_signatures.c.record_id).where(
            document_signatures.c.kind == kind.value
        )

    with db.reading() as session:
        plans = session.scalars(
            select(PlanActivity.alliance_id)
            .distinct()
            .where(PlanActivity.alliance_id.not_in(indexed(SignedKind.WORKPLAN)))
        ).all()
        informes = session.scalars(
            select(Evaluation.id).where(Evaluation.id.not_in(indexed(SignedKind.EVALUATION)))
        ).all()
    return list(plans), list(informes)


def _plan_match(db: Database, alliance_id: str, code: str) -> DocumentMatch | None:
    from alianzas_desktop.services import workplan

    try:
        plan = workplan.plan_document(db, alliance_id)
    except NotFoundError:
        return None
    if workplan.plan_code(plan) != code:
        return None  # a plan printed before it last changed: that paper is not the plan
    return DocumentMatch(
        code=code,
        title="Plan de trabajo (el vigente)",
        alliance_name=plan.alliance_name,
        status_label="",
        dated=None,
        alliance_id=plan.alliance_id,
    )


def _informe_match(db: Database, evaluation_id: str, code: str) -> DocumentMatch | None:
    from alianzas_desktop.services import evaluations

    try:
        informe = evaluations.evaluation_document(db, evaluation_id)
    except NotFoundError:
        return None
    if informe.verification_code != code:
        return None
    return DocumentMatch(
        code=code,
        title="Informe de evaluación",
        alliance_name=informe.alliance_name,
        status_label="",
        dated=informe.held_on,
        evaluation_id=informe.evaluation_id,
    )


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
    """The closed acta whose annexes (addenda and signatures, printed apart) give this code:
    the one the index of printed codes names, else one whose annexes were never indexed
    (printed before the index existed; looked through, and indexed, once)."""
    table = document_signatures
    annexes = table.c.kind == SignedKind.ACTA_ANNEXES.value
    never_indexed: list[tuple[str, str, str]] = []
    with db.reading() as session:
        # From the few actas with annexes (their own small tables), not through every meeting.
        with_annexes = set(
            session.scalars(union(select(Addendum.meeting_id), select(MeetingSignature.meeting_id)))
        )
        indexed = set(session.scalars(select(table.c.record_id).where(annexes)))
        printed_here = set(
            session.scalars(select(table.c.record_id).where(annexes, table.c.code == code))
        )
        candidates = sorted(m for m in with_annexes if m in printed_here or m not in indexed)
        if not candidates:
            return None
        query = (
            select(Meeting, Alliance.name)
            .join(Alliance, Alliance.id == Meeting.alliance_id)
            .where(
                Meeting.id.in_(candidates),
                Meeting.status == MeetingStatus.CLOSED.value,
            )
            .order_by(Meeting.date, Meeting.id)
        )
        for meeting, alliance_name in session.execute(query):
            codes = acta_content.annex_codes_over_time(meeting)
            never_indexed.append((codes[0][0], meeting.id, meeting.alliance_id))
            later = next((n for c, n in codes if c == code), None)
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
    _index_annexes(db, never_indexed)
    return None


def _index_annexes(db: Database, found: list[tuple[str, str, str]]) -> None:
    """Index the current annexes code of the actas just looked through, so the next code
    nobody printed does not look through them again."""
    from alianzas_desktop.services import document_signing

    for annex_code, meeting_id, alliance_id in found:
        document_signing.index_code(
            db, SignedKind.ACTA_ANNEXES, annex_code, meeting_id, alliance_id
        )
