#!/usr/bin/env bash
# Every figure Balcony shows becomes text in one place: core::figure (modules/core/include/balcony/
# core/figures.hpp), and on the phones its twin oneDecimal (assets/web/page.js). A printf "%.1f",
# a toFixed, a stream precision or a percentage rounded by hand anywhere else is a second rounding rule (3.25 written 3.2), and
# fails the suite, naming the line. Timings printed for benchmarks (" ms") are not figures.
set -euo pipefail
cd "$(dirname "$0")/../.."

pattern='%\.[0-9*]+f|%d%%|toFixed\(|setprecision|std::fixed|lround\(share|\* 100\.0 \+ 0\.5|Math\.round\(100'
mapfile -t found < <(git grep -nE "$pattern" -- 'modules/' 'app/' 'assets/' |
  grep -vE '^modules/core/include/balcony/core/figures\.hpp:' |
  grep -vE '^assets/web/page\.js:[0-9]+:  return \(Math\.sign\(x\) \* Math\.round\(Math\.abs\(x\) \* 10 \+ 1e-9\) / 10\)\.toFixed\(1\);$' |
  grep -vE ' ms[,;)" ]' || true)
if [ ${#found[@]} -gt 0 ]; then
  echo "balcony: figures formatted outside core::figure (or the phones' oneDecimal):" >&2
  printf '  %s\n' "${found[@]}" >&2
  echo "balcony: write them with core::meanFigure, core::divergenceFigure or core::figure" >&2
  exit 1
fi
echo "balcony: every figure is written by core::figure or the phones' oneDecimal"
