"""Page 5: the whole plan at a glance before storing it and printing the plan de trabajo."""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout

from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.domain.vocabulary import CoordinationRole, InformationChannel
from alianzas_desktop.domain.workplan import WorkplanData, plan_span
from alianzas_desktop.services.workplan import PlanCommitment, PlanPartner
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.models.base import label_of
from alianzas_desktop.ui.wizards.puesta_en_marcha.base import PuestaPage
from alianzas_desktop.ui.wizards.puesta_en_marcha.models import partner_names, person_names

logger = logging.getLogger(__name__)


def summary_html(
    data: WorkplanData, partners: Sequence[PlanPartner], commitments: Sequence[PlanCommitment]
) -> str:
    """The plan as rich text; every typed string escaped."""
    orgs = partner_names(partners)
    people = person_names(partners)
    linked = {c for a in data.activities for c in a.commitment_ids}
    e = html.escape
    parts = [f"<h3>{e(QCoreApplication.translate('PuestaSummary', 'Plan de trabajo'))}</h3>"]
    span = plan_span(data.activities)
    if span:
        parts.append(
            "<p>"
            + e(
                QCoreApplication.translate(
                    "PuestaSummary", "{0} actividades, del {1} al {2}; hitos: {3}."
                ).format(
                    len(data.activities),
                    short_date(span[0]),
                    short_date(span[1]),
                    sum(1 for a in data.activities if a.is_milestone),
                )
            )
            + "</p>"
        )
    parts.append("<ol>")
    for item in data.activities:
        who = " — ".join(
            p
            for p in (
                orgs.get(item.responsible_membership_id, ""),
                people.get(item.responsible_person_id, ""),
            )
            if p
        )
        mark = " ◆" if item.is_milestone else ""
        parts.append(
            f"<li><b>{e(clean_text(item.title))}</b>{mark}<br>{e(who)} · "
            f"{e(short_date(item.start_date))} – {e(short_date(item.end_date))}</li>"
        )
    parts.append("</ol>")
    unlinked = [c for c in commitments if c.id not in linked]
    if unlinked:
        parts.append(
            f"<p style='color:{palette.css(palette.warning_text())}'>"
            + e(
                QCoreApplication.translate(
                    "PuestaSummary", "Compromisos que ninguna actividad atiende todavía:"
                )
            )
            + "</p><ul>"
        )
        parts.extend(f"<li>{e(c.organization)}: {e(c.description)}</li>" for c in unlinked)
        parts.append("</ul>")
    flows_title = QCoreApplication.translate("PuestaSummary", "Intercambio de información")
    parts.append(f"<h3>{e(flows_title)}</h3><ul>")
    for flow in data.flows:
        parts.append(
            f"<li>{e(label_of(InformationChannel, flow.channel))}, "
            f"{e(clean_text(flow.frequency))}: {e(clean_text(flow.informs))} → "
            f"{e(clean_text(flow.informed))}</li>"
        )
    parts.append(f"</ul><h3>{e(QCoreApplication.translate('PuestaSummary', 'Roles'))}</h3><ul>")
    for role in data.roles:
        speaker = (
            f" ({e(QCoreApplication.translate('PuestaSummary', 'vocería'))})"
            if role.is_spokesperson
            else ""
        )
        who = " — ".join(
            p for p in (orgs.get(role.membership_id, ""), people.get(role.person_id, "")) if p
        )
        parts.append(f"<li>{e(label_of(CoordinationRole, role.role))}: {e(who)}{speaker}</li>")
    parts.append(f"</ul><h3>{e(QCoreApplication.translate('PuestaSummary', 'Formalización'))}</h3>")
    if data.is_formal:
        parts.append(
            f"<p>{e(clean_text(data.legal_figure))} · "
            f"{e(QCoreApplication.translate('PuestaSummary', 'Convenio No.'))} "
            f"{e(clean_text(data.convenio_number))} · "
            f"{e(short_date(data.convenio_date))}</p>"
        )
    if clean_text(data.decision_recording):
        parts.append(f"<p>{e(clean_text(data.decision_recording))}</p>")
    return "".join(parts)


class SummaryPage(PuestaPage):
    topic = "summary"

    def __init__(self, data, partners, commitments, parent=None):
        super().__init__(data, parent)
        self._partners = partners
        self._commitments = commitments
        self.setTitle(self.tr("5. Resumen"))
        self.setSubTitle(
            self.tr("Revise el plan; al guardarlo se prepara el plan de trabajo para imprimir.")
        )
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.failure_message = self.message_for("_stored")

        # Assemble
        content = QVBoxLayout()
        content.addWidget(self.browser, 1)
        content.addWidget(self.failure_message)
        self.assemble_with_guidance(content)

    def load_widgets(self) -> None:
        self.browser.setHtml(summary_html(self.data, self._partners, self._commitments))

    def initializePage(self) -> None:
        self.failure_message.clear_message()
        self.load_widgets()
