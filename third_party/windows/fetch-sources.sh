#!/usr/bin/env bash
# Fetches the Debian source packages of the libraries Balcony links on Windows (with the ordinary
# `apt-get source`, from the deb-src entry that install-deps.sh --windows adds) and unpacks them
# into a folder of the build tree, where the Windows build compiles them. Also makes SQLite's
# one-file amalgamation, and a folder of links to just the header-only libraries Balcony uses
# (never /usr/include itself, whose glibc headers would break a Windows build).
# Usage: third_party/windows/fetch-sources.sh DEPS_DIR. Safe to run again: it does only what is
# not done yet.
set -euo pipefail
deps=${1:?usage: fetch-sources.sh DEPS_DIR}
mkdir -p "$deps/archives" "$deps/src" "$deps/include"
deps=$(cd "$deps" && pwd)
say() { printf 'balcony: %s\n' "$*"; }

# Debian source package -> folder name under src/.
packages=(glfw3 imgui sqlite3 http-parser qrencode mosquitto)

cd "$deps/archives"
for p in "${packages[@]}"; do
  if ! compgen -G "${p}_*.orig.tar.*" >/dev/null; then
    say "fetching the Debian source package $p"
    # apt-get also fetches the .dsc and Debian's own changes; only the upstream tarball is built
    # here, so a missing Debian part is not fatal as long as the tarball came.
    apt-get source --download-only -q "$p" >"$p.fetch.log" 2>&1 || true
    if ! compgen -G "${p}_*.orig.tar.*" >/dev/null; then
      cat "$p.fetch.log" >&2
      say "could not fetch the source package $p: is there a deb-src entry? (bash third_party/install-deps.sh --windows adds one)" >&2
      exit 1
    fi
  fi
  if [ ! -f "$deps/src/$p/.unpacked" ]; then
    rm -rf "$deps/src/$p"
    mkdir -p "$deps/src/$p"
    tar -xf "$(compgen -G "${p}_*.orig.tar.*" | head -n1)" -C "$deps/src/$p" --strip-components=1
    touch "$deps/src/$p/.unpacked"
  fi
done

# SQLite's source package is the full tree: its makefile writes the amalgamation (needs tclsh).
if [ ! -f "$deps/sqlite3/sqlite3.c" ]; then
  say "making sqlite3.c from the sqlite3 source package"
  rm -rf "$deps/sqlite3-amalgamation"
  mkdir -p "$deps/sqlite3-amalgamation" "$deps/sqlite3"
  (cd "$deps/sqlite3-amalgamation" && "$deps/src/sqlite3/configure" --disable-tcl >configure.log 2>&1 &&
    make sqlite3.c >make.log 2>&1) || { cat "$deps/sqlite3-amalgamation"/*.log >&2; exit 1; }
  cp "$deps/sqlite3-amalgamation/sqlite3.c" "$deps/sqlite3-amalgamation/sqlite3.h" "$deps/sqlite3/"
fi

# Header-only libraries from their Debian packages, as on Linux.
link() { [ -e "$deps/include/$(basename "$1")" ] || ln -s "$1" "$deps/include/"; }
for h in /usr/include/asio.hpp /usr/include/asio /usr/include/nlohmann /usr/include/CLI /usr/include/stb \
  /usr/include/catch2; do
  [ -e "$h" ] || { say "missing $h: run bash third_party/install-deps.sh --windows" >&2; exit 1; }
  link "$h"
done
say "Windows sources ready in $deps"
