#!/usr/bin/env bash
# CI step for the analysis notebooks (issue 6), called by .ci/run after the Maven tests.
# Builds the tool, runs the README's quick sweep into results/quick, one quick run into
# results/quick-run, the Morris example into results/morris-quick, the small factorial into
# results/factorial-quick and the small robustness design into results/robustness-quick, then executes
# every notebook in notebooks/ headless; then notebook 01 a second time on the factorial with
# COGOV_EXPECT_REGRESSION=1, so its regression section (skipped on the quick sweep's four variants) must
# fit, and notebook 03 a second time on the robustness design, so its robustness section runs; any cell
# error fails.
# Needs Debian's jupyter-nbconvert, python3-ipykernel, python3-pandas, python3-matplotlib, python3-scipy, python3-statsmodels (the
# kernel is /usr/bin/python3, whatever python3 comes first on PATH).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
repo="$PWD"
start=$SECONDS

./cogov --version

# Stale folders would make cogov refuse to write (it never overwrites results).
rm -rf results/quick results/quick-run results/morris-quick results/factorial-quick results/robustness-quick
./cogov sweep scenarios/experiments/quick.yaml
./cogov run scenarios/quick-county.yaml --out results/quick-run
./cogov sweep scenarios/experiments/morris-quick.yaml --no-report
./cogov sweep scenarios/experiments/factorial-quick.yaml --no-report
./cogov sweep scenarios/experiments/robustness-quick.yaml --no-report

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
executions=0
execute() {   # execute NOTEBOOK OUTPUT-NAME [what it runs on]: one headless execution, recorded in failed
  local nb="$1" name="$2" t=$SECONDS
  executions=$((executions + 1))
  echo "notebooks: executing $nb${3:+ on $3}"
  if jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
      --output-dir "$out" --output "$name" "$nb"; then
    echo "notebooks: ok $nb${3:+ on $3} ($((SECONDS - t)) s)"
  else
    echo "notebooks: FAILED $nb${3:+ on $3}" >&2
    failed+=("$nb${3:+ on $3}")
  fi
}
for nb in "${notebooks[@]}"; do
  execute "$nb" "$(basename "$nb" .ipynb)"
done

# Notebook 01 again, on a two-level factorial: its regression section must fit (the notebook raises an
# error if it is skipped, fits main effects only, or leaves an outcome out), and say so in its output.
regression=notebooks/01-mechanism-comparison.ipynb
COGOV_RESULTS="$repo/results/factorial-quick" COGOV_EXPECT_REGRESSION=1 \
  execute "$regression" factorial-01 results/factorial-quick
if [ -f "$out/factorial-01.ipynb" ] \
    && ! grep -q "Model: main effects and two-way interactions" "$out/factorial-01.ipynb"; then
  echo "notebooks: FAILED $regression on results/factorial-quick: its output has no fitted model" >&2
  failed+=("$regression on results/factorial-quick (no model)")
fi

# Notebook 03 again, on a robustness design: its robustness section (skipped on the Morris folder) must run.
robustness=notebooks/03-sensitivity.ipynb
COGOV_SENSITIVITY="$repo/results/robustness-quick" execute "$robustness" robustness-03 results/robustness-quick
if [ -f "$out/robustness-03.ipynb" ] && ! grep -q "Robustness design: [0-9]" "$out/robustness-03.ipynb"; then
  echo "notebooks: FAILED $robustness on results/robustness-quick: its robustness section did not run" >&2
  failed+=("$robustness on results/robustness-quick (no robustness section)")
fi

if [ ${#failed[@]} -gt 0 ]; then
  echo "notebooks: FAIL: ${#failed[@]} of $executions notebook executions failed: ${failed[*]}" >&2
  exit 1
fi
echo "notebooks: PASS: $executions notebook executions (${#notebooks[@]} notebooks; 01 also on a factorial, 03 on a robustness design) without errors in $((SECONDS - start)) s"
