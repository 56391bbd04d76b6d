#!/usr/bin/env bash
# kill -9 during a burst of answers, N times over one database, then a summary: kills, answers
# acknowledged, acknowledged and found, lost (must be 0), integrity_check ok. Usage:
#   bench/kill9.sh [N=200] [build dir=build] [phones=150]
# Everything stays on this machine: Balcony listens on 127.0.0.1 and the phones connect from
# loopback addresses. Needs node, the npm packages in tests/browser and /usr/bin/sqlite3.
set -euo pipefail
n=${1:-200}
build=${2:-build}
phones=${3:-150}
here=$(cd "$(dirname "$0")/.." && pwd)
bin="$build/app/balcony"
[ -x "$bin" ] || { echo "build first: $bin is needed" >&2; exit 1; }
[ -d "$here/tests/browser/node_modules/ws" ] || { echo "run npm install in tests/browser first" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
echo "kill -9 x $n, $phones phones, $(nproc) cores; one database: $dir/kill9.sqlite"
status=0
BALCONY_BIN=$(realpath "$bin") NODE_PATH="$here/tests/browser/node_modules" \
  node "$here/tests/faults/kill9_harness.js" "$n" "$phones" "$dir/kill9.sqlite" 2> "$dir/log" || status=$?
if [ "$status" -ne 0 ]; then
  trap - EXIT # keep the database and the log to look at
  grep -v "^ *'{" "$dir/log" | tail -20 >&2
  echo "FAILED: database and log kept in $dir" >&2
fi
exit "$status"
