"""The informe de evaluación of a periodic review (Consolidación), with its charts.

It prints an ``EvaluationDocument``: the pictures first (a radar per group of
dimensions with the previous evaluation overlaid, each dimension's trend, each
partner's fulfilment of commitments), then every dimension's score beside the
seed's words and the comments, the follow-up, and the reflection with the
decisions to adapt. Charts are reportlab vector drawings; every user string
passes through ``documents.escaping``.
"""

from __future__ import annotations

import io
import logging

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from alianzas_desktop.documents import blocks, fonts
from alianzas_desktop.documents.acta_pdf import details_table, kicker_style
from alianzas_desktop.documents.charts import fulfilment_drawing, radar_drawing, trend_drawing
from alianzas_desktop.documents.escaping import markup
from alianzas_desktop.documents.page import (
    MUTED,
    Footer,
    Styles,
    build_pdf,
    frame_width,
    make_styles,
)
from alianzas_desktop.documents.strings import Words, app_translation
from alianzas_desktop.domain.evaluation import (
    DecisionOutcome,
    DimensionResult,
    EvaluationDocument,
    dimension_of,
)
from alianzas_desktop.domain.verification import qr_text
from alianzas_desktop.domain.vocabulary import ActivityStatus, CommitmentStatus, DimensionGroup

logger = logging.getLogger(__name__)

HEADING_ROOM = 5 * cm
NO_VALUE = "—"
RADAR_HEIGHT = 8.6 * cm
TREND_HEIGHT = 6.2 * cm
OUTCOMES = {outcome.value for outcome in DecisionOutcome}


def score_text(score: int | None) -> str:
    return f"{score}/5" if score else NO_VALUE


class _EvaluationStory:
    def __init__(self, document: EvaluationDocument, paper: str, words: Words) -> None:
        self.doc = document
        self.w = words
        self.styles: Styles = make_styles()
        self.width = frame_width(paper)
        self.story: list = []
        self._section = 0
        self.seed_style = ParagraphStyle(
            "seed",
            parent=self.styles.cell,
            fontName=fonts.ITALIC,
            textColor=MUTED,
            fontSize=7.5,
            leading=9.5,
        )

    def add(self, *flowables) -> None:
        self.story.extend(flowables)

    def heading(self, title: str, room: float = HEADING_ROOM) -> None:
        self._section += 1
        self.add(
            CondPageBreak(room), Paragraph(markup(f"{self._section}. {title}"), self.styles.heading)
        )

    def none(self, text: str) -> None:
        self.add(Paragraph(markup(text), self.styles.indented))

    def label(self, result: DimensionResult) -> str:
        """A dimension's name in the document's language (the result's key says which)."""
        dimension = dimension_of(result.key)
        if dimension is None:
            return result.label
        member = dimension.member
        return self.w.label(type(member), member.value, result.label)

    def seed_words(self, result: DimensionResult) -> str:
        if self.w.lang == "es":
            return result.seed_words
        return app_translation("evaluation", result.seed_words, self.w.lang)

    def group_label(self, group: DimensionGroup) -> str:
        return self.w.label(DimensionGroup, group.value, group.label)

    def groups(self) -> list[tuple[DimensionGroup, list[DimensionResult]]]:
        return [
            (group, [d for d in self.doc.dimensions if d.group == group.value])
            for group in DimensionGroup
        ]

    def build(self) -> list:
        s, d, w = self.styles, self.doc, self.w
        self.add(
            Paragraph(w("programme"), kicker_style(s)),
            Paragraph(w("evaluation.title"), s.title),
            Paragraph(markup(d.alliance_name), s.subtitle),
            Paragraph(markup(w("evaluation.review_of", when=w.long_date(d.held_on))), s.centered),
            Spacer(1, 8),
            details_table(
                [
                    [
                        (w("evaluation.alliance"), d.alliance_name),
                        (w("evaluation.territory"), d.territory or NO_VALUE),
                    ],
                    [
                        (w("evaluation.date"), w.short_date(d.held_on)),
                        (
                            w("evaluation.previous"),
                            w.short_date(d.previous_on) or w("evaluation.first"),
                        ),
                    ],
                ],
                s,
                self.width,
            ),
            Spacer(1, 6),
            Paragraph(w("evaluation.intro"), s.body),
        )
        self.radar_section()
        self.trend_section()
        self.fulfilment_section()
        self.scores_section()
        self.follow_up_section()
        self.reflection_section()
        return self.story

    # -- pictures ---------------------------------------------------------------------------

    def radar_section(self) -> None:
        w = self.w
        self.heading(w("evaluation.at_a_glance"), room=RADAR_HEIGHT + 3 * cm)
        legend = (
            w("evaluation.this_one", when=w.short_date(self.doc.held_on)),
            w("evaluation.previous_one", when=w.short_date(self.doc.previous_on)),
        )
        for group, results in self.groups():
            drawing = radar_drawing(
                [self.label(r) for r in results],
                [r.score for r in results],
                [r.previous for r in results] if self.doc.previous_on else None,
                self.width,
                RADAR_HEIGHT,
                legend,
            )
            self.add(
                KeepTogether(
                    [Paragraph(markup(self.group_label(group)), self.styles.subheading), drawing]
                )
            )

    def trend_section(self) -> None:
        w = self.w
        self.heading(w("evaluation.trend"), room=TREND_HEIGHT + 3 * cm)
        history = self.doc.history
        if len(history) < 2:
            self.none(w("evaluation.first_trend"))
            return
        dates = [day for day, _scores in history]
        for group, results in self.groups():
            series = [
                (self.label(r), [scores.get(r.key) for _d, scores in history]) for r in results
            ]
            self.add(
                KeepTogether(
                    [
                        Paragraph(markup(self.group_label(group)), self.styles.subheading),
                        trend_drawing(dates, series, self.width, TREND_HEIGHT, w.lang),
                    ]
                )
            )

    def fulfilment_section(self) -> None:
        w = self.w
        self.heading(w("evaluation.fulfilment"))
        rows = [(f.organization, f.fulfilled, f.total) for f in self.doc.fulfilment]
        if not rows:
            self.none(w("evaluation.no_commitments"))
            return
        self.add(
            Paragraph(w("evaluation.fulfilment_intro"), self.styles.body),
            fulfilment_drawing(rows, self.width, share_text=w("evaluation.share")),
        )

    # -- tables -----------------------------------------------------------------------------

    def scores_section(self) -> None:
        s, w = self.styles, self.w
        self.heading(w("evaluation.scores"))
        for group, results in self.groups():
            rows = []
            for r in results:
                what = [
                    Paragraph(markup(self.label(r)), s.cell_header),
                    Paragraph(markup(self.seed_words(r)), self.seed_style),
                ]
                comment = r.comment or ""
                if r.partner_scores:
                    given = " · ".join(
                        f"{name}: {score_text(score)}" for name, score in r.partner_scores
                    )
                    comment = (comment + "\n" if comment else "") + w("evaluation.by_partner")
                    comment += given
                    if r.disagreement:
                        comment += w("evaluation.disagree")
                rows.append(
                    [
                        what,
                        score_text(r.score),
                        score_text(r.previous),
                        blocks.text_block(comment, s.cell) or "",
                    ]
                )
            self.add(
                CondPageBreak(3 * cm),
                Paragraph(markup(self.group_label(group)), s.subheading),
                blocks.data_table(
                    [
                        w("evaluation.col.dimension"),
                        w("evaluation.col.score"),
                        w("evaluation.col.previous"),
                        w("evaluation.col.comment"),
                    ],
                    rows,
                    blocks.widths(self.width, [6.0, 1.6, 1.8, 5.6]),
                    s,
                ),
            )

    def follow_up_section(self) -> None:
        s, w = self.styles, self.w
        self.heading(w("evaluation.follow_up"))
        self.add(Paragraph(w("evaluation.reviewed"), s.subheading))
        if not self.doc.follow_ups:
            self.none(w("evaluation.none_changed"))
        else:
            rows = [
                [
                    f.description,
                    f.organization,
                    w.label(CommitmentStatus, None, f.previous_status),
                    w.label(CommitmentStatus, None, f.status),
                    f.note or NO_VALUE,
                ]
                for f in self.doc.follow_ups
            ]
            self.add(
                blocks.data_table(
                    [
                        w("acta.col.commitment"),
                        w("evaluation.col.partner"),
                        w("evaluation.col.was"),
                        w("evaluation.col.now"),
                        w("acta.col.note"),
                    ],
                    rows,
                    blocks.widths(self.width, [5.0, 3.2, 1.8, 1.8, 4.2]),
                    s,
                )
            )
        self.add(Paragraph(w("evaluation.activities"), s.subheading))
        if not self.doc.activities:
            self.none(w("evaluation.no_activities"))
            return
        rows = [
            [a.description, a.organization or NO_VALUE, w.label(ActivityStatus, None, a.status)]
            for a in self.doc.activities
        ]
        self.add(
            blocks.data_table(
                [
                    w("evaluation.col.activity"),
                    w("acta.col.responsible"),
                    w("evaluation.col.status"),
                ],
                rows,
                blocks.widths(self.width, [8.0, 5.0, 3.0]),
                s,
            )
        )

    def reflection_section(self) -> None:
        s, w = self.styles, self.w
        self.heading(w("evaluation.reflection"))
        self.add(
            *blocks.labelled(
                w("evaluation.context_changes"),
                self.doc.context_changes,
                s,
                empty=w("acta.not_recorded"),
            ),
            *blocks.labelled(
                w("evaluation.learnings"), self.doc.learnings, s, empty=w("acta.not_recorded")
            ),
            Paragraph(w("evaluation.decisions"), s.label),
        )
        if not self.doc.decisions:
            self.none(w("evaluation.no_decisions"))
            return
        rows = [
            [
                d.text,
                w(f"evaluation.outcome.{d.outcome}") if d.outcome in OUTCOMES else d.outcome,
                d.organization or NO_VALUE,
                w.short_date(d.deadline) or NO_VALUE,
            ]
            for d in self.doc.decisions
        ]
        self.add(
            blocks.data_table(
                [
                    w("evaluation.col.decision"),
                    w("evaluation.col.becomes"),
                    w("acta.col.responsible"),
                    w("acta.col.deadline"),
                ],
                rows,
                blocks.widths(self.width, [7.0, 3.0, 3.6, 2.4]),
                s,
            )
        )


def evaluation_pdf_bytes(
    document: EvaluationDocument, page_size: str = "letter", lang: str | None = None
) -> bytes:
    """The informe de evaluación as PDF; ``page_size`` is "letter" (carta) or "a4".

    It is printed in ``lang`` ("es" or "en"), or in the language chosen in the settings.
    """
    w = Words(lang)
    buffer = io.BytesIO()
    build_pdf(
        _EvaluationStory(document, page_size, w).build(),
        buffer,
        Footer(
            name=document.alliance_name,
            document=w("evaluation.footer", when=w.short_date(document.held_on)),
            verification_code=document.verification_code or NO_VALUE,
            code_label=w.code_label(),
            page_label=w.page_label(),
            qr_payload=(
                qr_text("informe de evaluacion", document.verification_code, document.signature)
                if document.verification_code
                else ""
            ),
        ),
        page_size,
        title=w("evaluation.pdf_title", name=document.alliance_name),
        subject=w("evaluation.pdf_subject"),
        lang=w.pdf_language,
    )
    logger.info("Informe de evaluación impreso")
    return buffer.getvalue()
