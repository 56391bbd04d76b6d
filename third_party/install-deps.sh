#!/usr/bin/env bash
# Installs the Debian packages Balcony builds, runs and tests with. Idempotent: it asks apt only
# for what is missing, so a second run is quick. Runs as root, or through sudo otherwise.
set -euo pipefail

build_pkgs=(cmake g++ pkg-config ninja-build
  libimgui-dev libglfw3-dev libgl-dev libstb-dev libqrencode-dev fonts-inter
  libasio-dev libhttp-parser-dev nettle-dev nlohmann-json3-dev libcli11-dev
  libsqlite3-dev)
test_pkgs=(catch2 xvfb xauth libgl1-mesa-dri chromium sqlite3 clang-14 libclang-rt-14-dev)

want=("${build_pkgs[@]}")
if [ "${1:-}" = "--with-tests" ]; then
  want+=("${test_pkgs[@]}")
  # Node.js may come from Debian or another packaging of it; only ask Debian when none is there.
  command -v node >/dev/null || want+=(nodejs)
  command -v npm >/dev/null || want+=(npm)
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "balcony: all ${#want[@]} Debian packages already installed"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "balcony: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi

echo "balcony: installing ${#missing[@]} Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "balcony: packages installed"
