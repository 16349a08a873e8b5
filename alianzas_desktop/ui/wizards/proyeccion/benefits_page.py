"""Page 4: beneficios observados — the five benefits the seed names, each marked when the
partners saw it, with its evidence; finishing stores the whole projection."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.projection import Errors, validate_benefits
from alianzas_desktop.domain.vocabulary import Benefit
from alianzas_desktop.ui.models.base import vocabulary_label
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message
from alianzas_desktop.ui.wizards.proyeccion.base import ProyeccionPage
from alianzas_desktop.ui.wizards.proyeccion.sustainability_page import text_box

logger = logging.getLogger(__name__)

# Each box takes its Alt+letter from a word of its own label (T and G belong to the wizard).
# The words are translated with the labels (they must be words of the translated label).
_MNEMONIC_AT = {
    Benefit.SOCIAL_FABRIC: QT_TRANSLATE_NOOP("BenefitsPage", "fortalecer"),
    Benefit.RESOURCES: QT_TRANSLATE_NOOP("BenefitsPage", "recursos"),
    Benefit.SUSTAINABILITY: QT_TRANSLATE_NOOP("BenefitsPage", "sostenibilidad"),
    Benefit.SOCIAL_LEARNING: QT_TRANSLATE_NOOP("BenefitsPage", "aprendizaje"),
    Benefit.DIVERSITY: QT_TRANSLATE_NOOP("BenefitsPage", "diversidad"),
}


def _with_mnemonic(label: str, word: str) -> str:
    at = label.lower().find(word)
    return label if at < 0 else label[:at] + "&" + label[at:]


class BenefitRow:
    """One benefit: observed or not, its evidence and the day it was seen."""

    def __init__(self, page: BenefitsPage, benefit: Benefit):
        self.code = benefit.value
        label = vocabulary_label(benefit)
        word = QCoreApplication.translate("BenefitsPage", _MNEMONIC_AT[benefit])
        self.check = QCheckBox(_with_mnemonic(label, word.lower()))
        self.evidence: QPlainTextEdit = text_box(
            QCoreApplication.translate(
                "BenefitsPage", "¿Qué lo muestra? Un hecho, una cifra, un documento…"
            )
        )
        self.day = DateField(QCoreApplication.translate("BenefitsPage", "Cuándo: dd/mm/aaaa"))
        self.evidence_message = page.message_for(f"benefits.{self.code}.evidence")
        self.day_message = page.message_for(f"benefits.{self.code}.observed_on")
        self.day.set_message(self.day_message)


class BenefitsPage(ProyeccionPage):
    topic = "benefits"

    def __init__(self, data, parent=None):
        super().__init__(data, parent)
        self.setTitle(self.tr("4. Beneficios observados"))
        self.setSubTitle(
            self.tr("Marque lo que las alianzas permiten y esta ya mostró, con su evidencia.")
        )
        self.rows = [BenefitRow(self, benefit) for benefit in Benefit]
        self.failure_message = FieldMessage()
        intro = QLabel(
            self.tr("Un beneficio marcado necesita su evidencia; los demás pueden quedar vacíos.")
        )
        intro.setWordWrap(True)

        for row in self.rows:
            row.check.toggled.connect(lambda on, r=row: self._toggled(r, on))
            row.evidence.textChanged.connect(
                lambda r=row: self._set(r, "evidence", r.evidence.toPlainText())
            )
            row.day.value_changed.connect(lambda day, r=row: self._set(r, "observed_on", day))

        # Assemble
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for i, row in enumerate(self.rows):
            grid.addWidget(row.check, i * 2, 0, 1, 3)
            grid.addWidget(with_message(row.evidence, row.evidence_message), i * 2 + 1, 1)
            grid.addWidget(with_message(row.day, row.day_message), i * 2 + 1, 2)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        scroll.setWidget(inner)
        content = QVBoxLayout()
        content.addWidget(intro)
        content.addWidget(scroll, 1)
        content.addWidget(self.failure_message)
        self.assemble_with_guidance(content)

    def load_widgets(self) -> None:
        for row in self.rows:
            entry = self.data.benefit(row.code)
            row.check.setChecked(entry.observed)
            row.evidence.setPlainText(entry.evidence)
            row.day.set_value(entry.observed_on)
            row.evidence.setEnabled(entry.observed)
            row.day.setEnabled(entry.observed)

    def row(self, code: str) -> BenefitRow:
        return next(r for r in self.rows if r.code == code)

    def _toggled(self, row: BenefitRow, on: bool) -> None:
        row.evidence.setEnabled(on)
        row.day.setEnabled(on)
        self._set(row, "observed", on)
        if on and not self._loading:
            row.evidence.setFocus()

    def _set(self, row: BenefitRow, attr: str, value) -> None:
        if self._loading:
            return
        setattr(self.data.benefit(row.code), attr, value)
        self.failure_message.clear_message()
        self.edited(f"benefits.{row.code}.{attr}")

    def validate(self) -> Errors:
        return validate_benefits(self.data)
