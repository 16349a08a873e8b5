"""The few colours the app adds to the system theme, chosen to read on light and dark themes.

Every colour in ui/ comes from here, by what it means (muted text, an error, a heading,
a warning box), never as a hex code in a widget. Each has a light and a dark value; the
dark one is taken when the application's palette is dark (the system's dark theme, or the
"Oscuro" setting). Text colours are then checked against the palette's own background and
pulled towards its text colour until they reach WCAG's 4.5:1, so a system theme with an
unusual background still reads.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

logger = logging.getLogger(__name__)

# WCAG 2.x: normal text needs 4.5:1 against its background.
TEXT_CONTRAST = 4.5

# (light, dark) pairs, by meaning.
_MUTED = ("#56616d", "#a9b4bf")
_ERROR = ("#b3261e", "#ff8a80")
_ACCENT = ("#1f4e79", "#8cbcec")
_SUCCESS = ("#1e6b34", "#81c995")
_WARNING_TEXT = ("#6b4500", "#ffd98a")
_WARNING_BACKGROUND = ("#fff4d6", "#3b2d06")
_WARNING_BORDER = ("#e8b53a", "#9c7a22")
_ERROR_TEXT_ON_PANEL = ("#8c1d18", "#ffb4ab")
_ERROR_BACKGROUND = ("#fdecea", "#3f1512")
_ERROR_BORDER = ("#e0a49e", "#8c3a33")
_INFO_BACKGROUND = ("#eef4fa", "#16283a")
_INFO_BORDER = ("#7aa7d6", "#3f6f9f")
_PANEL_BACKGROUND = ("#f4f6f8", "#26292d")
_PANEL_BORDER = ("#d5dbe1", "#4a5058")
_HEALTH_BACKGROUND = {
    "verde": ("#e8f5e9", "#15301a"),
    "amarillo": ("#fff8e1", "#352a08"),
    "rojo": ("#fdecea", "#3f1512"),
}
_HEALTH_BORDER = {
    "verde": ("#81c784", "#3f7f45"),
    "amarillo": ("#e8b53a", "#9c7a22"),
    "rojo": ("#e0a49e", "#8c3a33"),
}
# The traffic-light dot: the same on both themes (it has an outline), unknown health grey.
_HEALTH_MARK = {"verde": "#2e7d32", "amarillo": "#f2b705", "rojo": "#c62828"}
_NO_HEALTH_MARK = "#9aa5b1"
_GRID = ("#9aa5b1", "#6b7683")
_TRACK = ("#e4e7eb", "#3a4048")
_CHART_SERIES = (
    ("#1f4e79", "#8cbcec"),
    ("#c0711a", "#f0a860"),
    ("#2f7d4f", "#7fcf9a"),
    ("#8e3b8e", "#d79ad7"),
    ("#b22222", "#ff8a80"),
    ("#5f6b7a", "#b4bfcc"),
    ("#0e8c8c", "#6fd6d6"),
)
_DISAGREEMENT = ("#fde2c8", "#4a3119")
# Behind the white pages of a document preview, on either theme.
_PAGE_BACKDROP = "#5f6368"


def _palette() -> QPalette:
    if QApplication.instance() is not None:
        return QApplication.palette()
    # Before the application exists (a module's constant): a plain light theme.
    return QPalette(QColor("#efefef"))


def is_dark() -> bool:
    """Whether the application's palette is a dark one (light text on a dark base)."""
    palette = _palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _pick(pair: tuple[str, str]) -> QColor:
    return QColor(pair[1] if is_dark() else pair[0])


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque colour, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours, 1 to 21."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0–1) of the way to ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def readable(colour: QColor, *backgrounds: QColor) -> QColor:
    """``colour``, or the nearest mix of it with the theme's text colour that reads on
    every background given (4.5:1); the theme's own background when none is given."""
    palette = _palette()
    if not backgrounds:
        backgrounds = (
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Window),
        )
    text = palette.color(QPalette.ColorRole.Text)
    for step in range(11):
        candidate = _mix(colour, text, step / 10)
        if all(contrast_ratio(candidate, bg) >= TEXT_CONTRAST for bg in backgrounds):
            return candidate
    return text


# -- text on the window's own background --------------------------------------------------


def muted() -> QColor:
    """Secondary text: counts, hints, what is kept only for the record."""
    return readable(_pick(_MUTED))


def overdue() -> QColor:
    """Text of a date already past: red that keeps its contrast on either theme."""
    return readable(_pick(_ERROR))


def error() -> QColor:
    """Text of an error that blocks (a field's message, a removed record)."""
    return readable(_pick(_ERROR))


def accent() -> QColor:
    """Headings and names that stand out: the programme's blue."""
    return readable(_pick(_ACCENT))


def success() -> QColor:
    """Text of something done (present, fulfilled)."""
    return readable(_pick(_SUCCESS))


# -- boxes: a background, its border and the text on it ----------------------------------


def warning_background() -> QColor:
    return _pick(_WARNING_BACKGROUND)


def warning_border() -> QColor:
    return _pick(_WARNING_BORDER)


def warning_text() -> QColor:
    """Text on ``warning_background``."""
    return readable(_pick(_WARNING_TEXT), warning_background())


def error_background() -> QColor:
    return _pick(_ERROR_BACKGROUND)


def error_border() -> QColor:
    return _pick(_ERROR_BORDER)


def error_text_on_panel() -> QColor:
    """Text on ``error_background``."""
    return readable(_pick(_ERROR_TEXT_ON_PANEL), error_background())


def info_background() -> QColor:
    """Guidance and notes beside the work."""
    return _pick(_INFO_BACKGROUND)


def info_border() -> QColor:
    return _pick(_INFO_BORDER)


def panel_background() -> QColor:
    """A quiet box grouping read-only text (a person's details, the seed's question)."""
    return _pick(_PANEL_BACKGROUND)


def panel_border() -> QColor:
    return _pick(_PANEL_BORDER)


def text() -> QColor:
    """The theme's own text colour."""
    return _palette().color(QPalette.ColorRole.Text)


def text_on(background: QColor) -> QColor:
    """Plain text on one of the boxes above: the theme's text, or its opposite if it fails."""
    own = text()
    if contrast_ratio(own, background) >= TEXT_CONTRAST:
        return own
    return QColor("#ffffff") if relative_luminance(background) < 0.18 else QColor("#1d2733")


def alarm_background() -> QColor:
    """A small badge that must be seen (critical incidents): the same strong red on both themes."""
    return QColor(_ERROR[0])


def alarm_text() -> QColor:
    """Text on ``alarm_background``."""
    return QColor("#ffffff")


def health_background(code: str) -> QColor:
    """The banner behind an alliance's health (verde, amarillo, rojo; neutral otherwise)."""
    return _pick(_HEALTH_BACKGROUND.get(code, _PANEL_BACKGROUND))


def health_border(code: str) -> QColor:
    return _pick(_HEALTH_BORDER.get(code, _PANEL_BORDER))


def health_mark(code: str) -> QColor:
    """The traffic-light dot of a health code."""
    return QColor(_HEALTH_MARK.get(code, _NO_HEALTH_MARK))


def disagreement_background() -> QColor:
    """A row where partners' scores differ widely."""
    return _pick(_DISAGREEMENT)


def paper() -> QColor:
    """What is drawn as on paper (the signature pad): white on both themes, like the page."""
    return QColor("#ffffff")


def ink() -> QColor:
    return QColor("#000000")


def paper_line() -> QColor:
    """The dashed line to sign on."""
    return QColor("#9aa5b1")


def paper_hint() -> QColor:
    """A hint written on the paper («Firme aquí»), readable on it."""
    return QColor("#5f6b7a")


def page_backdrop() -> QColor:
    """Behind the pages of a document preview."""
    return QColor(_PAGE_BACKDROP)


# -- pictures ---------------------------------------------------------------------------


def grid() -> QColor:
    """Lines of a chart or a timeline that are not data."""
    return _pick(_GRID)


def track() -> QColor:
    """The unfilled part of a bar."""
    return _pick(_TRACK)


def series(index: int) -> QColor:
    """The colour of a chart's ``index``-th series (repeats after seven)."""
    return _pick(_CHART_SERIES[index % len(_CHART_SERIES)])


def mark_done() -> QColor:
    """A filled step already taken (white text on it), the same on both themes."""
    return QColor("#2e7d5b")


def mark_current() -> QColor:
    """The filled step where the work is now (white text on it), the same on both themes."""
    return QColor("#1f6fb2")


def mark_text() -> QColor:
    """Text on ``mark_done``, ``mark_current`` and ``alarm_background``."""
    return QColor("#ffffff")


def outline() -> QColor:
    """A thin outline round a mark, in the theme's text colour, translucent."""
    colour = QColor(text())
    colour.setAlpha(96)
    return colour


# -- style sheets -------------------------------------------------------------------------


def css(colour: QColor) -> str:
    """A colour as a style sheet or HTML value (#rrggbb)."""
    return colour.name()


def text_style(colour: QColor) -> str:
    """A style sheet that only sets the text colour."""
    return f"color: {colour.name()};"


def box_style(selector: str, background: QColor, border: QColor, foreground: QColor) -> str:
    """A style sheet for a rounded box with its text colour."""
    return (
        f"{selector} {{ background: {background.name()}; border: 1px solid {border.name()};"
        f" border-radius: 4px; color: {foreground.name()}; }}"
    )


# -- the whole theme ----------------------------------------------------------------------


def dark_theme_palette() -> QPalette:
    """A dark palette for Fusion: light text on dark grey, every text role ≥ 4.5:1."""
    window, base, text = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#e8e8e8")
    theme = QPalette()
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#a0a0a0"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#3a3d41"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff8a80"),
        QPalette.ColorRole.Light: QColor("#505357"),
        QPalette.ColorRole.Midlight: QColor("#43464a"),
        QPalette.ColorRole.Mid: QColor("#33363a"),
        QPalette.ColorRole.Dark: QColor("#18191b"),
        QPalette.ColorRole.Shadow: QColor("#0d0d0e"),
        QPalette.ColorRole.Highlight: QColor("#2f6fb0"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#8cbcec"),
        QPalette.ColorRole.LinkVisited: QColor("#c3a6e8"),
    }
    for role, colour in roles.items():
        theme.setColor(role, colour)
    disabled = QColor("#8a8a8a")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        theme.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return theme
