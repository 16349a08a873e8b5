"""Benchmark: the figures of issue 13 on an office-size database, beside their baselines.

A keystroke is timed to its first page shown: the keystroke's own work and repaint
("answered"), then the slices the list looks in from the event loop when a word must be
checked alliance by alliance. Every figure is taken in a fresh process (offscreen Qt),
on the cached file of ``bench/office_db.py``: start to the main window (first start of
the day, with its daily copy, and a later start), keystrokes and a widening backspace in
the alliance search, the list's and the main window's refresh, the agenda panel, the
tablero's health distribution, and ``list people --json`` / ``list meetings --json``
with their peak memory. Baselines:
a bare PySide6 window started the same way, a QSortFilterProxyModel over a plain model
with as many rows, and a raw sqlite3 + json script over the same columns. Prints
figures; asserts nothing. Usage:
    QT_QPA_PLATFORM=offscreen python bench/office_speed.py [SCALE] [--only=start,window,tablero,cli]
(default scale 0.2, every part). Ratios are to the baseline, or to issue 13's target.
Set PYTHONPATH to another checkout to measure that code, and ALIANZAS_OFFICE_DB to a
file of its schema (office_db.py caches one per schema head).
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from office_db import build  # noqa: E402

logger = logging.getLogger(__name__)

BARE_WINDOW = r"""
import json, time
started = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.show()
app.processEvents()
print(json.dumps({"total": time.perf_counter() - started}))
"""

START = r"""
import json, sys, time
started = time.perf_counter()
from alianzas_desktop.ui.app import create_application, open_main_window
app = create_application([])
window = open_main_window(sys.argv[1])
app.processEvents()
shown = time.perf_counter()
# The deferred checks (when there are any) finish in the background; wait for them so
# the next start finds today's copy, and say how long they took.
check = getattr(window, "deferred_check", None)
if check is not None:
    check.wait()
print(json.dumps({"total": shown - started, "checks_done": time.perf_counter() - started}))
window.close()
window.db.close()
"""

WINDOW = r"""
import json, sys, time
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from alianzas_desktop.ui.app import create_application, open_main_window
app = create_application([])
window = open_main_window(sys.argv[1])
check = getattr(window, "deferred_check", None)
if check is not None:
    check.wait()
app.processEvents()
# The search's names are read behind the window after the first load: wait for them too.
from PySide6.QtCore import QThreadPool
QThreadPool.globalInstance().waitForDone(120_000)
app.processEvents()
figures = {"alliances": window.model.total_count()}
window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

def timed(action):
    started = time.perf_counter()
    action()
    app.processEvents()
    return time.perf_counter() - started

answered = []  # the keystroke's own work and the table repainted
def keystroke(text):
    started = time.perf_counter()
    window.search_edit.setText(text)
    window.table.viewport().repaint()
    answered.append(time.perf_counter() - started)
    # Then the rest of the first page, looked for from the event loop in slices.
    model = window.model
    while model.rowCount() < model.page_size and not model.count_is_exact():
        app.processEvents()
    app.processEvents()
    return time.perf_counter() - started

def keystrokes(texts):
    return [keystroke(text) for text in texts]

# Names from the data: a person's surname (common: people share them) and a partner's
# whole name (rare), typed a key at a time, then erased a key at a time.
import sqlite3
raw = sqlite3.connect(sys.argv[1])
person = raw.execute("SELECT full_name FROM people ORDER BY id LIMIT 1").fetchone()[0]
partner = raw.execute(
    "SELECT o.name FROM organizations o JOIN memberships m ON m.organization_id = o.id "
    "ORDER BY o.id LIMIT 1").fetchone()[0]
raw.close()
def typed(word):
    return [word[:n] for n in range(1, len(word) + 1)]
def erased(word):
    return [word[:n] for n in range(len(word) - 1, -1, -1)]

typing = keystrokes(typed("alianza 1"))
widening = keystrokes(["alianza ", "alianza", "alianz", "alia", "al", "a", ""])
surname = person.split()[-1].lower()
people_typing = keystrokes(typed(surname)) + keystrokes(erased(surname))
partner_typing = keystrokes(typed(partner.lower())) + keystrokes(erased(partner.lower()))
figures["searched"] = {"person": surname, "partner": partner}
figures["keystroke_max"] = max(typing)
figures["keystroke_people_max"] = max(people_typing)
figures["keystroke_partner_max"] = max(partner_typing)
figures["keystroke_all"] = sorted(typing + widening + people_typing + partner_typing)
figures["answered_all"] = sorted(answered)
figures["backspace_widening"] = [min(widening), max(widening)]
figures["list_refresh"] = min(
    timed(lambda: window.model.load(window.db, include_archived=False)) for _ in range(3)
)
figures["refresh"] = min(timed(window.refresh) for _ in range(3))
figures["agenda"] = min(timed(window.agenda_panel.refresh) for _ in range(3))
# The agenda is read again only after a write (services/agenda.py keeps the last reading):
# the same refreshes with that reading forgotten, as after a change.
from alianzas_desktop.services import agenda as agenda_service

def forgotten(action):
    agenda_service._cache.clear()
    return timed(action)

figures["refresh_changed"] = min(forgotten(window.refresh) for _ in range(3))
figures["agenda_changed"] = min(forgotten(window.agenda_panel.refresh) for _ in range(3))

# Baseline: a proxy over a plain model holding as many rows, widened the same way.
plain = QStandardItemModel()
while window.model.canFetchMore():
    window.model.fetchMore()
for row in range(window.model.rowCount()):
    plain.appendRow([QStandardItem(window.model.index(row, c).data() or "")
                     for c in range(window.model.columnCount())])
proxy = QSortFilterProxyModel()
proxy.setSourceModel(plain)
proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
proxy.setDynamicSortFilter(True)
proxy.sort(0)
proxy.setFilterFixedString("alianza 1")
times = []
for text in ("alianza ", "alianza", "alianz", "alia", "al", "a", ""):
    started = time.perf_counter()
    proxy.setFilterFixedString(text)
    times.append(time.perf_counter() - started)
figures["baseline_backspace"] = [min(times), max(times)]
print(json.dumps(figures))
window.close()
window.db.close()
"""

# The tablero's window: shown, then its tables filled by its worker (the event loop running
# as in the app).
TABLERO_WINDOW = r"""
import json, sys, time
from PySide6.QtTest import QTest
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.app import create_application
app = create_application([])
db = Database.open(sys.argv[1])
from alianzas_desktop.ui.dashboard_window import DashboardWindow
figures = {}
started = time.perf_counter()
window = DashboardWindow(db)
window.show()
QTest.qWaitForWindowExposed(window)
app.processEvents()
figures["shown"] = time.perf_counter() - started
window.dashboard_loaded.connect(
    lambda _board: (figures.__setitem__("filled", time.perf_counter() - started), app.quit())
)
app.exec()
print(json.dumps(figures))
"""

# The tablero's health distribution: one SQL aggregate against the domain rule applied
# in Python to every alliance (the way before), on the same file.
TABLERO = r"""
import json, sys, time
from collections import Counter
from sqlalchemy import select
from alianzas_desktop.services import dashboard, health
from alianzas_desktop.storage.database import Database
from alianzas_desktop.storage.models import Alliance
db = Database.open(sys.argv[1])
scope = select(Alliance.id).where(Alliance.archived_at.is_(None))

def best(action, rounds=2):
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return min(times), result

def in_sql():
    with db.reading() as session:
        return health.health_distribution(session, scope)

def in_python():
    with db.reading() as session:
        ids = list(session.scalars(scope))
    return dict(Counter(r.health for r in health.health_of_all(db, alliance_ids=ids).values()))

sql_time, by_sql = best(in_sql)
python_time, by_python = best(in_python)
whole, _ = best(lambda: dashboard.build_dashboard(db), rounds=1)
print(json.dumps({"sql": sql_time, "python": python_time, "equal": by_sql == by_python,
                  "distribution": by_sql, "dashboard": whole}))
db.close()
"""

MEASURE = r"""
import json, resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
elapsed = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": elapsed, "peak_mib": usage.ru_maxrss / 1024,
                  "cpu": usage.ru_utime + usage.ru_stime}))
"""

RAW_PEOPLE = r"""
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
rows = c.execute(
    "SELECT p.id, p.full_name, o.name, EXISTS (SELECT 1 FROM data_authorizations a "
    "WHERE a.person_id = p.id AND a.revoked_on IS NULL), p.erased_at IS NOT NULL "
    "FROM people p LEFT JOIN organizations o ON o.id = p.organization_id ORDER BY p.full_name")
print(json.dumps([{"id": i, "name": n, "organization": o or "", "authorized": bool(a),
                   "erased": bool(e)} for i, n, o, a, e in rows], ensure_ascii=False, indent=2))
"""

RAW_MEETINGS = r"""
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
rows = c.execute(
    "SELECT m.id, m.alliance_id, a.name, m.number, m.date, m.status, m.kind, m.place, "
    "m.objective, m.signed_on IS NOT NULL FROM meetings m JOIN alliances a "
    "ON a.id = m.alliance_id ORDER BY m.date DESC, m.start_time DESC")
keys = ("id", "alliance_id", "alliance_name", "number", "date", "status", "kind", "place",
        "objective", "signed")
print(json.dumps([dict(zip(keys, r)) for r in rows], ensure_ascii=False, indent=2))
"""


def _child(code: str, *args: str, env: dict) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        cwd=env["ALIANZAS_DATA_DIR"],
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def _measure(command: list[str], env: dict) -> dict:
    return _child(MEASURE, *command, env=env)


def _ratio(ours: float, baseline: float) -> str:
    return f"{ours / baseline:.1f}×" if baseline > 0 else ""


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    only = {
        part
        for a in sys.argv[1:]
        if a.startswith("--only=")
        for part in a.removeprefix("--only=").split(",")
    } or {"start", "window", "tablero", "cli"}
    scale = float(args[0]) if args else 0.2
    # Another file (an older schema's cache, for an older checkout) through the environment.
    database = Path(os.environ.get("ALIANZAS_OFFICE_DB") or build(scale))
    print(f"{database} ({database.stat().st_size / 2**20:.0f} MiB, scale {scale:g})")

    def ms(seconds: float) -> str:
        return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"

    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, ALIANZAS_DATA_DIR=folder)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.setdefault("ALIANZAS_ACTOR", "Oficina")
        if "start" in only:
            bare = min(_child(BARE_WINDOW, env=env)["total"] for _ in range(2))
            first = _child(START, str(database), env=env)  # makes today's copy
            later = min(
                (_child(START, str(database), env=env) for _ in range(2)),
                key=lambda f: f["total"],
            )
            rows += [
                (
                    "start to main window (first of the day)",
                    ms(first["total"]),
                    f"bare window {ms(bare)}",
                    _ratio(first["total"], bare),
                ),
                ("  … its checks and daily copy done", ms(first["checks_done"]), "", ""),
                (
                    "start to main window",
                    ms(later["total"]),
                    f"bare window {ms(bare)}",
                    _ratio(later["total"], bare),
                ),
            ]
        if "window" in only:
            window = _child(WINDOW, str(database), env=env)
            print(f"{window['alliances']} alliances in the list; searched {window['searched']}")
            target_key, target_refresh = 0.030, 0.300
            plain = window["baseline_backspace"]
            rows += [
                (
                    "search keystroke «alianza 1» (slowest)",
                    ms(window["keystroke_max"]),
                    "target 30 ms",
                    _ratio(window["keystroke_max"], target_key),
                ),
                (
                    "search keystroke, a person's surname",
                    ms(window["keystroke_people_max"]),
                    "target 30 ms",
                    _ratio(window["keystroke_people_max"], target_key),
                ),
                (
                    "search keystroke, a partner's name",
                    ms(window["keystroke_partner_max"]),
                    "target 30 ms",
                    _ratio(window["keystroke_partner_max"], target_key),
                ),
                (
                    "  every keystroke answered (slowest, 90th pct)",
                    f"{ms(max(window['answered_all']))}, {ms(_pct(window['answered_all'], 90))}",
                    "target 30 ms",
                    _ratio(_pct(window["answered_all"], 90), target_key),
                ),
                (
                    "  every keystroke to a full page: median / 90th pct",
                    f"{ms(_pct(window['keystroke_all'], 50))} / "
                    f"{ms(_pct(window['keystroke_all'], 90))}",
                    "",
                    "",
                ),
                (
                    "backspace widening the search",
                    "–".join(ms(t) for t in window["backspace_widening"]),
                    "plain proxy " + "–".join(ms(t) for t in plain),
                    _ratio(window["backspace_widening"][1], max(plain[1], 0.001)),
                ),
                (
                    "alliance list refresh (the list alone)",
                    ms(window["list_refresh"]),
                    "target 300 ms",
                    _ratio(window["list_refresh"], target_refresh),
                ),
                (
                    "main window refresh (list + agenda)",
                    ms(window["refresh"]),
                    "target 300 ms",
                    _ratio(window["refresh"], target_refresh),
                ),
                (
                    "  the same after a write (agenda read again)",
                    ms(window["refresh_changed"]),
                    "target 300 ms",
                    _ratio(window["refresh_changed"], target_refresh),
                ),
                (
                    "agenda panel, nothing written since",
                    ms(window["agenda"]),
                    "target 100 ms",
                    _ratio(window["agenda"], 0.1),
                ),
                (
                    "agenda panel after a write (read again)",
                    ms(window["agenda_changed"]),
                    "target 100 ms",
                    _ratio(window["agenda_changed"], 0.1),
                ),
            ]
        if "tablero" in only:
            tablero = _child(TABLERO, str(database), env=env)
            rows += [
                (
                    "tablero: health distribution (SQL)",
                    ms(tablero["sql"]),
                    f"domain rule per alliance {ms(tablero['python'])}",
                    _ratio(tablero["sql"], tablero["python"]),
                ),
                (
                    "  same counts both ways",
                    str(tablero["equal"]),
                    json.dumps(tablero["distribution"]),
                    "",
                ),
                ("tablero: whole dashboard", ms(tablero["dashboard"]), "", ""),
            ]
            shown = _child(TABLERO_WINDOW, str(database), env=env)
            rows += [
                ("tablero window: shown", ms(shown["shown"]), "", ""),
                ("  its tables filled (a worker)", ms(shown["filled"]), "", ""),
            ]
        if "cli" in only:
            cli = [sys.executable, "-m", "alianzas_desktop", "list"]
            people = _measure([*cli, "people", "--json", "--db", str(database)], env)
            meetings = _measure([*cli, "meetings", "--json", "--db", str(database)], env)
            raw_people = _measure([sys.executable, "-c", RAW_PEOPLE, str(database)], env)
            raw_meetings = _measure([sys.executable, "-c", RAW_MEETINGS, str(database)], env)
            people_text = _measure([*cli, "people", "--db", str(database)], env)
            meetings_text = _measure([*cli, "meetings", "--db", str(database)], env)
            for what, ours, raw in (
                ("list people --json", people, raw_people),
                ("list meetings --json", meetings, raw_meetings),
            ):
                rows += [
                    (
                        what,
                        f"{ms(ours['seconds'])}, {ours['peak_mib']:.0f} MiB",
                        f"raw {ms(raw['seconds'])}, {raw['peak_mib']:.0f} MiB",
                        _ratio(ours["seconds"], raw["seconds"]),
                    ),
                    # CPU time moves less than the clock on a shared machine.
                    (
                        "  … its CPU time (user + system)",
                        ms(ours["cpu"]),
                        f"raw {ms(raw['cpu'])}",
                        _ratio(ours["cpu"], raw["cpu"]),
                    ),
                ]
            for what, ours in (("list people", people_text), ("list meetings", meetings_text)):
                rows.append((what, f"{ms(ours['seconds'])}, {ours['peak_mib']:.0f} MiB", "", ""))

    print(f"{'what':44} {'Alianzas':>18} {'baseline':>36} {'ratio':>7}")
    for what, ours, baseline, ratio in rows:
        print(f"{what:44} {ours:>18} {baseline:>36} {ratio:>7}")


def _pct(values: list[float], percent: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, len(ordered) * percent // 100)]


if __name__ == "__main__":
    main()
