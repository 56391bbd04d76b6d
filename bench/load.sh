#!/usr/bin/env bash
# Runs Balcony headless on loopback and the load generator against it at 100, 1,000 and 5,000
# participants; prints what each run measured and the server's memory. Usage:
#   bench/load.sh [build dir]        (build first: ./dev.sh test, or cmake --build --preset default)
# Everything stays on this machine: the server listens on 127.0.0.1 and the participants connect
# from loopback addresses only.
set -euo pipefail
build=${1:-build}
bin="$build/app/balcony"
gen="$build/bench/balcony_loadgen"
[ -x "$bin" ] && [ -x "$gen" ] || { echo "build first: $bin and $gen are needed" >&2; exit 1; }
dir=$(mktemp -d)
mkfifo "$dir/cmd"
sleep 100000 > "$dir/cmd" &
holder=$!
"$bin" --headless --bind 127.0.0.1 --port 0 --db "$dir/b.sqlite" < "$dir/cmd" > "$dir/out" 2> "$dir/err" &
server=$!
trap 'kill $server $holder 2>/dev/null; wait 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do [ -s "$dir/out" ] && break; sleep 0.1; done
url=$(head -1 "$dir/out")
port=$(echo "$url" | sed -E 's|.*:([0-9]+)/.*|\1|')
room=${url##*=}
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }

echo "Balcony load, $(nproc) cores, $(uname -m); server and participants share the machine"
round=0
for n in 100 1000; do
  round=$((round + 1))
  echo open > "$dir/cmd"
  sleep 0.3
  before=$(rss)
  "$gen" "$port" "$room" "$n" "$round"
  echo "server memory: ${before} KiB before, $(rss) KiB after"
done
before=$(rss)
"$gen" "$port" "$room" 5000 "$round" idle &
idle=$!
sleep 8
during=$(rss)
wait $idle
echo "5000 idle: server memory ${before} KiB before, ${during} KiB while connected," \
     "$(( (during - before) / 5 )) bytes per connection"
