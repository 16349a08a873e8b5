"""Work nobody asked for (``workers.start(cursor=False)``) waits until the window's event
loop is idle, so the window's first drawing does not share Python with it; work the
facilitator asked for starts at once."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from alianzas_desktop.ui import workers


def test_work_nobody_asked_for_starts_once_the_loop_has_nothing_pending(qtbot):
    ran = threading.Event()
    job = workers.start(ran.set, name="lectura de fondo", cursor=False)
    QApplication.processEvents()  # what the window had pending, handled without waiting
    assert QThreadPool.globalInstance().waitForDone(10_000)
    assert not ran.is_set()  # not handed to the pool yet
    qtbot.waitUntil(lambda: job.reported, timeout=10_000)  # the loop waits: it runs now
    assert ran.is_set() and job.error is None
    assert job not in workers._running


def test_work_nobody_asked_for_runs_one_job_at_a_time(qtbot):
    started, release = threading.Event(), threading.Event()

    def first_work():
        started.set()
        return release.wait(10)

    first = workers.start(first_work, name="agenda", cursor=False)
    second = workers.start(lambda: first.done, name="preparación", cursor=False)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: second.reported, timeout=10_000)
    assert first.result is True
    assert second.result is True  # it started once the first had ended


def test_work_the_facilitator_asked_for_starts_at_once(qtbot):
    ran = threading.Event()
    job = workers.start(ran.set, name="respaldo")
    assert ran.wait(10)  # no event loop turned meanwhile
    qtbot.waitUntil(lambda: job.reported, timeout=10_000)
    assert QApplication.overrideCursor() is None  # its busy cursor given back


def test_work_waiting_when_the_app_quits_is_dropped(qtbot):
    ran = threading.Event()
    job = workers.start(ran.set, name="lectura de fondo", cursor=False)
    QApplication.instance().aboutToQuit.emit()  # the window closed before the loop was idle
    qtbot.wait(50)  # the loop waits: nothing is left to start
    assert not ran.is_set() and not job.done
    assert job not in workers._running
