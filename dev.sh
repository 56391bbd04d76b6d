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

# The Windows build: Debian's source packages of the libraries, fetched into the build folder, then
# everything cross-compiled with MinGW-w64.
windows_build() {
  say "preparing the Windows sources (Debian source packages)"
  third_party/windows/fetch-sources.sh build-windows/deps
  build windows
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
    say "checking Debian packages (with test tools)"
    bash third_party/install-deps.sh --with-tests
    node_modules
    mkdir -p build/test-tmp build-asan/test-tmp
    build default
    say "running the test suite"
    ctest --preset default -j 2
    build asan
    say "running the test suite again under AddressSanitizer and UndefinedBehaviorSanitizer"
    # The text-fit sweep (120 frames up to 4K) runs in the suite above; here the projector's drawing
    # is covered by ui.projector_screenshot, and the sweep would add minutes of the same code.
    ctest --preset asan -j 2 -E '^ui\.text_fit$'
    say "fuzzing every input parser briefly (clang, libFuzzer; tests/fuzz/run.sh for longer runs)"
    tests/fuzz/run.sh 15
    windows_build
    say "running the Windows build's tests under Wine (unit suites, balcony.exe headless and on screen)"
    mkdir -p build-windows/test-tmp
    ctest --preset windows -j 2
    windows_zip
    debian_package
    say "installing the Debian package and starting it (then removing it)"
    tests/package/install_deb.sh "dist/balcony_$(version)_amd64.deb"
    say "all tests passed"
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
