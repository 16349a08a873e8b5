"""Herramientas ▸ Datos personales: the people list, one person's data, and the request log."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop.files import write_durably
from alianzas_desktop.services import personal_data
from alianzas_desktop.services.errors import ServiceError
from alianzas_desktop.services.people_list import Showing
from alianzas_desktop.services.personal_data import ErasureResult, PersonInfo
from alianzas_desktop.storage.database import Database, DatabaseError
from alianzas_desktop.ui import file_dialogs, language, palette, workers
from alianzas_desktop.ui.people.forms import AuthorizationDialog, ContactDialog, ContactValue
from alianzas_desktop.ui.people.models import PersonListModel, PersonTableModel
from alianzas_desktop.ui.people.person_detail import PersonDetail
from alianzas_desktop.ui.people.requests_tab import RequestsTab
from alianzas_desktop.ui.widgets.keyboard import search_leads_to
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)


# -- hooks tests replace -----------------------------------------------------------------


def confirm_erasure(parent: QWidget, name: str) -> bool:
    """Ask before erasing someone no free text mentions."""
    return _erasure_box(parent, name, [])[0]


def confirm_erasure_with_mentions(
    parent: QWidget, name: str, mentions: list[str]
) -> tuple[bool, bool]:
    """Ask before erasing, listing the texts that mention the person: (erase?, redact them?)."""
    return _erasure_box(parent, name, mentions)


MENTIONS_SHOWN = 12


def _erasure_box(parent: QWidget, name: str, mentions: list[str]) -> tuple[bool, bool]:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PeopleDialog", "Suprimir datos personales"))
    box.setText(
        QCoreApplication.translate(
            "PeopleDialog", "¿Suprimir los datos personales de {name}?"
        ).format(name=name)
    )
    informative = QCoreApplication.translate(
        "PeopleDialog",
        "Se borrarán su nombre, documento, teléfono y correo de la base de datos, del "
        "historial, de los borradores, de las solicitudes y de los respaldos automáticos; en "
        "su lugar quedará «Persona suprimida». Esto no se puede deshacer.\n\nLos documentos "
        "ya emitidos o firmados (acuerdos, actas) conservan a sus firmantes, como lo permite "
        "la Ley 1581 de 2012.",
    )
    redact = None
    if mentions:
        shown = "\n".join(f"• {m}" for m in mentions[:MENTIONS_SHOWN])
        if len(mentions) > MENTIONS_SHOWN:
            shown += "\n" + QCoreApplication.translate("PeopleDialog", "… y {count} más").format(
                count=len(mentions) - MENTIONS_SHOWN
            )
        informative += "\n\n" + QCoreApplication.translate(
            "PeopleDialog", "Estos textos la mencionan:\n{mentions}"
        ).format(mentions=shown)
        redact = QCheckBox(
            QCoreApplication.translate(
                "PeopleDialog", "Reemplazar también esas menciones por «Persona suprimida»"
            )
        )
        redact.setChecked(True)
        box.setCheckBox(redact)
    box.setInformativeText(informative)
    erase = box.addButton(
        QCoreApplication.translate("PeopleDialog", "Suprimir"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("PeopleDialog", "Cancelar"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    chosen = redact.isChecked() if redact is not None else True
    box.deleteLater()
    return clicked is erase, chosen


def inform(parent: QWidget, title: str, text: str, *, warning: bool = False) -> None:
    if warning:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def choose_json_target(parent: QWidget, suggested: Path) -> str:
    return file_dialogs.save_file_name(
        parent,
        QCoreApplication.translate("PeopleDialog", "Guardar JSON"),
        str(suggested),
        QCoreApplication.translate("PeopleDialog", "Datos en JSON (*.json)"),
    )


def erasure_summary(result: ErasureResult) -> str:
    if not result.kept_in_documents:
        lines = [
            QCoreApplication.translate(
                "PeopleDialog", "Los datos se suprimieron. Ningún documento emitido los conserva."
            )
        ]
    else:
        documents = "\n".join(f"• {d}" for d in result.kept_in_documents)
        lines = [
            QCoreApplication.translate(
                "PeopleDialog",
                "Los datos se suprimieron. Estos documentos emitidos o firmados conservan su "
                "nombre como firmante (deber contractual):\n\n{documents}",
            ).format(documents=documents)
        ]
    if result.mentions_redacted:
        lines.append(
            QCoreApplication.translate(
                "PeopleDialog", "Menciones reemplazadas en textos: {count}."
            ).format(count=result.mentions_redacted)
        )
    if result.mentions_kept:
        lines.append(
            QCoreApplication.translate(
                "PeopleDialog", "Menciones que se dejaron como estaban, a pedido suyo: {count}."
            ).format(count=result.mentions_kept)
        )
    lines.append(
        QCoreApplication.translate(
            "PeopleDialog", "Respaldos automáticos limpiados: {count}."
        ).format(count=result.backups_cleaned)
    )
    if result.backups_not_cleaned:
        failed = "\n".join(f"• {line}" for line in result.backups_not_cleaned)
        lines.append(
            QCoreApplication.translate(
                "PeopleDialog", "Respaldos que no se pudieron limpiar:\n{backups}"
            ).format(backups=failed)
        )
    lines.append(
        QCoreApplication.translate(
            "PeopleDialog",
            "Las copias guardadas fuera de la carpeta de respaldos de Alianzas (respaldos "
            "manuales en una memoria USB, otra carpeta u otro computador) no se pueden alcanzar "
            "desde aquí: suprímalas o destrúyalas a mano.",
        )
    )
    return "\n\n".join(lines)


class PeopleDialog(QDialog):
    """Consult, correct, report and erase a person's data; the log of their requests."""

    authorization_recorded = Signal(str)
    contact_updated = Signal(str)
    person_erased = Signal(str)
    report_shown = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None):
        from alianzas_desktop.ui.widgets.table_view import make_table_view

        super().__init__(parent)
        self._db = db
        self.last_preview = None
        self.last_erasure: ErasureResult | None = None
        self._erasing: workers.Job | None = None
        self._reselect: str | None = None  # chosen before a search's answer came
        self.setWindowTitle(self.tr("Datos personales"))

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Buscar por nombre u organización…"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setStyleSheet(palette.text_style(palette.muted()))
        self.showing_combo = QComboBox()
        for showing, text in (
            (Showing.EVERYONE, self.tr("Todas las personas")),
            (Showing.UNAUTHORIZED, self.tr("Sin autorización vigente")),
            (Showing.MINORS, self.tr("Menores de edad")),
            (Showing.ERASED, self.tr("Datos suprimidos")),
        ):
            self.showing_combo.addItem(text, showing)
        showing_label = QLabel(self.tr("&Mostrar:"))
        showing_label.setBuddy(self.showing_combo)
        self.model = PersonListModel(self)
        self.view = make_table_view(self.model, stretch=PersonTableModel.NAME, parent=self)
        # The list itself, read a page at a time in the order of names: no proxy.
        self.view.setModel(self.model)
        self.view.sortByColumn(PersonTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setToolTip(
            self.tr("La lista va en orden alfabético por nombre; pulse «Nombre» para invertirlo.")
        )
        # The name is read first: room for a whole one (the facilitator may widen it); the
        # organisation takes what is left, the short columns fit their texts.
        for column, mode in (
            (PersonTableModel.NAME, QHeaderView.ResizeMode.Interactive),
            (PersonTableModel.ORGANIZATION, QHeaderView.ResizeMode.Stretch),
            (PersonTableModel.AUTHORIZATION, QHeaderView.ResizeMode.ResizeToContents),
            (PersonTableModel.STATE, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(PersonTableModel.NAME, 190)
        self.detail = PersonDetail(self)
        self.authorize_button = QPushButton(self.tr("Registrar &autorización…"))
        self.correct_button = QPushButton(self.tr("&Corregir datos…"))
        self.report_button = QPushButton(self.tr("R&eporte…"))
        self.erase_button = QPushButton(self.tr("&Suprimir datos…"))
        self.erase_busy = workers.busy_bar()
        self.erase_busy.setToolTip(self.tr("Suprimiendo y borrando del disco…"))
        self.requests_tab = RequestsTab(db, self)
        self.tabs = QTabWidget()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))

        self.search_edit.textChanged.connect(self.model.set_search_text)
        self.showing_combo.currentIndexChanged.connect(
            lambda _index: self.model.set_showing(self.showing_combo.currentData())
        )
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.model.modelAboutToBeReset.connect(self._remember_chosen)
        self.model.answered.connect(self._answered)
        for changed in (self.model.rowsInserted, self.model.layoutChanged):
            changed.connect(self._update_count)
        search_leads_to(self.search_edit, self.view)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.authorize_button.clicked.connect(lambda: self.record_authorization())
        self.correct_button.clicked.connect(lambda: self.correct_data())
        self.report_button.clicked.connect(lambda: self.show_report())
        self.erase_button.clicked.connect(lambda: self.erase())
        self.requests_tab.request_recorded.connect(lambda _id: self.refresh())
        self.buttons.rejected.connect(self.reject)

        # Assemble
        showing_row = QHBoxLayout()
        showing_row.addWidget(showing_label)
        showing_row.addWidget(self.showing_combo)
        showing_row.addStretch(1)
        showing_row.addWidget(self.count_label)
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 6, 0)
        list_layout.addWidget(self.search_edit)
        list_layout.addLayout(showing_row)
        list_layout.addWidget(self.view, 1)
        action_row = QHBoxLayout()
        for button in (self.authorize_button, self.correct_button, self.report_button):
            action_row.addWidget(button)
        action_row.addStretch(1)
        action_row.addWidget(self.erase_busy)
        action_row.addWidget(self.erase_button)
        detail_side = QWidget()
        detail_layout = QVBoxLayout(detail_side)
        detail_layout.setContentsMargins(6, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        detail_layout.addLayout(action_row)
        splitter = QSplitter()
        splitter.addWidget(list_side)
        splitter.addWidget(detail_side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([580, 560])
        people_tab = QWidget()
        people_layout = QVBoxLayout(people_tab)
        people_layout.addWidget(splitter)
        self.tabs.addTab(people_tab, self.tr("&Personas"))
        self.tabs.addTab(self.requests_tab, self.tr("S&olicitudes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1160, 640)
        self.refresh()
        self.search_edit.setFocus()  # the window opens ready to type a name

    # -- state ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again (after any change), as far as it was shown, with the chosen
        person still chosen (once the answer comes, when a search is typed)."""
        self._remember_chosen()
        self.model.load(self._db, keep=self.model.rowCount())  # answered now, or later
        self._update_count()

    def _remember_chosen(self) -> None:
        """Before the rows change: who is chosen, to choose them again in the answer."""
        if self._reselect is None:
            selected = self.selected_person()
            self._reselect = selected.id if selected is not None else None

    def _answered(self) -> None:
        """The rows shown answer the latest search: the person chosen before stays chosen."""
        chosen, self._reselect = self._reselect, None
        if chosen is None or not self.select_person(chosen):
            self._selection_changed()
        self._update_count()

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        """Only the name orders the list: a click on another column leaves the arrow there."""
        if column == PersonTableModel.NAME:
            return
        header = self.view.horizontalHeader()
        order = (
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(True)
        header.setSortIndicator(PersonTableModel.NAME, order)
        header.blockSignals(False)

    def _update_count(self, *_args) -> None:
        model = self.model
        total, shown = model.total_count(), model.matching_count()
        if model.searching:
            text = self.tr("Buscando…")
        elif not model.count_is_exact():
            text = self.tr("al menos {shown} de {total}").format(
                shown=language.count(shown), total=language.count(total)
            )
        elif shown == 0 and total > 0:
            text = self.tr("Ninguna persona coincide")
        elif shown == total:
            text = (
                self.tr("1 persona")
                if total == 1
                else self.tr("{total} personas").format(total=language.count(total))
            )
        else:
            text = self.tr("{shown} de {total}").format(
                shown=language.count(shown), total=language.count(total)
            )
        self.count_label.setText(text)

    def selected_person(self) -> PersonInfo | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def select_person(self, person_id: str) -> bool:
        row = self.model.row_of_id(person_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self._selection_changed()
        return True

    def _selection_changed(self, *_args) -> None:
        person = self.selected_person()
        report = (
            personal_data.person_report(self._db, person.id, with_documents=False)
            if person
            else None
        )
        self.detail.show_report(report)
        active = person is not None and not person.erased
        for button in (self.authorize_button, self.correct_button, self.erase_button):
            button.setEnabled(active)
        self.report_button.setEnabled(person is not None)

    def _failed(self, title: str, exc: Exception) -> None:
        inform(self, title, worded(exc), warning=True)

    # -- actions ----------------------------------------------------------------------

    def record_authorization(self) -> str | None:
        person = self.selected_person()
        if person is None or person.erased:
            return None
        value, accepted = AuthorizationDialog.get_authorization(person.name, self)
        if not accepted:
            return None
        try:
            authorization_id = personal_data.record_authorization(
                self._db,
                person.id,
                method=value.method,
                given_on=value.given_on,
                witness=value.witness,
                guardian=value.guardian,
                is_minor=value.is_minor,
            )
        except (ServiceError, DatabaseError) as exc:
            self._failed(self.tr("No se pudo registrar la autorización"), exc)
            return None
        self.refresh()
        self.authorization_recorded.emit(person.id)
        return authorization_id

    def correct_data(self) -> bool:
        person = self.selected_person()
        report = self.detail.report
        if person is None or person.erased or report is None:
            return False
        data = report["persona"]
        current = ContactValue(data["nombre"], data["documento"], data["telefono"], data["correo"])
        value, accepted = ContactDialog.get_contact(current, person.has_authorization, self)
        if not accepted:
            return False
        try:
            personal_data.update_contact(
                self._db,
                person.id,
                full_name=value.full_name,
                document_number=value.document_number,
                phone=value.phone,
                email=value.email,
            )
        except (ServiceError, DatabaseError) as exc:
            self._failed(self.tr("No se pudo corregir"), exc)
            return False
        self.refresh()
        self.contact_updated.emit(person.id)
        return True

    def show_report(self):
        """Preview the PDF report of everything held about the person, with «Guardar JSON…»."""
        from alianzas_desktop.documents.person_report_pdf import person_report_pdf_bytes
        from alianzas_desktop.ui.widgets.document_preview import (
            DocumentPreviewDialog,
            safe_filename,
        )

        person = self.selected_person()
        if person is None:
            return None
        name = safe_filename(f"Datos personales - {person.name}")
        db, person_id = self._db, person.id
        # Read and drawn in a worker: person_report opens its own session there.
        dialog = DocumentPreviewDialog.building(
            lambda: person_report_pdf_bytes(personal_data.person_report(db, person_id)),
            self.tr("Datos personales de {name}").format(name=person.name),
            name + ".pdf",
            self,
        )
        json_button = dialog.add_action_button(self.tr("Guardar JSON…"))
        json_button.clicked.connect(lambda: self.save_json(person.id, name + ".json", dialog))
        self.last_preview = dialog
        self.report_shown.emit(person.id)
        dialog.exec()
        return dialog

    def save_json(self, person_id: str, suggested: str, parent: QWidget | None = None) -> str:
        from alianzas_desktop.ui.widgets.document_preview import default_save_folder

        path = choose_json_target(parent or self, default_save_folder() / suggested)
        if not path:
            return ""
        target = Path(path)
        if target.suffix.lower() != ".json":
            target = target.with_name(target.name + ".json")
        try:
            write_durably(
                target, personal_data.person_report_json(self._db, person_id).encode("utf-8")
            )
        except OSError as exc:
            inform(
                parent or self,
                self.tr("No se pudo guardar"),
                self.tr("No se pudo guardar el archivo: {error}").format(error=exc.strerror or exc),
                warning=True,
            )
            return ""
        return str(target)

    @property
    def erasing(self) -> bool:
        return self._erasing is not None

    def erase(self) -> workers.Job | None:
        """Erase the selected person's data, in a worker: the rewrite of the file (VACUUM)
        takes seconds on a large database. ``person_erased`` tells when it is done."""
        person = self.selected_person()
        if person is None or person.erased or self._erasing is not None:
            return None
        try:
            mentions = [m.description for m in personal_data.mentions_of(self._db, person.id)]
        except (ServiceError, DatabaseError) as exc:
            self._failed(self.tr("No se pudieron suprimir los datos"), exc)
            return None
        if mentions:
            accepted, redact = confirm_erasure_with_mentions(self, person.name, mentions)
        else:
            accepted, redact = confirm_erasure(self, person.name), True
        if not accepted:
            return None
        # erase_person opens its own transaction and connection in the worker's thread; it
        # also rewrites every automatic backup, which takes a while on a large database.
        db, person_id = self._db, person.id
        self._erasing = workers.start(
            lambda: personal_data.erase_person(db, person_id, redact_mentions=redact),
            busy=(self.erase_button, self.authorize_button, self.correct_button, self.buttons),
            indicator=self.erase_busy,
            on_finished=lambda result: self._erased(person.id, result),
            on_failed=self._erase_failed,
            name="supresión de datos personales",
        )
        return self._erasing

    def _erased(self, person_id: str, result: ErasureResult) -> None:
        self._erasing = None
        self.last_erasure = result
        self.refresh()
        self.requests_tab.refresh()
        self.select_person(person_id)
        inform(self, self.tr("Datos suprimidos"), erasure_summary(result))
        self.person_erased.emit(person_id)

    def _erase_failed(self, error: BaseException) -> None:
        self._erasing = None
        if not isinstance(error, (ServiceError, DatabaseError)):
            logger.error("Supresión fallida", exc_info=error)
        self._failed(self.tr("No se pudieron suprimir los datos"), error)

    def reject(self) -> None:
        """Not while an erasure runs: its outcome must still be told."""
        if self._erasing is not None:
            return
        super().reject()
