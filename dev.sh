#!/usr/bin/env bash
# Balcony's two commands for a new machine:
#   ./dev.sh start [balcony options]   install what is missing, build, start Balcony
#   ./dev.sh test                      install what is missing, build, run every test
# Both are safe to run again: installs and builds only do what is not done yet.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '\033[1mbalcony:\033[0m %s\n' "$*"; }

build() {
  local preset=$1
  say "configuring ($preset)"
  cmake --preset "$preset" >/dev/null
  say "building ($preset), $(nproc) jobs"
  cmake --build --preset "$preset" -j "$(nproc)"
}

node_modules() {
  if [ ! -d tests/browser/node_modules/playwright-core ] || [ tests/browser/package.json -nt tests/browser/node_modules ]; then
    say "installing the browser test tools (playwright-core, ws) from npm"
    (cd tests/browser && npm install --no-audit --no-fund --loglevel=error)
    touch tests/browser/node_modules
  fi
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
    say "checking Debian packages (with test tools)"
    bash third_party/install-deps.sh --with-tests
    node_modules
    mkdir -p build/test-tmp build-asan/test-tmp
    build default
    say "running the test suite"
    ctest --preset default -j 2
    build asan
    say "running the test suite again under AddressSanitizer and UndefinedBehaviorSanitizer"
    ctest --preset asan -j 2
    say "fuzzing every input parser briefly (clang, libFuzzer; tests/fuzz/run.sh for longer runs)"
    tests/fuzz/run.sh 15
    say "all tests passed"
    ;;
  *)
    echo "usage: ./dev.sh start [balcony options] | ./dev.sh test" >&2
    exit 1
    ;;
esac
