"""Page 1: the plan de trabajo, one activity at a time."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from alianzas_desktop.domain.workplan import ActivityEntry, Errors, validate_activities
from alianzas_desktop.services.workplan import PlanCommitment, PlanPartner
from alianzas_desktop.ui.wizards.puesta_en_marcha.activity_editor import ActivityEditor
from alianzas_desktop.ui.wizards.puesta_en_marcha.base import ListPage
from alianzas_desktop.ui.wizards.puesta_en_marcha.models import ActivityListModel

logger = logging.getLogger(__name__)


class ActivitiesPage(ListPage):
    topic = "activities"
    SECTION = "activities"

    def __init__(
        self,
        data,
        partners: Sequence[PlanPartner],
        commitments: Sequence[PlanCommitment],
        parent=None,
    ):
        super().__init__(data, parent)
        self.setTitle(self.tr("1. Plan de trabajo"))
        self.setSubTitle(
            self.tr("Las actividades, quién responde por cada una, cuándo y para qué.")
        )
        editor = ActivityEditor(partners, commitments)
        self._build_list(
            ActivityListModel(lambda: self.data.activities, partners, self),
            editor,
            self.tr("&Agregar actividad"),
            lambda: editor.title_edit,
        )
        self.table.hideColumn(ActivityListModel.COL_END)

        # Assemble
        top = QHBoxLayout()
        top.addLayout(self.list_box, 1)
        top.addWidget(self.editor, 1)
        content = QVBoxLayout()
        content.addLayout(top, 1)
        self.assemble_with_guidance(content)

    def new_entry(self) -> ActivityEntry:
        return ActivityEntry()

    def set_entry(self, entry) -> None:
        self.editor.set_activity(entry)

    def validate(self) -> Errors:
        return validate_activities(self.data)
