"""Entry point: `alianzas` opens the app; with a subcommand it works headless."""

from __future__ import annotations

import logging
import os
import sys

logger = logging.getLogger(__name__)

# Milliseconds after which the window closes itself, as if the facilitator closed it: lets a
# smoke test of a packaged build open the real window and see it quit cleanly.
QUIT_AFTER_ENV = "ALIANZAS_QUIT_AFTER_MS"


def main(argv: list[str] | None = None) -> int:
    from alianzas_desktop.cli import parse, run_command

    args = parse(argv)
    if args.command is None:
        from alianzas_desktop.ui.app import run

        quit_after = os.environ.get(QUIT_AFTER_ENV, "")
        if quit_after.isdigit():
            _close_windows_after(int(quit_after))
        return run(args.db)
    return run_command(args)


def _close_windows_after(milliseconds: int) -> None:
    """Close the main window once the app waits for the facilitator, ``milliseconds`` on."""
    from PySide6.QtCore import QThread, QTimer
    from PySide6.QtWidgets import QMainWindow

    from alianzas_desktop.ui.app import create_application

    app = create_application()
    timer = QTimer(app)
    timer.setInterval(max(milliseconds, 50))

    def close_when_waiting() -> None:
        # Only from the running event loop, with the window up and no question open: closing
        # earlier (while start-up checks turn events) would leave the loop with nothing to end.
        waiting = QThread.currentThread().loopLevel() >= 1 and not app.activeModalWidget()
        shown = any(isinstance(w, QMainWindow) and w.isVisible() for w in app.topLevelWidgets())
        if waiting and shown:
            timer.stop()
            app.closeAllWindows()

    timer.timeout.connect(close_when_waiting)
    timer.start()


if __name__ == "__main__":
    sys.exit(main())
