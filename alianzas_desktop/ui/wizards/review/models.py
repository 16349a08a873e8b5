"""Table models over the review's lists: follow-ups, activities, scores, decisions."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from alianzas_desktop.domain import formatting
from alianzas_desktop.domain.evaluation import (
    AdaptationDecision,
    DecisionOutcome,
    ReviewData,
    ScoreEntry,
    dimension_of,
    disagreement,
    is_valid_score,
)
from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.domain.vocabulary import ActivityStatus, CommitmentStatus, DimensionGroup
from alianzas_desktop.services.evaluations import OpenActivity, OpenCommitment, ReviewPartner
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.models.base import label_of, vocabulary, vocabulary_label
from alianzas_desktop.ui.models.entry_list import EntryListModel, _Index

logger = logging.getLogger(__name__)


OUTCOME_LABELS = {
    DecisionOutcome.RECORD.value: QT_TRANSLATE_NOOP("DecisionModel", "Solo registrar"),
    DecisionOutcome.COMMITMENT.value: QT_TRANSLATE_NOOP("DecisionModel", "Nuevo compromiso"),
    DecisionOutcome.ACTIVITY.value: QT_TRANSLATE_NOOP("DecisionModel", "Nueva actividad del plan"),
}


def outcome_label(code: str) -> str:
    text = OUTCOME_LABELS.get(code, "")
    return QCoreApplication.translate("DecisionModel", text) if text else ""


def dimension_text(key: str) -> str:
    dimension = dimension_of(key)
    return vocabulary_label(dimension.member) if dimension else key


def seed_words_text(key: str) -> str:
    dimension = dimension_of(key)
    return QCoreApplication.translate("evaluation", dimension.seed_words) if dimension else ""


class CommitmentFollowUpModel(EntryListModel):
    """The open commitments and the status each gets at this review."""

    CONTEXT = "CommitmentFollowUpModel"
    DESCRIPTION, ORGANIZATION, DEADLINE, STATUS, NOTE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("CommitmentFollowUpModel", "Compromiso"),
        QT_TRANSLATE_NOOP("CommitmentFollowUpModel", "Socio"),
        QT_TRANSLATE_NOOP("CommitmentFollowUpModel", "Fecha límite"),
        QT_TRANSLATE_NOOP("CommitmentFollowUpModel", "Estado"),
        QT_TRANSLATE_NOOP("CommitmentFollowUpModel", "Nota"),
    )

    def __init__(self, data: ReviewData, known: list[OpenCommitment], parent=None):
        super().__init__(lambda: data.follow_ups, parent)
        self.known = {c.id: c for c in known}

    def key_of(self, entry) -> str:
        return entry.commitment_id

    def display(self, entry, column: int) -> str:
        known = self.known.get(entry.commitment_id)
        if column == self.DESCRIPTION:
            return known.description if known else ""
        if column == self.ORGANIZATION:
            return known.organization if known else ""
        if column == self.DEADLINE:
            return formatting.short_date(known.deadline) if known else ""
        if column == self.STATUS:
            return label_of(CommitmentStatus, entry.status)
        if column == self.NOTE:
            return clean_text(entry.note)
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == self.STATUS:
            entry = self.entry_at(index.row())
            known = self.known.get(entry.commitment_id) if entry else None
            if known is not None and known.status != entry.status:
                font = QFont()
                font.setBold(True)  # changes at this review
                return font
        return super().data(index, role)


class ActivityFollowUpModel(EntryListModel):
    CONTEXT = "ActivityFollowUpModel"
    TITLE, ORGANIZATION, END, STATUS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ActivityFollowUpModel", "Actividad del plan"),
        QT_TRANSLATE_NOOP("ActivityFollowUpModel", "Responsable"),
        QT_TRANSLATE_NOOP("ActivityFollowUpModel", "Termina"),
        QT_TRANSLATE_NOOP("ActivityFollowUpModel", "Estado"),
    )

    def __init__(self, data: ReviewData, known: list[OpenActivity], parent=None):
        super().__init__(lambda: data.activities, parent)
        self.known = {a.id: a for a in known}

    def key_of(self, entry) -> str:
        return entry.activity_id

    def display(self, entry, column: int) -> str:
        known = self.known.get(entry.activity_id)
        if column == self.TITLE:
            return known.title if known else ""
        if column == self.ORGANIZATION:
            return known.organization if known else ""
        if column == self.END:
            return formatting.short_date(known.end_date) if known else ""
        if column == self.STATUS:
            return label_of(ActivityStatus, entry.status)
        return ""


class ScoreModel(EntryListModel):
    """One row per dimension: the group's score, the previous one, each partner's, agreement.

    Partner columns sit between PREVIOUS and the last column; the view hides them when the
    review is not scored by partner.
    """

    CONTEXT = "ScoreModel"
    GROUP, DIMENSION, SCORE, PREVIOUS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ScoreModel", "Grupo"),
        QT_TRANSLATE_NOOP("ScoreModel", "Dimensión"),
        QT_TRANSLATE_NOOP("ScoreModel", "Puntaje"),
        QT_TRANSLATE_NOOP("ScoreModel", "Anterior"),
    )

    def __init__(
        self,
        data: ReviewData,
        partners: list[ReviewPartner],
        previous: dict[str, int],
        parent=None,
    ):
        super().__init__(lambda: data.scores, parent)
        self.partners = partners
        self.previous = previous

    # -- columns ----------------------------------------------------------------------------

    @property
    def agreement_column(self) -> int:
        return self.PREVIOUS + 1 + len(self.partners)

    def partner_of(self, column: int) -> ReviewPartner | None:
        offset = column - self.PREVIOUS - 1
        return self.partners[offset] if 0 <= offset < len(self.partners) else None

    def is_score_column(self, column: int) -> bool:
        return column == self.SCORE or self.partner_of(column) is not None

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.agreement_column + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            partner = self.partner_of(section)
            if partner is not None:
                name = partner.organization
                if role == Qt.ItemDataRole.DisplayRole and len(name) > 12:
                    return name[:11] + "…"
                return name
            if section == self.agreement_column:
                return QCoreApplication.translate("ScoreModel", "¿Coinciden?")
        return super().headerData(section, orientation, role)

    # -- cells ------------------------------------------------------------------------------

    def display(self, entry: ScoreEntry, column: int) -> str:
        if column == self.GROUP:
            return label_of(DimensionGroup, entry.group)
        if column == self.DIMENSION:
            return dimension_text(entry.key)
        if column == self.SCORE:
            return str(entry.score) if is_valid_score(entry.score) else ""
        if column == self.PREVIOUS:
            previous = self.previous.get(entry.key)
            return str(previous) if previous else ""
        partner = self.partner_of(column)
        if partner is not None:
            value = entry.partner_scores.get(partner.membership_id)
            return str(value) if is_valid_score(value) else ""
        if column == self.agreement_column:
            if disagreement(entry.partner_scores):
                return QCoreApplication.translate("ScoreModel", "No: conversar")
            return ""
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.GROUP, self.DIMENSION):
            return f"{label_of(DimensionGroup, entry.group)} — {seed_words_text(entry.key)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.SCORE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and disagreement(entry.partner_scores):
            if column == self.agreement_column or self.partner_of(column) is not None:
                return QBrush(palette.disagreement_background())
        if role == Qt.ItemDataRole.FontRole and column == self.SCORE:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def set_score(self, row: int, column: int, value: int | None) -> bool:
        """Type a score (None clears it) into a score cell; False if the cell takes none."""
        entry = self.entry_at(row)
        if entry is None or not self.is_score_column(column):
            return False
        if column == self.SCORE:
            entry.score = value
        else:
            partner = self.partner_of(column)
            entry.partner_scores[partner.membership_id] = value
        self.refresh_row(row)
        return True


class DecisionModel(EntryListModel):
    CONTEXT = "DecisionModel"
    TEXT, OUTCOME, ORGANIZATION, DEADLINE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("DecisionModel", "Decisión"),
        QT_TRANSLATE_NOOP("DecisionModel", "Se convierte en"),
        QT_TRANSLATE_NOOP("DecisionModel", "Responsable"),
        QT_TRANSLATE_NOOP("DecisionModel", "Fecha límite"),
    )

    def __init__(self, data: ReviewData, partners: list[ReviewPartner], parent=None):
        super().__init__(lambda: data.decisions, parent)
        self.organizations = {p.membership_id: p.organization for p in partners}

    def display(self, entry: AdaptationDecision, column: int) -> str:
        if column == self.TEXT:
            return clean_text(entry.text).replace("\n", " ")
        if column == self.OUTCOME:
            return outcome_label(entry.outcome)
        recorded = entry.outcome == DecisionOutcome.RECORD.value
        if column == self.ORGANIZATION:
            return "" if recorded else self.organizations.get(entry.membership_id, "")
        if column == self.DEADLINE:
            return "" if recorded else formatting.short_date(entry.deadline)
        return ""


__all__ = [
    "ActivityFollowUpModel",
    "CommitmentFollowUpModel",
    "DecisionModel",
    "ScoreModel",
    "outcome_label",
    "seed_words_text",
    "vocabulary",
]
