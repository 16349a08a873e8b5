"""The conflict register on an alliance's page: the list, and a form with the seed's guidance
for the chosen level beside it."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.domain.conflicts import ConflictData
from alianzas_desktop.domain.formatting import short_date
from alianzas_desktop.domain.vocabulary import ConflictHandling, ConflictLevel, ConflictStatus
from alianzas_desktop.services import alliances, conflicts
from alianzas_desktop.services.conflicts import ConflictInfo
from alianzas_desktop.services.errors import ServiceError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import palette
from alianzas_desktop.ui.models.base import RowTableModel, vocabulary
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message
from alianzas_desktop.ui.widgets.guidance_panel import GuidancePanel
from alianzas_desktop.ui.widgets.keyboard import labelled_row
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

GUIDANCE_SOURCE = "conflicts"


class ConflictTableModel(RowTableModel[ConflictInfo]):
    """One row per entry of the register, the most recent first."""

    CONTEXT = "ConflictTableModel"
    DATE, LEVEL, DESCRIPTION, PARTIES, HANDLING, STATUS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictTableModel", "Fecha"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Nivel"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Qué pasó"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Partes"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Manejo"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Estado"),
    )

    def display(self, item: ConflictInfo, column: int) -> str:
        if column == self.DATE:
            return short_date(item.occurred_on)
        if column == self.LEVEL:
            return vocabulary(item.level_label)
        if column == self.DESCRIPTION:
            return item.description
        if column == self.PARTIES:
            return item.parties
        if column == self.HANDLING:
            return vocabulary(item.handling_label)
        if column == self.STATUS:
            text = vocabulary(item.status_label)
            if item.status == ConflictStatus.RESOLVED.value and item.resolved_on:
                text += QCoreApplication.translate("ConflictTableModel", " el {date}").format(
                    date=short_date(item.resolved_on)
                )
            return text
        return ""

    def sort_value(self, item: ConflictInfo, column: int) -> Any:
        if column == self.DATE:
            return item.occurred_on.isoformat()
        return super().sort_value(item, column)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            item = self._rows[index.row()]
            if item.is_open_critical and index.column() in (self.LEVEL, self.STATUS):
                return palette.overdue()
        return super().data(index, role)


def _combo(enum_cls, empty: str | None = None) -> QComboBox:
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, "")
    for member in enum_cls:
        combo.addItem(vocabulary(member.label), member.value)
    return combo


class ConflictDialog(QDialog):
    """Record a conflict or update how it is handled, with the level's guidance beside."""

    conflict_saved = Signal(str)

    def __init__(
        self,
        db: Database,
        alliance_id: str,
        conflict: ConflictInfo | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._db = db
        self._alliance_id = alliance_id
        self._conflict = conflict
        self.conflict_id = conflict.id if conflict else ""
        detail = alliances.alliance_detail(db, alliance_id)
        self.setWindowTitle(
            self.tr("Actualizar un conflicto") if conflict else self.tr("Registrar un conflicto")
        )

        # Widgets
        self.level_combo = _combo(ConflictLevel)
        self.date_edit = DateField()
        self.date_edit.set_range(detail.start_date, date.today())
        self.description_edit = QPlainTextEdit()
        self.parties_edit = QPlainTextEdit()
        self.handling_combo = _combo(ConflictHandling, self.tr("(aún no se decide)"))
        self.status_combo = _combo(ConflictStatus)
        self.resolution_edit = QPlainTextEdit()
        self.learned_edit = QPlainTextEdit()
        self.resolved_edit = DateField()
        self.resolved_edit.set_range(detail.start_date, date.today())
        line = self.fontMetrics().lineSpacing()
        for edit, height in (
            (self.description_edit, 4),
            (self.parties_edit, 2),
            (self.resolution_edit, 3),
            (self.learned_edit, 3),
        ):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(line * height + 16)
        self.description_edit.setPlaceholderText(
            self.tr("Qué pasó, con hechos: quién, cuándo, qué efecto tuvo en la alianza.")
        )
        self.parties_edit.setPlaceholderText(self.tr("Socios o personas involucradas."))
        self.guidance = GuidancePanel(source=GUIDANCE_SOURCE)
        self.messages = {
            key: FieldMessage()
            for key in (
                "level",
                "occurred_on",
                "description",
                "parties",
                "handling",
                "status",
                "resolution",
                "learned",
                "resolved_on",
            )
        }
        self.date_edit.set_message(self.messages["occurred_on"])
        self.resolved_edit.set_message(self.messages["resolved_on"])
        self.general_message = FieldMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self._set_value(conflict.as_data() if conflict else ConflictData(occurred_on=date.today()))

        # Signals
        self.level_combo.currentIndexChanged.connect(lambda _i: self._show_guidance())
        self.status_combo.currentIndexChanged.connect(lambda _i: self._update_resolution())
        for key, edit in (
            ("description", self.description_edit),
            ("parties", self.parties_edit),
            ("resolution", self.resolution_edit),
            ("learned", self.learned_edit),
        ):
            edit.textChanged.connect(self.messages[key].clear_message)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget, key in (
            (self.tr("&Nivel:"), self.level_combo, "level"),
            (self.tr("&Fecha:"), self.date_edit, "occurred_on"),
            (self.tr("&Qué pasó:"), self.description_edit, "description"),
            (self.tr("&Partes involucradas:"), self.parties_edit, "parties"),
            (self.tr("Cómo se &maneja:"), self.handling_combo, "handling"),
            (self.tr("&Estado:"), self.status_combo, "status"),
            (self.tr("&Resolución:"), self.resolution_edit, "resolution"),
            (self.tr("Resuelto el:"), self.resolved_edit, "resolved_on"),
            (self.tr("Qué se &aprendió:"), self.learned_edit, "learned"),
        ):
            labelled_row(form, text, with_message(widget, self.messages[key]), widget)
        left = QVBoxLayout()
        left.addLayout(form, 1)
        left.addWidget(self.general_message)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addWidget(self.guidance)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self._show_guidance()
        self._update_resolution()
        fit_to_screen(self, 900, 640)
        self.level_combo.setFocus()

    def _set_value(self, data: ConflictData) -> None:
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(data.level)))
        self.date_edit.set_value(data.occurred_on)
        self.description_edit.setPlainText(data.description)
        self.parties_edit.setPlainText(data.parties)
        self.handling_combo.setCurrentIndex(max(0, self.handling_combo.findData(data.handling)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(data.status)))
        self.resolution_edit.setPlainText(data.resolution)
        self.learned_edit.setPlainText(data.learned)
        self.resolved_edit.set_value(data.resolved_on)

    @property
    def value(self) -> ConflictData:
        return ConflictData(
            level=self.level_combo.currentData(),
            occurred_on=self.date_edit.value(),
            description=self.description_edit.toPlainText(),
            parties=self.parties_edit.toPlainText(),
            handling=self.handling_combo.currentData() or "",
            status=self.status_combo.currentData(),
            resolution=self.resolution_edit.toPlainText(),
            learned=self.learned_edit.toPlainText(),
            resolved_on=self.resolved_edit.value(),
        )

    def _show_guidance(self) -> None:
        self.guidance.set_topic(self.level_combo.currentData() or "")

    def _update_resolution(self) -> None:
        resolved = self.status_combo.currentData() == ConflictStatus.RESOLVED.value
        self.resolved_edit.setEnabled(resolved)
        if resolved and self.resolved_edit.value() is None:
            self.resolved_edit.set_value(date.today())

    def save(self) -> bool:
        if not self.date_edit.check_text() or not self.resolved_edit.check_text():
            return False
        for message in (*self.messages.values(), self.general_message):
            message.clear_message()
        try:
            if self._conflict is None:
                self.conflict_id = conflicts.record_conflict(
                    self._db, self._alliance_id, self.value
                )
            else:
                conflicts.update_conflict(self._db, self._conflict.id, self.value)
        except ValidationFailed as failed:
            for key, text in failed.errors.items():
                self.messages.get(key, self.general_message).show_message(text)
            return False
        except ServiceError as error:
            QMessageBox.warning(self, self.windowTitle(), worded(error))
            return False
        self.conflict_saved.emit(self.conflict_id)
        self.accept()
        return True


class ConflictsTab(QWidget):
    """The alliance's conflict register: what happened, at which level, how it is handled."""

    conflicts_changed = Signal(str)  # the alliance id

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        from alianzas_desktop.ui.widgets.table_view import make_table_view

        self._db = db
        self._alliance_id: str | None = None
        self._read_only = False
        self.last_dialog: ConflictDialog | None = None
        self.model = ConflictTableModel(self)
        self.view = make_table_view(self.model, stretch=ConflictTableModel.DESCRIPTION, parent=self)
        self.intro_label = QLabel(
            self.tr(
                "Los conflictos son parte del trabajo en alianza. Registrarlos, con su nivel y "
                "cómo se manejan, ayuda a resolverlos a tiempo y a aprender de ellos."
            )
        )
        self.intro_label.setWordWrap(True)
        self.critical_label = QLabel()
        self.critical_label.setWordWrap(True)
        self.critical_label.setObjectName("critical_incidents")
        self.critical_label.setStyleSheet(
            palette.box_style(
                "#critical_incidents",
                palette.error_background(),
                palette.error_border(),
                palette.error_text_on_panel(),
            )
            + " #critical_incidents { padding: 6px 8px; }"
        )
        self.critical_label.hide()
        self.record_button = QPushButton(self.tr("Registrar c&onflicto…"))
        self.update_button = QPushButton(self.tr("Act&ualizar conflicto…"))
        self.update_button.setToolTip(
            self.tr("Cómo se está manejando, su estado, la resolución y lo aprendido.")
        )

        self.record_button.clicked.connect(lambda: self.record_conflict())
        self.update_button.clicked.connect(lambda: self.update_conflict())
        self.view.doubleClicked.connect(lambda _i: self.update_conflict())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())

        # Assemble
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.update_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.critical_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_actions()

    def set_database(self, db: Database) -> None:
        self._db = db

    def load(self, alliance_id: str) -> None:
        self._alliance_id = alliance_id
        rows = conflicts.list_conflicts(self._db, alliance_id)
        self.model.set_rows(rows)
        critical = sum(1 for r in rows if r.is_open_critical)
        if critical:
            self.critical_label.setText(
                self.tr("⚠ 1 incidente crítico abierto: necesita atención inmediata.")
                if critical == 1
                else self.tr(
                    "⚠ {count} incidentes críticos abiertos: necesitan atención inmediata."
                ).format(count=critical)
            )
        self.critical_label.setVisible(bool(critical))
        self._update_actions()

    def selected_conflict(self) -> ConflictInfo | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.view.model().mapToSource(indexes[0]).row())

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_actions()

    def _update_actions(self) -> None:
        self.record_button.setEnabled(self._alliance_id is not None and not self._read_only)
        self.update_button.setEnabled(self.selected_conflict() is not None and not self._read_only)

    def _open(self, conflict: ConflictInfo | None) -> bool:
        if self._alliance_id is None or self._read_only:
            return False
        dialog = ConflictDialog(self._db, self._alliance_id, conflict, self)
        self.last_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        conflict_id = dialog.conflict_id
        dialog.deleteLater()
        if not accepted:
            return False
        self.load(self._alliance_id)
        row = self.model.row_of_id(conflict_id)
        if row >= 0:
            self.view.selectRow(self.view.model().mapFromSource(self.model.index(row, 0)).row())
        self.conflicts_changed.emit(self._alliance_id)
        return True

    def record_conflict(self) -> bool:
        """Open the form for a new entry; True when it was saved."""
        return self._open(None)

    def update_conflict(self) -> bool:
        conflict = self.selected_conflict()
        return self._open(conflict) if conflict is not None else False
