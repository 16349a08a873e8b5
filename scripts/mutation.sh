#!/usr/bin/env bash
# Mutation testing of the pure modules with mutmut: alianzas_desktop/domain/ and
# alianzas_desktop/documents/escaping.py (add any pure module to SOURCES).
#
# Slow, so not in CI. It works in a temporary copy of the committed tree (HEAD), so
# the shared working tree gets no mutants/ folder, and prints the surviving mutants
# and the score. Usage: scripts/mutation.sh [extra mutmut run arguments]
#   KEEP=1 keeps the copy (to run `mutmut show <name>` there afterwards).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
# MUTATE="…" and TESTS="…" (space-separated) narrow a run, e.g. to one module.
read -r -a SOURCES <<<"${MUTATE:-alianzas_desktop/domain/ alianzas_desktop/documents/escaping.py}"
# The default is the pure unit tests of the mutated modules, and only those: each module
# in domain/ has its own tests in tests/domain/, and escaping.py its two test files, so a
# mutant counts as killed only when a test of that module notices it. The service and
# document tests are left out: they make each mutant slow, and what they kill by
# accident says little about the module's own tests (widen with TESTS="…" to see). The
# CLI's tests run in child processes (a mutant there is invisible) and the UI's need a
# screen loop, so neither belongs here.
read -r -a TESTS <<<"${TESTS:-tests/domain/ tests/documents/test_escaping.py tests/documents/test_escaping_invisible.py}"

"$PY" -m pip show mutmut >/dev/null 2>&1 || "$PY" -m pip install -q "mutmut==3.8.1"

WORK=$(mktemp -d /tmp/alianzas-mutation.XXXXXX)
if [[ -z ${KEEP:-} ]]; then trap 'rm -rf "$WORK"' EXIT; else echo "copia: $WORK"; fi
git -C "$ROOT" archive HEAD | tar -x -C "$WORK"
# mutmut reads [tool.mutmut] from pyproject.toml before setup.cfg: keep it in setup.cfg.
{
    echo "[mutmut]"
    echo "source_paths ="
    printf '    %s\n' "${SOURCES[@]}"
    echo "pytest_add_cli_args_test_selection ="
    printf '    %s\n' "${TESTS[@]}"
    # The rest of the package, its resources and migrations, unmutated beside the mutants.
    echo "also_copy ="
    printf '    %s\n' alianzas_desktop/ resources/ db/
    echo "pytest_add_cli_args ="
    echo "    -q"
    echo "    -p"
    echo "    no:cacheprovider"
} >"$WORK/setup.cfg"

cd "$WORK"
export QT_QPA_PLATFORM=offscreen
"$PY" -m mutmut run --max-children "${JOBS:-2}" "$@" >mutmut-run.log 2>&1 || {
    tail -40 mutmut-run.log
    exit 1
}
"$PY" -m mutmut results --all true >results.txt 2>&1 || "$PY" -m mutmut results >results.txt
echo "== Mutantes que sobreviven (revíselos: mate cada uno con un test o explíquelo) =="
grep -E ': (survived|no tests|timeout|suspicious)' results.txt || true
"$PY" - <<'PY'
import collections, re
counts = collections.Counter(
    m.group(1) for line in open("results.txt")
    if (m := re.search(r": ([a-z ]+)$", line.strip()))
)
total = sum(counts.values())
killed = counts.get("killed", 0)
print("== Resultado ==", dict(counts))
if total:
    print(f"Puntaje de mutación: {killed}/{total} = {100 * killed / total:.1f} % muertos")
PY
