"""Herramientas ▸ Verificar documento…: which document a printed code belongs to.

The code printed at the foot of every page, or the text a phone reads from the
page's QR (with the issuing device's signature), is checked in a worker: the
signature against the known devices' keys, without the record; the code in the
open database. When it matches there, the document can be opened as it was
issued, to compare it with the paper in hand.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.services.verification import (
    DocumentMatch,
    Outcome,
    Verification,
    verify,
)
from alianzas_desktop.storage.database import Database, DatabaseError
from alianzas_desktop.sync.signing import SignatureState
from alianzas_desktop.ui import workers
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


def document_pdf(db: Database, match: DocumentMatch) -> bytes:
    """The matched document's PDF, as issued (built in a worker: it takes a moment)."""
    if match.version_id:
        from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
        from alianzas_desktop.services.agreements import document_for_version

        return agreement_pdf_bytes(document_for_version(db, match.version_id))
    if match.evaluation_id:
        from alianzas_desktop.documents.evaluation_pdf import evaluation_pdf_bytes
        from alianzas_desktop.services.evaluations import evaluation_document

        return evaluation_pdf_bytes(evaluation_document(db, match.evaluation_id))
    if not match.meeting_id:  # the plan de trabajo in force
        from alianzas_desktop.documents.workplan_pdf import workplan_pdf_bytes
        from alianzas_desktop.services.workplan import plan_document

        return workplan_pdf_bytes(plan_document(db, match.alliance_id))
    from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes
    from alianzas_desktop.services.meetings import acta_document

    return acta_pdf_bytes(acta_document(db, match.meeting_id))


class VerifyDialog(QDialog):
    """Type or paste a verification code; see which document it is, and open it."""

    checked = Signal(bool)  # whether the code or QR text was accepted (found, or signed)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self.match: DocumentMatch | None = None
        self.verification: Verification | None = None
        self.last_preview = None
        self.setWindowTitle(self.tr("Verificar documento"))

        self.intro_label = QLabel(
            self.tr(
                "Escriba el código de verificación impreso al pie de cada página del "
                "documento (por ejemplo K7M2-Q9XD-4TPA), o pegue el texto que muestra el "
                "teléfono al leer su código QR: trae la firma del equipo que lo emitió, que "
                "se comprueba aunque esta base de datos no tenga el documento."
            )
        )
        self.intro_label.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("K7M2-Q9XD-4TPA"))
        self.code_edit.setMaxLength(400)
        self.code_label = QLabel(self.tr("&Código:"))
        self.code_label.setBuddy(self.code_edit)
        self.verify_button = QPushButton(self.tr("&Verificar"))
        self.verify_button.setDefault(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("Ver el &documento"))
        self.open_button.setEnabled(False)
        self.busy = workers.busy_bar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))

        self.code_edit.textEdited.connect(lambda _text: self._clear_result())
        self.code_edit.returnPressed.connect(self.verify)
        self.verify_button.clicked.connect(self.verify)
        self.open_button.clicked.connect(self.open_document)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        form = QFormLayout()
        form.addRow(self.code_label, self.code_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.result_label, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 560, 320)

    def _clear_result(self) -> None:
        self.match = None
        self.verification = None
        self.result_label.clear()
        self.open_button.setEnabled(False)

    def verify(self) -> DocumentMatch | None:
        """Check the text in a worker (a code unknown to the index may take a moment on an
        office database); the window keeps answering meanwhile."""
        text = self.code_edit.text().strip()
        if not text:
            self.result_label.setText(self.tr("Escriba el código que aparece en el documento."))
            self.checked.emit(False)
            return None
        db = self._db
        try:
            result = workers.run(
                lambda: verify(db, text),
                busy=(self.verify_button, self.code_edit, self.open_button),
                indicator=self.busy,
                name="verificación de un documento",
            )
        except (ServiceError, DatabaseError) as exc:
            self.result_label.setText(worded(exc))
            self.checked.emit(False)
            return None
        self.verification = result
        self.match = result.match if result.outcome is Outcome.FOUND else None
        self.result_label.setText(self._wording(result, text))
        self.open_button.setEnabled(self.match is not None)
        if self.match is not None:
            self.open_button.setFocus()
        self.checked.emit(result.accepted)
        return self.match

    def _wording(self, result: Verification, typed: str) -> str:
        key = result.key_id
        if result.outcome is Outcome.FOUND:
            assert result.match is not None
            found = self.tr("✔ El código {code} corresponde a:\n{document}").format(
                code=result.code, document=result.match.describe()
            )
            if result.signature_state == SignatureState.VALID:
                found += "\n" + self.tr("Firma válida del equipo de clave {key}.").format(key=key)
            return found
        if result.outcome is Outcome.ALTERED_RECORD:
            assert result.match is not None
            # What is stored now is not what was issued: neither shown nor trusted.
            return self.tr(
                "✘ El código {code} es de:\n{document}\nPero el contenido no corresponde "
                "al código: documento alterado. Confíe en el papel firmado, no en este "
                "registro."
            ).format(code=result.code, document=result.match.describe())
        if result.outcome is Outcome.SIGNED:
            return self.tr(
                "✔ Firma válida: el documento con el código {code} fue emitido en el equipo "
                "de clave {key} y no ha cambiado. Esta base de datos no lo tiene, así que no "
                "se puede mostrar: compare el papel con quien lo emitió."
            ).format(code=result.code, key=key)
        if result.outcome is Outcome.ALTERED_SIGNATURE:
            return self.tr(
                "✘ La firma no corresponde: el código o el texto del QR fueron alterados, o "
                "el documento no es auténtico."
            )
        if result.outcome is Outcome.UNKNOWN_KEY:
            return self.tr(
                "✘ La firma es de un equipo que este computador no conoce (clave {key}). "
                "Importe un paquete de ese equipo, o verifique con la base de datos que tiene "
                "el documento."
            ).format(key=key)
        return self.tr(
            "✘ Ningún documento de esta base de datos tiene el código {code}. Revise "
            "que lo haya escrito bien; un documento de otra base de datos, o uno "
            "alterado, no aparece."
        ).format(code=typed)

    def open_document(self):
        """Show the matched document as issued, in the preview window."""
        from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog

        match = self.match
        if match is None:
            return None
        pdf = workers.run(
            lambda: document_pdf(self._db, match),
            busy=(self.open_button, self.verify_button),
            indicator=self.busy,
            name="documento verificado",
        )
        filename = match.title.replace(",", "").replace(" ", "-").lower() + ".pdf"
        dialog = DocumentPreviewDialog(pdf, match.title, filename, self)
        self.last_preview = dialog
        dialog.exec()
        return dialog

    @classmethod
    def verify_code(cls, db: Database, parent: QWidget | None = None) -> tuple[str, bool]:
        """Open the dialog; the code last checked and whether it matched a document."""
        dialog = cls(db, parent)
        dialog.exec()
        found = dialog.match is not None
        code = dialog.match.code if dialog.match else dialog.code_edit.text()
        dialog.deleteLater()
        return code, found
