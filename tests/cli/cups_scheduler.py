"""One CUPS scheduler and cups-pdf queue shared by every test process on the machine.

cupsd is one per machine (port 631, /run/cups/cups.sock, /etc/cups), but pytest-xdist
runs a module's tests in several workers, each with its own module fixtures, and other
pytest sessions may run beside them. So whoever needs the queue registers itself in a
state file under a lock; the first starts cupsd (if none runs) and creates the queue (if
missing), the last one out deletes what was created and stops what was started. A worker
that died is pruned from the holders by its pid and start time, so its share is not held
for ever; a scheduler or queue it left behind is cleaned up by the next last one out.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

logger = logging.getLogger(__name__)

STATE_DIR = Path(tempfile.gettempdir()) / "alianzas-tests-cups"
LOCK_TIMEOUT = 180  # another process may be starting cupsd or creating the queue meanwhile
START_TIMEOUT = 30
STOP_TIMEOUT = 20
POLL = 0.1

# The cupsd processes this process started: reaped here when it is the one to stop them.
_children: dict[int, subprocess.Popen] = {}


class SchedulerError(RuntimeError):
    """cupsd did not start, or the queue could not be made; the message says why."""


def tool(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ, LC_ALL="C", LANG="C"),
    )


def scheduler_running() -> bool:
    return "scheduler is running" in tool("lpstat", "-r").stdout


def queue_exists(queue: str) -> bool:
    return queue in tool("lpstat", "-e").stdout.split()


def _process_stat(pid: int) -> list[str] | None:
    """/proc/<pid>/stat after the command name: [state, ppid, …]; None when gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw.rsplit(")", 1)[1].split()


def _alive(pid: int) -> bool:
    stat = _process_stat(pid)
    return stat is not None and stat[0] not in ("Z", "X")


def _holder_id(pid: int) -> str | None:
    """pid and start time: a pid the system gave to another process is not the holder."""
    stat = _process_stat(pid)
    return None if stat is None else f"{pid}:{stat[19]}"


def _still_there(holder: str) -> bool:
    pid = int(holder.split(":", 1)[0])
    return _alive(pid) and _holder_id(pid) == holder


@contextmanager
def _locked(state_file: Path) -> Iterator[dict]:
    """The state, read and written back under an exclusive lock (waited for with a deadline)."""
    state_file.parent.mkdir(parents=True, exist_ok=True)
    with open(state_file.with_suffix(".lock"), "a+") as lock:
        deadline = time.monotonic() + LOCK_TIMEOUT
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise SchedulerError(
                        f"{state_file} sigue bloqueado tras {LOCK_TIMEOUT} s"
                    ) from None
                time.sleep(POLL)
        try:
            try:
                state = json.loads(state_file.read_text())
            except (OSError, ValueError):
                state = {}
            state.setdefault("holders", [])
            state.setdefault("scheduler", None)
            state.setdefault("queues_created", [])
            state["holders"] = [h for h in state["holders"] if _still_there(h)]
            try:
                yield state
            finally:  # what was started before a failure is recorded, to be stopped
                temporary = state_file.with_suffix(".tmp")
                temporary.write_text(json.dumps(state))
                os.replace(temporary, state_file)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _start_scheduler(log_file: Path) -> str:
    with open(log_file, "ab") as log:
        # Its own session: a worker that dies does not take the others' scheduler with it.
        child = subprocess.Popen(
            ["cupsd", "-f"], stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    _children[child.pid] = child
    deadline = time.monotonic() + START_TIMEOUT
    while not scheduler_running():
        if child.poll() is not None or time.monotonic() > deadline:
            _stop_scheduler(_holder_id(child.pid))
            raise SchedulerError("cupsd no arrancó: " + log_file.read_text(errors="replace"))
        time.sleep(POLL)
    return _holder_id(child.pid)


def _stop_scheduler(scheduler: str | None) -> None:
    """Stop that cupsd ("pid:start time") if it still runs, and wait until it is gone."""
    if scheduler is None or not _still_there(scheduler):
        return
    pid = int(scheduler.split(":", 1)[0])
    try:
        command = Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return
    if command != "cupsd":
        return
    child = _children.pop(pid, None)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + STOP_TIMEOUT
        while time.monotonic() < deadline:
            if child is not None and child.poll() is not None:
                return
            if not _alive(pid):  # a zombie of another worker counts as gone
                return
            time.sleep(POLL)
    raise SchedulerError(f"cupsd (pid {pid}) no se detuvo")


@contextmanager
def shared_queue(
    queue: str, make_queue: Callable[[], None], log_file: Path, state_dir: Path = STATE_DIR
) -> Iterator[str]:
    """A running scheduler with ``queue`` for as long as the block runs, in any process."""
    state_file = state_dir / "state.json"
    me = _holder_id(os.getpid())
    with _locked(state_file) as state:
        try:
            if not scheduler_running():
                state["scheduler"] = _start_scheduler(log_file)
            if not queue_exists(queue):
                make_queue()
                if queue not in state["queues_created"]:
                    state["queues_created"].append(queue)
        except BaseException:
            if not state["holders"]:
                _stop_scheduler(state["scheduler"])
                state["scheduler"] = None
            raise
        state["holders"].append(me)
    try:
        yield queue
    finally:
        with _locked(state_file) as state:
            state["holders"] = [h for h in state["holders"] if h != me]
            if not state["holders"]:
                # The last one out: nobody else is printing, so nothing is cut short.
                for name in state["queues_created"]:
                    if scheduler_running():
                        tool("lpadmin", "-x", name)
                state["queues_created"] = []
                _stop_scheduler(state["scheduler"])
                state["scheduler"] = None
