"""The alliance page's agreement versions: choosing one, previewing, issuing, saving,
registering the signature and opening the signed scan.

A part of ``AlliancePage`` (ui/alliance_page.py), kept apart by responsibility; its
strings keep the page's translation context.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton

from alianzas_desktop import paths
from alianzas_desktop.domain.vocabulary import VersionStatus
from alianzas_desktop.files import write_durably
from alianzas_desktop.profile import paper_size
from alianzas_desktop.services import agreements
from alianzas_desktop.services.agreements import VersionInfo
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.ui import file_dialogs, workers
from alianzas_desktop.ui.widgets.table_view import selected_source_row

logger = logging.getLogger(__name__)


def agreement_filename(alliance_name: str, number: int) -> str:
    from alianzas_desktop.ui.widgets.document_preview import safe_filename

    return safe_filename(f"Acuerdo de compromisos - {alliance_name} - versión {number}") + ".pdf"


class AgreementVersionActions:
    """The versions table's actions, mixed into ``AlliancePage`` (which owns the widgets:
    ``version_model``, ``versions_view``, the buttons and ``version_hint``)."""

    def _set_versions(self, versions: list[VersionInfo]) -> None:
        self.version_model.set_rows(versions)
        if versions:
            self.select_version(versions[-1].id)
        self._update_actions()

    def select_version(self, version_id: str) -> None:
        row = self.version_model.row_of_id(version_id)
        if row < 0:
            return
        proxy = self.versions_view.model()
        self.versions_view.selectRow(proxy.mapFromSource(self.version_model.index(row, 0)).row())

    def selected_version(self) -> VersionInfo | None:
        row = selected_source_row(self.versions_view)
        if row < 0:
            return None
        return self.version_model.row_at(row)

    def _version(self, version_id: str | None) -> VersionInfo | None:
        if version_id is None:
            return self.selected_version()
        row = self.version_model.row_of_id(version_id)
        return self.version_model.row_at(row) if row >= 0 else None

    def _update_actions(self, *_args) -> None:
        version = self.selected_version()
        draft = version is not None and version.status == VersionStatus.DRAFT.value
        self.preview_button.setEnabled(version is not None)
        self.save_button.setEnabled(version is not None)
        self.issue_button.setEnabled(draft)
        self.sign_button.setEnabled(
            version is not None
            and version.status == VersionStatus.ISSUED.value
            or (
                version is not None
                and version.status == VersionStatus.SIGNED.value
                and not version.has_scan
            )
        )
        self.scan_button.setEnabled(version is not None and version.has_scan)
        if version is None:
            hint = QCoreApplication.translate(
                "AlliancePage", "Esta alianza aún no tiene acuerdo de compromisos."
            )
        elif draft:
            hint = QCoreApplication.translate(
                "AlliancePage",
                "La versión {number} es un borrador: sigue los cambios de los compromisos. "
                "Emítala para imprimirla y firmarla.",
            ).format(number=version.number)
        elif version.status == VersionStatus.ISSUED.value:
            hint = QCoreApplication.translate(
                "AlliancePage",
                "La versión {number} está emitida: imprímala, hágala firmar por los socios "
                "y registre la firma.",
            ).format(number=version.number)
        else:
            hint = QCoreApplication.translate(
                "AlliancePage", "La versión {number} está firmada; su contenido ya no cambia."
            ).format(number=version.number)
        self.version_hint.setText(hint)

    def _pdf(self, version_id: str) -> bytes | None:
        try:
            from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes

            paper = paper_size()
            # Built in the thread pool: a long agreement takes a moment to lay out.
            return workers.run(
                lambda: agreement_pdf_bytes(
                    agreements.document_for_version(self._db, version_id), page_size=paper
                ),
                busy=(self,),
                name="acuerdo en PDF",
            )
        except ServiceError as exc:
            self._warn(QCoreApplication.translate("AlliancePage", "Acuerdo de compromisos"), exc)
        except ImportError:
            logger.exception("Falta el generador del acuerdo en PDF")
            self._warn(
                QCoreApplication.translate("AlliancePage", "Acuerdo de compromisos"),
                QCoreApplication.translate(
                    "AlliancePage", "Esta instalación no puede generar el documento PDF."
                ),
            )
        return None

    def preview_version(self, version_id: str | None = None, *, note: str = ""):
        """Open the print preview of a version (the selected one by default)."""
        from alianzas_desktop.ui.widgets.document_preview import DocumentPreviewDialog

        version = self._version(version_id)
        if version is None or self._detail is None:
            return None
        pdf = self._pdf(version.id)
        if pdf is None:
            return None
        title = QCoreApplication.translate(
            "AlliancePage", "Acuerdo de compromisos — versión {number}"
        ).format(number=version.number)
        dialog = DocumentPreviewDialog(
            pdf, title, agreement_filename(self._detail.name, version.number), self, note=note
        )
        dialog.printed.connect(lambda: self.document_printed.emit(version.id))
        if version.status == VersionStatus.DRAFT.value:
            if not note:
                dialog.set_note(
                    QCoreApplication.translate(
                        "AlliancePage",
                        "Este es un borrador. Para imprimir la versión que firman los socios, "
                        "use «Emitir e imprimir».",
                    )
                )
            issue_button = dialog.add_action_button(
                QCoreApplication.translate("AlliancePage", "Emitir e imprimir…")
            )
            issue_button.clicked.connect(
                lambda: self._issue_from_preview(dialog, issue_button, version.id)
            )
        self.last_preview = dialog
        dialog.exec()
        return dialog

    def _issue_from_preview(self, dialog, button: QPushButton, version_id: str) -> None:
        if not self.issue_version(version_id, preview=False):
            return
        pdf = self._pdf(version_id)
        if pdf is None:
            return
        version = self._version(version_id)
        number = version.number if version else ""
        dialog.set_pdf(
            pdf,
            QCoreApplication.translate(
                "AlliancePage", "Acuerdo de compromisos — versión {number}"
            ).format(number=number),
        )
        dialog.set_note(
            QCoreApplication.translate(
                "AlliancePage", "Versión emitida. Imprímala para que los socios la firmen."
            )
        )
        button.hide()
        dialog.print_document()

    def issue_version(self, version_id: str | None = None, *, preview: bool = True) -> bool:
        """Borrador → emitido, after the facilitator confirms; then offer the preview."""
        version = self._version(version_id)
        if version is None or version.status != VersionStatus.DRAFT.value:
            return False
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("AlliancePage", "Emitir el acuerdo"),
            QCoreApplication.translate(
                "AlliancePage",
                "Al emitir, el contenido queda congelado: es el que se imprime y firman los "
                "socios. Los cambios posteriores irán en una nueva versión (otrosí).\n\n"
                "¿Emitir la versión {number}?",
            ).format(number=version.number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            agreements.issue_version(self._db, version.id)
        except ServiceError as exc:
            self._warn(QCoreApplication.translate("AlliancePage", "No se pudo emitir"), exc)
            return False
        self.reload()
        self.select_version(version.id)
        self.version_issued.emit(version.id)
        if preview:
            self.preview_version(
                version.id,
                note=QCoreApplication.translate(
                    "AlliancePage",
                    "Versión {number} emitida. Imprímala para que los socios la firmen.",
                ).format(number=version.number),
            )
        return True

    def save_version_pdf(self, version_id: str | None = None) -> str:
        from alianzas_desktop.ui.widgets.document_preview import default_save_folder

        version = self._version(version_id)
        if version is None or self._detail is None:
            return ""
        path = file_dialogs.save_file_name(
            self,
            QCoreApplication.translate("AlliancePage", "Guardar PDF"),
            str(default_save_folder() / agreement_filename(self._detail.name, version.number)),
            QCoreApplication.translate("AlliancePage", "Documento PDF (*.pdf)"),
        )
        if not path:
            return ""
        pdf = self._pdf(version.id)
        if pdf is None:
            return ""
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_durably(target, pdf)
        except OSError as exc:
            self._warn(
                QCoreApplication.translate("AlliancePage", "No se pudo guardar"),
                exc.strerror or exc,
            )
            return ""
        return str(target)

    def register_signature(self, version_id: str | None = None) -> bool:
        from alianzas_desktop.ui.dialogs.sign_version_dialog import SignVersionDialog

        version = self._version(version_id)
        if version is None:
            return False
        if version.status == VersionStatus.DRAFT.value:
            self._warn(
                QCoreApplication.translate("AlliancePage", "Registrar firma"),
                QCoreApplication.translate(
                    "AlliancePage",
                    "Primero emita (imprima) esta versión; después regístrela firmada.",
                ),
            )
            return False
        value, accepted = SignVersionDialog.get_signature(version.number, self)
        if not accepted:
            return False
        scan = None
        scan_name = ""
        if value.scan_path is not None:
            try:
                scan = value.scan_path.read_bytes()
            except OSError as exc:
                self._warn(
                    QCoreApplication.translate("AlliancePage", "Registrar firma"),
                    exc.strerror or exc,
                )
                return False
            scan_name = value.scan_path.name
        try:
            agreements.sign_version(self._db, version.id, value.signed_on, scan, scan_name)
        except ServiceError as exc:
            self._warn(
                QCoreApplication.translate("AlliancePage", "No se pudo registrar la firma"), exc
            )
            return False
        self.reload()
        self.version_signed.emit(version.id)
        return True

    def open_signed_scan(self, version_id: str | None = None) -> Path | None:
        version = self._version(version_id)
        if version is None:
            return None
        stored = agreements.signed_scan(self._db, version.id)
        if stored is None:
            return None
        name, content = stored
        from alianzas_desktop.ui.widgets.document_preview import safe_filename

        folder = paths.data_dir() / "escaneos"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"v{version.number}-{safe_filename(name or 'escaneo')}"
        write_durably(target, content)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target
