"""The acuerdo de compromisos: versions, their frozen content, issuing and signing.

A version's content is a JSON snapshot of the alliance taken from the live
records. While the version is a draft (borrador) the snapshot follows the
records; once issued (emitido) it is frozen — here, and by a database trigger —
and a change to the commitments opens a new draft version (otrosí).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alianzas_desktop import settings
from alianzas_desktop.domain.formatting import local_moment, with_language
from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, message
from alianzas_desktop.domain.nacimiento import CommitmentDraft, validate_commitment
from alianzas_desktop.domain.verification import normalize_code, verification_code
from alianzas_desktop.domain.vocabulary import (
    ApplicationArea,
    CommitmentStatus,
    Complexity,
    Condition,
    ContributionKind,
    Formality,
    Logic,
    Sector,
    Value,
    VersionStatus,
    label_of,
)
from alianzas_desktop.services.errors import (
    FrozenDocumentError,
    NotFoundError,
    ServiceError,
    ValidationFailed,
)
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import (
    Agreement,
    AgreementVersion,
    Alliance,
    Commitment,
    Membership,
    utcnow,
)

logger = logging.getLogger(__name__)

DOCUMENT_KIND = "acuerdo"
PAGE_SIZES = ("letter", "a4")
MAX_SCAN_BYTES = 30 * 1024 * 1024


@dataclass(frozen=True)
class AgreementDocument:
    """Everything needed to print one version."""

    version_id: str
    alliance_id: str
    number: int
    status: str
    verification_code: str
    content: dict[str, Any]
    # The issuing device's ``firma:1.…`` (services.document_signing), in the QR; none for drafts.
    signature: str = ""

    @property
    def is_draft(self) -> bool:
        return self.status == VersionStatus.DRAFT.value


@dataclass(frozen=True)
class VersionInfo:
    id: str
    number: int
    status: str
    status_label: str
    verification_code: str | None
    issued_at: Any
    signed_on: date | None
    has_scan: bool


def build_snapshot(session: Session, alliance: Alliance, version_number: int) -> dict[str, Any]:
    """The agreement's content, from the live records, with labels spelled out."""
    session.refresh(alliance)
    parties = []
    index_of: dict[str, int] = {}
    # A retired partner is no longer a party; the versions it signed still name it.
    active = [m for m in alliance.memberships if m.retired_on is None]
    for index, membership in enumerate(active):
        index_of[membership.id] = index
        rep = membership.representative
        org = membership.organization
        parties.append(
            {
                "membership_id": membership.id,
                "organization": org.name,
                "sector": org.sector,
                "sector_label": label_of(Sector, org.sector),
                "identifier": org.identifier,
                "representative": rep.full_name if rep else "",
                "document_number": rep.document_number if rep else "",
                "cargo": membership.representative_cargo,
                "interests": membership.interests,
                "contribution": membership.contribution,
            }
        )
    commitments = [
        {
            "id": c.id,
            "party": index_of.get(c.membership_id, 0),
            "description": c.description,
            "kind": c.kind,
            "kind_label": label_of(ContributionKind, c.kind),
            "estimated_value": c.estimated_value,
            "deadline": c.deadline.isoformat(),
            "logic": c.logic,
            "logic_label": label_of(Logic, c.logic),
        }
        for c in sorted(
            alliance.commitments, key=lambda c: (index_of.get(c.membership_id, 0), c.position)
        )
        if c.status != CommitmentStatus.CANCELLED.value and c.membership_id in index_of
    ]
    return {
        "version": version_number,
        "alliance": {
            "id": alliance.id,
            "name": alliance.name,
            "departamento": alliance.departamento,
            "municipio": alliance.municipio,
            "vereda": alliance.vereda,
            "area": alliance.area,
            "area_label": label_of(ApplicationArea, alliance.area),
            "start_date": alliance.start_date.isoformat(),
            "facilitator": alliance.facilitator,
            "purpose": alliance.purpose,
            "objectives": alliance.objectives,
            "formality": alliance.formality,
            "formality_label": label_of(Formality, alliance.formality),
            "legal_figure": alliance.legal_figure,
            "complexity": alliance.complexity,
            "complexity_label": label_of(Complexity, alliance.complexity),
            "coordination_body": alliance.coordination_body,
            "coordination_members": alliance.coordination_members,
            "decision_rules": alliance.decision_rules,
            "meeting_rhythm": alliance.meeting_rhythm,
            "duration": alliance.duration,
        },
        "conditions": [
            {
                "condition": c.condition,
                "label": label_of(Condition, c.condition),
                "met": c.met,
                "note": c.note,
            }
            for c in alliance.conditions
        ],
        "parties": parties,
        "commitments": commitments,
        "values": [v.label for v in Value],
        "document_date": date.today().isoformat(),
    }


def create_draft_version(session: Session, alliance: Alliance) -> AgreementVersion:
    """Open the next draft version of the alliance's agreement (inside a transaction)."""
    agreement = alliance.agreement
    if agreement is None:
        agreement = Agreement(alliance=alliance)
        session.add(agreement)
        session.flush()
    number = max((v.number for v in agreement.versions), default=0) + 1
    version = AgreementVersion(
        agreement=agreement,
        number=number,
        status=VersionStatus.DRAFT.value,
        content="{}",
    )
    session.add(version)
    session.flush()
    version.content = json.dumps(build_snapshot(session, alliance, number), ensure_ascii=False)
    return version


def draft_or_new_version(session: Session, alliance: Alliance) -> AgreementVersion:
    """The draft holding the alliance's current content: the open draft, or a new otrosí."""
    return _draft_or_new_version(session, alliance)


def _draft_or_new_version(session: Session, alliance: Alliance) -> AgreementVersion:
    agreement = alliance.agreement
    latest = agreement.versions[-1] if agreement and agreement.versions else None
    if latest is not None and latest.status == VersionStatus.DRAFT.value:
        latest.content = json.dumps(
            build_snapshot(session, alliance, latest.number), ensure_ascii=False
        )
        return latest
    return create_draft_version(session, alliance)


def _version(session: Session, version_id: str) -> AgreementVersion:
    version = session.get(AgreementVersion, version_id)
    if version is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa versión del acuerdo."))
    return version


def _document(version: AgreementVersion) -> AgreementDocument:
    content = json.loads(version.content)
    code = version.verification_code or verification_code(DOCUMENT_KIND, content)
    return AgreementDocument(
        version_id=version.id,
        alliance_id=version.agreement.alliance_id,
        number=version.number,
        status=version.status,
        verification_code=code,
        content=content,
    )


# -- reading -------------------------------------------------------------------------


def list_versions(db: Database, alliance_id: str) -> list[VersionInfo]:
    query = (
        select(AgreementVersion)
        .join(Agreement)
        .where(Agreement.alliance_id == alliance_id)
        .order_by(AgreementVersion.number)
    )
    with db.reading() as session:
        return [
            VersionInfo(
                id=v.id,
                number=v.number,
                status=v.status,
                status_label=label_of(VersionStatus, v.status),
                verification_code=v.verification_code,
                issued_at=v.issued_at,
                signed_on=v.signed_on,
                has_scan=v.signed_scan is not None,
            )
            for v in session.scalars(query)
        ]


def agreement_document(
    db: Database, alliance_id: str, number: int | None = None
) -> AgreementDocument:
    """One version (the latest when ``number`` is None), ready to print."""
    query = (
        select(AgreementVersion)
        .join(Agreement)
        .where(Agreement.alliance_id == alliance_id)
        .order_by(AgreementVersion.number.desc())
    )
    if number is not None:
        query = query.where(AgreementVersion.number == number)
    with db.reading() as session:
        version = session.scalars(query).first()
        if version is None:
            if session.get(Alliance, alliance_id) is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
            if number is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errores", "La alianza no tiene acuerdo de compromisos.")
                )
            raise NotFoundError(
                message(
                    QT_TRANSLATE_NOOP("errores", "El acuerdo no tiene versión {number}."),
                    number=str(number),
                )
            )
        document = _document(version)
    return _signed(db, document)


def document_for_version(db: Database, version_id: str) -> AgreementDocument:
    with db.reading() as session:
        document = _document(_version(session, version_id))
    return _signed(db, document)


def _signed(db: Database, document: AgreementDocument) -> AgreementDocument:
    """An issued version with the signature its QR carries (a draft's code is provisional)."""
    from alianzas_desktop.services.document_signing import index_code, signature_of
    from alianzas_desktop.storage.signature_models import SignedKind

    if document.is_draft:  # its code is provisional: indexed so Verificar finds it, unsigned
        index_code(
            db,
            SignedKind.AGREEMENT_DRAFT,
            document.verification_code,
            document.version_id,
            document.alliance_id,
        )
        return document
    signature = signature_of(db, SignedKind.AGREEMENT, DOCUMENT_KIND, document, document.version_id)
    return replace(document, signature=signature)


# -- changing -------------------------------------------------------------------------


def refresh_draft(db: Database, version_id: str) -> None:
    """Bring a draft version's snapshot up to date with the records."""
    with db.transaction() as session:
        version = _version(session, version_id)
        if version.status != VersionStatus.DRAFT.value:
            raise FrozenDocumentError(
                message(
                    QT_TRANSLATE_NOOP(
                        "errores",
                        "La versión {number} ya fue emitida: su contenido no cambia. "
                        "Los cambios van en una nueva versión (otrosí).",
                    ),
                    number=str(version.number),
                )
            )
        alliance = version.agreement.alliance
        version.content = json.dumps(
            build_snapshot(session, alliance, version.number), ensure_ascii=False
        )


def issue_version(db: Database, version_id: str, lang: str | None = None) -> str:
    """Freeze a draft for printing and signing; returns its verification code.

    The version is issued in ``lang`` ("es" or "en"; the chosen language when not
    given) and always prints in it; the language is part of the frozen content.
    """
    with db.transaction() as session:
        version = _version(session, version_id)
        if version.status != VersionStatus.DRAFT.value:
            return version.verification_code or ""
        alliance = version.agreement.alliance
        content = build_snapshot(session, alliance, version.number)
        with_language(content, lang if lang is not None else settings.language())
        code = verification_code(DOCUMENT_KIND, content)
        version.content = json.dumps(content, ensure_ascii=False)
        version.verification_code = code
        version.status = VersionStatus.ISSUED.value
        version.issued_at = utcnow()
        logger.info("Acuerdo %s versión %s emitido: %s", alliance.id, version.number, code)
        return code


def sign_version(
    db: Database,
    version_id: str,
    signed_on: date,
    scan: bytes | None = None,
    scan_name: str = "",
) -> None:
    """Record that the printed paper was signed, with a photo or scan of it."""
    errors: dict[str, str] = {}
    if signed_on > date.today():
        errors["signed_on"] = QT_TRANSLATE_NOOP(
            "errores", "La fecha de firma no puede estar en el futuro."
        )
    if scan is not None and len(scan) > MAX_SCAN_BYTES:
        errors["scan"] = QT_TRANSLATE_NOOP(
            "errores", "El archivo es demasiado grande (máximo 30 MB)."
        )
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        version = _version(session, version_id)
        if version.status == VersionStatus.DRAFT.value:
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "errores",
                    "Primero emita (imprima) esta versión; después regístrela firmada.",
                )
            )
        # Both days as the facilitator lives them: an issue at 8 p.m. in Colombia is stored
        # as the next day in UTC, and a paper signed that evening is signed the same day.
        if version.issued_at and signed_on < local_moment(version.issued_at).date():
            raise ValidationFailed(
                {
                    "signed_on": QT_TRANSLATE_NOOP(
                        "errores", "La fecha de firma es anterior a la emisión del documento."
                    )
                }
            )
        if version.status == VersionStatus.SIGNED.value and version.signed_scan is not None:
            raise FrozenDocumentError(
                QT_TRANSLATE_NOOP("errores", "Esta versión ya está registrada como firmada.")
            )
        version.status = VersionStatus.SIGNED.value
        version.signed_on = signed_on
        if scan is not None:
            version.signed_scan = scan
            version.signed_scan_name = scan_name[:255]


def signed_scan(db: Database, version_id: str) -> tuple[str, bytes] | None:
    with db.reading() as session:
        version = _version(session, version_id)
        if version.signed_scan is None:
            return None
        return version.signed_scan_name, version.signed_scan


def replace_commitments(db: Database, alliance_id: str, commitments: list[CommitmentDraft]) -> str:
    """Replace the alliance's commitments; returns the id of the draft version holding them.

    ``partner_key`` of each commitment is a membership id. Commitments whose key
    matches an existing commitment are updated; the rest are created; those
    missing from the list are cancelled (never deleted: a signed version may
    name them). When the latest version is issued, a new draft version opens.
    """
    with db.transaction() as session:
        alliance = session.get(Alliance, alliance_id)
        if alliance is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errores", "No existe esa alianza."))
        members = {m.id for m in alliance.memberships if m.retired_on is None}
        errors: dict[str, str] = {}
        for item in commitments:
            if item.partner_key not in members:
                errors[f"commitments.{item.key}.partner_key"] = QT_TRANSLATE_NOOP(
                    "errores", "Elija el socio responsable."
                )
            errors.update(validate_commitment(item, alliance.start_date))
        if errors:
            raise ValidationFailed(errors)
        existing = {c.id: c for c in alliance.commitments}
        kept: set[str] = set()
        for position, item in enumerate(commitments):
            row = existing.get(item.key)
            if row is None:
                row = Commitment(alliance=alliance, id=item.key)
                session.add(row)
            row.membership = session.get(Membership, item.partner_key)
            row.description = item.description.strip()
            row.kind = item.kind
            row.estimated_value = item.estimated_value
            row.deadline = item.deadline
            row.logic = item.logic
            row.position = position
            if row.status == CommitmentStatus.CANCELLED.value:
                row.status = CommitmentStatus.PENDING.value
            kept.add(row.id)
        for row in existing.values():
            # A retired partner's commitments are not edited here: they stay as recorded.
            if row.id not in kept and row.membership_id in members:
                row.status = CommitmentStatus.CANCELLED.value
        session.flush()
        return _draft_or_new_version(session, alliance).id


# -- verification ------------------------------------------------------------------


@dataclass(frozen=True)
class VerificationMatch:
    kind: str
    title: str
    alliance_id: str
    alliance_name: str
    version: int
    status: str
    status_label: str
    version_id: str = ""
    issued_on: date | None = None

    def describe(self) -> str:
        return (
            f"{self.title}, versión {self.version} ({self.status_label.lower()}), "
            f"alianza «{self.alliance_name}»"
        )


def _printed_draft(session: Session, wanted: str) -> AgreementVersion | None:
    """A draft whose provisional code was printed (the index of printed codes names it) and
    that still gives it: a draft refreshed since then is another paper."""
    from alianzas_desktop.storage.signature_models import SignedKind, document_signatures

    printed = select(document_signatures.c.record_id).where(
        document_signatures.c.code == wanted,
        document_signatures.c.kind == SignedKind.AGREEMENT_DRAFT.value,
    )
    for draft in session.scalars(
        select(AgreementVersion).where(
            AgreementVersion.id.in_(printed),
            AgreementVersion.status == VersionStatus.DRAFT.value,
        )
    ):
        if verification_code(DOCUMENT_KIND, json.loads(draft.content)) == wanted:
            return draft
    return None


def find_by_code(db: Database, code: str) -> VerificationMatch | None:
    """The agreement version a printed verification code belongs to, if any."""
    wanted = normalize_code(code)
    with db.reading() as session:
        version = session.scalars(
            select(AgreementVersion).where(AgreementVersion.verification_code == wanted)
        ).first()
        if version is None:
            version = _printed_draft(session, wanted)
        if version is None:
            return None
        alliance = version.agreement.alliance
        return VerificationMatch(
            kind=DOCUMENT_KIND,
            title="Acuerdo de compromisos",
            alliance_id=alliance.id,
            alliance_name=alliance.name,
            version=version.number,
            status=version.status,
            status_label=label_of(VersionStatus, version.status),
            version_id=version.id,
            issued_on=local_moment(version.issued_at).date() if version.issued_at else None,
        )
