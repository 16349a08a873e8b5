"""Page 4: formalización — for a formal alliance its legal figure and convenio (number, date,
signed scan); for an informal one, how its decisions are recorded."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from alianzas_desktop.domain.fields import SHORT_TEXT_MAX
from alianzas_desktop.domain.workplan import CONVENIO_NUMBER_MAX, Errors, validate_formalization
from alianzas_desktop.services.workplan import MAX_SCAN_BYTES
from alianzas_desktop.ui import file_dialogs
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import hint_label, with_message
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.wizards.puesta_en_marcha.base import PuestaPage

logger = logging.getLogger(__name__)

MEGABYTE = 1024 * 1024


class FormalizationPage(PuestaPage):
    topic = "formalization"
    scan_chosen = Signal(str)  # the path of the convenio's scan, once chosen

    def __init__(self, data, parent=None):
        super().__init__(data, parent)
        self.setTitle(self.tr("4. Formalización"))

        self.legal_figure_edit = QLineEdit()
        self.legal_figure_edit.setMaxLength(SHORT_TEXT_MAX * 2)
        self.legal_figure_edit.setPlaceholderText(
            self.tr("Convenio de asociación, corporación, unión temporal…")
        )
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(CONVENIO_NUMBER_MAX * 2)
        self.date_edit = DateField(self.tr("dd/mm/aaaa"))
        self.date_message = self.message_for("convenio_date")
        self.date_edit.set_message(self.date_message)
        self.scan_label = QLabel()
        self.scan_label.setWordWrap(True)
        self.scan_button = QPushButton(self.tr("&Adjuntar convenio firmado…"))
        self.remove_scan_button = QPushButton(self.tr("Q&uitar escaneo"))
        self.decisions_edit = QPlainTextEdit()
        self.decisions_edit.setTabChangesFocus(True)
        self.decisions_edit.setPlaceholderText(
            self.tr("Actas numeradas de cada sesión, firmadas por los asistentes…")
        )
        self.decisions_hint = hint_label()
        self.formal_box = QGroupBox(self.tr("Convenio"))

        self.legal_figure_edit.textChanged.connect(
            lambda text: self.set_value("legal_figure", text)
        )
        self.number_edit.textChanged.connect(lambda text: self.set_value("convenio_number", text))
        self.date_edit.value_changed.connect(lambda day: self.set_value("convenio_date", day))
        self.scan_button.clicked.connect(lambda: self.choose_scan())
        self.remove_scan_button.clicked.connect(self.remove_scan)
        self.decisions_edit.textChanged.connect(
            lambda: self.set_value("decision_recording", self.decisions_edit.toPlainText())
        )

        # Assemble
        formal = QFormLayout(self.formal_box)
        formal.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            formal,
            self.tr("Figura &jurídica:"),
            with_message(self.legal_figure_edit, self.message_for("legal_figure")),
            self.legal_figure_edit,
        )
        labelled_row(
            formal,
            self.tr("&Número del convenio:"),
            with_message(self.number_edit, self.message_for("convenio_number")),
            self.number_edit,
        )
        labelled_row(
            formal,
            self.tr("&Fecha del convenio:"),
            with_message(self.date_edit, self.date_message),
            self.date_edit,
        )
        scan_buttons = QHBoxLayout()
        scan_buttons.addWidget(self.scan_button)
        scan_buttons.addWidget(self.remove_scan_button)
        scan_buttons.addStretch(1)
        scan_box = QVBoxLayout()
        scan_box.addWidget(self.scan_label)
        scan_box.addLayout(scan_buttons)
        scan_box.addWidget(self.message_for("scan"))
        formal.addRow(self.tr("Convenio firmado:"), scan_box)
        decisions = QFormLayout()
        decisions.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            decisions,
            self.tr("Cómo se &registran las decisiones:"),
            with_message(
                self.decisions_edit, self.message_for("decision_recording"), self.decisions_hint
            ),
            self.decisions_edit,
        )
        content = QVBoxLayout()
        content.addWidget(self.formal_box)
        content.addLayout(decisions)
        content.addStretch(1)
        self.assemble_with_guidance(content)

    # -- life cycle -------------------------------------------------------------------

    def load_widgets(self) -> None:
        data = self.data
        self.legal_figure_edit.setText(data.legal_figure)
        self.number_edit.setText(data.convenio_number)
        self.date_edit.set_value(data.convenio_date)
        self.decisions_edit.setPlainText(data.decision_recording)
        self._show_formality()
        self._show_scan()

    def _show_formality(self) -> None:
        self.formal_box.setVisible(self.data.is_formal)
        if self.data.is_formal:
            self.setSubTitle(
                self.tr("La alianza es formal: registre su convenio y adjunte la copia firmada.")
            )
            self.decisions_hint.setText(self.tr("Opcional para una alianza formal."))
        else:
            self.setSubTitle(
                self.tr("La alianza es informal: acuerden cómo quedan registradas sus decisiones.")
            )
            self.decisions_hint.setText(
                self.tr("Sin constitución jurídica, los registros son la memoria de lo acordado.")
            )

    def _show_scan(self) -> None:
        data = self.data
        if data.scan_path:
            text = self.tr("Se adjuntará: {0}").format(data.scan_name)
        elif data.has_stored_scan and not data.remove_scan:
            text = self.tr("Guardado: {0}").format(data.scan_name)
        else:
            text = self.tr("Aún no se adjunta el convenio firmado (puede hacerlo después).")
        self.scan_label.setText(text)
        has_scan = bool(data.scan_path) or (data.has_stored_scan and not data.remove_scan)
        self.remove_scan_button.setEnabled(has_scan)

    # -- the scan ---------------------------------------------------------------------

    def choose_scan(self) -> str:
        """Ask for the scan or photo of the signed convenio; '' when none was taken."""
        path = file_dialogs.open_file_name(
            self,
            self.tr("Convenio firmado"),
            str(Path.home()),
            self.tr(
                "Imágenes y PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;Todos los archivos (*)"
            ),
        )
        if not path:
            return ""
        chosen = Path(path)
        try:
            size = chosen.stat().st_size
        except OSError:
            self.messages["scan"].show_message(self.tr("No se puede leer ese archivo."))
            return ""
        if size > MAX_SCAN_BYTES:
            self.messages["scan"].show_message(
                self.tr("El archivo es demasiado grande (máximo {0} MB).").format(
                    MAX_SCAN_BYTES // MEGABYTE
                )
            )
            return ""
        self.data.scan_path = str(chosen)
        self.data.scan_name = chosen.name
        self.data.remove_scan = False
        self.edited("scan")
        self._show_scan()
        self.scan_chosen.emit(str(chosen))
        return str(chosen)

    def remove_scan(self) -> None:
        self.data.scan_path = ""
        if self.data.has_stored_scan:
            self.data.remove_scan = True
        else:
            self.data.scan_name = ""
        self.edited("scan")
        self._show_scan()

    # -- checking -----------------------------------------------------------------------

    def validate(self) -> Errors:
        return validate_formalization(self.data)
