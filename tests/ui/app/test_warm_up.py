"""After the first window shows, the first alliance page's modules, SQLAlchemy's mappers and
Babel's data are prepared in the thread pool (ui/app.py ``warm_up``)."""

from __future__ import annotations

import sys

from alianzas_desktop.ui import app, workers


def test_the_warm_up_prepares_the_first_alliance_page_without_error(qtbot):
    job = app.start_warm_up()
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert job.error is None  # a module renamed or moved would fail here
    for module in app._FIRST_PAGE_MODULES:
        assert module in sys.modules
    qtbot.waitUntil(lambda: job not in workers._running)  # let go once it reported
