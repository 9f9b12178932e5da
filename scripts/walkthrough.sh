#!/usr/bin/env bash
# Runs the README walk-through literally, line by line, on a fresh local register: starts ./run.sh with an
# empty data folder, waits until it has posted the sample orders, runs scripts/walkthrough.mjs (which holds
# every answer to the one the README shows) and stops the register. Exit code: 0 all answers match,
# 1 some differ, 3 skipped because the local ports are taken (a ./run.sh of yours is running).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in 7071 10000 10001 10002; do
  if port_open "$port"; then
    echo "walk-through skipped: port $port is in use (stop your ./run.sh to check the walk-through)."
    exit 3
  fi
done

work=$(mktemp -d)
# The walk-through starts from nothing: its own storage, and your local letters (.letters/) set aside meanwhile.
[ ! -d .letters ] || mv .letters "$work/letters-yours"
REGISTRY_LOCAL_DATA="$work/data" setsid ./run.sh > "$work/run.log" 2>&1 &
run=$!
stop() {
  # TERM, not INT: started in the background of a script, run.sh ignores SIGINT (and cannot trap it).
  kill -TERM -- "-$run" 2>/dev/null || true
  wait "$run" 2>/dev/null || true
  [ ! -d .letters ] || mv .letters "$work/letters-walkthrough"
  [ ! -d "$work/letters-yours" ] || mv "$work/letters-yours" .letters
}
trap stop EXIT

# run.sh prints "Try, in another terminal:" once the register is up and the sample orders are in.
for _ in $(seq 1 600); do
  grep -q "Try, in another terminal" "$work/run.log" && break
  kill -0 "$run" 2>/dev/null || { echo "./run.sh stopped before the register was up:"; cat "$work/run.log"; exit 1; }
  sleep 0.5
done
grep -q "Try, in another terminal" "$work/run.log" || { echo "The register did not come up in 5 minutes:"; tail -20 "$work/run.log"; exit 1; }

node scripts/walkthrough.mjs
