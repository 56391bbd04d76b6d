#!/usr/bin/env bash
# Balcony under load on this machine: for 100, 1,000 and 5,000 simulated participants, a fresh
# headless server on loopback, the load generator joining them, each answering once within one
# second, raising a flag, and one in ten dropping off and coming back. Then 5,000 idle. Prints
# each run and a table at the end. Usage:
#   bench/load.sh [build dir] [sizes...]     e.g. bench/load.sh build 100 1000 5000 (the default)
# Build first (./dev.sh test, or cmake --build --preset default). The server listens on 127.0.0.1
# and the participants connect from loopback addresses only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 5000)
bin="$build/app/balcony"
gen="$build/bench/balcony_loadgen"
[ -x "$bin" ] && [ -x "$gen" ] || { echo "build first: $bin and $gen are needed" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "the sqlite3 command is needed to count stored answers (apt-get install sqlite3)" >&2; exit 1; }
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

dir=$(mktemp -d)
server=""
holder=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  [ -n "$holder" ] && kill "$holder" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT

start_server() { # a fresh database each time, commands through a fifo
  rm -f "$dir"/b.sqlite* "$dir/cmd" "$dir/out"
  mkfifo "$dir/cmd"
  sleep 100000 > "$dir/cmd" &
  holder=$!
  "$bin" --headless --bind 127.0.0.1 --port 0 --db "$dir/b.sqlite" < "$dir/cmd" > "$dir/out" 2> "$dir/err" &
  server=$!
  for _ in $(seq 100); do [ -s "$dir/out" ] && break; sleep 0.1; done
  url=$(head -1 "$dir/out")
  port=$(echo "$url" | sed -E 's|.*:([0-9]+)/.*|\1|')
  room=${url##*=}
  echo open > "$dir/cmd"
  sleep 0.3
}
stop_server() {
  kill -INT "$server"; wait "$server" 2>/dev/null || true
  kill "$holder" 2>/dev/null || true; wait "$holder" 2>/dev/null || true
  server=""; holder=""
}
server_stats() {
  local lines
  lines=$(wc -l < "$dir/out")
  echo stats > "$dir/cmd"
  for _ in $(seq 50); do [ "$(wc -l < "$dir/out")" -gt "$lines" ] && break; sleep 0.1; done
  grep '^stats:' "$dir/out" | tail -1
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
after() { echo "$1" | sed -E "s/.*$2 p50 ([0-9.]+) ms, p99 ([0-9.]+) ms.*/\\1 \\2/"; }

echo "Balcony load: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(uname -sm);"
echo "server and simulated participants share the machine; release build with debug info."
rows=()
for n in "${sizes[@]}"; do
  echo
  echo "== $n participants answering within one second =="
  start_server
  out=$("$gen" --port "$port" --room "$room" --participants "$n" --round 1 --server-pid "$server") || true
  echo "$out" | grep -v '^RESULT'
  stats=$(server_stats)
  echo "$stats"
  stored=$(sqlite3 "file:$dir/b.sqlite?mode=ro" "SELECT count(*) FROM events WHERE type = 'belief_answered'")
  shown=$(echo "$stats" | sed -E 's/.*; ([0-9]+) answers shown.*/\1/')
  r=$(echo "$out" | grep '^RESULT')
  read -r snap50 snap99 <<<"$(after "$stats" "snapshot after receipt")"
  echo "answers acknowledged $(field "$r" acked), stored $stored, shown on the projector $shown"
  rows+=("$(printf '| %6s | %5s | %7s | %5s / %5s | %5s / %5s | %5s / %5s | %9s | %6s | %s / %s / %s |' \
    "$n" "$(field "$r" join_p99_ms)" "$(field "$r" kib_per_connection)" \
    "$(field "$r" ack_p50_ms)" "$(field "$r" ack_p99_ms)" "$snap50" "$snap99" \
    "$(field "$r" view_p50_ms)" "$(field "$r" view_p99_ms)" "$(field "$r" server_cpu_s)" \
    "$(field "$r" rejoin_p99_ms)" "$(field "$r" acked)" "$stored" "$shown")")
  stop_server
done

echo
echo "== 5000 participants connected and idle =="
start_server
out=$("$gen" --port "$port" --room "$room" --participants 5000 --idle --hold 10 --server-pid "$server") || true
echo "$out" | grep -v '^RESULT'
idle=$(echo "$out" | grep '^RESULT')
stop_server

echo
echo "== one vote reaching 999 others (1000 connected, one answers) =="
start_server
one=$("$gen" --port "$port" --room "$room" --participants 1000 --answering 1 --reconnect 0 --no-flags) || true
echo "$one" | grep 'shown on every'
one=$(echo "$one" | grep '^RESULT')
stop_server

# The comparison: a plain Node.js ws server broadcasting every vote to everyone, same generator.
node_rows=()
baseline_one=""
if command -v node >/dev/null && [ -d "$root/tests/browser/node_modules/ws" ]; then
  start_node() {
    rm -f "$dir/out"
    NODE_PATH="$root/tests/browser/node_modules" node "$root/bench/node_baseline.js" > "$dir/out" 2> "$dir/err" &
    server=$!
    for _ in $(seq 100); do [ -s "$dir/out" ] && break; sleep 0.1; done
    port=$(head -1 "$dir/out" | sed -E 's|.*:([0-9]+)/.*|\1|')
  }
  for n in "${sizes[@]}"; do
    [ "$n" -le 1000 ] || continue # broadcasting every vote to 5,000 is 25 million messages
    echo
    echo "== Node.js ws baseline: $n participants answering within one second =="
    start_node
    out=$("$gen" --port "$port" --room NODE --participants "$n" --round 1 --server-pid "$server") || true
    echo "$out" | grep -v '^RESULT'
    r=$(echo "$out" | grep '^RESULT')
    node_rows+=("$(printf '| %6s | %5s | %7s | %5s / %5s | %13s | %5s / %5s | %9s | %6s | %s / %s / %s |' \
      "$n" "$(field "$r" join_p99_ms)" "$(field "$r" kib_per_connection)" \
      "$(field "$r" ack_p50_ms)" "$(field "$r" ack_p99_ms)" "(no projector)" \
      "$(field "$r" view_p50_ms)" "$(field "$r" view_p99_ms)" "$(field "$r" server_cpu_s)" \
      "$(field "$r" rejoin_p99_ms)" "$(field "$r" acked)" "(memory only)" "-")")
    kill "$server"; wait "$server" 2>/dev/null || true; server=""
  done
  echo
  echo "== Node.js ws baseline: one vote reaching 999 others =="
  start_node
  baseline_one=$("$gen" --port "$port" --room NODE --participants 1000 --answering 1 --reconnect 0 --no-flags) || true
  echo "$baseline_one" | grep 'shown on every'
  baseline_one=$(echo "$baseline_one" | grep '^RESULT')
  kill "$server"; wait "$server" 2>/dev/null || true
  echo
  echo "== Node.js ws baseline: 5000 connected and idle =="
  start_node
  nidle=$("$gen" --port "$port" --room NODE --participants 5000 --idle --hold 5 --server-pid "$server") || true
  echo "$nidle" | grep -v '^RESULT'
  nidle=$(echo "$nidle" | grep '^RESULT')
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
fi

echo
echo "| participants | join p99 ms | server KiB per connection | ack p50 / p99 ms | projector snapshot p50 / p99 ms | other phones' view p50 / p99 ms | server CPU s | rejoin p99 ms | acknowledged / stored / shown |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
if [ ${#node_rows[@]} -gt 0 ]; then
  echo
  echo "Node.js ws, broadcasting every vote to everyone (in memory, nothing saved):"
  echo
  echo "| participants | join p99 ms | server KiB per connection | ack p50 / p99 ms | projector | other phones' view p50 / p99 ms | server CPU s | rejoin p99 ms | acknowledged / stored / shown |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${node_rows[@]}"
fi
echo
echo "One vote reaching 999 other phones: Balcony p50 $(field "$one" view_p50_ms) ms, p99 $(field "$one" view_p99_ms) ms" \
     "${baseline_one:+; Node.js ws p50 $(field "$baseline_one" view_p50_ms) ms, p99 $(field "$baseline_one" view_p99_ms) ms}"
[ -n "${nidle:-}" ] && echo "Node.js ws with 5000 idle: $(field "$nidle" kib_per_connection) KiB per connection"
echo
echo "5000 idle for 10 s: $(field "$idle" joined) joined, $(field "$idle" kib_per_connection) KiB of server memory" \
     "per connection, $(field "$idle" dropped) dropped, server CPU while idle $(field "$idle" server_cpu_idle_s) s"
