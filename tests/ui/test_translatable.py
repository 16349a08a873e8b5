"""Every user string can be extracted by pyside6-lupdate: no private translation helpers.

lupdate only sees ``self.tr("…")``, ``QCoreApplication.translate("Context", "…")`` and
``QT_TRANSLATE_NOOP`` on literals; a ``_tr(text)`` wrapper hides every string it is given.
"""

from __future__ import annotations

import ast
from pathlib import Path

import alianzas_desktop

PACKAGE = Path(alianzas_desktop.__file__).parent


def test_no_module_defines_a_private_translation_helper():
    helpers = []
    for source in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in ("_tr", "_translate", "tr_"):
                helpers.append(f"{source.relative_to(PACKAGE)}:{node.lineno}")
    assert helpers == []


def test_literal_texts_are_translated_under_a_literal_context():
    """A literal text under a computed context is invisible to lupdate (NOOP-marked
    constants translated through a variable are fine: lupdate saw them where marked)."""
    dynamic = []
    for source in (PACKAGE / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and getattr(node.func.value, "id", "") == "QCoreApplication"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and not isinstance(node.args[0], ast.Constant)
            ):
                dynamic.append(f"{source.relative_to(PACKAGE)}:{node.lineno}")
    assert dynamic == []
