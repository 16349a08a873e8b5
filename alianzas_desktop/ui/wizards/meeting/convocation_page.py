"""Page 1, Convocatoria: when and where, why, the agenda, and who is convened."""

from __future__ import annotations

import logging
from datetime import date, time

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.domain.meeting import AgendaEntry, Errors, validate_convocation
from alianzas_desktop.domain.vocabulary import AttendanceStatus, MeetingKind
from alianzas_desktop.ui.models.base import vocabulary_label
from alianzas_desktop.ui.widgets.date_field import DateField
from alianzas_desktop.ui.widgets.field_error import FieldMessage, hint_label, with_message
from alianzas_desktop.ui.widgets.keyboard import buddy_label, enter_runs, labelled_row, tab_leaves
from alianzas_desktop.ui.widgets.sizing import lines_tall
from alianzas_desktop.ui.widgets.time_field import TimeField
from alianzas_desktop.ui.wizards.meeting.attendee_dialog import AttendeeDialog
from alianzas_desktop.ui.wizards.meeting.base import MeetingPage, error_prefixes, to_qtime
from alianzas_desktop.ui.wizards.meeting.models import AgendaModel, AttendeeModel
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


def compact_table(model, stretch: int) -> QTableView:
    """A small table over a wizard list: whole rows selected, no vertical header; Tab leaves."""
    view = tab_leaves(QTableView())
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def select_row(view: QTableView, row: int) -> None:
    model = view.model()
    if 0 <= row < model.rowCount():
        view.selectionModel().setCurrentIndex(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


def current_row(view: QTableView) -> int:
    index = view.currentIndex()
    return index.row() if index.isValid() else -1


class ConvocationPage(MeetingPage):
    topic = "convocation"

    save_requested = Signal()
    sheet_requested = Signal()

    def __init__(self, data, partners, parent=None):
        super().__init__(data, parent)
        self.partners = partners
        self.setTitle(self.tr("1. Convocatoria"))
        self.setSubTitle(self.tr("Cuándo y dónde, para qué, el orden del día y a quién se invita."))

        self.date_edit = DateField()
        self.date_edit.set_message(self.message_for("date"))
        self.time_edit = TimeField()
        self.kind_combo = QComboBox()
        for kind in MeetingKind:
            self.kind_combo.addItem(vocabulary_label(kind), kind.value)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("Por ejemplo: Caseta comunal de La Loma"))
        self.objective_edit = QPlainTextEdit()
        self.objective_edit.setPlaceholderText(self.tr("¿Para qué se reúnen los socios?"))
        self.objective_edit.setTabChangesFocus(True)
        self.objective_edit.setFixedHeight(lines_tall(self.objective_edit, 3))
        self.agenda_model = AgendaModel(data, self)
        self.agenda_table = compact_table(self.agenda_model, 1)
        self.agenda_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda_edit = QLineEdit()
        self.agenda_edit.setPlaceholderText(self.tr("Escriba un punto y pulse Intro"))
        self.agenda_add_button = QPushButton(self.tr("Agregar p&unto"))
        self.agenda_remove_button = QPushButton(self.tr("&Quitar"))
        self.agenda_up_button = QPushButton(self.tr("&Subir"))
        self.agenda_down_button = QPushButton(self.tr("&Bajar"))
        self.agenda_message = self.message_for("agenda")
        self.invited_model = AttendeeModel(data, self)
        self.invited_table = compact_table(self.invited_model, AttendeeModel.NAME)
        for column in (AttendeeModel.SECTOR, AttendeeModel.CARGO, AttendeeModel.STATUS):
            self.invited_table.hideColumn(column)
        self.invited_table.horizontalHeader().setSectionResizeMode(
            AttendeeModel.ORGANIZATION, QHeaderView.ResizeMode.Stretch
        )
        self.invited_add_button = QPushButton(self.tr("Convocar a otra pe&rsona…"))
        self.invited_remove_button = QPushButton(self.tr("Quitar &de la convocatoria"))
        self.invited_message = FieldMessage()
        self.save_button = QPushButton(self.tr("Guardar con&vocatoria"))
        self.save_button.setToolTip(
            self.tr("Deja la sesión convocada; puede terminarla el día de la reunión.")
        )
        self.sheet_button = QPushButton(self.tr("Planilla de &asistencia…"))
        self.status_message = hint_label()

        self.date_edit.value_changed.connect(lambda day: self.set_value("date", day))
        self.time_edit.timeChanged.connect(lambda t: self.set_value("start_time", t.toPython()))
        self.kind_combo.currentIndexChanged.connect(
            lambda i: self.set_value("kind", self.kind_combo.itemData(i))
        )
        self.place_edit.textChanged.connect(lambda t: self.set_value("place", t))
        self.objective_edit.textChanged.connect(
            lambda: self.set_value("objective", self.objective_edit.toPlainText())
        )
        # Enter adds the item; it must not turn the page as well.
        enter_runs(self.agenda_edit, self.add_agenda_item)
        self.agenda_add_button.clicked.connect(self.add_agenda_item)
        self.agenda_remove_button.clicked.connect(self.remove_agenda_item)
        self.agenda_up_button.clicked.connect(lambda: self.move_agenda_item(-1))
        self.agenda_down_button.clicked.connect(lambda: self.move_agenda_item(1))
        self.agenda_table.selectionModel().currentRowChanged.connect(
            lambda *_a: self._refresh_buttons()
        )
        self.agenda_table.doubleClicked.connect(lambda _i: self._edit_agenda_title())
        # From the keyboard, Enter on an item corrects its title (and does not turn the page).
        enter_runs(self.agenda_table, self._edit_agenda_title)
        self.invited_add_button.clicked.connect(self.invite_person)
        self.invited_remove_button.clicked.connect(self.remove_invited)
        self.invited_model.dataChanged.connect(lambda *_a: self.edited())
        self.save_button.clicked.connect(self.save_requested)
        self.sheet_button.clicked.connect(self.sheet_requested)

        # Assemble
        when = QHBoxLayout()
        when.addWidget(with_message(self.date_edit, self.messages["date"]))
        when.addWidget(buddy_label(self.tr("&Hora:"), self.time_edit))
        when.addWidget(with_message(self.time_edit, self.message_for("start_time")))
        when.addWidget(buddy_label(self.tr("Ti&po:"), self.kind_combo))
        when.addWidget(with_message(self.kind_combo, self.message_for("kind")))
        when.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled_row(form, self.tr("&Fecha:"), when, self.date_edit)
        labelled_row(
            form,
            self.tr("&Lugar:"),
            with_message(self.place_edit, self.message_for("place")),
            self.place_edit,
        )
        labelled_row(
            form,
            self.tr("&Objetivo:"),
            with_message(self.objective_edit, self.message_for("objective")),
            self.objective_edit,
        )
        agenda_buttons = QHBoxLayout()
        agenda_buttons.addWidget(buddy_label(self.tr("&Nuevo punto:"), self.agenda_edit))
        agenda_buttons.addWidget(self.agenda_edit, 1)
        agenda_buttons.addWidget(self.agenda_add_button)
        agenda_side = QVBoxLayout()
        for button in (self.agenda_up_button, self.agenda_down_button, self.agenda_remove_button):
            agenda_side.addWidget(button)
        agenda_side.addStretch(1)
        agenda_row = QHBoxLayout()
        agenda_row.addWidget(self.agenda_table, 1)
        agenda_row.addLayout(agenda_side)
        agenda_box = QGroupBox(self.tr("Orden del día"))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addLayout(agenda_row, 1)
        agenda_layout.addLayout(agenda_buttons)
        agenda_layout.addWidget(self.agenda_message)
        invited_buttons = QHBoxLayout()
        invited_buttons.addWidget(self.invited_add_button)
        invited_buttons.addWidget(self.invited_remove_button)
        invited_buttons.addStretch(1)
        invited_box = QGroupBox(self.tr("Convocados"))
        invited_layout = QVBoxLayout(invited_box)
        invited_layout.addWidget(self.invited_table, 1)
        invited_layout.addLayout(invited_buttons)
        invited_layout.addWidget(self.invited_message)
        lists = QHBoxLayout()
        lists.addWidget(agenda_box, 1)
        lists.addWidget(invited_box, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.status_message, 1)
        actions.addWidget(self.sheet_button)
        actions.addWidget(self.save_button)
        content = QVBoxLayout()
        content.addLayout(form)
        content.addLayout(lists, 1)
        content.addLayout(actions)
        self.assemble_with_guidance(content)
        # Tab follows what the eye reads: each list, then its buttons, then the next box.
        chain = (
            self.date_edit,
            self.time_edit,
            self.kind_combo,
            self.place_edit,
            self.objective_edit,
            self.agenda_table,
            self.agenda_up_button,
            self.agenda_down_button,
            self.agenda_remove_button,
            self.agenda_edit,
            self.agenda_add_button,
            self.invited_table,
            self.invited_add_button,
            self.invited_remove_button,
            self.sheet_button,
            self.save_button,
        )
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    # -- life cycle ---------------------------------------------------------------

    def load_widgets(self) -> None:
        data = self.data
        if data.date is None:
            data.date = date.today()
        if data.start_time is None:
            data.start_time = time(9, 0)
        self.date_edit.set_value(data.date)
        self.time_edit.setTime(to_qtime(data.start_time))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(data.kind))
        self.place_edit.setText(data.place)
        self.objective_edit.setPlainText(data.objective)
        self.agenda_model.reset()
        self.invited_model.reset()
        self._refresh_buttons()

    def set_status_text(self, text: str) -> None:
        self.status_message.setText(text)

    # -- agenda -------------------------------------------------------------------------

    def add_agenda_item(self) -> None:
        title = clean_text(self.agenda_edit.text())
        if not title:
            self.agenda_edit.setFocus()
            return
        row = self.agenda_model.append(AgendaEntry(title=title))
        self.agenda_edit.clear()
        select_row(self.agenda_table, row)
        self._refresh_buttons()
        self.edited("agenda")

    def remove_agenda_item(self) -> None:
        row = current_row(self.agenda_table)
        entry = self.agenda_model.remove(row)
        if entry is None:
            return
        self.data.decisions = [d for d in self.data.decisions if d.agenda_key != entry.key]
        self.agenda_model.refresh_all()
        select_row(self.agenda_table, min(row, self.agenda_model.rowCount() - 1))
        self._refresh_buttons()
        self.edited("agenda")

    def move_agenda_item(self, offset: int) -> None:
        row = current_row(self.agenda_table)
        if row < 0:
            return
        target = self.agenda_model.move(row, offset)
        self.agenda_model.refresh_all()  # the numbers change
        select_row(self.agenda_table, target)
        self._refresh_buttons()
        self.edited("agenda")

    def _edit_agenda_title(self) -> None:
        """Double-click or Enter on an item: correct its title."""
        entry = self.agenda_model.entry_at(current_row(self.agenda_table))
        if entry is None:
            return
        from PySide6.QtWidgets import QInputDialog

        text, accepted = QInputDialog.getText(
            self, self.tr("Punto del orden del día"), self.tr("Punto:"), text=entry.title
        )
        if accepted and clean_text(text):
            entry.title = clean_text(text)
            self.agenda_model.refresh_row(current_row(self.agenda_table))
            self.edited("agenda")

    # -- invitations ------------------------------------------------------------------

    def invite_person(self) -> None:
        entry, accepted = AttendeeDialog.get_attendee(
            self.partners,
            self,
            status=AttendanceStatus.INVITED.value,
            title=self.tr("Invitar a otra persona"),
        )
        if not accepted or entry is None:
            return
        row = self.invited_model.append(entry)
        select_row(self.invited_table, row)
        self._refresh_buttons()
        self.edited("invited")

    def remove_invited(self) -> None:
        row = current_row(self.invited_table)
        entry = self.invited_model.remove(row)
        if entry is None:
            return
        for item in self.data.new_commitments:
            if item.responsible_key == entry.key:
                item.responsible_key = ""
        self._refresh_buttons()
        self.edited("invited")

    def _refresh_buttons(self) -> None:
        rows = self.agenda_model.rowCount()
        row = current_row(self.agenda_table)
        self.agenda_remove_button.setEnabled(rows > 0)
        self.agenda_up_button.setEnabled(row > 0)
        self.agenda_down_button.setEnabled(0 <= row < rows - 1)
        self.invited_remove_button.setEnabled(self.invited_model.rowCount() > 0)

    # -- checking ------------------------------------------------------------------------

    def validate(self) -> Errors:
        return validate_convocation(self.data)

    def show_errors(self, errors: Errors) -> None:
        super().show_errors(errors)
        lines = [worded(errors["agenda"])] if "agenda" in errors else []
        if error_prefixes(errors, "agenda"):
            lines.append(self.tr("Hay un punto del orden del día sin título."))
        self.agenda_message.show_message("\n".join(lines))
        bad = error_prefixes(errors, "attendance")
        self.invited_message.show_message(
            self.tr("Revise los datos de las personas invitadas.") if bad else ""
        )
