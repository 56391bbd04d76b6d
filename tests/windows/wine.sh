#!/usr/bin/env bash
# Runs a Windows program under Debian's Wine, in a throwaway prefix inside the Windows build folder
# (never the user's ~/.wine). The first run creates the prefix; a lock keeps parallel tests from
# creating it twice. Wine's offers to download Mono and Gecko are turned off: nothing is fetched.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
wine=${BALCONY_WINE_LOADER:-/usr/lib/wine/wine64}
[ -x "$wine" ] || { echo "wine.sh: $wine not found: bash third_party/install-deps.sh --windows" >&2; exit 127; }
export WINEPREFIX=${WINEPREFIX:-$here/build-windows/wineprefix}
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  mkdir -p "$(dirname "$WINEPREFIX")"
  (
    flock 9
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
      echo "wine.sh: creating the Wine prefix $WINEPREFIX (once)" >&2
      "$wine" wineboot --init >/dev/null 2>&1 || true
      "${wine%/*}/wineserver" -w 2>/dev/null || wineserver -w 2>/dev/null || true
    fi
  ) 9>"$WINEPREFIX.lock"
fi
exec "$wine" "$@"
