"""Following commitments: a board per alliance (a tab) and across all alliances (a window),
with filters, each partner's fulfilment, status updates with a note and evidence, and history."""

from __future__ import annotations

import logging
import mimetypes
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop import paths
from alianzas_desktop.domain.folding import fold
from alianzas_desktop.domain.vocabulary import (
    CommitmentStatus,
    ContributionKind,
    Logic,
    Sector,
)
from alianzas_desktop.files import write_durably
from alianzas_desktop.services import commitment_board
from alianzas_desktop.services.commitment_board import (
    BoardFilter,
    BoardRow,
    BoardSummary,
    EvidenceFile,
    HistoryEntry,
)
from alianzas_desktop.services.errors import ServiceError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui import file_dialogs, language, workers
from alianzas_desktop.ui.models.base import vocabulary
from alianzas_desktop.ui.models.commitment_board_models import (
    BoardModel,
    FulfilmentModel,
    HistoryModel,
)
from alianzas_desktop.ui.models.roles import SEARCH_ROLE
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import FieldMessage, with_message
from alianzas_desktop.ui.widgets.keyboard import buddy_label, labelled_row
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

# Commitments read at a time on the board of every alliance.
PAGE = 100

__all__ = [
    "BoardModel",
    "BoardWindow",
    "CommitmentsBoard",
    "FulfilmentModel",
    "HistoryModel",
    "StatusUpdateDialog",
    "open_board_window",
]


def _vocabulary_combo(enum_cls, everything: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(everything, None)
    for member in enum_cls:
        combo.addItem(vocabulary(member.label), member.value)
    return combo


class _FoldedCompleter(QCompleter):
    """Offers the items whose text contains what is typed, accents and case aside (as the
    app's searches do: «sonson» finds «Sonsón»): it looks in each item's ``SEARCH_ROLE``,
    the folded text, and fills the field with the text shown."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt's name)
        return [fold(path)]

    def pathFromIndex(self, index) -> str:  # noqa: N802 (Qt's name)
        return index.data(Qt.ItemDataRole.DisplayRole) or ""


def _partner_items(partners: list[tuple[str, str]]) -> list[QStandardItem]:
    """The board's «Socio» choices, made where they are read (in a worker at the office):
    each partner's name, its organisation's id as the item's data (as ``addItem``'s) and
    its folded name in ``SEARCH_ROLE``, which the typed choice matches. Items of Qt's own
    model answer its completer without a call into Python for each of 25,000 rows."""
    items = []
    for name, organization_id in partners:
        item = QStandardItem(name)
        item.setData(organization_id, Qt.ItemDataRole.UserRole)
        item.setData(fold(name), SEARCH_ROLE)
        items.append(item)
    return items


def _typed_choice(combo: QComboBox) -> None:
    """A drop-down that also takes typing: an office's board lists 25,000 partners, so the
    names that contain what is typed are offered (each item's folded text in
    ``SEARCH_ROLE``, ``_partner_items``), and text that names none goes back to the choice
    in force when the field is left."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = _FoldedCompleter(combo)
    completer.setModel(combo.model())
    completer.setCompletionRole(SEARCH_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # both sides folded
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    # One row's height for all: otherwise a list of 18,000 suggestions (one letter typed)
    # measured each of them before it showed (0.4 s on the keystroke).
    for view in (completer.popup(), combo.view()):
        view.setUniformItemSizes(True)

    def settle() -> None:
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
        if index >= 0:
            combo.setCurrentIndex(index)
        combo.setEditText(combo.itemText(combo.currentIndex()))

    combo.lineEdit().editingFinished.connect(settle)


def open_evidence(db: Database, evidence_id: str) -> Path | None:
    """Write the stored file to the data folder and open it with the system's viewer."""
    from alianzas_desktop.ui.widgets.document_preview import safe_filename

    stored = commitment_board.evidence_file(db, evidence_id)
    folder = paths.data_dir() / "evidencias"
    folder.mkdir(parents=True, exist_ok=True)
    stem = safe_filename(Path(stored.file_name).stem or "evidencia")
    target = folder / f"{evidence_id[:8]}-{stem}{Path(stored.file_name).suffix[:10]}"
    write_durably(target, stored.content)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target


class StatusUpdateDialog(QDialog):
    """The new status of a commitment, a note (required) and evidence files."""

    status_updated = Signal(str)  # the update's id

    def __init__(self, db: Database, row: BoardRow, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._row = row
        self.update_id = ""
        self.files: list[Path] = []
        self.setWindowTitle(self.tr("Actualizar el estado del compromiso"))

        # Widgets
        self.intro_label = QLabel(
            self.tr("{partner}: {description}\nEstado actual: {status}.").format(
                partner=row.organization,
                description=row.description,
                status=vocabulary(row.status_label).lower(),
            )
        )
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_combo = QComboBox()
        for member in CommitmentStatus:
            self.status_combo.addItem(vocabulary(member.label), member.value)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(row.status)))
        self.date_edit = DateField()
        self.date_edit.set_value(date.today())
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(
            self.tr("Qué se hizo, qué falta o por qué cambia el estado.")
        )
        self.files_model = QStringListModel(self)
        self.files_view = QListView()
        self.files_view.setModel(self.files_model)
        self.files_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.add_file_button = QPushButton(self.tr("A&djuntar foto o documento…"))
        self.remove_file_button = QPushButton(self.tr("&Quitar archivo"))
        self.messages = {
            "status": FieldMessage(),
            "on": FieldMessage(),
            "note": FieldMessage(),
            "evidence": FieldMessage(),
        }
        self.date_edit.set_message(self.messages["on"])
        self.general_message = FieldMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))

        # Signals
        self.note_edit.textChanged.connect(self.messages["note"].clear_message)
        self.add_file_button.clicked.connect(lambda: self.add_file())
        self.remove_file_button.clicked.connect(self._remove_file)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # Assemble
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(
            form,
            self.tr("&Nuevo estado:"),
            with_message(self.status_combo, self.messages["status"]),
            self.status_combo,
        )
        labelled_row(
            form,
            self.tr("&Fecha:"),
            with_message(self.date_edit, self.messages["on"]),
            self.date_edit,
        )
        labelled_row(
            form,
            self.tr("N&ota:"),
            with_message(self.note_edit, self.messages["note"]),
            self.note_edit,
        )
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_file_button)
        file_buttons.addWidget(self.remove_file_button)
        file_buttons.addStretch(1)
        evidence = QVBoxLayout()
        evidence.addWidget(self.files_view)
        evidence.addLayout(file_buttons)
        evidence.addWidget(self.messages["evidence"])
        labelled_row(form, self.tr("&Evidencias:"), evidence, self.files_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form, 1)
        layout.addWidget(self.general_message)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 620, 480)
        self.status_combo.setFocus()

    def add_file(self, path: str | None = None) -> bool:
        """Pick a file (through the app's file dialog) and list it; True when one was added."""
        if path is None:
            path = file_dialogs.open_file_name(
                self,
                self.tr("Adjuntar evidencia"),
                str(Path.home()),
                self.tr(
                    "Fotos y documentos (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx "
                    "*.odt *.txt);;Todos los archivos (*)"
                ),
            )
        if not path:
            return False
        self.files.append(Path(path))
        self.files_model.setStringList([p.name for p in self.files])
        self.messages["evidence"].clear_message()
        return True

    def _remove_file(self) -> None:
        index = self.files_view.currentIndex()
        if index.isValid() and 0 <= index.row() < len(self.files):
            del self.files[index.row()]
            self.files_model.setStringList([p.name for p in self.files])

    def save(self) -> bool:
        if not self.date_edit.check_text():
            return False
        for message in (*self.messages.values(), self.general_message):
            message.clear_message()
        evidence = []
        for path in self.files:
            try:
                content = path.read_bytes()
            except OSError as error:
                self.messages["evidence"].show_message(
                    self.tr("No se pudo leer «{name}»: {reason}").format(
                        name=path.name, reason=error.strerror or error
                    )
                )
                return False
            evidence.append(
                EvidenceFile(path.name, content, mimetypes.guess_type(path.name)[0] or "")
            )
        try:
            self.update_id = commitment_board.update_status(
                self._db,
                self._row.id,
                self.status_combo.currentData(),
                self.note_edit.toPlainText(),
                on=self.date_edit.value(),
                evidence=evidence,
            )
        except ValidationFailed as failed:
            for key, text in failed.errors.items():
                self.messages.get(key, self.general_message).show_message(text)
            return False
        except ServiceError as error:
            QMessageBox.warning(self, self.windowTitle(), worded(error))
            return False
        self.status_updated.emit(self.update_id)
        self.accept()
        return True


class CommitmentsBoard(QWidget):
    """Filters over the commitments, each partner's fulfilment, and the selected one's history.

    With an alliance id it is that alliance's tab; without, it covers every alliance.
    """

    commitment_updated = Signal(str)  # the commitment's id

    def __init__(self, db: Database, alliance_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        from alianzas_desktop.ui.widgets.table_view import make_table_view

        self._db = db
        self._alliance_id = alliance_id
        self._read_only = False
        self.last_dialog: StatusUpdateDialog | None = None
        self._partners_job: workers.Job | None = None
        self._summary_generation = 0
        self._summary_shown = 0

        # Widgets
        everything = self.tr("Todos")
        self.partner_combo = QComboBox()
        self.partner_combo.addItem(everything, None)
        _typed_choice(self.partner_combo)
        self.partner_combo.setToolTip(
            self.tr("Escriba parte del nombre del socio y elíjalo en la lista que aparece.")
        )
        self.sector_combo = _vocabulary_combo(Sector, everything)
        self.status_combo = _vocabulary_combo(CommitmentStatus, everything)
        self.logic_combo = _vocabulary_combo(Logic, everything)
        self.kind_combo = _vocabulary_combo(ContributionKind, everything)
        self.overdue_check = QCheckBox(self.tr("Venc&idos"))
        self.due_soon_check = QCheckBox(self.tr("Vencen en &30 días"))
        self.model = BoardModel(self)
        self.view = make_table_view(self.model, stretch=BoardModel.DESCRIPTION, parent=self)
        self.view.setColumnHidden(BoardModel.ALLIANCE, alliance_id is not None)
        self.fulfilment_model = FulfilmentModel(self)
        self.fulfilment_view = make_table_view(
            self.fulfilment_model, stretch=FulfilmentModel.PARTNER, parent=self
        )
        # Names of alliances and partners run long (an office's have numbers): room for
        # most of one, the commitment itself taking the rest; the short columns fit.
        _fixed_widths(
            self.view, {BoardModel.ALLIANCE: 170, BoardModel.PARTNER: 190, BoardModel.KIND: 130}
        )
        _fixed_widths(self.fulfilment_view, {FulfilmentModel.PARTNER: 170})
        self.history_model = HistoryModel(self)
        self.history_view = make_table_view(
            self.history_model, stretch=HistoryModel.NOTE, parent=self
        )
        self.history_title = QLabel(self.tr("Historial: elija un compromiso."))
        self.history_title.setWordWrap(True)
        self.history_title.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label = QLabel()
        self.update_button = QPushButton(self.tr("Actualizar &estado…"))
        self.update_button.setToolTip(
            self.tr("Nuevo estado del compromiso, con una nota y fotos o documentos de evidencia.")
        )
        self.evidence_button = QPushButton(self.tr("Abrir evi&dencia"))

        # Signals
        for combo in (
            self.partner_combo,
            self.sector_combo,
            self.status_combo,
            self.logic_combo,
            self.kind_combo,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overdue_check.toggled.connect(self._overdue_toggled)
        self.due_soon_check.toggled.connect(self._due_soon_toggled)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._show_history())
        self.view.doubleClicked.connect(lambda _i: self.update_status())
        self.update_button.clicked.connect(lambda: self.update_status())
        self.history_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_actions()
        )
        self.evidence_button.clicked.connect(lambda: self.open_selected_evidence())

        # Assemble
        # Two rows of filters, so the board fits a small laptop's screen.
        filters = QGridLayout()
        filters.setHorizontalSpacing(6)
        filters.setVerticalSpacing(2)
        for position, (text, combo) in enumerate(
            (
                (self.tr("&Socio:"), self.partner_combo),
                (self.tr("Secto&r:"), self.sector_combo),
                (self.tr("Es&tado:"), self.status_combo),
                (self.tr("&Lógica:"), self.logic_combo),
                (self.tr("A&porte:"), self.kind_combo),
            )
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            row, column = divmod(position, 3)
            filters.addWidget(buddy_label(text, combo), row, column * 2)
            filters.addWidget(combo, row, column * 2 + 1)
        checks = QHBoxLayout()
        checks.addWidget(self.overdue_check)
        checks.addWidget(self.due_soon_check)
        checks.addStretch(1)
        filters.addLayout(checks, 1, 4, 1, 2)
        for column in (1, 3, 5):
            filters.setColumnStretch(column, 1)
        # Compact minimums: the page must still fit a 1366×768 laptop with the tab open.
        for view in (self.view, self.fulfilment_view, self.history_view):
            view.setMinimumHeight(view.verticalHeader().defaultSectionSize() + 30)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(3)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.view, 1)
        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        fulfilment = QVBoxLayout()
        fulfilment.setSpacing(2)
        fulfilment_top = QHBoxLayout()
        fulfilment_top.addWidget(QLabel(self.tr("Cumplimiento por socio")), 1)
        fulfilment_top.addWidget(self.count_label)
        fulfilment.addLayout(fulfilment_top)
        fulfilment.addWidget(self.fulfilment_view, 1)
        history = QVBoxLayout()
        history.setSpacing(2)
        history_top = QHBoxLayout()
        history_top.addWidget(self.history_title, 1)
        history_top.addWidget(self.update_button)
        history_top.addWidget(self.evidence_button)
        history.addLayout(history_top)
        history.addWidget(self.history_view, 1)
        bottom_layout.addLayout(fulfilment, 1)
        bottom_layout.addLayout(history, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(splitter)
        self._update_actions()

    # -- loading ----------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self._db = db

    @property
    def is_global(self) -> bool:
        """Every alliance's commitments (an office follows 200,000): read a page at a time,
        counted and the partners listed in a worker. An alliance's are read at once."""
        return self._alliance_id is None

    def load(self, alliance_id: str | None = None) -> None:
        """Show ``alliance_id``'s commitments (or every alliance's when the board is global)."""
        if alliance_id is not None:
            self._alliance_id = alliance_id
        db, alliance = self._db, self._alliance_id
        if self.is_global:
            self._partners_job = workers.start(
                lambda: _partner_items(commitment_board.board_partners(db)),
                name="socios con compromisos",
                on_finished=self._fill_partners,
            )
        else:
            self._fill_partners(_partner_items(commitment_board.board_partners(db, alliance)))
        self.refresh()

    def _fill_partners(self, partners: list[QStandardItem]) -> None:
        """The «Socio» choices, «Todos» first, in one model given to the combo at once: an
        office's 25,000 added one by one had its completer filter again at each (minutes)."""
        self._partners_job = None
        chosen = self.partner_combo.currentData()
        model = QStandardItemModel(self.partner_combo)
        model.appendColumn([QStandardItem(self.tr("Todos")), *partners])
        self.partner_combo.blockSignals(True)
        self.partner_combo.setModel(model)  # the last one, the combo's, is deleted
        self.partner_combo.completer().setModel(model)
        self.partner_combo.setCurrentIndex(max(0, self.partner_combo.findData(chosen)))
        self.partner_combo.blockSignals(False)

    @property
    def filters(self) -> BoardFilter:
        return BoardFilter(
            alliance_id=self._alliance_id,
            organization_id=self.partner_combo.currentData(),
            sector=self.sector_combo.currentData(),
            status=self.status_combo.currentData(),
            logic=self.logic_combo.currentData(),
            kind=self.kind_combo.currentData(),
            overdue=self.overdue_check.isChecked(),
            due_soon=self.due_soon_check.isChecked(),
        )

    def refresh(self) -> None:
        """Read the board again: its first page now (all of an alliance's), the rest as the
        list is scrolled; the count and each partner's fulfilment from the database (in a
        worker for every alliance's: an office's take about a second and a half)."""
        selected = self.selected_row()
        db, filters, today = self._db, self.filters, date.today()
        limit = PAGE if self.is_global else None
        rows = commitment_board.board_rows(db, filters, today=today, limit=limit)
        self.model.today = today

        def next_page(last: BoardRow) -> list[BoardRow]:
            return commitment_board.board_rows(db, filters, today=today, after=last, limit=PAGE)

        self.model.show_rows(rows, next_page if limit is not None and len(rows) == limit else None)
        # Every alliance's board is in the order of its pages (by deadline): sorting by a
        # column would sort only the rows read so far.
        if self.view.isSortingEnabled() == self.is_global:
            self.view.setSortingEnabled(not self.is_global)
            if self.is_global:
                self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self._summary_generation += 1
        generation = self._summary_generation

        def summary() -> tuple[int, BoardSummary]:
            return generation, commitment_board.board_summary(db, filters, today=today)

        if self.is_global:
            self.count_label.setText(self.tr("Contando…"))
            # A bound method: a board closed meanwhile is not told (workers._call).
            workers.start(summary, name="cumplimiento por socio", on_finished=self._show_summary)
        else:
            self._show_summary(summary())
        if selected is not None:
            self.select_commitment(selected.id)
        self._show_history()

    @property
    def counting(self) -> bool:
        """The count and fulfilment shown are not yet those of the filters chosen."""
        return self._summary_shown != self._summary_generation

    def _show_summary(self, answer: tuple[int, BoardSummary]) -> None:
        generation, summary = answer
        if generation != self._summary_generation:
            return  # the filters changed meanwhile: their own count is on its way
        self._summary_shown = generation
        self.fulfilment_model.set_rows(summary.fulfilment)
        count = summary.count
        self.count_label.setText(
            self.tr("1 compromiso")
            if count == 1
            else self.tr("{count} compromisos").format(count=language.count(count))
        )

    def _overdue_toggled(self, on: bool) -> None:
        if on and self.due_soon_check.isChecked():
            self.due_soon_check.blockSignals(True)
            self.due_soon_check.setChecked(False)
            self.due_soon_check.blockSignals(False)
        self.refresh()

    def _due_soon_toggled(self, on: bool) -> None:
        if on and self.overdue_check.isChecked():
            self.overdue_check.blockSignals(True)
            self.overdue_check.setChecked(False)
            self.overdue_check.blockSignals(False)
        self.refresh()

    # -- selection --------------------------------------------------------------------

    def selected_row(self) -> BoardRow | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.view.model().mapToSource(indexes[0]).row())

    def select_commitment(self, commitment_id: str) -> None:
        row = self.model.row_of_id(commitment_id)
        if row >= 0:
            self.view.selectRow(self.view.model().mapFromSource(self.model.index(row, 0)).row())

    def _show_history(self) -> None:
        row = self.selected_row()
        if row is None:
            self.history_model.set_rows([])
            self.history_title.setText(self.tr("Historial: elija un compromiso."))
        else:
            self.history_model.set_rows(commitment_board.commitment_history(self._db, row.id))
            self.history_title.setText(
                self.tr("Historial de «{description}» ({partner})").format(
                    description=row.description, partner=row.organization
                )
            )
        self._update_actions()

    def _selected_history(self) -> HistoryEntry | None:
        indexes = self.history_view.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.history_model.row_at(self.history_view.model().mapToSource(indexes[0]).row())

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_actions()

    def _update_actions(self) -> None:
        self.update_button.setEnabled(self.selected_row() is not None and not self._read_only)
        entry = self._selected_history()
        self.evidence_button.setEnabled(entry is not None and bool(entry.evidence))

    # -- actions ----------------------------------------------------------------------

    def update_status(self) -> bool:
        """Open the status update dialog for the selected commitment; True when saved."""
        row = self.selected_row()
        if row is None or self._read_only:
            return False
        dialog = StatusUpdateDialog(self._db, row, self)
        self.last_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return False
        self.refresh()
        self.select_commitment(row.id)
        self.commitment_updated.emit(row.id)
        return True

    def open_selected_evidence(self) -> list[Path]:
        entry = self._selected_history()
        if entry is None:
            return []
        opened = []
        for evidence in entry.evidence:
            try:
                target = open_evidence(self._db, evidence.id)
            except (OSError, ServiceError) as error:
                QMessageBox.warning(self, self.tr("Abrir evidencia"), worded(error))
                continue
            if target is not None:
                opened.append(target)
        return opened


class BoardWindow(QDialog):
    """The commitments of every alliance, in a window of its own."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Seguimiento de compromisos de todas las alianzas"))
        self.board = CommitmentsBoard(db, None, self)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        self.close_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.close_buttons)
        self.board.load()
        fit_to_screen(self, 1100, 720)
        # The commitments first (arrows go down the list); Alt+S types a partner's name.
        self.board.view.setFocus()


def _fixed_widths(view, widths: dict[int, int]) -> None:
    """These columns at these widths (the facilitator may widen them), not their longest
    text's: on an office's board those left the commitment itself a few letters."""
    header = view.horizontalHeader()
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)


def open_board_window(window) -> BoardWindow:
    """Open the board across all alliances over the main window; returns it once closed."""
    dialog = BoardWindow(window.db, window)
    window.board_window = dialog
    dialog.exec()
    dialog.deleteLater()
    if hasattr(window, "refresh"):
        window.refresh()
    return dialog
