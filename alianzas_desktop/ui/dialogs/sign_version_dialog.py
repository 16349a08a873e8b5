"""Registering that a printed agreement was signed: the date and a photo or scan of it."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from alianzas_desktop.services.agreements import MAX_SCAN_BYTES
from alianzas_desktop.ui.dialogs.signed_paper_dialog import SignedPaperDialog, SignedPaperInput

logger = logging.getLogger(__name__)

SignatureInput = SignedPaperInput


class SignVersionDialog(SignedPaperDialog):
    """Asks for the signing date and, optionally, the file of the signed paper."""

    def __init__(self, version_number: int, parent: QWidget | None = None):
        super().__init__(
            title=self.tr("Registrar firma"),
            intro=self.tr(
                "Registre la firma de la versión {number} del acuerdo de compromisos. "
                "Adjunte una foto o un escaneo de la hoja firmada: queda guardado con la "
                "alianza."
            ).format(number=version_number),
            file_caption=self.tr("Foto o escaneo del acuerdo firmado"),
            max_scan_bytes=MAX_SCAN_BYTES,
            parent=parent,
        )

    @classmethod
    def get_signature(
        cls, version_number: int, parent: QWidget | None = None
    ) -> tuple[SignatureInput, bool]:
        return cls(version_number, parent).run()
