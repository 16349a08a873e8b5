"""Refusals of the domain and the services are worded in the windows' language.

The domain and the services say a refusal as a ``domain.i18n.Message``: the Spanish
sentence, carrying its marked template and its arguments. The windows word it through
the installed translators, so with English chosen the message under a field is English;
with Spanish it is the same text as always.
"""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP, message
from alianzas_desktop.services import alliance_changes
from alianzas_desktop.services.errors import NotFoundError, ValidationFailed
from alianzas_desktop.ui.dialogs.alliance_edit_dialog import AllianceEditDialog
from alianzas_desktop.ui.wizards.nacimiento.base import PAGE_BASICS
from alianzas_desktop.ui.wording import worded
from tests.ui.founded import conftest as founded
from tests.ui.founded.conftest import click
from tests.ui.modal import when_modal
from tests.ui.nacimiento import conftest as nacimiento
from tests.ui.nacimiento.conftest import click_next, fill_basics, type_into

issued_alliance = founded.issued_alliance
keep_draft_question = nacimiento.keep_draft_question
make_wizard = nacimiento.make_wizard
wizard = nacimiento.wizard

PACKAGE = Path(__file__).resolve().parents[2] / "alianzas_desktop"


def _empty_name_refused(qtbot, wizard):
    page = wizard.page_widget(PAGE_BASICS)
    fill_basics(qtbot, wizard)
    page.name_edit.clear()
    click_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_BASICS
    return page


def test_an_empty_name_is_refused_in_english_beside_the_field(qtbot, english, make_wizard):
    wizard = make_wizard()
    page = _empty_name_refused(qtbot, wizard)

    shown = page.messages["name"]
    assert shown.isVisible()
    assert shown.text() == "Write the alliance's name."
    assert page.name_edit.accessibleDescription() == "Write the alliance's name."
    type_into(qtbot, page.name_edit, "Alianza del Cacao")
    assert not shown.isVisible()


def test_the_same_refusal_in_spanish_reads_as_before(qtbot, wizard):
    page = _empty_name_refused(qtbot, wizard)
    assert page.messages["name"].text() == "Escriba el nombre de la alianza."


def test_a_too_long_text_says_its_limit_with_english_digits(qtbot, english, make_wizard):
    wizard = make_wizard()
    page = wizard.page_widget(PAGE_BASICS)
    fill_basics(qtbot, wizard)
    page.vereda_edit.setMaxLength(100_000)  # the field stops typing at the limit; a paste may not
    page.vereda_edit.setText("x" * 201)
    click_next(qtbot, wizard)
    assert page.messages["vereda"].text() == "The text is too long: at most 200 characters."


def test_saving_a_correction_to_an_archived_alliance_is_refused_in_english(
    db, qtbot, english, issued_alliance
):
    dialog = AllianceEditDialog(db, issued_alliance)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    alliance_changes.archive_alliance(db, issued_alliance)  # from another window, meanwhile

    seen = when_modal(QMessageBox, lambda box: box.accept())
    click(qtbot, dialog.save_button)

    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["The alliance is archived: restore it before correcting its data."]
    assert dialog.isVisible()  # nothing saved; the facilitator may still copy what was typed


def test_a_service_refusal_is_worded_in_english_with_its_arguments(english):
    refused = NotFoundError(
        message(
            QT_TRANSLATE_NOOP(
                "errores", "La fecha no es razonable: debe estar entre {first} y {last}."
            ),
            first="1990",
            last="2056",
        )
    )
    assert str(refused) == "La fecha no es razonable: debe estar entre 1990 y 2056."
    assert worded(refused) == "The date is not reasonable: it must be between 1990 and 2056."
    failed = ValidationFailed({})
    assert str(failed) == "Hay datos por corregir."
    assert worded(failed) == "Some data need correcting."
    assert worded(ValueError("sin traducir")) == "sin traducir"


def test_a_date_argument_follows_the_language(english):
    said = message(QT_TRANSLATE_NOOP("errores", "Indique {what}."), what=date(2026, 3, 2))
    assert str(said) == "Indique 02/03/2026."
    assert worded(said) == "Give Mar 2, 2026."


def _calls(tree: ast.AST, name: str):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if called == name:
                yield node


def _is_mark(node: ast.AST, context: str | None = "errores") -> bool:
    """A QT_TRANSLATE_NOOP on literals, under ``context`` (any literal one when None)."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and [type(a) for a in node.args] == [ast.Constant, ast.Constant]
        and (context is None or node.args[0].value == context)
    )


def _marked_template(call: ast.Call) -> bool:
    """message()'s template: marked under the context the call names ("errores" when it
    names none), or a variable holding a text marked where it was written."""
    if not call.args:
        return False
    named = next((k.value for k in call.keywords if k.arg == "context"), None)
    if named is None:
        return _is_mark(call.args[0])
    if isinstance(named, ast.Constant):
        return _is_mark(call.args[0], named.value)
    return _is_mark(call.args[0], None) or isinstance(call.args[0], ast.Name)


def test_every_message_template_and_field_phrase_is_marked_for_lupdate():
    """What lupdate cannot see has no translation: a message() template must be a literal
    QT_TRANSLATE_NOOP("errores", …), and so must a field phrase given to check_text/check_date."""
    unmarked = []
    for path in [
        *PACKAGE.joinpath("domain").glob("*.py"),
        *PACKAGE.joinpath("services").glob("*.py"),
    ]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _calls(tree, "message"):
            if not _marked_template(call):
                unmarked.append(f"{path.name}:{call.lineno}")
        for name in ("check_text", "check_date"):
            for call in _calls(tree, name):
                for keyword in call.keywords:
                    value = keyword.value
                    literal_empty = isinstance(value, ast.Constant) and value.value == ""
                    if keyword.arg == "what" and not (
                        _is_mark(value) or literal_empty or isinstance(value, ast.Name)
                    ):
                        unmarked.append(f"{path.name}:{call.lineno}")
    assert unmarked == []


def _bare_text(node: ast.AST | None) -> bool:
    """A literal or f-string, or a text marked under a context other than "errores"."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
        return not _is_mark(node)
    return isinstance(node, ast.Constant | ast.JoinedStr) and bool(
        not isinstance(node, ast.Constant) or node.value
    )


def test_no_refusal_of_the_domain_or_the_services_is_a_bare_sentence():
    """A finished sentence (a literal or an f-string) raised or put in an errors dict cannot
    be worded in English: it must be a message() with its values as arguments."""
    bare = []
    for path in [
        *PACKAGE.joinpath("domain").glob("*.py"),
        *PACKAGE.joinpath("services").glob("*.py"),
    ]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            said: list[ast.AST] = []
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                first = node.exc.args[0]
                said = list(first.values) if isinstance(first, ast.Dict) else [first]
            elif (
                isinstance(node, ast.Assign)
                and isinstance(node.targets[0], ast.Subscript)
                and isinstance(node.targets[0].value, ast.Name)
                and "error" in node.targets[0].value.id
            ):
                said = [node.value]
            bare += [f"{path.name}:{node.lineno}" for value in said if _bare_text(value)]
    assert bare == []
