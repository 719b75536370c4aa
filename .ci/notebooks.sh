#!/usr/bin/env bash
# CI step for the analysis notebooks (issue 6), called by .ci/run after the Maven tests.
# Builds the tool, runs the README's quick sweep into results/quick, one quick run into
# results/quick-run and the Morris example into results/morris-quick, then executes every notebook in notebooks/ headless; any cell error fails.
# Needs Debian's jupyter-nbconvert, python3-ipykernel, python3-pandas, python3-matplotlib, python3-scipy, python3-statsmodels (the
# kernel is /usr/bin/python3, whatever python3 comes first on PATH).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
repo="$PWD"
start=$SECONDS

./cogov --version

# Stale folders would make cogov refuse to write (it never overwrites results).
rm -rf results/quick results/quick-run results/morris-quick
./cogov sweep scenarios/experiments/quick.yaml
./cogov run scenarios/quick-county.yaml --out results/quick-run
./cogov sweep scenarios/experiments/morris-quick.yaml --no-report

out="$(mktemp -d "${TMPDIR:-/tmp}/cogov-notebooks.XXXXXX")"
trap 'rm -rf "$out"' EXIT

export COGOV_RESULTS="$repo/results/quick"
export COGOV_RUN="$repo/results/quick-run"
export COGOV_SENSITIVITY="$repo/results/morris-quick"
export PYDEVD_DISABLE_FILE_VALIDATION=1   # silences ipykernel's debugger warning

shopt -s nullglob
notebooks=(notebooks/*.ipynb)
if [ ${#notebooks[@]} -eq 0 ]; then
  echo "notebooks: FAIL: no notebooks in notebooks/" >&2
  exit 1
fi
failed=()
for nb in "${notebooks[@]}"; do
  t=$SECONDS
  echo "notebooks: executing $nb"
  if jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
      --output-dir "$out" "$nb"; then
    echo "notebooks: ok $nb ($((SECONDS - t)) s)"
  else
    echo "notebooks: FAILED $nb" >&2
    failed+=("$nb")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "notebooks: FAIL: ${#failed[@]} of ${#notebooks[@]} notebooks failed: ${failed[*]}" >&2
  exit 1
fi
echo "notebooks: PASS: ${#notebooks[@]} notebooks executed without errors in $((SECONDS - start)) s"
