#!/usr/bin/env bash
# End-to-end test of `cogov slurm` against a real single-node Slurm on loopback: a 3-task job array of
# scenarios/experiments/quick.yaml must give the same aggregates, byte for byte, as a local sweep, and
# `cogov slurm --resume` must resubmit only a deleted shard; a small calibration submitted with
# `cogov calibrate --slurm` (one array per generation, then a final job) must give the posterior files of
# a local calibration, byte for byte. The cluster is the repository's own
# .ci/slurm-local.sh, started here and stopped on exit whatever happens. Needs root (the Slurm daemons
# run as root; slurm-local.sh may apt-get install slurm-wlm and munge). Prints PASS or FAIL; exits
# non-zero on failure.
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$repo"
started=$(date +%s)

fail() { echo "slurm-test: FAIL: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "needs root (the single-node Slurm cluster runs its daemons as root): sudo $0"
cluster="$repo/.ci/slurm-local.sh"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/cogov-slurm-test.XXXXXX")"
cluster_dir="$tmp/cluster"
result=FAIL
finish() {
  local code=$?
  bash "$cluster" down "$cluster_dir" >/dev/null 2>&1 || true
  if [ "$result" = PASS ] && [ "$code" = 0 ]; then
    rm -rf "$tmp"
    echo "slurm-test: PASS ($(( $(date +%s) - started )) s)"
  else
    echo "slurm-test: FAIL (exit $code); files kept in $tmp" >&2
    tail -n 20 "$cluster_dir"/logs/*.log 2>/dev/null >&2 || true
    [ "$code" = 0 ] && code=1
  fi
  exit "$code"
}
trap finish EXIT
trap 'exit 130' INT TERM

./cogov --version >/dev/null
eval "$(bash "$cluster" up "$cluster_dir")"
export SLURM_CONF
[ -f "$SLURM_CONF" ] || fail "the cluster did not start"

slurm_out="$tmp/slurm-sweep"
local_out="$tmp/local-sweep"
aggregates=(runs.csv summary.csv comparison.csv timeseries.csv)

echo "slurm-test: job array of 3 tasks"
timeout 600 ./cogov slurm scenarios/experiments/quick.yaml --tasks 3 --wait --out "$slurm_out" \
  >"$tmp/slurm.out" 2>"$tmp/slurm.err" || { cat "$tmp/slurm.err" >&2; fail "cogov slurm --wait failed"; }
grep -qx '[0-9][0-9]*' "$tmp/slurm.out" || fail "cogov slurm printed no job id: $(cat "$tmp/slurm.out")"
[ -f "$slurm_out/report/report.html" ] || fail "no report after --wait"

echo "slurm-test: local sweep"
./cogov sweep scenarios/experiments/quick.yaml --out "$local_out" --no-report >/dev/null 2>"$tmp/local.err" \
  || { cat "$tmp/local.err" >&2; fail "local sweep failed"; }
for f in "${aggregates[@]}"; do
  cmp "$slurm_out/$f" "$local_out/$f" || fail "$f differs between the Slurm and the local sweep"
done

echo "slurm-test: resubmitting a deleted shard"
rm -rf "$slurm_out/shards/shard-1"
timeout 600 ./cogov slurm --resume "$slurm_out" --wait >"$tmp/resume.out" 2>"$tmp/resume.err" \
  || { cat "$tmp/resume.err" >&2; fail "cogov slurm --resume --wait failed"; }
grep -qx '#SBATCH --array=1' "$slurm_out/slurm/resume-1.sbatch" || fail "the resubmission is not only shard 1"
last="$(tail -n 1 "$slurm_out/slurm/jobs.txt")"
job="$(cut -f1 <<<"$last")"
[ "$(cut -f2 <<<"$last")" = "array=1" ] || fail "jobs.txt records another array: $last"
[ "$job" = "$(head -n 1 "$tmp/resume.out")" ] || fail "printed job id is not $job"
tasks="$(scontrol -o show job "$job" | grep -o 'ArrayTaskId=[0-9]*' | sort -u | tr '\n' ' ')"
[ "$tasks" = "ArrayTaskId=1 " ] || fail "Slurm ran tasks '$tasks' for the resubmission, not only task 1"
for f in "${aggregates[@]}"; do
  cmp "$slurm_out/$f" "$local_out/$f" || fail "$f differs after the resubmission"
done
echo "slurm-test: calibration as a chain of job arrays (2 shards per generation) and a final job"
cal="$tmp/calibration.yaml"
cat >"$cal" <<EOF
name: slurm-calibration
base: $repo/scenarios/quick-county.yaml
targets: $repo/scenarios/calibration/quick-targets.yaml
parameters:
  residents.threshold.mean: [0.30, 0.55]
  service.resolve_share: [0.20, 1.00]
particles: 12
replications: 1
generations: 2
seed: 7
EOF
cal_slurm="$tmp/calibration-slurm"
timeout 600 ./cogov calibrate "$cal" --slurm --tasks 2 --wait --out "$cal_slurm" \
  >"$tmp/cal-slurm.out" 2>"$tmp/cal-slurm.err" || { cat "$tmp/cal-slurm.err" >&2; fail "cogov calibrate --slurm --wait failed"; }
[ "$(grep -c $'\tround=' "$cal_slurm/slurm/jobs.txt")" = 2 ] || fail "not one array per generation: $(cat "$cal_slurm/slurm/jobs.txt")"
ls "$cal_slurm"/slurm/logs/shard-*.log >/dev/null 2>&1 || fail "no shard ran on Slurm"
[ -f "$cal_slurm/report/report.html" ] || fail "the final job wrote no report"
./cogov calibrate "$cal" --out "$tmp/calibration-local" --threads 2 --no-report >/dev/null 2>"$tmp/cal-local.err" \
  || { cat "$tmp/cal-local.err" >&2; fail "local calibration failed"; }
for f in posterior.csv posterior_summary.csv generations.csv predictive.csv calibrated.yaml; do
  cmp "$cal_slurm/$f" "$tmp/calibration-local/$f" || fail "$f differs between the Slurm and the local calibration"
done
result=PASS
