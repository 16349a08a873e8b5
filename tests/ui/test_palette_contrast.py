"""The palette's colours read on the light and the dark theme (WCAG 4.5:1 for text)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout

from alianzas_desktop import settings
from alianzas_desktop.ui import appearance, palette
from alianzas_desktop.ui.widgets.field_error import WARNING, FieldMessage, hint_label
from alianzas_desktop.ui.widgets.guidance_panel import GuidancePanel

Role = QPalette.ColorRole


@pytest.fixture(params=[settings.THEME_LIGHT, settings.THEME_DARK])
def theme(request, qapp):
    appearance.apply_theme(qapp, request.param)
    yield request.param
    appearance.apply_theme(qapp, settings.THEME_SYSTEM)


def _text_on_background_pairs():
    """(what, text colour, background) for every text colour the palette hands out."""
    own = QApplication.palette()
    backgrounds = {"base": own.color(Role.Base), "window": own.color(Role.Window)}
    pairs = []
    for name in ("muted", "overdue", "error", "accent", "success", "text"):
        for where, background in backgrounds.items():
            pairs.append((f"{name} on {where}", getattr(palette, name)(), background))
    boxes = {
        "warning": (palette.warning_text(), palette.warning_background()),
        "error panel": (palette.error_text_on_panel(), palette.error_background()),
        "alarm": (palette.alarm_text(), palette.alarm_background()),
        "done mark": (palette.mark_text(), palette.mark_done()),
        "current mark": (palette.mark_text(), palette.mark_current()),
        "paper hint": (palette.paper_hint(), palette.paper()),
        "ink": (palette.ink(), palette.paper()),
    }
    for name, background in {
        "info": palette.info_background(),
        "panel": palette.panel_background(),
        "disagreement": palette.disagreement_background(),
        **{f"health {c}": palette.health_background(c) for c in ("verde", "amarillo", "rojo", "")},
    }.items():
        boxes[name] = (palette.text_on(background), background)
    pairs.extend((name, fg, bg) for name, (fg, bg) in boxes.items())
    # The theme's own roles, as the widgets paint them.
    for fg, bg in (
        (Role.Text, Role.Base),
        (Role.WindowText, Role.Window),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.PlaceholderText, Role.Base),
    ):
        pairs.append((f"{fg.name} on {bg.name}", own.color(fg), own.color(bg)))
    return pairs


def test_every_text_colour_reads_on_its_background(theme):
    assert palette.is_dark() == (theme == settings.THEME_DARK)
    poor = [
        f"{name}: {fg.name()} on {bg.name()} = {palette.contrast_ratio(fg, bg):.2f}"
        for name, fg, bg in _text_on_background_pairs()
        if palette.contrast_ratio(fg, bg) < palette.TEXT_CONTRAST
    ]
    assert not poor, "\n".join(poor)


def test_the_dark_theme_changes_the_colours_the_palette_hands_out(qapp):
    appearance.apply_theme(qapp, settings.THEME_LIGHT)
    light = (palette.muted().name(), palette.warning_background().name(), palette.accent().name())
    appearance.apply_theme(qapp, settings.THEME_DARK)
    try:
        dark = (
            palette.muted().name(),
            palette.warning_background().name(),
            palette.accent().name(),
        )
    finally:
        appearance.apply_theme(qapp, settings.THEME_SYSTEM)
    assert light == ("#56616d", "#fff4d6", "#1f4e79")
    assert all(a != b for a, b in zip(light, dark, strict=True)), dark


def test_a_colour_that_fails_on_an_unusual_background_is_pulled_towards_the_text(qapp):
    custom = QPalette(QApplication.palette())
    custom.setColor(Role.Base, QColor("#d0d0d0"))
    custom.setColor(Role.Window, QColor("#d0d0d0"))
    custom.setColor(Role.Text, QColor("#000000"))
    before = QApplication.palette()
    qapp.setPalette(custom)
    try:
        grey = palette.muted()
    finally:
        qapp.setPalette(before)
    assert palette.contrast_ratio(grey, QColor("#d0d0d0")) >= palette.TEXT_CONTRAST
    assert grey.name() != "#56616d"  # #56616d on #d0d0d0 is only 3.9:1


def test_a_window_rendered_dark_shows_its_messages_and_guidance_readably(qtbot, qapp):
    appearance.apply_theme(qapp, settings.THEME_DARK)
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        warning = FieldMessage(WARNING)
        warning.show_message("La fecha de firma es posterior a hoy.")
        hint = hint_label("Escriba dd/mm/aaaa.")
        guidance = GuidancePanel("datos_generales", "nacimiento")
        plain = QLabel("Nombre de la alianza")
        layout = QVBoxLayout(dialog)
        for widget in (plain, warning, hint, guidance):
            layout.addWidget(widget)
        dialog.resize(420, 460)
        dialog.show()
        qtbot.waitExposed(dialog)
        picture = dialog.grab().toImage()

        def pixel_at(widget, x=3, y=3):
            point = widget.mapTo(dialog, QPoint(x, y))
            ratio = picture.devicePixelRatio()
            return picture.pixelColor(int(point.x() * ratio), int(point.y() * ratio))

        window_bg = pixel_at(plain, 0, 0)
        assert window_bg.lightness() < 80, window_bg.name()  # the window itself is dark
        checks = {
            "etiqueta": (plain.palette().color(Role.WindowText), window_bg),
            "pista": (hint.palette().color(Role.WindowText), window_bg),
            "aviso": (warning.palette().color(Role.WindowText), pixel_at(warning)),
            "guía": (
                guidance.palette().color(Role.Text),
                pixel_at(guidance.viewport(), guidance.viewport().width() // 2, 2),
            ),
        }
        assert pixel_at(warning).name() == palette.warning_background().name()
        for name, (fg, bg) in checks.items():
            ratio = palette.contrast_ratio(fg, bg)
            assert ratio >= palette.TEXT_CONTRAST, f"{name}: {fg.name()} on {bg.name()} {ratio:.2f}"
    finally:
        appearance.apply_theme(qapp, settings.THEME_SYSTEM)


def test_no_colour_is_written_in_ui_outside_the_palette():
    import re
    from pathlib import Path

    ui = Path(palette.__file__).parent
    hex_colour = re.compile(r"#[0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?\b|#[0-9a-fA-F]{3}\b")
    named = re.compile(r"QColor\(\s*\"[a-z]+\"\s*\)|Qt\.GlobalColor\.(?!transparent)\w+")
    found = [
        f"{path.relative_to(ui)}:{number}: {line.strip()}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "palette.py"
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if hex_colour.search(line) or named.search(line)
    ]
    assert not found, "\n".join(found)
