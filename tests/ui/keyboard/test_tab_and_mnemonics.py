"""On every page of both wizards: Tab goes round every input and button once; Alt+letters unique."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)

from alianzas_desktop.ui.widgets.guidance_panel import GuidancePanel
from alianzas_desktop.ui.widgets.keyboard import mnemonic_of
from alianzas_desktop.ui.wizards.meeting.base import (
    PAGE_ATTENDANCE,
    PAGE_CLOSING,
    PAGE_COMMITMENTS,
    PAGE_DEVELOPMENT,
)
from alianzas_desktop.ui.wizards.nacimiento.base import (
    PAGE_COMMITMENTS as NACIMIENTO_COMMITMENTS,
)
from alianzas_desktop.ui.wizards.nacimiento.base import (
    PAGE_PARTNERS,
    PAGE_PURPOSE,
    PAGE_STRUCTURE,
    PAGE_SUMMARY,
)
from tests.ui.meeting import conftest as meeting
from tests.ui.nacimiento import conftest as nacimiento

person_dialog = meeting.person_dialog

INPUTS = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
)


def tab_stops(wizard: QWizard) -> list[QWidget]:
    """What Tab may stop at: shown, enabled, taking focus by Tab, not standing in for another."""
    return [
        w
        for w in wizard.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}({widget.objectName() or text!r})"


def check_tab_goes_round(keys, wizard: QWizard) -> list[QWidget]:
    """From the focus, Tab visits each stop once and comes back; never sits in one widget."""
    expected = tab_stops(wizard)
    assert not [w for w in expected if isinstance(w, GuidancePanel)]
    assert [describe(w) for w in expected if not isinstance(w, INPUTS)] == []
    start = keys.focused()
    visited = [start]
    for _ in range(len(expected) + 2):
        keys.tab()
        if keys.focused() is start:
            break
        visited.append(keys.focused())
    else:
        raise AssertionError(
            f"Tab never came back to {describe(start)}: {[describe(w) for w in visited]}"
        )
    repeated = [describe(w) for w, n in Counter(visited).items() if n > 1]
    assert repeated == [], "Tab stayed inside these widgets"
    missed = [describe(w) for w in expected if w not in visited]
    assert missed == [], f"Tab never reached these; it went {[describe(w) for w in visited]}"
    invisible = [describe(w) for w in visited if w not in expected]
    assert invisible == [], "Tab stopped where nothing can be seen or typed"
    shown_buttons = [
        wizard.button(b)
        for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton)
        if wizard.button(b).isVisible() and wizard.button(b).isEnabled()
    ]
    assert all(b in visited for b in shown_buttons)
    return visited


def mnemonics_on_page(wizard: QWizard) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter on show: buttons, labels with a buddy, group boxes."""
    found = []
    for widget in wizard.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = mnemonic_of(text)
        if letter:
            found.append((letter, text))
    return found


def check_mnemonics(wizard: QWizard) -> None:
    found = mnemonics_on_page(wizard)
    counts = Counter(letter for letter, _text in found)
    clashes = sorted(text for letter, text in found if counts[letter] > 1)
    assert clashes == [], f"page {wizard.currentId()}: the same Alt+letter twice"
    page = wizard.currentPage()
    for label in page.findChildren(QLabel):
        if label.isVisible() and mnemonic_of(label.text()):
            assert label.buddy() is not None, label.text()
            assert label.buddy().focusPolicy() != Qt.FocusPolicy.NoFocus, label.text()
    # Every button of the page can be pressed with Alt+letter.
    plain = [b.text() for b in page.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    assert [t for t in plain if not mnemonic_of(t)] == []


def close_suggestions(keys) -> None:
    """Escape closes a completer's list (the helpers that type leave it open)."""
    if QApplication.activePopupWidget() is not None:
        keys.press(Qt.Key.Key_Escape)


def check_page(keys, wizard: QWizard) -> list[QWidget]:
    # The helpers that filled the page may leave suggestions open over another window.
    close_suggestions(keys)
    wizard.activateWindow()
    keys.qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    check_mnemonics(wizard)
    return check_tab_goes_round(keys, wizard)


def in_reading_order(visited: list[QWidget], fields) -> bool:
    """Tab meets ``fields`` one after the other, wherever the round started."""
    start = visited.index(fields[0])
    ring = visited[start:] + visited[:start]
    return [w for w in ring if w in fields] == list(fields)


def test_every_nacimiento_page(qtbot, keys, nacimiento_wizard):
    wizard = nacimiento_wizard
    check_page(keys, wizard)  # the basics, empty
    nacimiento.fill_basics(qtbot, wizard)
    close_suggestions(keys)
    nacimiento.click_next(qtbot, wizard)
    check_page(keys, wizard)  # partners, none yet: the editor is off
    for name, sector, identifier in nacimiento.PARTNERS:
        nacimiento.add_partner(qtbot, wizard, name, sector, identifier)
    nacimiento.tick(qtbot, wizard.page_widget(PAGE_PARTNERS).editor.consent_check)
    visited = check_page(keys, wizard)  # a partner in the editor, with its contact data open
    editor = wizard.page_widget(PAGE_PARTNERS).editor
    assert in_reading_order(
        visited, (*editor.organization_fields(), *editor.representative_fields())
    )
    nacimiento.click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_PURPOSE
    check_page(keys, wizard)
    nacimiento.fill_purpose(qtbot, wizard)
    nacimiento.click_next(qtbot, wizard)
    assert wizard.currentId() == NACIMIENTO_COMMITMENTS
    check_page(keys, wizard)  # no commitment yet
    nacimiento.add_commitment(qtbot, wizard, 0, "Dos técnicos", "1.000", date(2027, 6, 15))
    nacimiento.add_commitment(qtbot, wizard, 1, "La cosecha", "", date(2027, 6, 15))
    nacimiento.add_commitment(qtbot, wizard, 2, "Las familias", "", date(2027, 6, 15))
    check_page(keys, wizard)
    nacimiento.click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_STRUCTURE
    nacimiento.fill_structure(qtbot, wizard)
    check_page(keys, wizard)
    nacimiento.click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUMMARY
    check_page(keys, wizard)


def test_every_meeting_page(qtbot, keys, meeting_wizard, person_dialog):
    wizard = meeting_wizard
    check_page(keys, wizard)  # the convocation, with the partners' representatives invited
    meeting.fill_convocation(qtbot, wizard, person_dialog)
    check_page(keys, wizard)
    meeting.click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_ATTENDANCE
    meeting.take_attendance(qtbot, wizard, person_dialog)
    check_page(keys, wizard)
    meeting.click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_DEVELOPMENT
    meeting.develop(qtbot, wizard)
    check_page(keys, wizard)
    meeting.click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_COMMITMENTS
    meeting.add_commitments(qtbot, wizard)
    visited = check_page(keys, wizard)
    new = wizard.page_widget(PAGE_COMMITMENTS).new_editor
    assert in_reading_order(
        visited,
        (
            new.description_edit,
            new.organization_combo,
            new.responsible_combo,
            new.deadline_edit,
            new.kind_combo,
            new.logic_combo,
        ),
    )
    meeting.click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_CLOSING
    check_page(keys, wizard)


def test_the_add_person_dialog_has_one_alt_letter_per_field(qtbot):
    from alianzas_desktop.ui.wizards.meeting.attendee_dialog import AttendeeDialog

    dialog = AttendeeDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    letters = [mnemonic_of(w.text()) for w in dialog.findChildren(QAbstractButton)]
    letters += [
        mnemonic_of(label.text())
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None
    ]
    assert "" not in letters
    assert len(letters) == len(set(letters)) == 12
