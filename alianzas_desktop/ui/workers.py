"""Slow work (PDFs, backups, VACUUM, checks) in the thread pool, so the window keeps answering.

The work given to a job runs in another thread, so it must not touch widgets nor share a
SQLAlchemy session or sqlite3 connection with the window: give it a service function that
opens its own transaction (``db.transaction()``) or its own connection. Its result comes
back to the window's thread through ``JobSignals``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QApplication, QProgressBar, QWidget
from shiboken6 import isValid

from alianzas_desktop.ui.wording import worded

logger = logging.getLogger(__name__)

# Jobs started and not yet reported, kept alive here: the pool does not own them.
_running: set[Job] = set()
# Jobs nobody asked for, waiting until the window's event loop has nothing left to do.
_when_idle: list[Job] = []


class JobSignals(QObject):
    """Lives in the window's thread, so what is connected to it runs there."""

    finished = Signal(object)  # the work's return value
    failed = Signal(str)  # the error's message (Spanish when it comes from our code)


class Job(QRunnable):
    """One call of ``work()`` on a pool thread; ``result`` or ``error`` once ``done``."""

    def __init__(self, work: Callable[[], Any], name: str = ""):
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self.name = name or getattr(work, "__name__", "trabajo")
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self.reported = False  # the window's thread has run what was connected to the signals
        self._work = work
        self._waiters: list[Callable[[], None]] = []

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # reported to the window, which words it
            logger.warning("Falló %s: %s", self.name, exc, exc_info=True)
            self.error = exc
            self.done = True
            self._report(self.signals.failed, worded(exc))
            return
        self.result = result
        self.done = True
        self._report(self.signals.finished, result)

    def _mark_reported(self) -> None:
        self.reported = True
        for waiter in self._waiters:
            waiter()

    def _report(self, signal, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the app is closing and took the signals with it
            logger.info("%s terminó cuando la aplicación ya se cerraba", self.name)


def start(
    work: Callable[[], Any],
    *,
    busy: Iterable[QWidget] = (),
    indicator: QWidget | None = None,
    on_finished: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    name: str = "",
    cursor: bool = True,
) -> Job:
    """Run ``work`` in the pool; ``busy`` widgets are disabled and ``indicator`` shown meanwhile.

    ``cursor=False`` for work the facilitator did not ask for (reading behind the window):
    no busy cursor, and it is handed to the pool only when the window's event loop is about
    to wait, everything pending handled (at start-up: the window drawn), and no other such
    job runs. Python runs one
    thread at a time: such a job started at once made the window's first drawing wait for
    it (about 40–70 ms of the office's start). The job is kept until it reports, and
    finished before the app quits (one still waiting for the loop to be idle is dropped).

    ``on_finished(result)`` or ``on_failed(error)`` run in the window's thread after the
    widgets are given back their state.
    """
    job = Job(work, name)
    widgets = [(w, w.isEnabled()) for w in busy]
    for widget, _enabled in widgets:
        widget.setEnabled(False)
    if indicator is not None:
        indicator.show()
    if cursor:
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def settle() -> None:
        _running.discard(job)
        if cursor:
            QApplication.restoreOverrideCursor()
        for widget, enabled in widgets:
            if isValid(widget):
                widget.setEnabled(enabled)
        if indicator is not None and isValid(indicator):
            indicator.hide()

    job.signals.finished.connect(lambda _result: settle())
    job.signals.failed.connect(lambda _message: settle())
    if on_finished is not None:
        job.signals.finished.connect(lambda result: _call(on_finished, result))
    if on_failed is not None:
        job.signals.failed.connect(lambda _message: _call(on_failed, job.error))
    job.signals.finished.connect(lambda _result: job._mark_reported())
    job.signals.failed.connect(lambda _message: job._mark_reported())
    _running.add(job)
    _finish_before_quitting()
    if cursor or not _start_when_idle(job):
        QThreadPool.globalInstance().start(job)
    return job


def _start_when_idle(job: Job) -> bool:
    """``job`` handed to the pool when the window's event loop is about to wait and no other
    such job runs; False when there is no event loop to wait for (start it now)."""
    app = QApplication.instance()
    dispatcher = QAbstractEventDispatcher.instance(app.thread()) if app is not None else None
    if dispatcher is None:
        return False
    _when_idle.append(job)
    job.signals.finished.connect(lambda _result: _idle_job_done(job))
    job.signals.failed.connect(lambda _message: _idle_job_done(job))
    _wait_for_idle(dispatcher)
    return True


# Work nobody asked for runs one job at a time: side by side (the agenda, the warm-up) their
# memory added up (about 4 MiB more at the office's start) for no gain, as Python runs one
# thread at a time anyway.
_idle_running: list[Job] = []
_idle_dispatcher: list[QAbstractEventDispatcher] = []  # the one that will start the next


def _wait_for_idle(dispatcher: QAbstractEventDispatcher | None = None) -> None:
    if _idle_dispatcher or _idle_running or not _when_idle:
        return
    dispatcher = dispatcher or QAbstractEventDispatcher.instance()
    if dispatcher is not None:
        dispatcher.aboutToBlock.connect(_start_next, Qt.ConnectionType.DirectConnection)
        _idle_dispatcher.append(dispatcher)


def _stop_waiting_for_idle() -> None:
    for dispatcher in _idle_dispatcher:
        if isValid(dispatcher):
            dispatcher.aboutToBlock.disconnect(_start_next)
    _idle_dispatcher.clear()


def _start_next() -> None:
    _stop_waiting_for_idle()
    if _when_idle and not _idle_running:
        job = _when_idle.pop(0)
        _idle_running.append(job)
        QThreadPool.globalInstance().start(job)


def _idle_job_done(job: Job) -> None:
    if job in _idle_running:
        _idle_running.remove(job)
    _wait_for_idle()


def _forget_waiting_jobs() -> None:
    """The window closes: what nobody asked for and has not started is not read."""
    _stop_waiting_for_idle()
    for job in _when_idle:
        _running.discard(job)
    _when_idle.clear()


_quit_hooked = False


def _finish_before_quitting() -> None:
    """A backup being written when the window closes is finished, not cut in the middle."""
    global _quit_hooked
    app = QApplication.instance()
    if _quit_hooked or app is None:
        return
    app.aboutToQuit.connect(_forget_waiting_jobs)
    app.aboutToQuit.connect(lambda: QThreadPool.globalInstance().waitForDone())
    _quit_hooked = True


def _call(callback: Callable[[Any], None], value: Any) -> None:
    """A screen closed and deleted while its job ran is not told the outcome."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject) and not isValid(owner):
        logger.info("Trabajo terminado para una ventana que ya no existe")
        return
    callback(value)


def wait(job: Job) -> Any:
    """The result of a job from ``start`` (its error raised), the event loop turning meanwhile.

    Returns once the job's callbacks ran. For code that cannot go on without the answer
    (the start-up check, before the window exists); screens connect to the signals instead.
    """
    if not job.reported:
        loop = QEventLoop()
        job._waiters.append(loop.quit)
        # ``reported`` changes only on this thread, so the loop cannot miss it.
        loop.exec()
    if job.error is not None:
        raise job.error
    return job.result


def run(work: Callable[[], Any], *, name: str = "", **start_options) -> Any:
    """``start`` then ``wait``: the result of ``work`` computed off the window's thread."""
    return wait(start(work, name=name, **start_options))


def busy_bar(parent: QWidget | None = None) -> QProgressBar:
    """A hidden progress bar that moves without a percentage, to pass as ``indicator``."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(12)
    bar.hide()
    return bar
