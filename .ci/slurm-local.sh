#!/usr/bin/env bash
# The project's own throwaway Slurm cluster: one node (this machine) on loopback, for .ci/slurm-test.sh.
#
#   .ci/slurm-local.sh up DIR     install slurm-wlm and munge when missing, write DIR/slurm.conf, start
#                                 munged, slurmctld and slurmd, wait until the node is idle, then print
#                                 `export SLURM_CONF=DIR/slurm.conf` (for eval)
#   .ci/slurm-local.sh down DIR   stop the daemons that `up DIR` started (by their pid files); safe to
#                                 call twice or on a folder where nothing runs
#
# Needs root (the daemons run as root and apt-get may install packages). Each cluster lives wholly in
# DIR (keys, sockets, state, logs) and takes two free TCP ports of its own on 127.0.0.1, so two test
# runs on one machine do not meet. Accounting is off: ask `scontrol -o show job ID`, not sacct.
set -euo pipefail

usage() { echo "usage: $0 up|down DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$2
case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac
conf="$dir/slurm.conf"

say() { echo "slurm-local: $*" >&2; }

# A TCP port on loopback that nothing listens on, from a range Slurm's defaults (6817-6819) stay out of.
free_port() {
  local port
  for _ in $(seq 200); do
    port=$(( 20000 + RANDOM % 20000 ))
    [ "$port" = "${1:-}" ] && continue
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  say "found no free port on 127.0.0.1"
  return 1
}

# Waits up to 10 s for process $1 to end.
wait_gone() {
  local i
  for i in $(seq 100); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  return 1
}

daemon_pid() { [ -s "$dir/pids/$1.pid" ] && cat "$dir/pids/$1.pid" || true; }

down() {
  local name pid
  [ -d "$dir/pids" ] || return 0
  for name in slurmd slurmctld munged; do
    pid=$(daemon_pid "$name")
    [ -n "$pid" ] || continue
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      wait_gone "$pid" || { say "$name ($pid) ignored TERM; killing it"; kill -KILL "$pid" 2>/dev/null || true; }
    fi
    rm -f "$dir/pids/$name.pid"
  done
}

install_if_missing() {
  command -v slurmctld >/dev/null 2>&1 && command -v slurmd >/dev/null 2>&1 \
    && command -v munged >/dev/null 2>&1 && command -v mungekey >/dev/null 2>&1 && return 0
  say "installing slurm-wlm and munge with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
}

write_conf() {
  local ctld_port=$1 node_port=$2 cpus memory
  cpus=$(nproc)
  memory=$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 * 0.8 }' /proc/meminfo)
  cat >"$conf" <<EOF
# Written by .ci/slurm-local.sh for a throwaway test cluster; everything lives under $dir.
ClusterName=cogovtest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$node_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munged.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/pids/slurmctld.pid
SlurmdPidFile=$dir/pids/slurmd.pid
SlurmctldLogFile=$dir/logs/slurmctld.log
SlurmdLogFile=$dir/logs/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SwitchType=switch/none
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MailProg=/bin/true
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=test Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
}

up() {
  [ "$(id -u)" = 0 ] || { say "needs root (the Slurm daemons run as root); try sudo"; exit 1; }
  install_if_missing
  down    # leftovers of an earlier `up` in the same folder
  rm -rf "$dir"
  mkdir -p "$dir"/{munge,pids,logs,state,spool}
  chmod 0700 "$dir/munge"
  mungekey --create --force --keyfile="$dir/munge/munge.key"
  local ctld_port node_port
  ctld_port=$(free_port)
  node_port=$(free_port "$ctld_port")
  write_conf "$ctld_port" "$node_port"
  export SLURM_CONF="$conf"

  munged --force --key-file="$dir/munge/munge.key" --socket="$dir/munge/munged.socket" \
    --pid-file="$dir/pids/munged.pid" --log-file="$dir/logs/munged.log" --seed-file="$dir/munge/munged.seed"
  slurmctld -f "$conf"
  slurmd -f "$conf" -N localhost

  local state i
  for i in $(seq 300); do
    state=$(sinfo -h -n localhost -o %T 2>/dev/null || true)
    if [ "$state" = idle ]; then
      echo "export SLURM_CONF=$conf"
      return 0
    fi
    sleep 0.1
  done
  say "the node did not become idle within 30 s (state '${state:-none}'); last log lines:"
  tail -n 20 "$dir"/logs/*.log >&2 || true
  down
  return 1
}

case "$action" in
  up) up ;;
  down) down ;;
  *) usage ;;
esac
