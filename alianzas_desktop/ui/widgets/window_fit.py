"""Size every window and dialog to fit the screen it opens on (a 1366×768 laptop at least)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

logger = logging.getLogger(__name__)

# Before a window is shown the platform cannot say how thick its frame will be (and the
# offscreen platform says 2 px): reserve at least a common title bar and borders.
FRAME_ALLOWANCE = QMargins(4, 36, 4, 4)


def screen_of(widget: QWidget) -> QScreen:
    """The screen a window opens on: its parent window's, else its own, else the primary."""
    parent = widget.parentWidget()
    if parent is not None and parent.window().isVisible():
        return parent.window().screen()
    return widget.screen() or QGuiApplication.primaryScreen()


def frame_margins(widget: QWidget) -> QMargins:
    """The window frame around ``widget``, never less than ``FRAME_ALLOWANCE``."""
    frame = widget.frameGeometry()
    inner = widget.geometry()
    known = QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )
    return QMargins(
        max(known.left(), FRAME_ALLOWANCE.left()),
        max(known.top(), FRAME_ALLOWANCE.top()),
        max(known.right(), FRAME_ALLOWANCE.right()),
        max(known.bottom(), FRAME_ALLOWANCE.bottom()),
    )


def usable_size(widget: QWidget) -> QSize:
    """The largest client area a window can have on its screen, frame and taskbar excluded."""
    area = screen_of(widget).availableGeometry()
    margins = frame_margins(widget)
    return QSize(
        area.width() - margins.left() - margins.right(),
        area.height() - margins.top() - margins.bottom(),
    )


def fit_to_screen(widget: QWidget, preferred_width: int, preferred_height: int) -> QSize:
    """Resize ``widget`` to its preferred size or the screen's usable size if smaller; centre it.

    A dialog is centred over its parent window (kept inside the screen), any other
    window on the screen. Returns the size given.
    """
    usable = usable_size(widget)
    size = QSize(min(preferred_width, usable.width()), min(preferred_height, usable.height()))
    widget.resize(size)
    centre(widget)
    needed = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if needed.width() > usable.width() or needed.height() > usable.height():
        logger.warning(
            "%s necesita %d×%d y la pantalla deja %d×%d",
            type(widget).__name__,
            needed.width(),
            needed.height(),
            usable.width(),
            usable.height(),
        )
    return size


def centre(widget: QWidget) -> None:
    """Place the window's frame in the middle of its parent window, or of its screen."""
    area = screen_of(widget).availableGeometry()
    margins = frame_margins(widget)
    outer = QSize(
        widget.width() + margins.left() + margins.right(),
        widget.height() + margins.top() + margins.bottom(),
    )
    parent = widget.parentWidget()
    anchor = (
        parent.window().frameGeometry()
        if parent is not None and parent.window().isVisible()
        else area
    )
    frame = QRect(QPoint(0, 0), outer)
    frame.moveCenter(anchor.center())
    # Keep the whole frame on the screen, title bar first.
    left = max(area.left(), min(frame.left(), area.right() + 1 - outer.width()))
    top = max(area.top(), min(frame.top(), area.bottom() + 1 - outer.height()))
    widget.move(left, top)


def keep_on_screen(widget: QWidget) -> None:
    """Move a window that grew (a wizard page wider than the last) back onto its screen.

    Only the position changes; a window larger than the screen keeps its top-left corner
    on it.
    """
    if not widget.isWindow() or not widget.isVisible():
        return
    area = screen_of(widget).availableGeometry()
    frame = widget.frameGeometry()
    margins = frame_margins(widget)
    outer_width = widget.width() + margins.left() + margins.right()
    outer_height = widget.height() + margins.top() + margins.bottom()
    left = max(area.left(), min(frame.left(), area.right() + 1 - outer_width))
    top = max(area.top(), min(frame.top(), area.bottom() + 1 - outer_height))
    if (left, top) != (frame.left(), frame.top()):
        widget.move(left, top)
