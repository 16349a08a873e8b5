"""The start-up question: continue an alliance left half-way in the Nacimiento wizard?"""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from alianzas_desktop.domain.formatting import date_time
from alianzas_desktop.services.drafts import MEETING, DraftInfo

logger = logging.getLogger(__name__)


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
    title = draft.title or QCoreApplication.translate("ResumeDraftDialog", "(sin título)")
    when = date_time(_local(draft))
    if draft.kind == MEETING:
        text = QCoreApplication.translate(
            "ResumeDraftDialog",
            "Hay una sesión sin terminar: «{title}», guardada el {when}.\n\n"
            "¿Continuar donde quedó?",
        ).format(title=title, when=when)
    else:
        text = QCoreApplication.translate(
            "ResumeDraftDialog",
            "Hay una alianza sin terminar: «{title}», guardada el {when}.\n\n"
            "¿Continuar donde quedó?",
        ).format(title=title, when=when)
    # «p. m.» already ends the sentence.
    return text.replace("..\n", ".\n")


def ask_resume(draft: DraftInfo, parent: QWidget | None = None) -> ResumeChoice:
    """Continuar / Descartar / Más tarde, as a message box."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        QCoreApplication.translate("ResumeDraftDialog", "Sesión sin terminar")
        if draft.kind == MEETING
        else QCoreApplication.translate("ResumeDraftDialog", "Alianza sin terminar")
    )
    box.setText(resume_question(draft))
    resume = box.addButton(
        QCoreApplication.translate("ResumeDraftDialog", "Continuar"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    discard = box.addButton(
        QCoreApplication.translate("ResumeDraftDialog", "Descartar"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    later = box.addButton(
        QCoreApplication.translate("ResumeDraftDialog", "Más tarde"),
        QMessageBox.ButtonRole.RejectRole,
    )
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
            QCoreApplication.translate("ResumeDraftDialog", "Descartar borrador"),
            QCoreApplication.translate(
                "ResumeDraftDialog",
                "Se borrará lo que llevaba escrito de esta alianza. ¿Descartarlo?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if confirm == QMessageBox.StandardButton.Yes:
            return ResumeChoice.DISCARD
    return ResumeChoice.LATER


class NewOrResume(StrEnum):
    RESUME = "resume"
    NEW = "new"
    CANCEL = "cancel"


def ask_new_or_resume(draft: DraftInfo, count: int, parent: QWidget | None = None) -> NewOrResume:
    """«Nueva alianza» while one is half-way: continue it, start another, or neither."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ResumeDraftDialog", "Nueva alianza"))
    text = QCoreApplication.translate(
        "ResumeDraftDialog",
        "Hay una alianza sin terminar: «{title}», guardada el {when}.\n\n"
        "¿Continuarla, o empezar una nueva? La que está a medias sigue guardada en "
        "Archivo ▸ Borradores.",
    ).format(
        title=draft.title or QCoreApplication.translate("ResumeDraftDialog", "(sin título)"),
        when=date_time(_local(draft)),
    )
    if count > 1:
        text += "\n\n" + QCoreApplication.translate(
            "ResumeDraftDialog", "Hay {count} alianzas sin terminar en total."
        ).format(count=count)
    box.setText(text.replace("..\n", ".\n"))
    resume = box.addButton(
        QCoreApplication.translate("ResumeDraftDialog", "&Continuar la guardada"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    new = box.addButton(
        QCoreApplication.translate("ResumeDraftDialog", "Empezar una &nueva"),
        QMessageBox.ButtonRole.ActionRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("ResumeDraftDialog", "Cancelar"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(resume)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is resume:
        return NewOrResume.RESUME
    if clicked is new:
        return NewOrResume.NEW
    return NewOrResume.CANCEL
