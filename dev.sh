#!/usr/bin/env bash
# Balcony's commands for a new machine:
#   ./dev.sh start [balcony options]   install what is missing, build, start Balcony
#   ./dev.sh test                      install what is missing, build, run every test
#   ./dev.sh windows                   cross-compile dist/balcony-<version>-windows-x64.zip
#   ./dev.sh package                   make dist/balcony_<version>_amd64.deb
# All are safe to run again: installs and builds only do what is not done yet.
set -euo pipefail
cd "$(dirname "$0")"

# Each step says when it started (minutes:seconds since this command began): a test run is long.
say() { printf '\033[1mbalcony:\033[0m [%d:%02d] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

# The compiler cache lives in ccache's own folder, outside the clone. Paths under the clone are
# hashed relative to it, and the working directory is left out of what is hashed, so a fresh clone
# in another folder of the same machine hits what this one compiled (and the other way round).
export CCACHE_BASEDIR="$PWD"
export CCACHE_NOHASHDIR=1
# Three trees (default, sanitize, windows; the Debian package is the default tree's), two with
# debug information: about 250 MB compressed today, so the default 5 GB would do for a while.
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-10G}"

# ccache's counters of hits and misses, summed over its kinds of hit.
cache_counts() {
  command -v ccache >/dev/null || { echo "0 0"; return; }
  ccache --print-stats | awk -F'\t' '$1 == "direct_cache_hit" || $1 == "preprocessed_cache_hit" { h += $2 }
                                     $1 == "cache_miss" { m += $2 } END { print h + 0, m + 0 }'
}

# Stages of a test run, each timed for the table printed at the end.
stage_rows=()
stage_name=""
stage_began=0
stage() {
  stage_done
  stage_name=$1
  stage_began=$SECONDS
  say "$1"
}
stage_done() {
  if [ -n "$stage_name" ]; then
    local took=$((SECONDS - stage_began))
    stage_rows+=("$(printf '  %-64s %3d:%02d' "$stage_name" $((took / 60)) $((took % 60)))")
    stage_name=""
  fi
}

build() {
  local preset=$1
  say "configuring ($preset)"
  cmake --preset "$preset" >/dev/null &&
    say "building ($preset), $(nproc) jobs" &&
    cmake --build --preset "$preset" -j "$(nproc)"
}

node_modules() {
  if [ ! -d tests/browser/node_modules/playwright-core ] || [ tests/browser/package.json -nt tests/browser/node_modules ]; then
    say "installing the browser test tools (playwright-core, ws) from npm"
    (cd tests/browser && npm install --no-audit --no-fund --loglevel=error)
    touch tests/browser/node_modules
  fi
}

# The Windows build: Debian's source packages of the libraries, fetched into the build folder, then
# everything cross-compiled with MinGW-w64.
windows_build() {
  say "preparing the Windows sources (Debian source packages)"
  third_party/windows/fetch-sources.sh build-windows/deps && build windows
}

windows_zip() {
  cmake --build --preset windows --target windows_zip | sed -n 's/^-- Wrote /balcony: wrote /p'
}

version() {
  sed -n 's/^project(balcony VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt
}

debian_package() {
  say "making the Debian package (CPack)"
  (cd build && cpack -G DEB 2>&1 | sed -n 's/^CPack: - package: .*\/dist\/\(.*\) generated\./balcony: wrote dist\/\1/p')
}

case "${1:-}" in
  start)
    shift
    say "checking Debian packages"
    bash third_party/install-deps.sh
    build default
    args=("$@")
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [[ " ${args[*]-} " != *" --headless "* ]]; then
      say "no display found: starting without windows (--headless)"
      args+=(--headless)
    fi
    say "starting Balcony (Ctrl+C to stop)"
    exec build/app/balcony "${args[@]}"
    ;;
  test)
    stage "checking Debian packages (with test tools) and npm's test tools"
    bash third_party/install-deps.sh --with-tests
    node_modules
    read -r hits_before misses_before < <(cache_counts) # after the install: ccache may be new
    stage "checking the layout of C++ files (clang-format)"
    tests/format/check.sh
    stage "building (default: GCC, RelWithDebInfo)"
    mkdir -p build/test-tmp build-sanitize/test-tmp build-windows/test-tmp
    build default
    stage "running the default tree's unit suites"
    ctest --preset default -j 2 -L unit
    # The suites that mostly wait on other processes (Xvfb and the windows, Chromium, kill -9, a
    # full disk, mosquitto) run from here while the sanitizer and Windows trees compile. Their output
    # is kept in a log of their own and shown once they end; their failure fails the run.
    waiting_log=build/test-tmp/waiting-suites.log
    say "the default tree's suites that mostly wait start beside the next builds (log: $waiting_log)"
    ctest --preset default -j 2 -L waits >"$waiting_log" 2>&1 &
    waiting_pid=$!
    trap 'kill "$waiting_pid" 2>/dev/null || true' EXIT # a failed build does not leave them running
    stage "building (sanitize: clang, ASan + UBSan + fuzzing coverage, -O1)"
    build sanitize
    stage "building for Windows (MinGW-w64, Debian's source packages)"
    windows_build
    stage "waiting for the default tree's suites that mostly wait"
    waiting_status=0
    wait "$waiting_pid" || waiting_status=$?
    trap - EXIT
    sed -n '/^Test project/,$p' "$waiting_log"
    [ "$waiting_status" -eq 0 ] || { say "the default tree's suites that mostly wait failed (whole log: $waiting_log)"; exit "$waiting_status"; }
    stage "running the test suite again under ASan and UBSan (sanitize tree)"
    # The text-fit sweep (144 frames up to 4K) runs in the default tree: here it takes six minutes of
    # the same drawing code that ui.projector_screenshot covers under the sanitizers.
    ctest --preset sanitize -j 2 -E '^ui\.text_fit$'
    stage "fuzzing every input parser for 15 s each (sanitize tree)"
    tests/fuzz/run.sh 15
    stage "running the Windows build's tests under Wine"
    ctest --preset windows -j 2
    windows_zip
    stage "making the Debian package, installing and starting it"
    debian_package
    tests/package/install_deb.sh "dist/balcony_$(version)_amd64.deb"
    stage_done
    read -r hits_after misses_after < <(cache_counts)
    hits=$((hits_after - hits_before))
    misses=$((misses_after - misses_before))
    say "all tests passed. Time per stage:"
    printf '%s\n' "${stage_rows[@]}"
    if [ $((hits + misses)) -gt 0 ]; then
      say "compiler cache (ccache): $hits hits, $misses misses: $((100 * hits / (hits + misses)))% hit rate"
    fi
    ;;
  windows)
    say "checking Debian packages (with the Windows cross-compiler)"
    bash third_party/install-deps.sh --windows
    windows_build
    windows_zip
    ;;
  package)
    say "checking Debian packages"
    bash third_party/install-deps.sh --package
    build default
    debian_package
    ;;
  *)
    echo "usage: ./dev.sh start [balcony options] | test | windows | package" >&2
    exit 1
    ;;
esac
