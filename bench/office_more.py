"""Benchmark: the rest of issue 13's figures on an office-size database, beside baselines.

Each figure in a fresh process (offscreen Qt), side by side with its baseline or target:
- ``page``: opening an alliance page (``AlliancePage.load``) on the alliance with the most
  meetings of the office file (target 50 ms);
- ``pdf``: pages per second of an agreement of 40 partners × 5 commitments and of an
  acta of the same alliance (closed the way the tests close one), against plain reportlab
  laying out the same text (read back from our PDF page by page) in the same DejaVu fonts
  and paper (target ≥ 0.8×). The alliance is made in a fresh database (the office file is
  not read); what is timed is the rendering from the frozen content, as printing does it
  (the document, its code and signature are read before), best of 3 after a first render;
- ``import``: a bundle of about 100,000 records exported from ``office_db.py 0.13`` and
  imported into an empty database, on SQLite and, when ``ALIANZAS_TEST_POSTGRES`` names a
  server, on PostgreSQL (target 10 s);
- ``memory``: the app's peak memory (VmHWM) started with ``ALIANZAS_QUIT_AFTER_MS`` on the
  office file against a bare PySide6 window (target ≤ 2×).
The CLI lists are in ``office_speed.py --only=cli``. Prints figures; asserts nothing.
Usage (from the repository root):
    QT_QPA_PLATFORM=offscreen python bench/office_more.py [SCALE] [--only=page,pdf,import,memory]
(default scale 1, every part; ``ALIANZAS_OFFICE_DB`` names another file; the file is
copied first, never changed). ``--profile`` prints cProfile's top lines for page and pdf.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from office_db import build  # noqa: E402

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent

PROFILE = r"""
import cProfile, pstats, io
def profiled(action, lines=25):
    profile = cProfile.Profile()
    profile.enable()
    action()
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(lines)
    import sys
    print(out.getvalue(), file=sys.stderr)
"""

PAGE = (
    PROFILE
    + r"""
import json, os, sqlite3, sys, time
from alianzas_desktop.ui.app import create_application
from alianzas_desktop.storage.database import Database
from alianzas_desktop.ui.alliance_page import AlliancePage
raw = sqlite3.connect(sys.argv[1])
alliance, meetings = raw.execute(
    "SELECT alliance_id, count(*) c FROM meetings GROUP BY alliance_id ORDER BY c DESC LIMIT 1"
).fetchone()
partners, commitments = raw.execute(
    "SELECT (SELECT count(*) FROM memberships WHERE alliance_id = ?), "
    "(SELECT count(*) FROM commitments WHERE alliance_id = ?)", (alliance, alliance)
).fetchone()
raw.close()
app = create_application([])
db = Database.open(sys.argv[1])
page = AlliancePage(db)
page.resize(1200, 800)
page.show()
app.processEvents()
times = []
for _ in range(4):
    started = time.perf_counter()
    page.load(alliance)
    app.processEvents()
    times.append(time.perf_counter() - started)
if os.environ.get("BENCH_PROFILE"):
    profiled(lambda: (page.load(alliance), app.processEvents()))
print(json.dumps({"first": times[0], "best": min(times[1:]), "meetings": meetings,
                  "partners": partners, "commitments": commitments}))
page.close()
db.close()
"""
)

# Plain reportlab: the same text, page by page, in the same fonts and paper, one Paragraph
# per line (the layout work a document of that many pages needs, without our story).
PLAIN = r"""
def plain_pdf(pages_text):
    import io
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
    from alianzas_desktop.documents import fonts
    from xml.sax.saxutils import escape
    fonts.register_fonts()
    style = ParagraphStyle("plain", fontName=fonts.REGULAR, fontSize=9.5, leading=12)
    story = []
    for text in pages_text:
        story += [Paragraph(escape(line), style) for line in text.splitlines() if line.strip()]
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=letter, leftMargin=2 * cm, rightMargin=2 * cm,
                      topMargin=1.5 * cm, bottomMargin=1.5 * cm).build(story)
    return buffer.getvalue()

def pages_of(data):
    import io
    from pypdf import PdfReader
    return PdfReader(io.BytesIO(data)).pages

def rate(make, rounds=3):
    import time
    best = None
    for _ in range(rounds):
        started = time.perf_counter()
        data = make()
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    return best, data
"""

PDF = (
    PROFILE
    + PLAIN
    + r"""
import json, os, sqlite3, sys, tempfile
from datetime import date
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes
from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
from alianzas_desktop.documents.page import _qr_path
from alianzas_desktop.domain.nacimiento import CommitmentDraft, PartnerDraft, Representative
from alianzas_desktop.services import agreements, meetings, nacimiento
from alianzas_desktop.storage.database import Database
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting

figures = {}
folder = tempfile.mkdtemp()
if True:
    db = Database.open(Path(folder) / "acuerdo.sqlite")
    data = nacimiento_data()
    kinds = ("especie", "talento_humano", "dinero", "conocimiento_tecnico", "respaldo_politico")
    for index in range(len(data.partners), 40):
        partner = PartnerDraft(
            name=f"Asociación de Productores de la Vereda {index:02d}",
            sector=("publico", "privado", "sociedad_civil")[index % 3],
            identifier=f"900.{index:03d}.000-{index % 10}",
            representative=Representative(name=f"Representante Número {index:02d}",
                                          cargo="Representante legal"),
        )
        data.partners.append(partner)
    for partner in data.partners[len(nacimiento_data().partners):]:
        for n in range(5):
            data.commitments.append(CommitmentDraft(
                partner_key=partner.key,
                description=f"Aporte {n + 1} de {partner.name}: jornadas de trabajo y "
                "transporte de la cosecha hasta el centro de acopio municipal",
                kind=kinds[n], estimated_value=(n + 1) * 1_500_000,
                deadline=date(2027, 1 + n, 10), logic="etica"))
    alliance = nacimiento.found_alliance(db, data)
    [version] = agreements.list_versions(db, alliance)
    agreements.issue_version(db, version.id)
    document = agreements.agreement_document(db, alliance)
    # An acta of the same alliance: its 40 partners attend, held the way the tests hold one.
    convened = convened_meeting(db, alliance)
    meeting = meetings.save_convocation(db, convened)
    held = meetings.meeting_data(db, meeting)
    hold_meeting(held, meetings.alliance_partners(db, alliance))
    meetings.close_meeting(db, held, meeting)
agreement_pdf_bytes(document)  # fonts registered, modules imported
ours, data = rate(lambda: agreement_pdf_bytes(document))
pages = pages_of(data)
text = [p.extract_text() for p in pages]
plain, plain_data = rate(lambda: plain_pdf(text))
# Printed for the first time: its QR not yet made (a process keeps the last few).
fresh, _ = rate(lambda: (_qr_path.cache_clear(), agreement_pdf_bytes(document))[1])
figures["agreement"] = {"seconds": ours, "pages": len(pages), "plain_seconds": plain,
                        "plain_pages": len(pages_of(plain_data)), "fresh_seconds": fresh}
if os.environ.get("BENCH_PROFILE"):
    profiled(lambda: agreement_pdf_bytes(document))

acta = meetings.acta_document(db, meeting)
ours, data = rate(lambda: acta_pdf_bytes(acta))
pages = pages_of(data)
text = [p.extract_text() for p in pages]
plain, plain_data = rate(lambda: plain_pdf(text))
fresh, _ = rate(lambda: (_qr_path.cache_clear(), acta_pdf_bytes(acta))[1])
figures["acta"] = {"seconds": ours, "pages": len(pages), "plain_seconds": plain,
                   "plain_pages": len(pages_of(plain_data)), "fresh_seconds": fresh}
if os.environ.get("BENCH_PROFILE"):
    profiled(lambda: acta_pdf_bytes(acta))
db.close()
print(json.dumps(figures))
"""
)

IMPORT = (
    PROFILE
    + r"""
import json, os, sys, time
from pathlib import Path
from alianzas_desktop.services import bundles
from alianzas_desktop.storage.database import Database
source, bundle, target = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
figures = {}
if not bundle.exists():
    db = Database.open(source)
    started = time.perf_counter()
    summary = bundles.export_bundle(db, bundle)
    figures["export"] = time.perf_counter() - started
    figures["records"] = sum(summary.counts.values())
    db.close()
db = Database.open(target)
started = time.perf_counter()
if os.environ.get("BENCH_PROFILE"):
    profiled(lambda: figures.update(added=bundles.import_bundle(db, bundle).added), 40)
else:
    figures["added"] = bundles.import_bundle(db, bundle).added
figures["import"] = time.perf_counter() - started
figures["bundle_mib"] = bundle.stat().st_size / 2**20
if os.path.exists("/proc/self/status"):  # what the process holds once the import is done
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                figures[line[:5]] = int(line.split()[1]) / 1024
db.close()
print(json.dumps(figures))
"""
)

PEAK = r"""
import json, os, subprocess, sys, time
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
peak = 0
started = time.perf_counter()
while child.poll() is None:
    try:
        with open(f"/proc/{child.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
    except OSError:
        pass
    time.sleep(0.05)
    if time.perf_counter() - started > 300:
        child.kill()
print(json.dumps({"peak_mib": peak / 1024, "seconds": time.perf_counter() - started,
                  "code": child.returncode}))
"""

BARE_WINDOW = r"""
import os
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.show()
QTimer.singleShot(int(os.environ["ALIANZAS_QUIT_AFTER_MS"]), app.quit)
app.exec()
"""


def _child(code: str, *args: str, env: dict, timeout: int = 900) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        cwd=env["ALIANZAS_DATA_DIR"],
        timeout=timeout,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    if env.get("BENCH_PROFILE"):
        print(done.stderr[-12000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _postgres_database(url: str, name: str) -> str | None:
    """A fresh database ``name`` on the server of ``url`` (dropped first), or None."""
    try:
        import psycopg
        from sqlalchemy.engine import make_url
    except ImportError:
        return None
    server = make_url(url)
    plain = server.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return server.set(database=name).render_as_string(hide_password=False)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    only = {
        part
        for a in sys.argv[1:]
        if a.startswith("--only=")
        for part in a.removeprefix("--only=").split(",")
    } or {"page", "pdf", "import", "memory"}
    scale = float(args[0]) if args else 1.0
    original = Path(os.environ.get("ALIANZAS_OFFICE_DB") or build(scale))
    print(f"{original} ({original.stat().st_size / 2**20:.0f} MiB)")
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        env = dict(os.environ, ALIANZAS_DATA_DIR=folder, PYTHONPATH=str(ROOT))
        # A facilitator already known: without a profile the first-start dialog holds the
        # window open and ALIANZAS_QUIT_AFTER_MS never closes it (the run was killed at 300 s).
        Path(folder, "perfil.json").write_text('{"name": "Oficina"}', encoding="utf-8")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.setdefault("ALIANZAS_ACTOR", "Oficina")
        if "--profile" in sys.argv:
            env["BENCH_PROFILE"] = "1"
        database = Path(folder) / "office.sqlite"
        if only & {"page", "memory"}:  # the pdf part makes its own alliance
            subprocess.run(["cp", "--reflink=auto", str(original), str(database)], check=True)
        if "page" in only:
            page = _child(PAGE, str(database), env=env)
            rows.append(
                (
                    f"open an alliance page ({page['partners']} partners, "
                    f"{page['meetings']} meetings, {page['commitments']} commitments)",
                    f"{_ms(page['best'])} (first {_ms(page['first'])})",
                    "target 50 ms",
                    f"{page['best'] / 0.05:.1f}×",
                )
            )
        if "pdf" in only:
            pdf = _child(PDF, str(database), str(ROOT), env=env)
            for name, label in (("agreement", "agreement 40 partners × 5"), ("acta", "acta")):
                f = pdf[name]
                ours = f["pages"] / f["seconds"]
                plain = f["plain_pages"] / f["plain_seconds"]
                rows.append(
                    (
                        f"{label}: pages per second ({f['pages']} pages, {_ms(f['seconds'])})",
                        f"{ours:.1f}/s",
                        f"plain reportlab {plain:.1f}/s ({f['plain_pages']} p)",
                        f"{ours / plain:.2f}× (≥ 0.8)",
                    )
                )
                first = f["pages"] / f["fresh_seconds"]
                rows.append(
                    (
                        f"{label}: printed for the first time ({_ms(f['fresh_seconds'])})",
                        f"{first:.1f}/s",
                        "its QR not yet made",
                        f"{first / plain:.2f}×",
                    )
                )
        if "import" in only:
            source_scale = float(os.environ.get("BENCH_IMPORT_SCALE", "0.13"))
            source = Path(folder) / "source.sqlite"
            shutil.copyfile(build(source_scale), source)
            bundle = Path(folder) / "office.alianzas"
            sqlite = _child(
                IMPORT, str(source), str(bundle), str(Path(folder) / "empty.sqlite"), env=env
            )
            print(
                f"bundle: {sqlite['records']} records, {sqlite['bundle_mib']:.0f} MiB, "
                f"exported in {_ms(sqlite['export'])}"
            )
            rows.append(
                (
                    f"import a {sqlite['records']:,}-record bundle, SQLite",
                    _ms(sqlite["import"]),
                    "target 10 s",
                    f"{sqlite['import'] / 10:.1f}×",
                )
            )
            if "VmRSS" in sqlite:
                rows.append(
                    (
                        "  memory held once imported (peak)",
                        f"{sqlite['VmRSS']:.0f} MiB ({sqlite['VmHWM']:.0f} MiB)",
                        "—",
                        "—",
                    )
                )
            server = os.environ.get("ALIANZAS_TEST_POSTGRES")
            url = _postgres_database(server, "alianzas_bench_import") if server else None
            if url:
                pg = _child(IMPORT, str(source), str(bundle), url, env=env)
                rows.append(
                    (
                        "  the same, PostgreSQL",
                        _ms(pg["import"]),
                        "target 10 s",
                        f"{pg['import'] / 10:.1f}×",
                    )
                )
        if "memory" in only:
            quiet = dict(env, ALIANZAS_QUIT_AFTER_MS=os.environ.get("BENCH_QUIT_MS", "10000"))
            bare = _child(PEAK, sys.executable, "-c", BARE_WINDOW, env=quiet)
            app = _child(
                PEAK, sys.executable, "-m", "alianzas_desktop", "--db", str(database), env=quiet
            )
            rows.append(
                (
                    "app memory, office DB (VmHWM)",
                    f"{app['peak_mib']:.0f} MiB",
                    f"bare window {bare['peak_mib']:.0f} MiB",
                    f"{app['peak_mib'] / bare['peak_mib']:.1f}× (≤ 2)",
                )
            )
    print(f"{'what':70} {'Alianzas':>22} {'baseline':>34} {'ratio':>12}")
    for what, ours, baseline, ratio in rows:
        print(f"{what:70} {ours:>22} {baseline:>34} {ratio:>12}")


if __name__ == "__main__":
    main()
