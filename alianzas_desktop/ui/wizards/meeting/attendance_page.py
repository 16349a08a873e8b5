"""Page 2, Asistencia: who came, who excused themselves, who was added on the spot."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from alianzas_desktop.domain.fields import clean_text
from alianzas_desktop.domain.meeting import (
    Errors,
    missing_sectors_present,
    sectors_present,
    validate_attendance,
)
from alianzas_desktop.domain.vocabulary import AttendanceStatus, Sector
from alianzas_desktop.ui.models.base import vocabulary_label
from alianzas_desktop.ui.widgets.field_error import WARNING, FieldMessage, hint_label
from alianzas_desktop.ui.wizards.meeting.attendee_dialog import AttendeeDialog
from alianzas_desktop.ui.wizards.meeting.base import MeetingPage, error_prefixes
from alianzas_desktop.ui.wizards.meeting.convocation_page import compact_table, select_row
from alianzas_desktop.ui.wizards.meeting.models import AttendeeModel
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


class AttendancePage(MeetingPage):
    topic = "attendance"

    def __init__(self, data, partners, parent=None):
        super().__init__(data, parent)
        self.partners = partners
        self.setTitle(self.tr("2. Asistencia"))
        self.setSubTitle(
            self.tr("Marque quién asistió y quién se excusó; agregue a quien llegó sin invitación.")
        )

        self.model = AttendeeModel(data, self)
        self.table = compact_table(self.model, AttendeeModel.NAME)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.present_button = QPushButton(self.tr("A&sistió"))
        self.excused_button = QPushButton(self.tr("Ausente con &excusa"))
        self.absent_button = QPushButton(self.tr("Ausente si&n excusa"))
        self.all_present_button = QPushButton(self.tr("T&odos asistieron"))
        self.add_button = QPushButton(self.tr("Agregar &persona…"))
        self.remove_button = QPushButton(self.tr("&Quitar"))
        self.selection_hint = hint_label(
            self.tr(
                "Seleccione una o varias personas (Ctrl + clic, o Mayús + flechas) y pulse el "
                "botón de su asistencia. La casilla «Invitado» señala a quien no es delegado "
                "de un socio (con el teclado: llegue a la casilla con las flechas y pulse Espacio)."
            )
        )
        self.sectors_label = QLabel()
        self.sectors_label.setWordWrap(True)
        self.sector_warning = FieldMessage(WARNING)
        self.list_message = self.message_for("attendance")

        self.present_button.clicked.connect(lambda: self.mark(AttendanceStatus.PRESENT.value))
        self.excused_button.clicked.connect(lambda: self.mark(AttendanceStatus.EXCUSED.value))
        self.absent_button.clicked.connect(lambda: self.mark(AttendanceStatus.ABSENT.value))
        self.all_present_button.clicked.connect(self.mark_all_present)
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_selected)
        self.model.dataChanged.connect(lambda *_a: self.edited())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._refresh_buttons())

        # Assemble
        status_buttons = QHBoxLayout()
        status_buttons.addWidget(QLabel(self.tr("Marcar:")))
        for button in (self.present_button, self.excused_button, self.absent_button):
            status_buttons.addWidget(button)
        status_buttons.addStretch(1)
        status_buttons.addWidget(self.all_present_button)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)
        content = QVBoxLayout()
        content.addLayout(status_buttons)
        content.addWidget(self.table, 1)
        content.addWidget(self.selection_hint)
        content.addLayout(list_buttons)
        content.addWidget(self.list_message)
        content.addWidget(self.sectors_label)
        content.addWidget(self.sector_warning)
        self.assemble_with_guidance(content)

    # -- life cycle -------------------------------------------------------------------

    def load_widgets(self) -> None:
        self.model.reset()
        self._refresh_hints()

    def initializePage(self) -> None:
        """Invitations may have changed on page 1."""
        self.model.reset()
        self._refresh_hints()

    # -- marking ------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def mark(self, status: str) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        self.model.set_status(rows, status)
        self._after_change()

    def mark_all_present(self) -> None:
        self.model.set_status(list(range(self.model.rowCount())), AttendanceStatus.PRESENT.value)
        self._after_change()

    def mark_row(self, row: int, status: str) -> None:
        """Select one person and press the status button (used by the buttons' tests too)."""
        select_row(self.table, row)
        self.mark(status)

    def add_person(self) -> None:
        entry, accepted = AttendeeDialog.get_attendee(self.partners, self)
        if not accepted or entry is None:
            return
        row = self.model.append(entry)
        select_row(self.table, row)
        self._after_change()

    def remove_selected(self) -> None:
        for row in reversed(self.selected_rows()):
            entry = self.model.remove(row)
            if entry is None:
                continue
            for item in self.data.new_commitments:
                if item.responsible_key == entry.key:
                    item.responsible_key = ""
        self._after_change()

    def _after_change(self) -> None:
        self._refresh_hints()
        self.edited("attendance")

    # -- hints ----------------------------------------------------------------------

    def _refresh_buttons(self) -> None:
        selected = bool(self.selected_rows())
        for button in (
            self.present_button,
            self.excused_button,
            self.absent_button,
            self.remove_button,
        ):
            button.setEnabled(selected)
        self.all_present_button.setEnabled(self.model.rowCount() > 0)

    def _refresh_hints(self) -> None:
        self._refresh_buttons()
        present = self.data.present()
        sectors = sorted(sectors_present(self.data), key=[s.value for s in Sector].index)
        names = ", ".join(vocabulary_label(Sector(code)) for code in sectors)
        count = len(present)
        people = self.tr("1 persona presente") if count == 1 else self.tr("{0} personas presentes")
        self.sectors_label.setText(
            people.format(count)
            + " · "
            + (
                self.tr("Sectores presentes: {0}").format(names)
                if names
                else self.tr("Ningún sector presente")
            )
        )
        self.sector_warning.show_message(self.sector_warning_text() if present else "")

    def sector_warning_text(self) -> str:
        phrases = {
            Sector.PUBLIC: self.tr("No hay nadie presente del sector público."),
            Sector.PRIVATE: self.tr("No hay nadie presente del sector privado."),
            Sector.CIVIL_SOCIETY: self.tr("No hay nadie presente de la sociedad civil."),
        }
        return "\n".join(phrases[s] for s in missing_sectors_present(self.data))

    # -- checking -------------------------------------------------------------------------

    def validate(self) -> Errors:
        return validate_attendance(self.data)

    def show_errors(self, errors: Errors) -> None:
        lines = [worded(errors["attendance"])] if "attendance" in errors else []
        bad = [
            a
            for a in self.data.attendees
            if f"attendance.{a.key}." in error_prefixes(errors, "attendance")
        ]
        for person in bad:
            detail = next(v for k, v in errors.items() if k.startswith(f"attendance.{person.key}."))
            name = clean_text(person.name) or self.tr("(sin nombre)")
            lines.append(f"«{name}»: {worded(detail)}")
        self.list_message.show_message("\n".join(lines))
