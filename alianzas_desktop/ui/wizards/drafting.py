"""A wizard whose answers are kept as a draft while the facilitator types, shared by all wizards."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard, QWizardPage

from alianzas_desktop.services import drafts
from alianzas_desktop.services.drafts import DraftInfo
from alianzas_desktop.services.errors import ServiceError, ValidationFailed
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.widgets.window_fit import fit_to_screen
from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

SAVE_DELAY_MS = 400
KEEP, DISCARD, CANCEL = "keep", "discard", "cancel"

Stored = TypeVar("Stored")


class DraftingWizard(QWizard):
    """Saves a draft shortly after each change and on each page turn; asks on closing mid-way.

    Subclasses set ``DRAFT_KIND``, ``FIRST_PAGE``, ``LAST_PAGE`` and ``DATA_TYPE``; their
    constructor takes the draft to resume from ``_resume()`` and opens its pages with
    ``_open_pages()``. They give ``draft_title()``, ``_keep_draft_texts()``,
    ``page_for_error()`` and, when the payload is more than ``self.data``,
    ``_draft_payload()``. Their last step stores through ``_finish()``.
    """

    draft_saved = Signal(str)  # draft id, each time the draft is written

    DRAFT_KIND = ""
    FIRST_PAGE = 0
    LAST_PAGE = 0
    DATA_TYPE: Any = None  # the wizard's data class; its ``from_dict`` reads a stored draft

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._draft_id: str | None = None
        self._dirty = False
        self._closed = False
        self.restoring = False
        self.data: Any = None
        self.pages: dict[int, QWizardPage] = {}

    # -- public --------------------------------------------------------------------

    @property
    def draft_id(self) -> str | None:
        return self._draft_id

    def page_widget(self, page_id: int) -> QWizardPage:
        """The page object of ``page_id`` (its widgets, for the wizard and its tests)."""
        return self.pages[page_id]

    # -- building --------------------------------------------------------------------

    def _load_draft(self, draft_id: str | None) -> DraftInfo | None:
        """The stored draft to resume, or None (a missing draft starts afresh)."""
        if not draft_id:
            return None
        stored = drafts.load_draft(self._db, draft_id)
        if stored is None:
            logger.warning("Borrador %s no encontrado; se empieza de cero", draft_id)
            return None
        self._draft_id = stored.id
        return stored

    def _draft_start_page(self, stored: DraftInfo) -> int:
        return max(self.FIRST_PAGE, min(stored.page, self.LAST_PAGE))

    def _resume(self, draft_id: str | None, alliance_id: str) -> tuple[Any, str, int]:
        """What an alliance's wizard opens on: the draft's data (None to start afresh), the
        alliance the draft is about, and the page the facilitator had reached."""
        stored = self._load_draft(draft_id)
        if stored is None:
            return None, alliance_id, self.FIRST_PAGE
        data = self.DATA_TYPE.from_dict(stored.payload)
        subject = data.alliance_id or stored.subject_id or alliance_id
        return data, subject, self._draft_start_page(stored)

    def _open_pages(
        self,
        title: str,
        finish_text: str,
        pages: dict[int, QWizardPage],
        start_page: int,
        *,
        size: tuple[int, int] = (1180, 720),
        cancel_text: str | None = None,
    ) -> None:
        """Title and buttons, the pages with their drafting wired, then ``start_page``."""
        self._set_up_wizard(title, finish_text, cancel_text or self.tr("Salir"))
        self.pages = pages
        self._connect_drafting()
        self._assemble_pages(*size)
        self._go_to(start_page)

    def _set_up_wizard(self, title: str, finish_text: str, cancel_text: str) -> None:
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setTitleFormat(Qt.TextFormat.RichText)
        # Alt+T and Alt+G on every page: the pages' own letters keep clear of them.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< A&trás"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Si&guiente >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, finish_text)
        self.setButtonText(QWizard.WizardButton.CancelButton, cancel_text)

    def _connect_drafting(self) -> None:
        """The save timer, and the signals that mark the draft as changed."""
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)

        self._save_timer.timeout.connect(self.save_draft_now)
        for page in self.pages.values():
            page.changed.connect(self._data_changed)
        self.currentIdChanged.connect(self._page_changed)

    def _assemble_pages(self, width: int, height: int) -> None:
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        fit_to_screen(self, width, height)
        for page in self.pages.values():
            page.load()
            # QWizard decides whether a page may grow when it switches to it: the page's
            # layout must already be computed, or the guidance panel stays short.
            page.layout().activate()

    # -- navigation ------------------------------------------------------------------

    def _go_to(self, page_id: int) -> None:
        """Open at ``page_id`` with a real history, so Back works after a restore."""
        self.restoring = True
        try:
            self.restart()
            while self.currentId() < page_id and self.currentId() != -1:
                self.next()
        finally:
            self.restoring = False

    def _back_to(self, page_id: int) -> None:
        while self.currentId() > page_id:
            self.back()

    # -- finishing -------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        """A page is left only when it checks; leaving the last one stores the wizard's work."""
        if not super().validateCurrentPage():
            return False
        if self.restoring or self.currentId() != self.LAST_PAGE:
            return True
        return self._store()

    def _store(self) -> bool:
        """Store what the wizard gathered, through ``_finish``; False keeps the wizard open."""
        raise NotImplementedError

    def page_for_error(self, key: str) -> int:
        """The page that holds the field an error key names (each wizard's own map)."""
        raise NotImplementedError

    def _finish(self, store: Callable[[], Stored]) -> Stored | None:
        """The last step: save the draft, store through a service, and end the draft.

        A refusal leaves the wizard open and the draft kept: bad fields send the
        facilitator back to the first page holding one, with every message beside its
        field; any other refusal is said on the last page. Returns what ``store`` gave.
        """
        self.save_draft_now()
        try:
            stored = store()
        except ValidationFailed as failed:
            self._show_failure(failed.errors)
            return None
        except ServiceError as error:
            self.pages[self.LAST_PAGE].failure_message.show_message(worded(error))
            return None
        self._discard_draft()
        self._closed = True
        return stored

    def _show_failure(self, errors: dict[str, str]) -> None:
        """Go back to the page of the first bad field and show every message there."""
        target = min((self.page_for_error(key) for key in errors), default=self.FIRST_PAGE)
        self._back_to(target)
        self.pages[target].show_errors(errors)

    # -- drafts -----------------------------------------------------------------------

    def _data_changed(self) -> None:
        if self._closed:
            return
        self._dirty = True
        self._save_timer.start()

    def _page_changed(self, page_id: int) -> None:
        if self.restoring or self._closed:
            return
        self._page_entered(page_id)
        if self._draft_id is not None:
            self._dirty = True  # the page is part of the draft
        self.save_draft_now()

    def _page_entered(self, page_id: int) -> None:
        """What a wizard does when the facilitator turns to ``page_id``; nothing by default."""

    def draft_title(self) -> str:
        raise NotImplementedError

    def _draft_payload(self) -> dict:
        return self.data.to_dict()

    def _draft_subject_id(self) -> str | None:
        return None

    def save_draft_now(self) -> None:
        """Write the draft at once if something changed since the last write."""
        self._save_timer.stop()
        if not self._dirty or self._closed:
            return
        try:
            self._draft_id = drafts.save_draft(
                self._db,
                self.DRAFT_KIND,
                self._draft_payload(),
                page=max(self.currentId(), self.FIRST_PAGE),
                title=self.draft_title(),
                draft_id=self._draft_id,
                subject_id=self._draft_subject_id(),
            )
        except Exception:  # the facilitator keeps typing; the next change retries
            logger.exception("No se pudo guardar el borrador (%s)", self.DRAFT_KIND)
            return
        self._dirty = False
        self.draft_saved.emit(self._draft_id)

    def _discard_draft(self) -> None:
        self._save_timer.stop()
        self._dirty = False
        if self._draft_id is not None:
            drafts.discard_draft(self._db, self._draft_id)
            self._draft_id = None

    # -- closing mid-way ----------------------------------------------------------------

    def _keep_draft_texts(self) -> tuple[str, str]:
        """The title and question of the keep-draft box, already translated."""
        raise NotImplementedError

    def _ask_keep_draft(self) -> str:
        """Ask whether to keep the draft; tests replace this method."""
        title, question = self._keep_draft_texts()
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(question)
        keep = box.addButton(self.tr("Guardar borrador"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Descartar"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return KEEP
        if clicked is discard:
            return DISCARD
        return CANCEL

    def reject(self) -> None:
        """Cancel, Escape and the window's close button all come here."""
        if self._closed:
            super().reject()
            return
        self.save_draft_now()
        if self._draft_id is not None:
            answer = self._ask_keep_draft()
            if answer == CANCEL:
                return
            if answer == DISCARD:
                self._discard_draft()
        self._closed = True
        super().reject()
