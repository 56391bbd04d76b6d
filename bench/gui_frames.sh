#!/usr/bin/env bash
# What a frame of the console and projector costs with a full hall: Balcony with windows under
# Xvfb (Mesa's software OpenGL), the projector on the belief check by group, 1,000 simulated
# participants joining and answering while every frame is drawn and timed. Prints the GUI
# thread's CPU time per frame. Usage:
#   bench/gui_frames.sh [build dir] [participants] [seconds]    (defaults: build 1000 20)
# Loopback only: the server listens on 127.0.0.1.
set -euo pipefail
build=${1:-build}
n=${2:-1000}
seconds=${3:-20}
bin="$build/app/balcony"
gen="$build/bench/balcony_loadgen"
[ -x "$bin" ] && [ -x "$gen" ] || { echo "build first: $bin and $gen are needed" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is needed (apt-get install xvfb)" >&2; exit 1; }
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
dir=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$dir"' EXIT

# A session with a belief check open, made without windows first.
mkfifo "$dir/cmd"
sleep 100000 > "$dir/cmd" &
holder=$!
"$bin" --headless --bind 127.0.0.1 --port 0 --db "$dir/b.sqlite" < "$dir/cmd" > "$dir/setup" 2>&1 &
setup=$!
for _ in $(seq 100); do [ -s "$dir/setup" ] && break; sleep 0.1; done
echo open > "$dir/cmd"
for _ in $(seq 50); do grep -q '^ok' "$dir/setup" && break; sleep 0.1; done
kill -INT $setup; wait $setup 2>/dev/null || true
kill $holder; wait $holder 2>/dev/null || true

# The same session with its windows, every frame drawn for $seconds seconds.
LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1920x1080x24" \
  "$bin" --bind 127.0.0.1 --port 0 --db "$dir/b.sqlite" --view groups --frame-stats "$seconds" \
  > "$dir/out" 2> "$dir/err" &
for _ in $(seq 100); do [ -s "$dir/out" ] && break; sleep 0.1; done
url=$(head -1 "$dir/out")
port=$(echo "$url" | sed -E 's|.*:([0-9]+)/.*|\1|')
room=${url##*=}
echo "Balcony's windows under Xvfb ($(nproc) cores), $n participants joining and answering"
"$gen" --port "$port" --room "$room" --participants "$n" --round 1 | grep -v '^RESULT' || true
wait %2 2>/dev/null || true
for _ in $(seq $((seconds * 10 + 100))); do grep -q 'frame stats' "$dir/err" && break; sleep 0.1; done
grep 'frame stats' "$dir/err" | sed 's/^balcony: //' || { echo "no frame figures; the app said:" >&2; cat "$dir/err" >&2; exit 1; }
