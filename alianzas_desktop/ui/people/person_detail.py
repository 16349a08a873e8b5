"""The selected person's data and authorisations, as the personal-data report holds them."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.people.models import AuthorizationTableModel, iso_day

logger = logging.getLogger(__name__)

NO_VALUE = "—"


class PersonDetail(QWidget):
    """Read-only: name, contact, organisation, authorisations and the text shown."""

    def __init__(self, parent: QWidget | None = None):
        from alianzas_desktop.ui.widgets.table_view import make_table_view

        super().__init__(parent)
        self._report: dict[str, Any] | None = None

        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.values: dict[str, QLabel] = {}
        for key in ("documento", "telefono", "correo", "organizacion", "participacion"):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = label
        self.authorizations_caption = QLabel(self.tr("Autorizaciones"))
        caption_font = self.authorizations_caption.font()
        caption_font.setBold(True)
        self.authorizations_caption.setFont(caption_font)
        self.authorization_model = AuthorizationTableModel(self)
        self.authorizations_view = make_table_view(
            self.authorization_model, stretch=AuthorizationTableModel.REVOKED, parent=self
        )
        self.authorizations_view.setMaximumHeight(110)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        background = palette.panel_background()
        self.text_label.setStyleSheet(
            palette.box_style(
                "QLabel", background, palette.panel_border(), palette.text_on(background)
            )
            + " QLabel { padding: 6px; }"
        )
        self.empty_label = QLabel(self.tr("Elija una persona de la lista."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(palette.text_style(palette.muted()))

        self.authorizations_view.selectionModel().selectionChanged.connect(self._show_text)

        # Assemble
        form = QFormLayout()
        form.addRow(self.tr("Documento:"), self.values["documento"])
        form.addRow(self.tr("Teléfono:"), self.values["telefono"])
        form.addRow(self.tr("Correo:"), self.values["correo"])
        form.addRow(self.tr("Organización:"), self.values["organizacion"])
        form.addRow(self.tr("Participa en:"), self.values["participacion"])
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.name_label)
        content_layout.addWidget(self.state_label)
        content_layout.addLayout(form)
        content_layout.addSpacing(6)
        content_layout.addWidget(self.authorizations_caption)
        content_layout.addWidget(self.authorizations_view)
        content_layout.addWidget(self.text_label)
        content_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.content, 1)
        self.show_report(None)

    @property
    def report(self) -> dict[str, Any] | None:
        return self._report

    def show_report(self, report: dict[str, Any] | None) -> None:
        self._report = report
        self.empty_label.setVisible(report is None)
        self.content.setVisible(report is not None)
        if report is None:
            self.authorization_model.set_rows([])
            return
        person = report["persona"]
        self.name_label.setText(person["nombre"])
        facts = []
        if person["suprimida"]:
            facts.append(
                self.tr("Datos suprimidos el {date}.").format(
                    date=short_date(iso_day(person["suprimida"]))
                )
            )
        if person["menor_de_edad"]:
            facts.append(self.tr("Menor de edad."))
        self.state_label.setText(" ".join(facts))
        self.state_label.setStyleSheet(
            palette.text_style(palette.error()) if person["suprimida"] else ""
        )
        self.state_label.setVisible(bool(facts))
        self.values["documento"].setText(person["documento"] or NO_VALUE)
        self.values["telefono"].setText(person["telefono"] or NO_VALUE)
        self.values["correo"].setText(person["correo"] or NO_VALUE)
        self.values["organizacion"].setText(person["organizacion"] or NO_VALUE)
        places = [f"{p['alianza']} ({p['organizacion']})" for p in report["participacion"]]
        self.values["participacion"].setText("\n".join(places) or NO_VALUE)
        self.authorization_model.set_rows(report["autorizaciones"])
        count = len(report["autorizaciones"])
        self.authorizations_caption.setText(
            self.tr("Autorizaciones ({count})").format(count=count)
            if count
            else self.tr("Autorizaciones: ninguna registrada")
        )
        self.authorizations_view.setVisible(bool(count))
        if count:
            self.authorizations_view.selectRow(count - 1)
        self._show_text()

    def _show_text(self, *_args) -> None:
        rows = self.authorizations_view.selectionModel().selectedRows()
        if not rows or self._report is None:
            self.text_label.hide()
            return
        item = self.authorization_model.row_at(
            self.authorizations_view.model().mapToSource(rows[0]).row()
        )
        self.text_label.setText(
            self.tr("Texto mostrado (versión {version}): {text}").format(
                version=item.get("version_del_texto", ""), text=item.get("texto", "")
            )
        )
        self.text_label.show()
