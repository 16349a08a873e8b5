"""Qt's own file and print dialogs speak Colombian Spanish: no English left, no "fichero".

qtbase_es leaves some labels of these dialogs in English and uses Spain's
words; resources/translations/qt_es_CO.ts fills the gap and is loaded after it.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from alianzas_desktop.ui.app import install_translators
from alianzas_desktop.ui.file_dialogs import make_file_dialog

ENGLISH = {
    "look", "files", "file", "type", "name", "pages", "page", "double", "sided", "printing",
    "off", "binding", "output", "specify", "directory", "folder", "drive", "cancel", "open",
    "save", "print", "set", "all", "short", "long", "side", "properties", "copies", "options",
}  # fmt: skip


# What the system says of its printers (their names, the PPD's model, where they are) is
# the system's text, not the app's: a CUPS queue named «Generic CUPS-PDF Printer» is fine.
SYSTEM_TEXT = ("type", "location")


def visible_texts(dialog: QWidget) -> list[str]:
    printers = set(QPrinterInfo.availablePrinterNames())
    texts = [dialog.windowTitle()]
    for child in dialog.findChildren(QWidget):
        if child.objectName() in SYSTEM_TEXT:
            continue
        texts.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
    return [t for t in texts if t and not t.startswith("/") and t not in printers]


def english_words(texts: list[str]) -> set[str]:
    words = {w.lower() for text in texts for w in re.findall(r"[A-Za-z]+", text.replace("&", ""))}
    return words & ENGLISH


@pytest.fixture
def spanish(qapp):
    translators = install_translators(qapp)
    assert len(translators) >= 2, "faltan qtbase_es o qt_es_CO"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("saving", [False, True], ids=["abrir", "guardar"])
def test_the_file_dialog_is_in_colombian_spanish(spanish, qtbot, tmp_path, saving):
    dialog = make_file_dialog(None, "Respaldo", str(tmp_path), "Respaldo (*.sqlite)", saving=saving)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = visible_texts(dialog)

    assert "Buscar &en:" in texts and "Archivos de &tipo:" in texts
    assert english_words(texts) == set()
    assert not [t for t in texts if "ichero" in t]


def test_the_print_dialog_is_in_colombian_spanish(spanish, qtbot):
    printer = QPrinter()  # kept referenced: the dialog does not own it
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = visible_texts(dialog)

    assert "Impresión a doble cara" in texts
    assert english_words(texts) == set()
    assert not [t for t in texts if "ichero" in t]
