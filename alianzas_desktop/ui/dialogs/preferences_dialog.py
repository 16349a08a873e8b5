"""Herramientas ▸ Preferencias…: how the app looks and speaks on this laptop.

One row per preference in ``self.form`` (a QFormLayout). A new preference adds
its widget in ``_build_widgets``, its row in ``_assemble`` and its storing in
``save``; settings.py keeps the values (no Qt there).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from alianzas_desktop import settings
from alianzas_desktop.ui import appearance

logger = logging.getLogger(__name__)


class PreferencesDialog(QDialog):
    """Edits the preferences kept on this laptop; Aceptar stores them."""

    # The language to speak from now on ("es" or "en"), emitted only when it changes.
    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferencias"))
        self._language_before = settings.language()
        self._build_widgets()
        self._connect_signals()
        self._assemble()

    def _build_widgets(self) -> None:
        self.language_combo = QComboBox()
        # Each language is named in itself, so it can be found whatever the app speaks now.
        self.language_combo.addItem("Español", settings.SPANISH)
        self.language_combo.addItem("English", settings.ENGLISH)
        self.language_combo.addItem(self.tr("Según el sistema"), settings.SYSTEM)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(settings.language_choice()))
        )
        self.language_combo.setAccessibleName(self.tr("Idioma"))
        self.language_combo.setAccessibleDescription(
            self.tr("El idioma de las ventanas; la aplicación se reinicia para cambiarlo.")
        )
        self.language_note = QLabel(
            self.tr(
                "Al aceptar, la ventana principal se cierra y se abre de nuevo en el idioma "
                "elegido."
            )
        )
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)

        self.text_size_combo = QComboBox()
        for percent in settings.TEXT_SIZES:
            self.text_size_combo.addItem(self.tr("{percent} %").format(percent=percent), percent)
        self.text_size_combo.setCurrentIndex(
            max(0, self.text_size_combo.findData(settings.text_size()))
        )
        self.text_size_combo.setAccessibleDescription(
            self.tr("El tamaño de las letras en todas las ventanas; cambia al aceptar.")
        )
        self.theme_combo = QComboBox()
        self.theme_combo.addItem(self.tr("Según el sistema"), settings.THEME_SYSTEM)
        self.theme_combo.addItem(self.tr("Claro"), settings.THEME_LIGHT)
        self.theme_combo.addItem(self.tr("Oscuro"), settings.THEME_DARK)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.theme())))
        self.theme_combo.setAccessibleDescription(
            self.tr("Colores claros u oscuros; la ventana principal se abre de nuevo con ellos.")
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Aceptar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancelar"))

    def _connect_signals(self) -> None:
        self.language_combo.currentIndexChanged.connect(self._show_language_note)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _assemble(self) -> None:
        self.form = QFormLayout()
        self._add_row(self.tr("&Idioma:"), self.language_combo)
        self.form.addRow(self.language_note)
        self._add_row(self.tr("Tamaño del te&xto:"), self.text_size_combo)
        self._add_row(self.tr("&Tema:"), self.theme_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _add_row(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        self.form.addRow(label, widget)
        return label

    def _show_language_note(self) -> None:
        self.language_note.setVisible(self.chosen_language != self._language_before)
        self.adjustSize()  # room for the wrapped note, which would be clipped otherwise

    @property
    def language_choice(self) -> str:
        """ "es", "en" or "system", as chosen in the combo."""
        return self.language_combo.currentData() or settings.DEFAULT_LANGUAGE

    @property
    def chosen_language(self) -> str:
        """The language the choice means on this laptop ("es" or "en")."""
        choice = self.language_choice
        return settings.system_language() if choice == settings.SYSTEM else choice

    def save(self) -> bool:
        try:
            settings.set_language_choice(self.language_choice)
            settings.set_text_size(self.text_size_combo.currentData())
            settings.set_theme(self.theme_combo.currentData())
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("No se pudo guardar"),
                self.tr("No se pudieron guardar las preferencias: {error}").format(
                    error=exc.strerror or exc
                ),
            )
            return False
        logger.info("Preferencias guardadas (idioma %s)", self.language_choice)
        appearance.apply_saved()  # the text size at once; the theme's colours too
        self.accept()
        if self.chosen_language != self._language_before:
            self.language_changed.emit(self.chosen_language)
        return True

    @classmethod
    def edit_preferences(cls, parent: QWidget | None = None) -> tuple[str, bool]:
        """Open the dialog; (the language to speak now, accepted)."""
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        language = settings.language()
        dialog.deleteLater()
        return language, accepted


def open_preferences(window: QWidget) -> bool:
    """Herramientas ▸ Preferencias…; a new language reopens the main window in it.

    True when the app restarts in another language.
    """
    from alianzas_desktop.ui import language as ui_language

    speaking = ui_language.current_language()
    looks = (settings.theme(), settings.text_size())
    chosen, accepted = PreferencesDialog.edit_preferences(window)
    # Another theme or text size also reopens the window: its boxes take their colours,
    # and its headings their sizes, when built.
    if not accepted or (chosen == speaking and (settings.theme(), settings.text_size()) == looks):
        return False
    return ui_language.request_restart(window)
