"""How the windows look on this laptop: the text size and the light or dark theme.

Both are stored in settings.py and applied to the whole application at start
(ui/app.py) and when Preferencias changes them. The text size scales the
application font, which every widget without a font of its own inherits, so
layouts grow with it; the theme sets the application palette, from which
ui/palette.py picks its light or dark colours.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from alianzas_desktop import settings

logger = logging.getLogger(__name__)

# What the application had before any setting was applied: 100 % and the system's theme.
_original: dict[str, object] = {}


def _remember(app: QApplication) -> None:
    if not _original:
        _original["font"] = QFont(app.font())
        _original["palette"] = QPalette(app.palette())
        _original["style"] = app.style().name()


def apply_saved(app: QApplication | None = None) -> None:
    """Apply the stored text size and theme (at start, and after Preferencias)."""
    app = app or QApplication.instance()
    apply_theme(app, settings.theme())
    apply_text_size(app, settings.text_size())


def system_font() -> QFont:
    """The font of 100 %: the application's before any text size was applied."""
    app = QApplication.instance()
    _remember(app)
    return QFont(_original["font"])


def apply_text_size(app: QApplication, percent: int) -> None:
    """Scale the application font to ``percent`` of the system's (100, 125, 150)."""
    _remember(app)
    font = QFont(_original["font"])
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * percent / 100)
    else:  # a font given in pixels
        font.setPixelSize(round(font.pixelSize() * percent / 100))
    app.setFont(font)
    logger.info("Tamaño del texto: %d %%", percent)


def text_scale() -> float:
    """The application font's size relative to 100 % (1.0, 1.25, 1.5)."""
    app = QApplication.instance()
    if app is None or not _original:
        return 1.0
    base = _original["font"].pointSizeF()
    now = app.font().pointSizeF()
    return now / base if base > 0 and now > 0 else 1.0


def apply_theme(app: QApplication, theme: str) -> None:
    """Follow the system's theme, or force a light or a dark one."""
    _remember(app)
    hints = QGuiApplication.styleHints()
    _follow_system_changes(app)
    if theme == settings.THEME_SYSTEM:
        hints.unsetColorScheme()
        if app.style().name() != _original["style"]:
            app.setStyle(QStyleFactory.create(str(_original["style"])))
        # An empty palette follows the platform's, also when the system's theme changes
        # later; only the roles that would not read are set over it.
        app.setPalette(QPalette())
        app.setPalette(readable_fixes(app.palette()))
        logger.info("Tema: según el sistema (%s)", "oscuro" if _is_dark(app) else "claro")
        return
    dark = theme == settings.THEME_DARK
    # The platform's own dark or light look where it has one (Windows 11, recent GNOME)...
    hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    # ...and where it does not, Fusion with our palette: the same on every platform.
    if _is_dark(app) != dark:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if dark else light_palette())
    else:
        app.setPalette(QPalette())
        app.setPalette(readable_fixes(app.palette()))
    logger.info("Tema: %s", "oscuro" if dark else "claro")


def _follow_system_changes(app: QApplication) -> None:
    """When the system turns light or dark, check the roles again (once connected)."""
    if _original.get("following"):
        return
    _original["following"] = True
    QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda _scheme: (
            apply_theme(app, settings.theme())
            if settings.theme() == settings.THEME_SYSTEM
            else None
        )
    )


def readable_fixes(palette: QPalette) -> QPalette:
    """An otherwise empty palette with the roles of ``palette`` that had to change to read."""
    fixed = readable_roles(QPalette(palette))
    overlay = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.PlaceholderText):
            if fixed.color(group, role) != palette.color(group, role):
                overlay.setColor(group, role, fixed.color(group, role))
    return overlay


def _is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Base).lightness() < 128


def readable_roles(palette: QPalette) -> QPalette:
    """``palette`` with a selection and placeholder text that read (4.5:1), else unchanged.

    Fusion's own selection (white on its light blue) is 3.7:1; a theme that already reads keeps
    its colours.
    """
    from alianzas_desktop.ui.palette import TEXT_CONTRAST, contrast_ratio

    Role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        selection = palette.color(group, Role.Highlight)
        selected_text = palette.color(group, Role.HighlightedText)
        darker = selected_text.lightness() > 127
        for _ in range(12):
            if contrast_ratio(selected_text, selection) >= TEXT_CONTRAST:
                break
            selection = selection.darker(112) if darker else selection.lighter(112)
        palette.setColor(group, Role.Highlight, selection)
        base = palette.color(group, Role.Base)
        placeholder = palette.color(group, Role.PlaceholderText)
        text = palette.color(group, Role.Text)
        for step in range(11):
            if contrast_ratio(placeholder, base) >= TEXT_CONTRAST:
                break
            placeholder = QColor.fromRgbF(
                placeholder.redF() + (text.redF() - placeholder.redF()) * 0.1 * step,
                placeholder.greenF() + (text.greenF() - placeholder.greenF()) * 0.1 * step,
                placeholder.blueF() + (text.blueF() - placeholder.blueF()) * 0.1 * step,
            )
        palette.setColor(group, Role.PlaceholderText, placeholder)
    return palette


def light_palette() -> QPalette:
    """Fusion's light palette, with a selection and placeholder text that read."""
    return readable_roles(QStyleFactory.create("Fusion").standardPalette())


def dark_palette() -> QPalette:
    """The dark theme where the platform has none (ui/palette.py keeps its colours)."""
    from alianzas_desktop.ui import palette

    return palette.dark_theme_palette()
