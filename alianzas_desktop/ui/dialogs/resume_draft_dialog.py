"""The start-up question: continue an alliance left half-way in the Nacimiento wizard?"""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from alianzas_desktop.domain.formatting import date_time
from alianzas_desktop.services.drafts import DraftInfo

logger = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResumeDraftDialog", text)


class ResumeChoice(StrEnum):
    CONTINUE = "continue"
    DISCARD = "discard"
    LATER = "later"


def _local(draft: DraftInfo):
    from datetime import UTC

    moment = draft.updated_at
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone() if moment else None


def resume_question(draft: DraftInfo) -> str:
    title = draft.title or _tr("(sin título)")
    when = date_time(_local(draft))
    if draft.kind == "sesion":
        text = _tr(
            "Hay una sesión sin terminar: «{title}», guardada el {when}.\n\n¿Continuar donde quedó?"
        ).format(title=title, when=when)
    else:
        text = _tr(
            "Hay una alianza sin terminar: «{title}», guardada el {when}.\n\n"
            "¿Continuar donde quedó?"
        ).format(title=title, when=when)
    # «p. m.» already ends the sentence.
    return text.replace("..\n", ".\n")


def ask_resume(draft: DraftInfo, parent: QWidget | None = None) -> ResumeChoice:
    """Continuar / Descartar / Más tarde, as a message box."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        _tr("Sesión sin terminar") if draft.kind == "sesion" else _tr("Alianza sin terminar")
    )
    box.setText(resume_question(draft))
    resume = box.addButton(_tr("Continuar"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_tr("Descartar"), QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(_tr("Más tarde"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(resume)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is resume:
        return ResumeChoice.CONTINUE
    if clicked is discard:
        confirm = QMessageBox.question(
            parent,
            _tr("Descartar borrador"),
            _tr("Se borrará lo que llevaba escrito de esta alianza. ¿Descartarlo?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if confirm == QMessageBox.StandardButton.Yes:
            return ResumeChoice.DISCARD
    return ResumeChoice.LATER
