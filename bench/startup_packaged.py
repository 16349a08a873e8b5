"""Start-up of the packaged app against the same version run from source, side by side.

Each run is a whole process: the window opened offscreen on the demo database and closed as
soon as the event loop turns (ALIANZAS_QUIT_AFTER_MS=0), and the CLI listing the alliances.
Runs alternate between the two so a busy machine weighs on both alike; medians are printed
with the packaged/source ratio (the target is at most 1.5).

Usage: python bench/startup_packaged.py dist/Alianzas [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the packaged folder (dist/Alianzas)")
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    packaged = [str(options.folder / "alianzas")]
    source = [sys.executable, "-m", "alianzas_desktop"]
    with tempfile.TemporaryDirectory(prefix="alianzas-bench-") as scratch:
        data = Path(scratch)
        (data / "perfil.json").write_text(json.dumps({"name": "Banco"}), encoding="utf-8")
        db = str(data / "demo.sqlite")
        env = dict(os.environ, ALIANZAS_DATA_DIR=scratch, QT_QPA_PLATFORM="offscreen")
        subprocess.run([*source, "--db", db, "demo"], env=env, check=True, capture_output=True)
        window_env = dict(env, ALIANZAS_QUIT_AFTER_MS="0")
        cases = {
            "ventana (abrir y cerrar)": (["--db", db], window_env),
            "CLI list alliances": (["--db", db, "list", "alliances"], env),
        }
        for name, (args, case_env) in cases.items():
            times: dict[str, list[float]] = {"paquete": [], "fuente": []}
            timed([*packaged, *args], case_env)  # first runs warm the disk cache
            timed([*source, *args], case_env)
            for _ in range(options.runs):
                times["paquete"].append(timed([*packaged, *args], case_env))
                times["fuente"].append(timed([*source, *args], case_env))
            package, from_source = (statistics.median(times[k]) for k in ("paquete", "fuente"))
            print(
                f"{name}: paquete {package:.2f} s, fuente {from_source:.2f} s "
                f"(medianas de {options.runs}); razón {package / from_source:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
