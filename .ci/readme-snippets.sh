#!/usr/bin/env bash
# CI step: runs the README's R and pandas snippets (every ```r and ```python block of the section
# "Analysing results") against a fresh sweep of scenarios/experiments/factorial-quick.yaml, so the README cannot drift
# from the files cogov writes. Needs Debian's r-base-core and python3-pandas (.ci/run installs them).
# Prints PASS or FAIL; exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
repo="$PWD"
start=$SECONDS

tmp="$(mktemp -d "${TMPDIR:-/tmp}/cogov-readme.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# The snippets, in README order, one file per language (R blocks share their variables, as in a session).
/usr/bin/python3 - "$repo/README.md" "$tmp" <<'PY'
import re, sys
readme, out = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
section = readme[readme.index("## Analysing results"):]
section = section[:section.index("\n## ", 3)]
blocks = re.findall(r"^```(r|python)\n(.*?)^```", section, flags=re.S | re.M)
counts = {"r": 0, "python": 0}
for lang, code in blocks:
    counts[lang] += 1
    with open(f"{out}/snippets.{'R' if lang == 'r' else 'py'}", "a", encoding="utf-8") as f:
        f.write(code + "\n")
if counts["r"] == 0 or counts["python"] == 0:
    sys.exit(f"readme-snippets: expected R and Python blocks in 'Analysing results', found {counts}")
print(f"readme-snippets: {counts['r']} R and {counts['python']} Python blocks")
PY

# The shipped small factorial (2^3 x 3 replications on the quick county, seconds): the factor columns a
# factorial sweep writes; .ci/notebooks.sh runs notebook 01's regression on the same design.
./cogov sweep scenarios/experiments/factorial-quick.yaml --out "$tmp/sweep" --no-report >/dev/null 2>"$tmp/sweep.err" \
  || { cat "$tmp/sweep.err" >&2; echo "readme-snippets: FAIL: the sweep failed" >&2; exit 1; }

export COGOV_RESULTS="$tmp/sweep"
if ! Rscript "$tmp/snippets.R" >"$tmp/r.out" 2>&1; then
  cat "$tmp/r.out" >&2
  echo "readme-snippets: FAIL: the README's R snippets failed (above)" >&2
  exit 1
fi
grep -q "mechanisms.joint_building.enabled" "$tmp/r.out" \
  || { cat "$tmp/r.out" >&2; echo "readme-snippets: FAIL: the R model has no joint-building term" >&2; exit 1; }
if ! /usr/bin/python3 "$tmp/snippets.py" >"$tmp/py.out" 2>&1; then
  cat "$tmp/py.out" >&2
  echo "readme-snippets: FAIL: the README's pandas snippet failed (above)" >&2
  exit 1
fi
grep -q "Participation rate (share), difference from the reference" "$tmp/py.out" \
  || { cat "$tmp/py.out" >&2; echo "readme-snippets: FAIL: the pandas snippet printed no table" >&2; exit 1; }
echo "readme-snippets: PASS: R and pandas snippets ran on a fresh factorial sweep in $((SECONDS - start)) s"
