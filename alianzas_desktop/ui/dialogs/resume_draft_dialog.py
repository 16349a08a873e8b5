"""The start-up question: continue an alliance left half-way in the Nacimiento wizard?"""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from alianzas_desktop.domain.formatting import local_date_time
from alianzas_desktop.services.drafts import MEETING, DraftInfo

logger = logging.getLogger(__name__)


class ResumeChoice(StrEnum):
    CONTINUE = "continue"
    DISCARD = "discard"
    LATER = "later"


def resume_question(draft: DraftInfo) -> str:
    title = draft.title or QCoreApplication.translate("ResumeDraftDialog", "(sin título)")
    when = local_date_time(draft.updated_at)
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


def choose(parent: QWidget | None, title: str, text: str, choices: list[tuple[str, object]]):
    """A question box whose buttons are ``choices`` (label, answer), in order.

    The first is the default (Enter), the last what Escape or closing the box answers.
    """
    roles = [QMessageBox.ButtonRole.AcceptRole] + [QMessageBox.ButtonRole.ActionRole] * (
        len(choices) - 2
    )
    roles.append(QMessageBox.ButtonRole.RejectRole)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    buttons = [
        box.addButton(label, role) for (label, _answer), role in zip(choices, roles, strict=True)
    ]
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(buttons[-1])
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    for button, (_label, answer) in zip(buttons, choices, strict=True):
        if clicked is button:
            return answer
    return choices[-1][1]


def ask_resume(draft: DraftInfo, parent: QWidget | None = None) -> ResumeChoice:
    """Continuar / Descartar / Más tarde, as a message box."""
    title = (
        QCoreApplication.translate("ResumeDraftDialog", "Sesión sin terminar")
        if draft.kind == MEETING
        else QCoreApplication.translate("ResumeDraftDialog", "Alianza sin terminar")
    )
    answer = choose(
        parent,
        title,
        resume_question(draft),
        [
            (QCoreApplication.translate("ResumeDraftDialog", "Continuar"), ResumeChoice.CONTINUE),
            (QCoreApplication.translate("ResumeDraftDialog", "Descartar"), ResumeChoice.DISCARD),
            (QCoreApplication.translate("ResumeDraftDialog", "Más tarde"), ResumeChoice.LATER),
        ],
    )
    if answer != ResumeChoice.DISCARD:
        return answer
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
    text = QCoreApplication.translate(
        "ResumeDraftDialog",
        "Hay una alianza sin terminar: «{title}», guardada el {when}.\n\n"
        "¿Continuarla, o empezar una nueva? La que está a medias sigue guardada en "
        "Archivo ▸ Borradores.",
    ).format(
        title=draft.title or QCoreApplication.translate("ResumeDraftDialog", "(sin título)"),
        when=local_date_time(draft.updated_at),
    )
    if count > 1:
        text += "\n\n" + QCoreApplication.translate(
            "ResumeDraftDialog", "Hay {count} alianzas sin terminar en total."
        ).format(count=count)
    return choose(
        parent,
        QCoreApplication.translate("ResumeDraftDialog", "Nueva alianza"),
        text.replace("..\n", ".\n"),
        [
            (
                QCoreApplication.translate("ResumeDraftDialog", "&Continuar la guardada"),
                NewOrResume.RESUME,
            ),
            (
                QCoreApplication.translate("ResumeDraftDialog", "Empezar una &nueva"),
                NewOrResume.NEW,
            ),
            (QCoreApplication.translate("ResumeDraftDialog", "Cancelar"), NewOrResume.CANCEL),
        ],
    )
