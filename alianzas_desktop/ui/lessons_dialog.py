"""The lessons library: every alliance's lessons, searched without minding accents and filtered
by phase, area, condition, success factor and tag; reachable from Herramientas and from the
Nacimiento wizard's guidance ("Lo que otros aprendieron en esta área")."""

from __future__ import annotations

import html
import logging
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.domain.vocabulary import ApplicationArea, Condition, Phase, SuccessFactor
from alianzas_desktop.services import lessons
from alianzas_desktop.services.lessons import LessonFilter, LessonInfo
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import language
from alianzas_desktop.ui.models.base import RowTableModel, label_of, vocabulary_label
from alianzas_desktop.ui.widgets.keyboard import buddy_label, search_leads_to, tab_leaves

logger = logging.getLogger(__name__)


class LessonTableModel(RowTableModel[LessonInfo]):
    CONTEXT = "LessonTableModel"
    ALLIANCE, WHAT, PHASE, AREA = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("LessonTableModel", "Alianza"),
        QT_TRANSLATE_NOOP("LessonTableModel", "Lección"),
        QT_TRANSLATE_NOOP("LessonTableModel", "Fase"),
        QT_TRANSLATE_NOOP("LessonTableModel", "Área"),
    )

    def display(self, item: LessonInfo, column: int) -> str:
        if column == self.ALLIANCE:
            return item.alliance_name
        if column == self.WHAT:
            return item.what_happened.replace("\n", " ")
        if column == self.PHASE:
            return label_of(Phase, item.phase) if item.phase else ""
        if column == self.AREA:
            return label_of(ApplicationArea, item.area) if item.area else ""
        return ""


def _filter_combo(enum_cls: type[Enum], everything: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(everything, "")
    for member in enum_cls:
        combo.addItem(vocabulary_label(member), member.value)
    return combo


class LessonsDialog(QDialog):
    """Search and read the lessons; ``area`` preselects an application area."""

    def __init__(self, db: Database, parent: QWidget | None = None, area: str = ""):
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Biblioteca de lecciones"))
        self.resize(1000, 620)
        self.all = lessons.all_lessons(db)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Palabras, sin importar tildes"))
        self.search_edit.setClearButtonEnabled(True)
        self.phase_combo = _filter_combo(Phase, self.tr("Todas las fases"))
        self.area_combo = _filter_combo(ApplicationArea, self.tr("Todas las áreas"))
        self.condition_combo = _filter_combo(Condition, self.tr("Todas las condiciones"))
        self.factor_combo = _filter_combo(SuccessFactor, self.tr("Todos los factores"))
        self.tag_combo = QComboBox()
        self.tag_combo.addItem(self.tr("Todas las etiquetas"), "")
        for tag in lessons.all_tags(self.all):
            self.tag_combo.addItem(tag, tag)
        self.model = LessonTableModel(self)
        self.view = tab_leaves(QTableView())
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LessonTableModel.WHAT, header.ResizeMode.Stretch)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.count_label = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Ce&rrar"))

        self.search_edit.textChanged.connect(lambda _t: self.apply_filters())
        search_leads_to(self.search_edit, self.view)
        for combo in (
            self.phase_combo,
            self.area_combo,
            self.condition_combo,
            self.factor_combo,
            self.tag_combo,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        buttons.rejected.connect(self.reject)

        # Assemble
        filters = QGridLayout()
        filters.addWidget(buddy_label(self.tr("&Buscar:"), self.search_edit), 0, 0)
        filters.addWidget(self.search_edit, 0, 1, 1, 3)
        filters.addWidget(buddy_label(self.tr("&Fase:"), self.phase_combo), 1, 0)
        filters.addWidget(self.phase_combo, 1, 1)
        filters.addWidget(buddy_label(self.tr("Á&rea:"), self.area_combo), 1, 2)
        filters.addWidget(self.area_combo, 1, 3)
        filters.addWidget(buddy_label(self.tr("C&ondición:"), self.condition_combo), 2, 0)
        filters.addWidget(self.condition_combo, 2, 1)
        filters.addWidget(buddy_label(self.tr("Fac&tor:"), self.factor_combo), 2, 2)
        filters.addWidget(self.factor_combo, 2, 3)
        filters.addWidget(buddy_label(self.tr("&Etiqueta:"), self.tag_combo), 3, 0)
        filters.addWidget(self.tag_combo, 3, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setSizes([360, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        if area:
            self.area_combo.setCurrentIndex(max(self.area_combo.findData(area), 0))
        self.apply_filters()
        self.search_edit.setFocus()

    def current_filter(self) -> LessonFilter:
        return LessonFilter(
            search=self.search_edit.text(),
            phase=self.phase_combo.currentData() or "",
            area=self.area_combo.currentData() or "",
            condition=self.condition_combo.currentData() or "",
            success_factor=self.factor_combo.currentData() or "",
            tag=self.tag_combo.currentData() or "",
        )

    def apply_filters(self) -> None:
        wanted = self.current_filter()
        self.model.set_rows([lesson for lesson in self.all if wanted.matches(lesson)])
        shown, total = self.model.rowCount(), len(self.all)
        self.count_label.setText(
            self.tr("{shown} de {total} lecciones").format(
                shown=language.count(shown), total=language.count(total)
            )
            if total
            else self.tr(
                "Aún no hay lecciones: aparecen cuando una alianza sistematiza su experiencia."
            )
        )
        if shown:
            self.view.selectRow(0)
        self._show_selected()

    def selected(self) -> LessonInfo | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        lesson = self.selected()
        if lesson is None:
            self.detail.setHtml("")
            return
        parts = [f"<h3>{html.escape(lesson.alliance_name)}</h3>"]
        for label, text in (
            (self.tr("Qué pasó"), lesson.what_happened),
            (self.tr("Por qué importa"), lesson.why_it_matters),
            (self.tr("Recomendación"), lesson.recommendation),
        ):
            if text:
                body = html.escape(text).replace("\n", "<br>")
                parts.append(f"<p><b>{html.escape(label)}:</b> {body}</p>")
        tags = [
            label_of(enum_cls, code)
            for enum_cls, code in (
                (Phase, lesson.phase),
                (Condition, lesson.condition),
                (SuccessFactor, lesson.success_factor),
                (ApplicationArea, lesson.area),
            )
            if code
        ] + list(lesson.tags)
        if tags:
            parts.append(f"<p><i>{html.escape(' · '.join(tags))}</i></p>")
        if lesson.recorded_on:
            parts.append(
                "<p>"
                + html.escape(
                    self.tr("Sistematizada el {date}").format(date=short_date(lesson.recorded_on))
                )
                + "</p>"
            )
        self.detail.setHtml("".join(parts))

    @classmethod
    def show_lessons(cls, db: Database, parent: QWidget | None = None, area: str = ""):
        dialog = cls(db, parent, area)
        dialog.exec()
        return dialog
