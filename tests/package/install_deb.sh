#!/usr/bin/env bash
# The Debian package as a user gets it: `apt-get install ./balcony_<version>_amd64.deb` on this
# machine (apt resolves the declared dependencies), then the installed /usr/bin/balcony started
# headless on 127.0.0.1 serves the page and stops cleanly; the desktop entry and icon are where a
# desktop looks for them. The package is removed afterwards unless it was installed before.
# Usage: tests/package/install_deb.sh dist/balcony_<version>_amd64.deb
set -euo pipefail
deb=$(realpath "${1:?usage: install_deb.sh PACKAGE.deb}")
say() { printf 'package check: %s\n' "$*"; }
fail() { printf 'package check FAILED: %s\n' "$*" >&2; exit 1; }
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "installing a package needs root or sudo"
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive

was_installed=0
dpkg-query -W -f='${Status}' balcony 2>/dev/null | grep -q "install ok installed" && was_installed=1
cleanup() {
  if [ -n "${pid:-}" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  if [ "$was_installed" = 0 ] && dpkg-query -W -f='${Status}' balcony 2>/dev/null | grep -q "install ok installed"; then
    "${sudo_cmd[@]}" apt-get remove -y -q --purge balcony >/dev/null && say "removed the package again"
  fi
  [ -n "${tmp:-}" ] && rm -rf "$tmp"
}
trap cleanup EXIT

say "apt-get install $(basename "$deb")"
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "$deb" >/dev/null || fail "apt-get install refused the package"
[ -x /usr/bin/balcony ] || fail "/usr/bin/balcony is not installed"
[ -f /usr/share/applications/balcony.desktop ] || fail "no desktop entry"
grep -q '^Exec=balcony$' /usr/share/applications/balcony.desktop || fail "the desktop entry does not start balcony"
[ -f /usr/share/icons/hicolor/scalable/apps/balcony.svg ] || fail "no icon"
depends=$(dpkg-query -W -f='${Depends}' balcony)
for lib in libglfw3 libsqlite3-0 libqrencode4 libhttp-parser2.9 libnettle8; do
  [[ "$depends" == *"$lib"* ]] || fail "Depends does not name $lib: $depends"
done
missing=$(ldd /usr/bin/balcony | grep 'not found' || true)
[ -z "$missing" ] || fail "libraries not found: $missing"
version=$(/usr/bin/balcony --version)
[ "$version" = "balcony $(dpkg-query -W -f='${Version}' balcony)" ] || fail "--version says '$version'"

tmp=$(mktemp -d)
mkfifo "$tmp/in"
/usr/bin/balcony --headless --port 0 --bind 127.0.0.1 --db "$tmp/balcony.sqlite" <"$tmp/in" >"$tmp/out" 2>"$tmp/err" &
pid=$!
exec 3>"$tmp/in" # keeps standard input open, as a terminal would
for _ in $(seq 100); do [ -s "$tmp/out" ] && break; sleep 0.1; done
url=$(head -n1 "$tmp/out")
[[ "$url" =~ ^http://127\.0\.0\.1:([0-9]+)/\?room=[A-Z0-9]{4}$ ]] || fail "first line is '$url': $(cat "$tmp/err")"
port=${BASH_REMATCH[1]}
exec 4<>"/dev/tcp/127.0.0.1/$port"
printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$port" >&4
reply=$(timeout 5 cat <&4 || true)
exec 4<&-
[[ "$reply" == "HTTP/1.1 200"* ]] || fail "GET / answered: $(head -c 200 <<<"$reply")"
[[ "$reply" == *"<html"* ]] || fail "GET / did not serve the page"
kill -INT "$pid"
status=0
wait "$pid" || status=$?
pid=
exec 3>&-
[ "$status" = 0 ] || fail "exit status $status after SIGINT: $(cat "$tmp/err")"
grep -q 'stopped cleanly' "$tmp/err" || fail "no clean stop: $(cat "$tmp/err")"
say "installed $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB): $version served the page on port $port and stopped cleanly"
