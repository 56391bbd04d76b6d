#!/usr/bin/env bash
# Measures the CPU Balcony uses while nothing happens: with windows (under Xvfb) and headless.
# Usage: bench/idle_cpu.sh [build dir] [seconds]. Prints CPU seconds used and percent of one core.
set -euo pipefail
build=${1:-build}
seconds=${2:-20}
bin="$build/app/balcony"
[ -x "$bin" ] || { echo "build Balcony first: $bin not found" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

cpu_seconds() {  # utime + stime of a process, in seconds
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.3f", ($14 + $15) / hz}' "/proc/$1/stat"
}

measure() {
  local label=$1; shift
  "$@" > "$dir/out" 2>&1 &
  local pid=$!
  sleep 3  # start-up and first frames are not idle
  local target
  target=$(pgrep -P "$pid" -x balcony || echo "$pid")
  local before after
  before=$(cpu_seconds "$target")
  sleep "$seconds"
  after=$(cpu_seconds "$target")
  kill -INT "$target" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  awk -v l="$label" -v a="$before" -v b="$after" -v s="$seconds" \
    'BEGIN {printf "%-30s %.3f s CPU in %d s idle = %.2f%% of one core\n", l, b - a, s, 100 * (b - a) / s}' 
}

measure "headless, no participants" "$bin" --headless --bind 127.0.0.1 --port 0 --db "$dir/h.sqlite"
measure "console + projector windows" xvfb-run -a -s "-screen 0 1920x1080x24" "$bin" --bind 127.0.0.1 --port 0 --db "$dir/g.sqlite"
