"""Which document a printed verification code belongs to: an agreement version or an acta.

The window's Herramientas ▸ Verificar documento… and the command line's
``alianzas verify`` both ask here. What they are given may be the code as
printed, typed loosely, or the whole text a phone reads from the page's QR.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from alianzas_desktop.domain.formatting import long_date
from alianzas_desktop.domain.verification import code_from_text
from alianzas_desktop.services.agreements import find_by_code
from alianzas_desktop.services.meetings import find_acta_by_code
from alianzas_desktop.storage.database import Database

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentMatch:
    """A document found by its code; exactly one of ``version_id`` and ``meeting_id`` is set."""

    code: str
    title: str
    alliance_name: str
    status_label: str
    dated: date | None
    version_id: str = ""
    meeting_id: str = ""

    def describe(self) -> str:
        parts = [f"{self.title}, alianza «{self.alliance_name}»"]
        if self.status_label:
            parts.append(self.status_label.lower())
        if self.dated:
            parts.append(long_date(self.dated))
        return " — ".join(parts)


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
        )
    return None
