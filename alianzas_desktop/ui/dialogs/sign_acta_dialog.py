"""Registering that a printed acta was signed: the date and a photo or scan of it."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtWidgets import QWidget

from alianzas_desktop.services.meetings import MAX_SCAN_BYTES
from alianzas_desktop.ui.dialogs.signed_paper_dialog import SignedPaperDialog, SignedPaperInput

logger = logging.getLogger(__name__)

SignedActaInput = SignedPaperInput


class SignActaDialog(SignedPaperDialog):
    """Asks for the signing date and, optionally, the file of the signed acta."""

    def __init__(self, acta_number: int | None, meeting_date: date, parent: QWidget | None = None):
        super().__init__(
            title=self.tr("Registrar acta firmada"),
            intro=self.tr(
                "Registre que el Acta No. {0} impresa fue firmada. Adjunte una foto o un "
                "escaneo de las hojas firmadas: queda guardado con la sesión."
            ).format(acta_number),
            file_caption=self.tr("Foto o escaneo del acta firmada"),
            max_scan_bytes=MAX_SCAN_BYTES,
            earliest=meeting_date,
            parent=parent,
        )

    @classmethod
    def get_signed(
        cls, acta_number: int | None, meeting_date: date, parent: QWidget | None = None
    ) -> tuple[SignedActaInput, bool]:
        return cls(acta_number, meeting_date, parent).run()
