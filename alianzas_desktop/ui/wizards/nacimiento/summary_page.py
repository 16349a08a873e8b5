"""Page 6: everything gathered, on one read-only page, before founding the alliance."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout

from alianzas_desktop.domain import formatting
from alianzas_desktop.domain.nacimiento import (
    NacimientoData,
    clean_text,
    contribution_shares,
    inactive_partners,
    missing_sectors,
)
from alianzas_desktop.domain.vocabulary import (
    ApplicationArea,
    Complexity,
    Condition,
    ContributionKind,
    Formality,
    Influence,
    Logic,
    Sector,
)
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.language import current_language
from alianzas_desktop.ui.models.base import label_of, vocabulary_label
from alianzas_desktop.ui.wizards.nacimiento.base import NacimientoPage

logger = logging.getLogger(__name__)


def _css() -> str:
    """The summary's style, in the palette's colours of the moment (light or dark)."""
    c = palette.css
    return f"""
h2 {{ color: {c(palette.accent())}; margin: 14px 0 4px 0; font-size: large; }}
th {{ text-align: left; background: {c(palette.info_background())}; padding: 3px 6px; }}
td {{ padding: 3px 6px; vertical-align: top; }}
.label {{ color: {c(palette.muted())}; }}
.warn {{ color: {c(palette.warning_text())}; background: {c(palette.warning_background())};
  padding: 4px; }}
"""


def _h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _text(value: str) -> str:
    """User text, escaped, keeping its line breaks."""
    return escape(clean_text(value)).replace("\n", "<br>") or "—"


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td class='label' width='200'>{escape(k)}</td><td>{v}</td></tr>" for k, v in pairs
    )
    return f"<table cellspacing='0'>{cells}</table>"


def summary_html(data: NacimientoData) -> str:
    """The whole wizard as HTML; every user string goes through html.escape."""
    parts = [f"<style>{_css()}</style>"]
    parts.append(_h2(QCoreApplication.translate("SummaryPage", "Datos básicos")))
    parts.append(
        _rows(
            [
                (QCoreApplication.translate("SummaryPage", "Nombre"), _text(data.name)),
                (
                    QCoreApplication.translate("SummaryPage", "Departamento"),
                    _text(data.departamento),
                ),
                (QCoreApplication.translate("SummaryPage", "Municipio"), _text(data.municipio)),
                (
                    QCoreApplication.translate("SummaryPage", "Vereda o corregimiento"),
                    _text(data.vereda),
                ),
                (
                    QCoreApplication.translate("SummaryPage", "Área de aplicación"),
                    escape(label_of(ApplicationArea, data.area)) or "—",
                ),
                (
                    QCoreApplication.translate("SummaryPage", "Fecha de inicio"),
                    escape(formatting.long_date(data.start_date, current_language())) or "—",
                ),
                (
                    QCoreApplication.translate("SummaryPage", "Facilitador(a)"),
                    _text(data.facilitator),
                ),
            ]
        )
    )

    parts.append(_h2(QCoreApplication.translate("SummaryPage", "Socios")))
    header = [
        QCoreApplication.translate("SummaryPage", "Organización"),
        QCoreApplication.translate("SummaryPage", "Sector"),
        QCoreApplication.translate("SummaryPage", "Representante"),
        QCoreApplication.translate("SummaryPage", "Influencia"),
    ]
    interests_label = escape(QCoreApplication.translate("SummaryPage", "Intereses"))
    contribution_label = escape(QCoreApplication.translate("SummaryPage", "Aporte"))
    parts.append("<table cellspacing='0'><tr>")
    parts.extend(f"<th>{escape(h)}</th>" for h in header)
    parts.append("</tr>")
    for partner in data.partners:
        rep = partner.representative
        who = clean_text(rep.name)
        if clean_text(rep.cargo):
            who = f"{who} ({clean_text(rep.cargo)})" if who else clean_text(rep.cargo)
        parts.append(
            f"<tr><td><b>{_text(partner.name)}</b><br>"
            f"<span class='label'>{interests_label}:</span> {_text(partner.interests)}"
            f"<br><span class='label'>{contribution_label}:</span> {_text(partner.contribution)}"
            f"</td><td>{escape(label_of(Sector, partner.sector))}</td>"
            f"<td>{_text(who)}</td><td>{escape(label_of(Influence, partner.influence))}</td></tr>"
        )
    parts.append("</table>")
    missing = missing_sectors(data.partners)
    if missing:
        names = ", ".join(label_of(Sector, s.value).lower() for s in missing)
        missing_label = escape(QCoreApplication.translate("SummaryPage", "Sectores sin socio:"))
        parts.append(f"<p class='warn'>{missing_label} {escape(names)}</p>")

    parts.append(_h2(QCoreApplication.translate("SummaryPage", "Propósito común")))
    parts.append(f"<p>{_text(data.purpose)}</p>")
    if clean_text(data.objectives):
        objectives_label = escape(QCoreApplication.translate("SummaryPage", "Objetivos"))
        parts.append(f"<p><span class='label'>{objectives_label}:</span><br>")
        parts.append(f"{_text(data.objectives)}</p>")
    condition_rows = []
    for condition in Condition:
        state = data.condition(condition.value)
        mark = (
            "✔ " + QCoreApplication.translate("SummaryPage", "Sí")
            if state.met
            else "✘ " + QCoreApplication.translate("SummaryPage", "Todavía no")
        )
        note = f" — {_text(state.note)}" if clean_text(state.note) else ""
        condition_rows.append((vocabulary_label(condition), escape(mark) + note))
    parts.append(_rows(condition_rows))

    parts.append(_h2(QCoreApplication.translate("SummaryPage", "Compromisos")))
    shares = contribution_shares(data)
    header = [
        QCoreApplication.translate("SummaryPage", "Socio"),
        QCoreApplication.translate("SummaryPage", "Compromiso"),
        QCoreApplication.translate("SummaryPage", "Tipo"),
        QCoreApplication.translate("SummaryPage", "Valor"),
        QCoreApplication.translate("SummaryPage", "Fecha"),
        QCoreApplication.translate("SummaryPage", "Lógica"),
    ]
    parts.append("<table cellspacing='0'><tr>")
    parts.extend(f"<th>{escape(h)}</th>" for h in header)
    parts.append("</tr>")
    for partner in data.partners:
        for item in data.commitments_of(partner.key):
            parts.append(
                f"<tr><td>{_text(partner.name)}</td><td>{_text(item.description)}</td>"
                f"<td>{escape(label_of(ContributionKind, item.kind))}</td>"
                f"<td align='right'>{escape(formatting.pesos(item.estimated_value)) or '—'}</td>"
                f"<td>{escape(formatting.short_date(item.deadline))}</td>"
                f"<td>{escape(label_of(Logic, item.logic))}</td></tr>"
            )
    parts.append("</table>")
    share_rows = [
        (clean_text(p.name), escape(formatting.percent(shares.get(p.key, 0.0))))
        for p in data.partners
    ]
    shares_label = escape(QCoreApplication.translate("SummaryPage", "Participación en los aportes"))
    parts.append(f"<p class='label'>{shares_label}:</p>")
    parts.append(_rows(share_rows))
    for partner in inactive_partners(data):
        text = QCoreApplication.translate(
            "SummaryPage", "«{0}» no tiene compromisos: no sería un socio activo."
        ).format(clean_text(partner.name))
        parts.append(f"<p class='warn'>{escape(text)}</p>")

    parts.append(_h2(QCoreApplication.translate("SummaryPage", "Estructura")))
    structure = [
        (
            QCoreApplication.translate("SummaryPage", "Tipo"),
            escape(label_of(Formality, data.formality)),
        )
    ]
    if data.formality == Formality.FORMAL.value:
        structure.append(
            (QCoreApplication.translate("SummaryPage", "Figura jurídica"), _text(data.legal_figure))
        )
    structure += [
        (
            QCoreApplication.translate("SummaryPage", "Organización"),
            escape(label_of(Complexity, data.complexity)),
        ),
        (
            QCoreApplication.translate("SummaryPage", "Instancia de coordinación"),
            _text(data.coordination_body),
        ),
        (
            QCoreApplication.translate("SummaryPage", "Quiénes la integran"),
            _text(data.coordination_members),
        ),
        (QCoreApplication.translate("SummaryPage", "Cómo se decide"), _text(data.decision_rules)),
        (QCoreApplication.translate("SummaryPage", "Reuniones"), _text(data.meeting_rhythm)),
        (QCoreApplication.translate("SummaryPage", "Duración"), _text(data.duration)),
    ]
    parts.append(_rows(structure))
    return "".join(parts)


class SummaryPage(NacimientoPage):
    topic = "summary"

    def __init__(self, data, parent=None):
        super().__init__(data, parent)
        self.setTitle(self.tr("6. Resumen"))
        self.setSubTitle(self.tr("Revise todo con los socios antes de fundar la alianza."))
        self.setFinalPage(True)

        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.failure_message = self.message_for("_found")

        # Assemble
        content = QVBoxLayout()
        content.addWidget(self.browser, 1)
        content.addWidget(self.failure_message)
        self.assemble_with_guidance(content)

    def load_widgets(self) -> None:
        self.browser.clear()

    def initializePage(self) -> None:
        self.failure_message.clear_message()
        self.browser.setHtml(summary_html(self.data))
