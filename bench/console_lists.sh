#!/usr/bin/env bash
# What the console's moderation lists cost to draw, short and long: the Moderation tab with 50 and
# with 5,000 of each kind of row, every frame drawn for a few seconds under Xvfb (Mesa's software
# OpenGL). Only the rows in view are drawn, so the long list should cost what the short one does.
#   bench/console_lists.sh [build dir] [seconds]    (defaults: build 10)
set -euo pipefail
build=${1:-build}
seconds=${2:-10}
bin="$build/bench/balcony_console_lists"
[ -x "$bin" ] || { echo "build first: $bin is needed" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is needed (apt-get install xvfb)" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for rows in 50 5000; do
  LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1920x1080x24" "$bin" "$dir/b$rows.sqlite" "$rows" "$seconds" 2>&1 |
    grep -E 'Moderation tab|frame stats' | sed 's/^balcony: //'
done
