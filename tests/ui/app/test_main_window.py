"""The main window: the list, the search box, opening an alliance, resuming a draft."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWizard

from alianzas_desktop.services import drafts
from alianzas_desktop.ui.dialogs.resume_draft_dialog import ResumeChoice, resume_question
from alianzas_desktop.ui.main_window import MainWindow
from alianzas_desktop.ui.models.alliance_table_model import AllianceTableModel
from tests.factories import nacimiento_data
from tests.ui.nacimiento.conftest import type_into
from tests.ui.user_events import click_menu_item, click_row


def shown_names(window: MainWindow) -> list[str]:
    proxy = window.proxy
    return sorted(proxy.index(r, AllianceTableModel.NAME).data() for r in range(proxy.rowCount()))


def test_empty_database_shows_the_welcome(window):
    assert window.stack.currentIndex() == MainWindow.EMPTY
    assert window.empty_button.text() == "Nueva alianza"
    assert window.db_label.text().startswith("Base de datos: ")
    assert window.db_label.text().endswith("alianzas.sqlite")


def search(qtbot, window: MainWindow, text: str) -> None:
    """Select what the search box holds and type over it; accents as a keyboard sends them."""
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, window.search_edit, text)
    assert window.search_edit.text() == text


def test_typing_in_the_search_box_filters_the_list(db, alliance_ids, window, qtbot):
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    assert window.stack.currentIndex() == MainWindow.LIST
    assert len(shown_names(window)) == 3
    assert window.count_label.text() == "3 alianzas"

    search(qtbot, window, "tumaco")
    assert shown_names(window) == ["Cacao para la Paz"]
    assert window.count_label.text() == "1 de 3 alianzas"

    search(qtbot, window, "ANTIOQUIA")
    assert shown_names(window) == ["Agua Limpia Veredal", "Alianza Frijol del Páramo"]

    search(qtbot, window, "narino paz")
    assert shown_names(window) == ["Cacao para la Paz"]

    search(qtbot, window, "NARIÑO")
    assert shown_names(window) == ["Cacao para la Paz"]

    search(qtbot, window, "productividad agricola")
    assert len(shown_names(window)) == 3

    search(qtbot, window, "cartagena")
    assert shown_names(window) == []
    assert window.count_label.text() == "Ninguna alianza coincide con la búsqueda"


def test_enter_on_a_row_opens_its_page_with_partners_and_versions(db, alliance_ids, window, qtbot):
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.search_edit, "tumaco")
    cell = window.table.visualRect(window.proxy.index(0, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    with qtbot.waitSignal(window.alliance_opened) as opened:
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened.args == [alliance_ids["Cacao para la Paz"]]
    page = window.alliance_page
    assert window.stack.currentWidget() is page
    assert page.title_label.text() == "Cacao para la Paz"
    assert "Tumaco, Nariño" in page.subtitle_label.text()
    assert page.timeline.current_phase == "nacimiento"
    assert page.partner_model.rowCount() == 3
    assert page.partners_view.model().index(1, 0).data() == "Comercializadora El Páramo S.A.S."
    assert page.commitment_model.rowCount() == 3
    assert page.version_model.rowCount() == 1
    assert page.version_model.index(0, 1).data() == "Borrador"
    assert page.tabs.tabText(0) == "Socios (3)"
    assert window.windowTitle() == "Cacao para la Paz — Alianzas"

    with qtbot.waitSignal(page.back_requested):
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == MainWindow.LIST


def test_agreement_menu_previews_the_latest_version(db, alliance_ids, window, no_modal, qtbot):
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    row = window.proxy.mapFromSource(
        window.model.index(window.model.row_of_id(alliance_ids["Agua Limpia Veredal"]), 0)
    ).row()
    click_row(qtbot, window.table, row)
    click_menu_item(qtbot, window.menuBar(), window.agreement_action)
    [preview] = no_modal
    if preview.rendering:
        with qtbot.waitSignal(preview.pages_shown, timeout=20_000):
            pass
    assert preview.page_count >= 1
    assert preview.windowTitle() == "Acuerdo de compromisos — versión 1"
    assert preview.pdf_bytes.startswith(b"%PDF")


def test_founded_alliance_opens_its_page_and_the_agreement(db, alliance_ids, window, no_modal):
    window.on_alliance_founded(alliance_ids["Cacao para la Paz"])
    assert window.alliance_page.alliance_id == alliance_ids["Cacao para la Paz"]
    [preview] = no_modal
    assert "quedó registrada" in preview.note_label.text()
    assert any(b.text() == "Emitir e imprimir…" for b in preview.buttons.buttons()), (
        "a draft offers to be issued and printed"
    )


def save_draft(db) -> str:
    return drafts.save_draft(
        db, "nacimiento", nacimiento_data().to_dict(), page=2, title="Alianza del Cacao"
    )


def test_no_drafts_no_question(window):
    asked = []
    assert window.offer_resume_draft(ask=asked.append) is None
    assert asked == []


def test_resume_question_names_the_draft(db):
    draft_id = save_draft(db)
    text = resume_question(drafts.load_draft(db, draft_id))
    assert text.startswith("Hay una alianza sin terminar: «Alianza del Cacao», guardada el ")
    assert "¿Continuar donde quedó?" in text


def test_discarding_the_draft_deletes_it(db, window):
    draft_id = save_draft(db)
    assert window.offer_resume_draft(ask=lambda draft: "discard") == ResumeChoice.DISCARD
    assert drafts.load_draft(db, draft_id) is None


def test_later_keeps_the_draft(db, window):
    draft_id = save_draft(db)
    assert window.offer_resume_draft(ask=lambda draft: "later") == ResumeChoice.LATER
    assert drafts.load_draft(db, draft_id) is not None
    assert window.wizard is None


def test_continue_opens_the_wizard_on_the_draft(db, window, qtbot):
    draft_id = save_draft(db)
    seen = []
    with qtbot.waitSignal(window.wizard_opened) as opened:
        choice = window.offer_resume_draft(ask=lambda draft: seen.append(draft.id) or "continue")
    assert choice == ResumeChoice.CONTINUE
    assert seen == [draft_id]
    wizard = opened.args[0]
    assert wizard is window.wizard
    assert wizard.draft_id == draft_id
    assert wizard.isVisible()
    # The wizard asks whether to keep the draft when closed: keep it.
    from alianzas_desktop.ui.wizards.nacimiento import wizard as wizard_module

    wizard._ask_keep_draft = lambda: wizard_module.KEEP
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert window.wizard is None
    assert drafts.load_draft(db, draft_id) is not None


def test_qt_translator_speaks_spanish(qapp):
    from alianzas_desktop.ui.app import install_translators

    installed = install_translators(qapp)
    try:
        assert installed, "qtbase_es should load from Qt's translations folder"
        wizard = QWizard()
        next_text = wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "")
        back_text = wizard.buttonText(QWizard.WizardButton.BackButton).replace("&", "")
        assert "Siguiente" in next_text
        assert "Atrás" in back_text
        wizard.deleteLater()
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


def test_geometry_is_remembered(db, qtbot):
    first = MainWindow(db)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.close()
    second = MainWindow(db)
    qtbot.addWidget(second)
    assert second.size().width() == 700
    assert second.size().height() == 500
    assert Qt.WindowType.Window & second.windowFlags()
