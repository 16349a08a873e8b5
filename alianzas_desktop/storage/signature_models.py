"""Who signed which printed document: the code on the page, the signing device's key id and
the ``firma:1.…`` text its QR carries, kept so a reprint anywhere carries the same signature.

One row per document code and signing key; a row never changes once written, so rows from
two laptops that signed the same document both travel in bundles without a conflict. The
table is also the index of printed codes: a plan de trabajo or an informe de evaluación is
found by its code here instead of rebuilding every plan and informe.
"""

from __future__ import annotations

import logging
from enum import StrEnum

from sqlalchemy import Column, DateTime, ForeignKey, Index, String, Table

from alianzas_desktop.storage.models import Base, utcnow

logger = logging.getLogger(__name__)


class SignedKind(StrEnum):
    """Which printed document a signature belongs to."""

    AGREEMENT = "acuerdo"  # record: the agreement version
    ACTA = "acta"  # record: the meeting
    WORKPLAN = "plan_de_trabajo"  # record: the alliance (the plan as printed then)
    EVALUATION = "informe_de_evaluacion"  # record: the evaluation
    # A draft's provisional code, indexed unsigned (empty key id and signature): a draft is
    # not a document anyone vouches for, only one Verificar should still find.
    AGREEMENT_DRAFT = "acuerdo_borrador"  # record: the draft version
    # The annexes of a closed acta (addenda, on-screen signatures), printed apart; unsigned.
    ACTA_ANNEXES = "anexos_de_acta"  # record: the meeting


# A table without a class of its own, written through Core: its rows are never edited, and
# a bundle adds them as it adds link-table rows (``sync.merge``), with no audit entry (a
# signature is no edit of the document).
document_signatures = Table(
    "document_signatures",
    Base.metadata,
    Column("code", String(14), primary_key=True),
    Column("key_id", String(8), primary_key=True),  # empty for an unsigned draft or annexes
    Column("kind", String(30), nullable=False),  # a SignedKind
    Column("record_id", String(36), nullable=False),
    Column(
        "alliance_id",
        String(36),
        ForeignKey("alliances.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    # ``firma:1.<key id>.<digest>.<signature>`` (sync.signing), ASCII; empty when unsigned.
    Column("signature", String(160), nullable=False),
    Column("signed_at", DateTime, nullable=False, default=utcnow),
    Index("ix_document_signatures_kind_record", "kind", "record_id"),
)
