#!/usr/bin/env bash
# Installs the Debian packages Balcony builds, runs and tests with. Idempotent: it asks apt only
# for what is missing, so a second run is quick. Runs as root, or through sudo otherwise.
#   install-deps.sh               to build and run Balcony on Linux
#   install-deps.sh --windows     also to cross-compile the Windows build (MinGW-w64, Wine to test it,
#                                 and a deb-src entry so apt-get source fetches the libraries' sources)
#   install-deps.sh --package     also to make the Debian package (dpkg-shlibdeps)
#   install-deps.sh --with-tests  everything the whole test suite needs (all of the above)
set -euo pipefail

build_pkgs=(cmake g++ pkg-config ninja-build ccache
  libimgui-dev libglfw3-dev libgl-dev libstb-dev libqrencode-dev fonts-inter
  libasio-dev libhttp-parser-dev nettle-dev nlohmann-json3-dev libcli11-dev
  libsqlite3-dev libmosquitto-dev mosquitto)
test_pkgs=(catch2 xvfb xauth libgl1-mesa-dri chromium sqlite3 clang-14 libclang-rt-14-dev clang-format-14 python3)
# tcl: SQLite's source tree makes its one-file amalgamation with tclsh. catch2: the Windows unit
# suites use the same header.
windows_pkgs=(g++-mingw-w64-x86-64-posix wine64 tcl catch2)
package_pkgs=(dpkg-dev)

want=("${build_pkgs[@]}")
windows=0
for arg in "$@"; do
  case "$arg" in
    --with-tests)
      want+=("${test_pkgs[@]}" "${windows_pkgs[@]}" "${package_pkgs[@]}")
      windows=1
      # Node.js may come from Debian or another packaging of it; only ask Debian when none is there.
      command -v node >/dev/null || want+=(nodejs)
      command -v npm >/dev/null || want+=(npm)
      ;;
    --windows) want+=("${windows_pkgs[@]}"); windows=1 ;;
    --package) want+=("${package_pkgs[@]}") ;;
    *) echo "balcony: install-deps.sh [--windows] [--package] [--with-tests]" >&2; exit 1 ;;
  esac
done

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
need_root() {
  if [ ${#sudo_cmd[@]} -gt 0 ] && ! command -v sudo >/dev/null; then
    echo "balcony: need root or sudo to $1" >&2
    exit 1
  fi
}

# The Windows build compiles Debian's source packages of its libraries: apt needs a deb-src entry
# for the same release and mirror as the binary packages.
update_needed=0
if [ "$windows" = 1 ]; then
  if ! grep -qsE '^Types:.*deb-src' /etc/apt/sources.list.d/*.sources &&
     ! grep -qsE '^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list; then
    . /etc/os-release
    if [ "${ID:-}" != debian ]; then
      echo "balcony: the Windows build compiles Debian's source packages, and this is ${PRETTY_NAME:-not Debian}." >&2
      echo "balcony: add a deb-src entry for your release by hand (apt-get source must work), or build on Debian 12." >&2
      exit 1
    fi
    uri=$(grep -hsE '^URIs:' /etc/apt/sources.list.d/debian.sources | head -n1 | awk '{print $2}')
    [ -n "$uri" ] || uri=$(grep -hsE '^deb (\[[^]]*\] )?http' /etc/apt/sources.list | head -n1 | sed -E 's/^deb (\[[^]]*\] )?//' | awk '{print $1}')
    [ -n "$uri" ] || uri=http://deb.debian.org/debian
    need_root "add a deb-src entry"
    echo "balcony: adding a deb-src entry for ${VERSION_CODENAME} ($uri), for the Windows build's sources"
    printf 'Types: deb-src\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$uri" "$VERSION_CODENAME" | "${sudo_cmd[@]}" tee /etc/apt/sources.list.d/balcony-deb-src.sources >/dev/null
    update_needed=1
  elif ! compgen -G '/var/lib/apt/lists/*_Sources*' >/dev/null; then
    update_needed=1 # the entry is there, its index not yet
  fi
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

export DEBIAN_FRONTEND=noninteractive
if [ ${#missing[@]} -eq 0 ]; then
  echo "balcony: all ${#want[@]} Debian packages already installed"
  if [ "$update_needed" = 1 ]; then
    "${sudo_cmd[@]}" apt-get update -q
  fi
  exit 0
fi

need_root "install: ${missing[*]}"
echo "balcony: installing ${#missing[@]} Debian packages: ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "balcony: packages installed"
